// The date recognizer and the document date (docs/annotation.md §2, §7; docs/architecture.md).
// This file is its face; the folder holds, one thing per file:
//   scan/       the scanner: registry.ts compiles the rules of rules.ts (each date form registered
//               with its first characters, a pre-test and its parser) into the tables scanner.ts
//               reads; guards.ts, what every date at a digit or a numeral obeys
//   rules/      the rule families: years, yearParts, monthsDays, relative, parts (halves, quarters,
//               first N), durations, plans, eventDays (event labels, festivals), iso, decades, edges
//   read.ts, marks.ts, rawDate.ts   what the rules share: readers, the marks around a date, the raw date
//   words.ts, markWords.ts, contextWords.ts, festivals.ts   the language data
//   datelines.ts, documentDate.ts, headerLines.ts   what relative dates count from
//   calendar/   ISO days, the per-analysis day and range caches, festival days, ranges and granularity
//   resolve/    the resolver: position, anchors, year under review, mentions, and one step per shape
export { scanDates } from './scan/scanner';
export { findDatelines, type Dateline } from './datelines';
export { DocumentDateFinder, findDocumentDate } from './documentDate';
export { DateResolver } from './resolve/resolver';
export { isoDate, parseIso } from './calendar/iso';
export type { MonthPoint, RawDate, RawPart, RawShape, YearMode } from './rawDate';
export { VAGUE_TIMES } from './words';
