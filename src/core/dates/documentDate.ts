// The document date (docs/annotation.md §2): the setting, else a full date in the header or the
// signature block, else a dateline's month and day completed with the latest explicit year.
import { EMPTY_PROFILE, type DocumentProfile } from '../profile';
import { Ch, WordList, codeIn, isInlineSpace, isLineBreak } from '../text';
import type { DocumentDate } from '../types';
import { isoDate, parseIso } from './calendar/iso';
import { DATE_LABEL_WORDS, HEADER_CLOSERS, HEADER_OPENERS, LEDE_SEPARATORS, TITLE_STOPS } from './contextWords';
import { findDatelines, type Dateline } from './datelines';
import type { RawDate } from './rawDate';

/** Non-empty lines looked at for a header date or a news lede under the title. */
const HEADER_LINES = 10;
/** Non-empty lines at the end that form the signature block. */
const SIGNATURE_LINES = 8;
/** Characters looked at for each of those regions (a pasted page may have no newlines). */
const REGION_CHARS = 3000;

/** True when a line ends at k: a line feed, or a carriage return not followed by one (old Mac text). */
function endsLine(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === Ch.LineFeed || (c === Ch.CarriageReturn && text.charCodeAt(k + 1) !== Ch.LineFeed);
}

/** Offset just after the first n non-empty lines (bounded). */
function headerEnd(text: string, n: number): number {
  let count = 0;
  let nonEmpty = false;
  const cap = Math.min(text.length, REGION_CHARS);
  for (let k = 0; k < cap; k++) {
    const c = text.charCodeAt(k);
    if (endsLine(text, k)) {
      if (nonEmpty) { count++; if (count >= n) { return k; } }
      nonEmpty = false;
    } else if (!isInlineSpace(c) && c !== Ch.CarriageReturn) { nonEmpty = true; }
  }
  return cap;
}

/** Offset of the start of the n-th non-empty line from the end (bounded). */
function signatureStart(text: string, n: number): number {
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
function lineAround(text: string, start: number, end: number): { lineStart: number; lineEnd: number } | null {
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
function opensLine(text: string, raw: RawDate, withLabel = false): boolean {
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

/** Longest line read as a title or subtitle (国务院新闻办公室2024年7月15日新闻发布会). */
const SHORT_LINE = 40;

/** True when the span lies in a short line without sentence punctuation (a title or subtitle). */
function inShortLine(text: string, raw: RawDate): boolean {
  const l = lineAround(text, raw.start, raw.end);
  if (!l || l.lineEnd - l.lineStart > SHORT_LINE) { return false; }
  for (let k = l.lineStart; k < l.lineEnd; k++) { if (codeIn(TITLE_STOPS, text.charCodeAt(k))) { return false; } }
  return true;
}

/** True when the line holds nothing but the date (and brackets or blanks). */
function aloneOnLine(text: string, raw: RawDate): boolean {
  const l = lineAround(text, raw.start, raw.end);
  if (!l || !opensLine(text, raw)) { return false; }
  for (let k = raw.end; k < l.lineEnd; k++) {
    if (!isInlineSpace(text.charCodeAt(k)) && !codeIn(HEADER_CLOSERS, text.charCodeAt(k))) { return false; }
  }
  return true;
}

/** A full explicit date: year, month and day. */
function isFullDate(raw: RawDate): boolean {
  return raw.shape === 'calendar' && raw.yearMode === 'explicit' && raw.part === 'days' && raw.dayTo === undefined
    && !raw.since && raw.year !== undefined && raw.month !== undefined && raw.day !== undefined;
}

function fullDateIso(raw: RawDate): string | null {
  if (raw.year === undefined || raw.month === undefined || raw.day === undefined) { return null; }
  const s = isoDate(raw.year, raw.month, raw.day);
  return parseIso(s) ? s : null;
}

/** An explicit year that may complete a dateline: not a deadline, target, comparison or range. */
function countsAsDocumentYear(raw: RawDate): boolean {
  return raw.shape === 'calendar' && raw.yearMode === 'explicit' && raw.year !== undefined && raw.yearTo === undefined
    && !raw.deadline && !raw.comparison;
}

/**
 * `datelines`: findDatelines(text), when the caller already has it (it is computed once per analysis).
 * `_profile`: the document's (src/core/profile.ts), for the rules that read its era or layout.
 */
export function findDocumentDate(
  text: string, raws: readonly RawDate[], options: { referenceDate?: string } = {}, datelines?: readonly Dateline[],
  _profile: DocumentProfile = EMPTY_PROFILE,
): DocumentDate | null {
  // 1. The setting.
  if (options.referenceDate && parseIso(options.referenceDate)) {
    return { date: options.referenceDate, source: 'setting', text: options.referenceDate };
  }

  // 2a. A full date opening a line of the header.
  const hEnd = headerEnd(text, HEADER_LINES);
  for (const r of raws) {
    if (r.start >= hEnd) { break; }
    if (!isFullDate(r) || r.comparison || r.deadline || !(opensLine(text, r, true) || inShortLine(text, r))) { continue; }
    const date = fullDateIso(r);
    if (!date) { continue; }
    // A date alone on its line under an issuer (a 通知 transmitting rules) is a signature; under the title, a header.
    const source = aloneOnLine(text, r) && r.start >= headerEnd(text, 3) ? 'signature' : 'header';
    return { date, source, text: r.text, start: r.start, end: r.end };
  }

  // 2b. A date alone on its line in the signature block at the end.
  const sStart = signatureStart(text, SIGNATURE_LINES);
  for (let k = raws.length - 1; k >= 0 && raws[k].start >= sStart; k--) {
    const r = raws[k];
    if (!isFullDate(r) || !aloneOnLine(text, r)) { continue; }
    const date = fullDateIso(r);
    if (!date) { continue; }
    return { date, source: 'signature', text: r.text, start: r.start, end: r.end };
  }

  // 3. A dateline (or a news lede that opens with the day), completed with the latest year.
  let month = 0;
  let day = 0;
  let year: number | undefined;
  let src: { text: string; start: number; end: number } | null = null;
  const dl = (datelines ?? findDatelines(text))[0];
  const lede = raws.find((r) => r.start < hEnd && r.shape === 'calendar' && r.yearMode === 'context' && r.part === 'days'
    && r.dayTo === undefined && opensLine(text, r) && (r.end >= text.length || codeIn(LEDE_SEPARATORS, text.charCodeAt(r.end))));
  if (dl && (!lede || dl.start <= lede.start)) {
    month = dl.month; day = dl.day; year = dl.year;
    src = { text: dl.text, start: dl.start, end: dl.end };
  } else if (lede && lede.month !== undefined && lede.day !== undefined) {
    month = lede.month; day = lede.day;
    src = { text: lede.text, start: lede.start, end: lede.end };
  }
  if (!src) { return null; }
  let yearFrom: { text: string; start: number } | undefined;
  if (year === undefined) {
    let best: RawDate | null = null;
    for (const r of raws) {
      if (countsAsDocumentYear(r) && (!best || (r.year ?? 0) > (best.year ?? 0))) { best = r; }
    }
    if (!best || best.year === undefined) { return null; }
    year = best.year;
    yearFrom = { text: best.text, start: best.start };
  }
  const date = isoDate(year, month, day);
  if (!parseIso(date)) { return null; }
  const out: DocumentDate = { date, source: 'dateline', text: src.text, start: src.start, end: src.end };
  if (yearFrom) { out.yearFrom = yearFrom; }
  return out;
}
