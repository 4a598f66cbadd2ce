// Character classes of the target scanner as typed-array tables: the paragraph scan reads one
// entry per character of prose, so plain prose costs a table read per character
// (docs/architecture.md). The characters themselves are data in clauseWords.ts, markerWords.ts
// and deadlineWords.ts.
import { CODE_UNITS, Ch, charTable, cnDigitValue, defineClass, digitValue, isInlineSpace, writtenDigitValue } from '../text';
import { CLAUSE_SEPARATORS, EDGE_PUNCTUATION, SEMICOLONS, SENTENCE_ENDS } from './clauseWords';
import { DATE_INTRODUCERS, DATE_OPENERS, LEAD_CLOSERS, LEAD_OPENERS } from './deadlineWords';
import { TARGET_MARKERS } from './markerWords';
import { ARTICLE_MARKERS, ARTICLE_PLACES } from './statementWords';

/** The value of a digit of a year: 0-9 and ０-９, or a Chinese digit as years are written (二〇二七年, 二○二七年); -1 otherwise. */
export function yearDigitValue(c: number): number {
  const d = digitValue(c);
  return d >= 0 ? d : writtenDigitValue(c);
}

// CLS: 1 ends a sentence, 2 ends a clause, 4 may start a marker word, 8 is trimmed at a span's
// edges (blanks, a carriage return, edge punctuation), 16 is a semicolon.
export const SENTENCE_END = 1;
export const CLAUSE_SEP = 2;
export const MARKER_START = 4;
export const TRIMMED = 8;
export const SEMICOLON = 16;
export const CLS = new Uint8Array(CODE_UNITS);
defineClass(CLS, SENTENCE_ENDS, SENTENCE_END);
defineClass(CLS, CLAUSE_SEPARATORS, CLAUSE_SEP);
for (const m of TARGET_MARKERS) { CLS[m.word.charCodeAt(0)] |= MARKER_START; }
for (let c = 0; c < CODE_UNITS; c++) { if (isInlineSpace(c)) { CLS[c] |= TRIMMED; } }
CLS[Ch.CarriageReturn] |= TRIMMED;
defineClass(CLS, EDGE_PUNCTUATION, TRIMMED);
defineClass(CLS, SEMICOLONS, SEMICOLON);

/** Characters that may open a sentence's lead deadline: year digits, 十 (十四五), a quote (“十五五”), 本 (本世纪中叶). */
export const LEAD_FIRST = charTable(LEAD_OPENERS);
/** 前 and 末, closing a lead deadline (2025年底前，/ “十五五”末，). */
export const LEAD_LAST = charTable(LEAD_CLOSERS);
/** 到/在/于 + a year-like start: where the scanner reads a deadline the date layer did not give. */
export const DATE_INTRODUCER = charTable(DATE_INTRODUCERS);
/** What such a date starts with: a year digit, or the quote of a plan's name. */
export const DATE_FIRST = charTable(DATE_OPENERS);
for (let c = 0; c < CODE_UNITS; c++) {
  if (yearDigitValue(c) >= 0) { LEAD_FIRST[c] = 1; DATE_FIRST[c] = 1; }
}

// STOP: where the paragraph scan stops: a sentence end (1), the first character of a marker word
// (4; 32: a one-character one), 前 or 末 (64), the line end (128): a line feed, or a carriage return
// (old Mac text ends its lines with CR alone; in CRLF text the CR ends the line and the LF is a blank).
export const SINGLE_MARKER = 32;
export const LEAD_END = 64;
export const NEWLINE = 128;
export const STOP = new Uint8Array(CODE_UNITS);
for (let c = 0; c < CODE_UNITS; c++) { STOP[c] = (CLS[c] & (SENTENCE_END | MARKER_START)) | (LEAD_LAST[c] === 1 ? LEAD_END : 0); }
STOP[Ch.LineFeed] = NEWLINE;
STOP[Ch.CarriageReturn] = NEWLINE;

/** Most marker characters (有, 主, 力) stand in other words: the hash of a character and the next tells. */
export const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;
/** 1 at the hash of the first two characters of every marker word of two or more. */
export const MARKER_PAIR = new Uint8Array(CODE_UNITS);
for (const m of TARGET_MARKERS) {
  if (m.word.length === 1) { STOP[m.word.charCodeAt(0)] |= SINGLE_MARKER; } else { MARKER_PAIR[pairHash(m.word.charCodeAt(0), m.word.charCodeAt(1))] = 1; }
}

/** In 第五条: ARTICLE_END for 条, ARTICLE_NUMERAL for the digits and numerals before it. */
export const ARTICLE_END = 1;
export const ARTICLE_NUMERAL = 2;
export const ARTICLE_CHARS = new Uint8Array(CODE_UNITS);
for (let c = 0; c < CODE_UNITS; c++) { if (digitValue(c) >= 0 || cnDigitValue(c) >= 0) { ARTICLE_CHARS[c] = ARTICLE_NUMERAL; } }
defineClass(ARTICLE_CHARS, ARTICLE_PLACES, ARTICLE_NUMERAL);
for (let i = 0; i < ARTICLE_MARKERS.length; i++) { ARTICLE_CHARS[ARTICLE_MARKERS.charCodeAt(i)] = ARTICLE_END; }
