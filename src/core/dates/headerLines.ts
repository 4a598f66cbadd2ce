// Where the lines of a document's header and signature block stand, and how a date sits on its line
// (docs/annotation.md §2, "The document date"): the regions the document date reads, bounded
// whatever the document. A line ends at a line feed or at a carriage return (old Mac text).
import { Ch, WordList, codeIn, digitValue, isInlineSpace, isLineBreak, isPageFurnitureLine } from '../text';
import { DATE_LABEL_WORDS, HEADER_CLOSERS, HEADER_LINE_STOPS, HEADER_OPENERS, HEADER_VERSION_WORDS, TITLE_STOPS } from './contextWords';
import type { RawDate } from './rawDate';

/** Non-empty lines looked at for a header date or a news lede under the title. */
export const HEADER_LINES = 10;
/** Non-empty lines at the end that form the signature block. */
export const SIGNATURE_LINES = 8;
/** Characters looked at for each of those regions (a pasted page may have no newlines). */
const REGION_CHARS = 3000;

/** True when a line ends at k: a line feed, or a carriage return not followed by one (old Mac text). */
function endsLine(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === Ch.LineFeed || (c === Ch.CarriageReturn && text.charCodeAt(k + 1) !== Ch.LineFeed);
}

/** Offset just after the first n non-empty lines that are not a web page's furniture (bounded). */
export function headerEnd(text: string, n: number): number {
  let count = 0;
  let nonEmpty = false;
  let lineStart = 0;
  const cap = Math.min(text.length, REGION_CHARS);
  for (let k = 0; k < cap; k++) {
    const c = text.charCodeAt(k);
    if (endsLine(text, k)) {
      if (nonEmpty && !isPageFurnitureLine(text, lineStart, k)) { count++; if (count >= n) { return k; } }
      nonEmpty = false;
      lineStart = k + 1;
    } else if (!isInlineSpace(c) && c !== Ch.CarriageReturn) { nonEmpty = true; }
  }
  return cap;
}

/** 时 (時) and 分 of a clock time written in Chinese (07时41分). */
const HOUR = 0x65f6;
const HOUR_TRADITIONAL = 0x6642;
const MINUTE = 0x5206;

/**
 * True when a clock time follows a date on its line (2026-02-03 09:02:33, 2026年02月10日 07时41分):
 * the time a web page was posted, which is no date of the document (docs/annotation.md §2).
 */
export function clockTimeAfter(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && isInlineSpace(text.charCodeAt(k))) { k++; }
  const hourStart = k;
  while (k < text.length && k - hourStart < 2 && digitValue(text.charCodeAt(k)) >= 0) { k++; }
  if (k === hourStart) { return false; }
  const c = text.charCodeAt(k);
  const minuteStart = k + 1;
  const hour = c === HOUR || c === HOUR_TRADITIONAL;
  if (c !== Ch.Colon && c !== Ch.FullwidthColon && !hour) { return false; }
  let m = minuteStart;
  while (m < text.length && m - minuteStart < 2 && digitValue(text.charCodeAt(m)) >= 0) { m++; }
  return m - minuteStart === 2 || (hour && m > minuteStart && text.charCodeAt(m) === MINUTE);
}

/** Offset of the start of the n-th non-empty line from the end (bounded). */
export function signatureStart(text: string, n: number): number {
  let count = 0;
  let nonEmpty = false;
  const floor = Math.max(0, text.length - REGION_CHARS);
  for (let k = text.length - 1; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (endsLine(text, k)) {
      if (nonEmpty) { count++; if (count >= n) { return k + 1; } }
      nonEmpty = false;
    } else if (!isInlineSpace(c) && c !== Ch.CarriageReturn) { nonEmpty = true; }
  }
  return floor;
}

/** Line bounds around a span (bounded search; a huge line gives up). */
export function lineAround(text: string, start: number, end: number): { lineStart: number; lineEnd: number } | null {
  let a = start;
  while (a > 0 && !isLineBreak(text.charCodeAt(a - 1))) { a--; if (start - a > 400) { return null; } }
  let b = end;
  while (b < text.length && !isLineBreak(text.charCodeAt(b))) { b++; if (b - end > 400) { break; } }
  return { lineStart: a, lineEnd: b };
}

const DATE_LABELS = new WordList(DATE_LABEL_WORDS);
/** Longest field label before a header date. */
const MAX_LABEL = 10;

/** True when the span opens its line (after blanks and an opening bracket; with withLabel, after a date label). */
export function opensLine(text: string, raw: RawDate, withLabel = false): boolean {
  const l = lineAround(text, raw.start, raw.end);
  if (!l) { return false; }
  let k = l.lineStart;
  while (k < raw.start && (isInlineSpace(text.charCodeAt(k)) || codeIn(HEADER_OPENERS, text.charCodeAt(k)))) { k++; }
  if (k === raw.start) { return true; }
  if (!withLabel || raw.start - k > MAX_LABEL + 1) { return false; }
  let c = raw.start - 1;
  while (c > k && isInlineSpace(text.charCodeAt(c))) { c--; }
  if (text.charCodeAt(c) !== Ch.FullwidthColon && text.charCodeAt(c) !== Ch.Colon) { return false; }
  return DATE_LABELS.occursIn(text, k, c);
}

const VERSION_WORDS = new WordList(HEADER_VERSION_WORDS);
/** How far after a header date its version word is looked for (past the issuer and the order's name). */
const MAX_VERSION_GAP = 120;

/**
 * True when a version word (公布, 修订, 通过 …) follows the date on its line before the next date
 * begins at `next` (or the line ends): 2020年8月7日《…的决定》修订.
 */
export function namesVersion(text: string, raw: RawDate, next: number): boolean {
  let stop = Math.min(text.length, next, raw.end + MAX_VERSION_GAP);
  for (let k = raw.end; k < stop; k++) { if (isLineBreak(text.charCodeAt(k))) { stop = k; } }
  return VERSION_WORDS.occursIn(text, raw.end, stop);
}

/** True when text[from, to) has no sentence punctuation: a header line, not a body sentence. */
export function isHeaderLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) { if (codeIn(HEADER_LINE_STOPS, text.charCodeAt(k))) { return false; } }
  return true;
}

/** The start of the next non-empty line after the one ending at lineEnd (bounded: -1 past `limit`). */
export function nextLineStart(text: string, lineEnd: number, limit: number): number {
  let k = lineEnd;
  while (k < limit && (isLineBreak(text.charCodeAt(k)) || isInlineSpace(text.charCodeAt(k)))) { k++; }
  if (k >= limit) { return -1; }
  // Back to the start of that line (after its indentation).
  let s = k;
  while (s > lineEnd && !isLineBreak(text.charCodeAt(s - 1))) { s--; }
  return s;
}

/** Longest line read as a title or subtitle (国务院新闻办公室2024年7月15日新闻发布会). */
const SHORT_LINE = 40;

/** True when the span lies in a short line without sentence punctuation (a title or subtitle). */
export function inShortLine(text: string, raw: RawDate): boolean {
  const l = lineAround(text, raw.start, raw.end);
  if (!l || l.lineEnd - l.lineStart > SHORT_LINE) { return false; }
  for (let k = l.lineStart; k < l.lineEnd; k++) { if (codeIn(TITLE_STOPS, text.charCodeAt(k))) { return false; } }
  return true;
}

/** True when the line holds nothing but the date (and brackets or blanks). */
export function aloneOnLine(text: string, raw: RawDate): boolean {
  const l = lineAround(text, raw.start, raw.end);
  if (!l || !opensLine(text, raw)) { return false; }
  for (let k = raw.end; k < l.lineEnd; k++) {
    if (!isInlineSpace(text.charCodeAt(k)) && !codeIn(HEADER_CLOSERS, text.charCodeAt(k))) { return false; }
  }
  return true;
}
