// The date recognizer and the document date (docs/annotation.md §2, §7; docs/architecture.md):
// scanDates finds raw dates in a slice, findDatelines and findDocumentDate find what relative dates
// count from, and DateResolver turns raw dates into calendar ranges. This file is its face.
export { scanDates } from './scan/scanner';
export { findDatelines, type Dateline } from './datelines';
export { findDocumentDate } from './documentDate';
export { DateResolver } from './resolve/resolver';
export { isoDate, parseIso } from './calendar/iso';
export type { MonthPoint, RawDate, RawPart, RawShape, YearMode } from './rawDate';
export { VAGUE_TIMES } from './words';
