// A numeral with no unit after it (docs/annotation.md §7: dimensionless values have `unit: null`;
// a numeral before a bare noun takes the noun's unit): a range whose unit stands on its high end,
// an identifier, or an amount that takes the unit of a head noun.
import { isBmpHan, WordTable } from '../text';
import type { NumberKind, Qualifier } from '../types';
import { decToNumber, shiftDec } from './dec';
import { emit, emitRange, type Found } from './emit';
import { bareIdentifier } from './identifiers';
import { at } from './lookaround';
import { RATIO_WORD_LIST } from './matchers';
import type { NumeralScan } from './numerals';
import { apartQualifier, postQualifier, preQualifier } from './qualifiers';
import { rangeAfter } from './ranges';
import { trimSpacesBefore } from './spacing';
import { LABEL_COLUMN, tableCellUnit } from './tableCells';
import { HEAD_NOUN_UNITS } from './unitTable';

const HEAD_NOUNS = new WordTable(HEAD_NOUN_UNITS.map((h) => ({ word: h.noun, unit: h.unit })));

/**
 * The unit of a head noun just before the number [start, end) (人口超过100万 → 人, 报名人数达1342万:
 * up to two characters between) or a bare noun just after it (960多万贫困人口); null when none.
 */
function headNounUnit(text: string, start: number, end: number, floor: number, limit: number): string | null {
  for (let gap = 0; gap <= 2; gap++) {
    if (gap > 0 && !isBmpHan(at(text, start - gap, limit))) { break; }
    const h = HEAD_NOUNS.rowEndingAt(text, start - gap, floor);
    if (h !== undefined) { return h.unit; }
  }
  // Only Han characters between the number and the noun (960多万贫困人口).
  for (let k = end; k <= end + 4 && k < limit; k++) {
    const h = HEAD_NOUNS.rowAt(text, k, limit);
    if (h !== undefined) { return h.unit; }
    if (!isBmpHan(text.charCodeAt(k))) { break; }
  }
  return null;
}

/** The numeral `num` at `pos` with no unit; `above`: 多/余 inside it. Returns where scanning resumes. */
export function bareNumber(text: string, out: Found, floor: number, limit: number, pos: number, num: NumeralScan, above: boolean): number {
  const core = num.core;
  const j = num.end;
  // 16-24岁, 三至五年: a range whose unit stands on the high end.
  const range = rangeAfter(text, j, limit, num, null);
  if (range) { return emitRange(text, out, floor, limit, pos, range); }
  // Chinese numerals need a unit, unless they carry a magnitude (五十万).
  if (core.chinese && !core.arabic && !(core.magnitude && core.hasDigit)) { return j; }
  const id = bareIdentifier(text, pos, limit, num);
  if (id >= 0) { return id; }

  let qualifier: Qualifier = above ? 'above' : 'exact';
  let start = pos;
  // Spaces read past after the digits (acrossSpaces) stay out of a span that ends there.
  let end = trimSpacesBefore(text, j, pos);
  const post = postQualifier(text, j, limit);
  if (post) { qualifier = post.q; end = post.end; }
  const pre = preQualifier(text, pos, floor);
  if (pre) { start = pre.start; if (!post) { qualifier = pre.q; } }
  else if (!post && !above) { qualifier = apartQualifier(text, pos, floor, out.layout) ?? qualifier; }

  let unit = headNounUnit(text, start, end, floor, limit);
  let kind: NumberKind = 'cardinal';
  let value = num.value;
  // A table cell: the unit of its column or of the table's unit line (§8 Tables).
  if (!unit) {
    const cell = tableCellUnit(text, pos, j, out.table);
    if (cell === LABEL_COLUMN) { return end; }
    if (cell) {
      unit = cell.unit;
      kind = cell.kind;
      if (cell.exponent > 0) { value = num.exact ? decToNumber(shiftDec(num.exact, cell.exponent)) : value * 10 ** cell.exponent; }
    }
  }
  // 比值2.62: a ratio.
  if (!unit && RATIO_WORD_LIST.endingAt(text, start, floor) !== null) { kind = 'ratio'; }
  return emit(text, out, floor, start, end, value, unit, qualifier, kind, false);
}
