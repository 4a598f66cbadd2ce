// 成 and 折 in running text (docs/annotation.md §1: 三成 is 30 %; §7: 超过五成): percentages, unless
// the character after makes a word of them (建成, 成为, 折合, 折旧). The decoding is ratioSuffix.ts.
// 一半 is 50 % and 2/3 after a word is 三分之二 (§1, §7 Fractions). Share ratios (§7: 10转10, ten new shares for ten) are one number, a ratio.
import { Ch, codeIn, digitValue, isBmpHan, isLatinLetter } from '../text';
import { Han } from './codes';
import { emit, finishSimple, type Found } from './emit';
import { at } from './lookaround';
import { CLASSES, CLAUSE_PUNCT, NOT_AFTER_CHENG, NOT_AFTER_ZHE } from './matchers';
import { isPlainArabic } from './numeralCore';
import { scanNumeral, type NumeralScan } from './numerals';
import { NOT_AFTER_HALF, SHARE_RATIO_AFTER, SHARE_RATIO_WORDS, SLASH_DENOMINATOR_MAX } from './words';
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

/** Whether `num` is a whole number in Arabic digits alone (10, not 10.5, 十, 10万). */
function plainArabicInteger(num: NumeralScan): boolean {
  const core = num.core;
  return num.form === 'plain' && num.isInteger && num.value > 0 && isPlainArabic(core);
}

/**
 * 10转10, 10送5: new shares per held shares at `num`'s end, a ratio (value 1, 0.5; unit null,
 * kind `ratio`); -1 when no such ratio stands there. Both counts are Arabic whole numbers, and
 * what follows is 转增/股, a list mark or a clause's end, so 3转2号楼 is no ratio.
 */
export function shareRatio(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  const j = num.end;
  if (!codeIn(SHARE_RATIO_WORDS, at(text, j, limit)) || !plainArabicInteger(num)) { return -1; }
  const m = scanNumeral(text, j + 1, limit);
  if (!m || m.start !== j + 1 || !plainArabicInteger(m)) { return -1; }
  const after = at(text, m.end, limit);
  if (after >= 0 && !codeIn(SHARE_RATIO_AFTER, after) && !CLASSES.has(CLAUSE_PUNCT, after)) { return -1; }
  return emit(text, out, floor, pos, m.end, m.value / num.value, null, 'exact', 'ratio', false);
}

/**
 * 一半 at `pos` (`num` is the 一): 50 %, with the qualifiers around it (一半以上, 超过一半); -1 when
 * 半 starts a word of its own there (半导体, 半岛, 半年).
 */
export function halfOfWhole(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  const j = num.end;
  if (j - pos !== 1 || num.value !== 1 || at(text, j, limit) !== Han.Half || codeIn(NOT_AFTER_HALF, at(text, j + 1, limit))) { return -1; }
  return finishSimple(text, out, floor, limit, pos, j + 1, 50, '%', 'percent');
}

/** ／, the full-width slash. */
export const FULLWIDTH_SLASH = 0xff0f;

/**
 * 投资的2/3, 约1/4以上: a fraction written with a slash after a word, read like 三分之二 as a
 * percentage (100·M/N %, with its qualifiers); -1 otherwise. Both parts are Arabic whole numbers,
 * the numerator the smaller and the denominator at most SLASH_DENOMINATOR_MAX; a Han character
 * stands before it and no digit, slash or letter after it, so dates (2024/3/5), page numbers
 * (3/12 on a line of its own) and codes are no fractions.
 */
export function slashFraction(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  if (!plainArabicInteger(num) || !isBmpHan(at(text, pos - 1, limit))) { return -1; }
  const m = scanNumeral(text, num.end + 1, limit);
  if (!m || m.start !== num.end + 1 || !plainArabicInteger(m) || m.value <= num.value || m.value > SLASH_DENOMINATOR_MAX) { return -1; }
  const after = at(text, m.end, limit);
  if (digitValue(after) >= 0 || after === Ch.Slash || after === FULLWIDTH_SLASH || isLatinLetter(after)) { return -1; }
  return finishSimple(text, out, floor, limit, pos, m.end, num.value * 100 / m.value, '%', 'percent');
}
