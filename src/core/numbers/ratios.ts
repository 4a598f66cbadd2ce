// 成 and 折 in running text (docs/annotation.md §1: 三成 is 30 %; §7: 超过五成): percentages, unless
// the character after makes a word of them (建成, 成为, 折合, 折旧). The decoding is ratioSuffix.ts.
import { Han } from './codes';
import { finishSimple, type Found } from './emit';
import { at } from './lookaround';
import { CLASSES, NOT_AFTER_CHENG, NOT_AFTER_ZHE } from './matchers';
import type { NumeralScan } from './numerals';
import { scanRatioSuffix } from './ratioSuffix';

/** 半成 at `pos` (5 %); -1 when 半 is not followed by 成 as a percentage. */
export function halfCheng(text: string, pos: number, floor: number, limit: number, out: Found): number {
  if (at(text, pos + 1, limit) !== Han.Cheng || CLASSES.has(NOT_AFTER_CHENG, at(text, pos + 2, limit))) { return -1; }
  return finishSimple(text, out, floor, limit, pos, pos + 2, 5, '%', 'percent');
}

/** 五五折: the one digit sequence that is a number (a discount); -1 otherwise. */
export function sequenceDiscount(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  const ratio = scanRatioSuffix(text, num, limit);
  if (!ratio || ratio.kind !== '折' || CLASSES.has(NOT_AFTER_ZHE, at(text, ratio.end, limit))) { return -1; }
  return finishSimple(text, out, floor, limit, pos, ratio.end, ratio.value, '%', 'percent');
}

/** 三成, 7成以上, 九折 right after `num`; -1 when neither stands there as a percentage. */
export function ratioAfter(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  const j = num.end;
  const next = at(text, j, limit);
  const ratio = next === Han.Cheng || next === Han.Zhe ? scanRatioSuffix(text, num, limit) : null;
  if (!ratio || (ratio.kind === '成' && CLASSES.has(NOT_AFTER_CHENG, at(text, j + 1, limit)))
    || (ratio.kind === '折' && CLASSES.has(NOT_AFTER_ZHE, at(text, j + 1, limit)))) { return -1; }
  return finishSimple(text, out, floor, limit, pos, ratio.end, ratio.value, '%', 'percent');
}
