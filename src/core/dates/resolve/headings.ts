// Lines the resolver reads as headings (docs/annotation.md §4): a short line without sentence
// punctuation, a chapter heading (二、…, 第二章, 第二部分), the document's title.
import { charTable, isLineBreak, isWhitespace } from '../../text';
import { HEADING_STOPS } from '../contextWords';
import { isDateNumeral, startsWithAt } from '../read';

/** Longest line (in characters) read as a heading. */
const HEADING_MAX = 48;
const HEADING_STOP = charTable(HEADING_STOPS);

/** The line at p when it reads as a heading (short, no sentence punctuation), else null. */
export function headingText(t: string, p: number): string | null {
  let e = p;
  while (e < t.length && !isLineBreak(t.charCodeAt(e))) {
    if (e - p > HEADING_MAX || HEADING_STOP[t.charCodeAt(e)] === 1) { return null; }
    e++;
  }
  return t.slice(p, e);
}

/** Blank characters read back over (empty lines, indentation) to find the line above a paragraph. */
const BLANKS_ABOVE = 16;

/** The start of the line above the paragraph at p when it reads as a heading, else -1 (bounded look back). */
export function headingAbove(t: string, p: number): number {
  // Back over the line break and any blank lines: e ends up just after the line above.
  let e = p;
  while (e > 0 && p - e < BLANKS_ABOVE && isWhitespace(t.charCodeAt(e - 1))) { e--; }
  if (e === p || e === 0 || isWhitespace(t.charCodeAt(e - 1))) { return -1; }
  let s = e;
  while (s > 0 && !isLineBreak(t.charCodeAt(s - 1))) {
    if (e - s > HEADING_MAX) { return -1; }
    s--;
  }
  for (let k = s; k < e; k++) { if (HEADING_STOP[t.charCodeAt(k)] === 1) { return -1; } }
  return s;
}

/** True when the line at p is a short chapter heading that opens with 一、/二、/第二章/第二部分. */
export function chapterHeadingAt(t: string, p: number): boolean {
  let k = p;
  if (t[k] === '第') { k++; }
  const n0 = k;
  while (k < t.length && k - n0 < 4 && isDateNumeral(t.charCodeAt(k))) { k++; }
  if (k === n0) { return false; }
  const marker = t[k] === '、' || t[k] === '章' || startsWithAt(t, k, '部分', t.length);
  return marker && headingText(t, p) !== null;
}

/** True when the line at p is the document's first non-blank line (its title); looks back a bounded way. */
export function isTitleLine(t: string, p: number): boolean {
  if (p > 256) { return false; }
  for (let k = 0; k < p; k++) {
    if (!isWhitespace(t.charCodeAt(k))) { return false; }
  }
  return true;
}
