// Spaces set around a numeral (docs/annotation.md §8 Taiwan documents, also text pasted from a PDF):
// `15 筆`, `30 天`, `第 650 次`, `8 樓`, `上午 9 時`. A space between a numeral and the word after it
// changes nothing about what the numeral is: the unit is read past it and stays inside the span,
// and an identifier word past it (地號, 樓, 時, 號) makes the numeral an identifier as before.
import { Ch, isBmpHan } from '../text';
import { Han } from './codes';
import { skipRun } from './lookaround';
import type { NumeralScan } from './numerals';

/** The most spaces read between a numeral and the word beside it. */
const MAX_SPACES = 2;

/** A blank that may stand between a numeral and its word: the space and the no-break space (never a tab, a table's cell break). */
function isSpaceBetween(c: number): boolean { return c === Ch.Space || c === Ch.NoBreakSpace; }

/**
 * `num` read as ending past the spaces after it when a Han character follows them (15 筆 → the
 * numeral "ends" at 筆), so that the unit or identifier word is read there; `num` itself otherwise.
 */
export function acrossSpaces(text: string, num: NumeralScan, limit: number): NumeralScan {
  const k = skipSpacesBetween(text, num.end, limit);
  if (k === num.end || k >= limit || !isBmpHan(text.charCodeAt(k))) { return num; }
  return { ...num, end: k };
}

/**
 * 第 650 次, 第 27 條, 第 10237422403 號: a number set apart from its 第 by spaces is a reference
 * or a sequence number, never a quantity; the end of its digits, or -1 when no 第 stands before.
 */
export function spacedOrdinalEnd(text: string, pos: number, limit: number): number {
  let k = pos - 1;
  while (k >= 0 && pos - k <= MAX_SPACES && isSpaceBetween(text.charCodeAt(k))) { k--; }
  if (k === pos - 1 || k < 0 || text.charCodeAt(k) !== Han.Di) { return -1; }
  return skipRun(text, pos, limit);
}

/** `end` moved back over the spaces before it (not below `start`): a bare number's span ends at its digits. */
export function trimSpacesBefore(text: string, end: number, start: number): number {
  let e = end;
  while (e > start && isSpaceBetween(text.charCodeAt(e - 1))) { e--; }
  return e;
}

/** Past the spaces (at most MAX_SPACES) from `pos`. */
export function skipSpacesBetween(text: string, pos: number, limit: number): number {
  let k = pos;
  while (k < limit && k - pos < MAX_SPACES && isSpaceBetween(text.charCodeAt(k))) { k++; }
  return k;
}

/** Back over the spaces (at most MAX_SPACES) that end at `pos`: where the word before them ends. */
export function spacesBackFrom(text: string, pos: number): number {
  let k = pos;
  while (k > 0 && pos - k < MAX_SPACES && isSpaceBetween(text.charCodeAt(k - 1))) { k--; }
  return k;
}
