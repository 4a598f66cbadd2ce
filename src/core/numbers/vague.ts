// Vague amounts (docs/annotation.md §1 Not numbers, §7: 数十个, 几十载, 二三十家, 百年, 千家): never
// numbers, unless a qualifier bounds them (近千家, 超百亿元).
import { Han } from './codes';
import type { Found } from './emit';
import { at, skipRun } from './lookaround';
import { CLASSES, VAGUE_BEFORE } from './matchers';
import type { NumeralScan } from './numerals';
import { isSmallUnit } from './numeralChars';
import { preQualifier } from './qualifiers';
import { sequenceDiscount } from './ratios';

/** 几十个, 数百家, 成千: a place character after a vague word (but 百分之, a percentage); -1 otherwise. */
export function vagueAmountAt(text: string, pos: number, prev: number, limit: number): number {
  if (CLASSES.has(VAGUE_BEFORE, prev) && isSmallUnit(text.charCodeAt(pos)) && at(text, pos + 1, limit) !== Han.Fen) { return skipRun(text, pos, limit); }
  return -1;
}

/**
 * A digit-by-digit Chinese numeral (二三十家, 两三个, 四五线): a year the date layer reads or a vague
 * amount, skipped whole; only a discount (五五折) counts.
 */
export function sequenceNumeral(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  const discount = sequenceDiscount(text, pos, floor, limit, out, num);
  return discount >= 0 ? discount : skipRun(text, num.end, limit);
}

/**
 * A Chinese numeral made only of place characters (百年, 千家, 千万) is vague, except 十; a
 * qualifier makes it a bound again (近千家, 超百亿元).
 */
export function isPlacesOnly(text: string, pos: number, floor: number, num: NumeralScan): boolean {
  const core = num.core;
  const first = text.charCodeAt(pos);
  return core.chinese && !core.arabic && !core.hasDigit && first !== Han.Ten && first !== Han.TenFinancial && !preQualifier(text, pos, floor);
}
