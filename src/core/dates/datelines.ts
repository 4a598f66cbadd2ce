// Datelines (docs/annotation.md §2, §8): 本报北京9月2日讯, (新华社北京9月2日电) — the day an article
// was filed, which its relative dates count from, and which completes the document date.
import { Ch, WordList, charTable, codeIn, digitValue, isInlineSpace, isLineBreak } from '../text';
import { DATELINE_AGENCY_MARKS, DATELINE_ENDS, DATELINE_PUNCT } from './contextWords';
import { isDateNumeral, readArabic, readSmall } from './read';

export interface Dateline {
  /** The dateline text (本报北京9月2日讯, (新华社北京9月2日电)). */
  text: string;
  start: number;
  end: number;
  month: number;
  day: number;
  year?: number;
  /** At the head of its article (讯, 电 followed by text) or closing it ((新华社…电) on its own). */
  position: 'head' | 'tail';
}

const DATELINE_END = charTable(DATELINE_ENDS);
const AGENCY_MARKS = new WordList(DATELINE_AGENCY_MARKS);
/** Longest agency-and-place prefix read back from the date. */
const MAX_PREFIX = 24;

function isNumeralOrDigit(c: number): boolean { return digitValue(c) >= 0 || isDateNumeral(c); }

/** How far past a closing dateline blanks are read to see whether its line ends there. */
const MAX_TRAILING_BLANKS = 64;

/**
 * Finds the datelines whose 日 lies in text[from, to): …M月D日讯 / …M月D日电, with a short
 * agency-and-place prefix. The analysis calls it chunk by chunk (src/core/analyze.ts); the whole
 * text by default. Linear: a bounded look back and ahead per 日.
 */
export function findDatelines(text: string, from = 0, to = text.length): Dateline[] {
  const out: Dateline[] = [];
  const n = text.length;
  const stop = Math.min(to, n);
  // Every 日 followed by 讯/电, found with the engine's own string search (no per-character loop), in
  // a slice of the range so that the search never runs past it (V8 slices long strings without copying).
  const range = from === 0 && stop === n ? text : text.slice(from, stop);
  for (let q = range.indexOf('日'); q >= 0; q = range.indexOf('日', q + 1)) {
    const r = from + q;
    const i = r + 1;
    if (i >= n || DATELINE_END[text.charCodeAt(i)] === 0) { continue; }
    // Day and month, read backwards.
    let k = i - 2;
    const dayEnd = k + 1;
    while (k >= 0 && dayEnd - k <= 3 && isNumeralOrDigit(text.charCodeAt(k))) { k--; }
    if (k === i - 2 || k < 0 || text[k] !== '月') { continue; }
    const day = readSmall(text, k + 1, dayEnd, 2);
    if (!day || day.end !== dayEnd || day.value < 1 || day.value > 31) { continue; }
    let m = k - 1;
    while (m >= 0 && k - m <= 2 && isNumeralOrDigit(text.charCodeAt(m))) { m--; }
    const month = readSmall(text, m + 1, k, 2);
    if (!month || month.end !== k || month.value < 1 || month.value > 12) { continue; }
    let year: number | undefined;
    let p = m;
    if (p >= 0 && text[p] === '年') {
      let q = p - 1;
      while (q >= 0 && p - q <= 4 && digitValue(text.charCodeAt(q)) >= 0) { q--; }
      const y = readArabic(text, q + 1, p, 4);
      if (y && y.len === 4) { year = y.value; p = q; }
    }
    // Prefix: agency and place, back to the line start or an opening bracket, no punctuation.
    let s = p;
    let ok = false;
    let paren = false;
    while (s >= 0 && p - s <= MAX_PREFIX) {
      const c = text.charCodeAt(s);
      if (isLineBreak(c)) { ok = true; break; }
      if (c === Ch.OpenParen || c === Ch.FullwidthOpenParen) { ok = true; paren = true; break; }
      if (codeIn(DATELINE_PUNCT, c) || digitValue(c) >= 0) { break; }
      s--;
    }
    if (s < 0) { ok = true; }
    if (!ok || p - s < 2) { continue; }
    if (!AGENCY_MARKS.occursIn(text, s + 1, p + 1)) { continue; }
    const start = s + 1 - (paren ? 1 : 0);
    let end = i + 1;
    if (paren && end < n && (text.charCodeAt(end) === Ch.CloseParen || text.charCodeAt(end) === Ch.FullwidthCloseParen)) { end++; }
    // Tail: nothing but blanks after it on its line (a line ends at LF or CR).
    let t = end;
    while (t < n && t - end < MAX_TRAILING_BLANKS && isInlineSpace(text.charCodeAt(t))) { t++; }
    const position = t >= n || isLineBreak(text.charCodeAt(t)) ? (paren ? 'tail' : 'head') : 'head';
    let textStart = start;
    while (textStart < i && isInlineSpace(text.charCodeAt(textStart))) { textStart++; }
    const d: Dateline = { text: text.slice(textStart, end), start: textStart, end, month: month.value, day: day.value, position };
    if (year !== undefined) { d.year = year; }
    out.push(d);
  }
  return out;
}
