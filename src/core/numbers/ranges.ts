// Ranges and coordinated values (docs/annotation.md §1: a range → range; §7: coordinated values
// give one number per value, the second shares the first one's direction, and a unit written once
// after the last value is every value's).
import type { NumberAnnotation, NumberKind } from '../types';
import { Ch, cnDigitValue, digitValue, isLatinLetter } from '../text';
import { decToNumber, shiftDec } from './dec';
import { at } from './lookaround';
import { CLASSES, COORDINATORS, RANGE_DASHES, RANGE_WORDS } from './matchers';
import { scanNumeral, type NumeralScan } from './numerals';
import { bigUnitExponent, isBigUnit, isNumeralChar } from './numeralChars';
import { matchUnit } from './units';
import type { UnitDef } from './unitTable';

/** The high end of a range after the low end (and its unit, `def`, when it has one). */
export interface RangeEnd {
  end: number;
  low: number;
  high: number;
  def: UnitDef | null;
}

/** The range whose low end is `low` and whose dash or 至 stands at `pos` (10%—15%, 16-24岁, 3至5万元), or null. */
export function rangeAfter(text: string, pos: number, limit: number, low: NumeralScan, def: UnitDef | null): RangeEnd | null {
  const c = at(text, pos, limit);
  const dash = CLASSES.has(RANGE_DASHES, c);
  if (!dash && !CLASSES.has(RANGE_WORDS, c)) { return null; }
  let k = pos + 1;
  if (c === Ch.EmDash && at(text, k, limit) === Ch.EmDash) { k++; }
  const high = scanNumeral(text, k, limit);
  if (!high || high.form !== 'plain' || high.core.sequence || high.core.tooLong) { return null; }
  if (dash && !(low.core.arabic && high.core.arabic)) { return null; }
  if (isLatinLetter(at(text, high.end, limit))) { return null; }
  // 3至5万元: the high end's magnitude applies to the low end too.
  let lowValue = low.value;
  if (!def && !low.core.magnitude && high.core.magnitude && low.exact) {
    let exp = 0;
    for (let m = high.end - 1; m > high.start && isBigUnit(text.charCodeAt(m)); m--) { exp += bigUnitExponent(text.charCodeAt(m)); }
    lowValue = decToNumber(shiftDec(low.exact, exp));
  }
  if (!(high.value > lowValue)) { return null; }
  const u2 = matchUnit(text, high.end, limit);
  // Both ends carry the same unit (10%—15%), or only the high end does (16-24岁, 3至5年).
  if (!u2 || (def && u2.def.unit !== def.unit)) { return null; }
  // Year spans (2018—2020年) belong to the date layer.
  if (u2.def.unit === '年' && low.core.intDigits === 4) { return null; }
  return { end: high.end + u2.form.length, low: lowValue, high: high.value, def: u2.def };
}

/** 分别增长29.7%和34.4%: the second of coordinated values shares the first one's direction. */
export function coordinatedChange(text: string, start: number, list: readonly NumberAnnotation[]): 'up' | 'down' | undefined {
  const last = list.length > 0 ? list[list.length - 1] : undefined;
  if (!last || !last.change) { return undefined; }
  const gap = start - last.end;
  if (gap === 1 && CLASSES.has(COORDINATORS, at(text, last.end, text.length))) { return last.change; }
  return undefined;
}

/** Whether the numeral of the span [start, end) carries a magnitude (600亿, 3.5万): a 万 or 亿 among its characters. */
function spanMagnitude(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && digitValue(text.charCodeAt(k)) < 0 && cnDigitValue(text.charCodeAt(k)) < 0) { k++; }
  for (; k < end && isNumeralChar(text.charCodeAt(k)); k++) { if (isBigUnit(text.charCodeAt(k))) { return true; } }
  return false;
}

/**
 * 分别增长2.1和2.6个百分点, 3.2、4.5和5.1个百分点, 600亿和800亿元: values joined by a coordinator
 * before a number [start, end) with its unit take that unit and kind, as many as stand bare in a
 * row (docs/annotation.md §7: coordinated values). A bare value keeps its unit null where the two
 * differ in magnitude (3和5万元 does not say 3 元), and 倍 and ordinals are never shared. Each
 * value is given a unit once, so the walk back stays linear over the text.
 */
export function shareUnitBack(text: string, list: readonly NumberAnnotation[], start: number, end: number,
  unit: string, kind: NumberKind): void {
  if (kind === 'multiple' || kind === 'ordinal') { return; }
  // read only once a bare value stands joined before it (most numbers have none)
  let magnitude: boolean | undefined;
  let at0 = start;
  for (let k = list.length - 1; k >= 0; k--) {
    const p = list[k];
    if (p.unit !== null || p.kind !== 'cardinal' || typeof p.value !== 'number') { return; }
    if (at0 - p.end !== 1 || !CLASSES.has(COORDINATORS, text.charCodeAt(p.end))) { return; }
    const last = text.charCodeAt(p.end - 1);
    magnitude ??= spanMagnitude(text, start, end);
    if (!isNumeralChar(last) || spanMagnitude(text, p.start, p.end) !== magnitude) { return; }
    p.unit = unit;
    p.kind = kind;
    at0 = p.start;
  }
}
