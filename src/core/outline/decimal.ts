// Decimal-numbered headings (docs/annotation.md §4 "section", §7 "Structure"): the headings of an
// emergency plan or a technical standard are numbered 1, 1.1, 2.1.3 and a space, then the heading
// (1 总则, 2.1.1 指挥部职责). Each is a section, nested by the count of its numbers; a list item
// 1. or 1、 is a point marker (markers.ts), not such a heading, and a row of a table set with spaces
// (1 北京市 120 85) is none either. Read by a row of patterns.ts; the line is heading-like (at most
// FIRST_TITLE_MAX units), so the scan is bounded.
import { codeIn, digitValue, isDecimalPoint, isHan, isInlineSpace } from '../text';
import { NOT_HEADING_AFTER_NUMBER } from './lineWords';

/** Each number of a heading number has at most this many digits (2.10.3, not 2019). */
const PART_DIGITS_MAX = 2;
/** At most this many numbers (1.2.3.4). */
export const DECIMAL_DEPTH_MAX = 4;
/** The heading after the number holds at least this many Chinese characters. */
const WORDS_MIN = 2;

/**
 * The depth of the decimal heading number at t[ts, te) — 1 for `1 总则`, 3 for `2.1.1 …` — or 0
 * where the line does not open with one: numbers of one or two digits joined by . or ．, then a
 * space, then Chinese words that do not continue a quantity or a date (3 个月, 10 月 1 日).
 */
export function decimalHeadingDepth(t: string, ts: number, te: number): number {
  let i = ts;
  let depth = 0;
  for (;;) {
    const d = i;
    while (i < te && i - d <= PART_DIGITS_MAX && digitValue(t.charCodeAt(i)) >= 0) { i++; }
    if (i === d || i - d > PART_DIGITS_MAX) { return 0; }
    if (depth === 0 && digitValue(t.charCodeAt(d)) === 0) { return 0; }
    depth++;
    if (i + 1 < te && isDecimalPoint(t.charCodeAt(i)) && digitValue(t.charCodeAt(i + 1)) >= 0) {
      if (depth === DECIMAL_DEPTH_MAX) { return 0; }
      i++;
      continue;
    }
    break;
  }
  const s = i;
  while (i < te && isInlineSpace(t.charCodeAt(i))) { i++; }
  if (i === s || i >= te) { return 0; }
  const first = t.charCodeAt(i);
  if (!isHan(first) || codeIn(NOT_HEADING_AFTER_NUMBER, first)) { return 0; }
  let han = 0;
  for (let k = i; k < te; k++) {
    const c = t.charCodeAt(k);
    if (isHan(c)) { han++; }
    // a blank before a figure: cells of a table set with spaces (1 北京市 120 85), not a heading
    if (isInlineSpace(c) && k + 1 < te && digitValue(t.charCodeAt(k + 1)) >= 0) { return 0; }
  }
  return han >= WORDS_MIN ? depth : 0;
}
