// The characters of a numeral (docs/annotation.md §1: Chinese numerals, traditional and financial
// forms, full-width digits, thousands separators), as data and as typed-array tables over UTF-16
// code units, so the decoder and the run skipper test a character with one array read. The digits
// themselves are the text kernel's (digitValue, cnDigitValue).
import { CharClasses, CODE_UNITS, Ch, cnDigitValue, digitValue, isDecimalPoint } from '../text';
import { Han } from './codes';

/** Magnitude characters a numeral may carry (兆 is 10^12 as in the peer specs). */
export const MAGNITUDES: readonly { char: string; exponent: number }[] = [
  { char: '万', exponent: 4 }, { char: '萬', exponent: 4 },
  { char: '亿', exponent: 8 }, { char: '億', exponent: 8 },
  { char: '兆', exponent: 12 },
];

/** 十 百 千 and their financial forms, by exponent. */
const PLACES: readonly (readonly [string, number])[] = [['十拾', 1], ['百佰', 2], ['千仟', 3]];

/** A tens digit and 十 in one character, by tens digit. */
const TENS_CHARS: readonly (readonly [string, number])[] = [['廿', 2], ['卅', 3], ['卌', 4]];

/** Small character classes of the decoder, one bit each. */
export const NUMERAL_CLASSES = new CharClasses();
/** 多 余 餘 几 幾 inside a numeral (五百余万, 二十几万): a vague lower digit. */
export const VAGUE = NUMERAL_CLASSES.define('多余餘几幾');
/**
 * Characters that turn a preceding 千/兆/百 into an SI prefix or a word of its own (千瓦, 兆赫,
 * 百分点): the numeral stops before the prefix and the unit table takes it.
 */
export const PREFIXED_AFTER_QIAN = NUMERAL_CLASSES.define('瓦克米焦卡伏帕赫兆');
export const PREFIXED_AFTER_ZHAO = NUMERAL_CLASSES.define('瓦赫帕焦字比位欧伏克');
/** 点 as a decimal point after a Chinese integer part (五十五点五). */
export const CH_POINT = NUMERAL_CLASSES.define('点點');
/** Minus signs before a numeral. */
export const SIGN = NUMERAL_CLASSES.define('-－负負−');

/** 十 百 千 → exponent (0: not a place character). */
const SMALL_UNIT = new Int8Array(CODE_UNITS);
for (const [chars, exponent] of PLACES) { for (let i = 0; i < chars.length; i++) { SMALL_UNIT[chars.charCodeAt(i)] = exponent; } }
/** 廿 卅 卌 → tens digit (0: none). */
const TENS = new Int8Array(CODE_UNITS);
for (const [ch, tens] of TENS_CHARS) { TENS[ch.charCodeAt(0)] = tens; }
/** 万 亿 兆 → exponent (0: none). */
const BIG_UNIT = new Int8Array(CODE_UNITS);
for (const m of MAGNITUDES) { BIG_UNIT[m.char.charCodeAt(0)] = m.exponent; }

/** 1, 2, 3 for 十, 百, 千 (and 拾 佰 仟); 0 for any other character. */
export function smallUnitExponent(c: number): number { return c >= 0 && c < CODE_UNITS ? SMALL_UNIT[c] : 0; }
/** 4 for 万, 8 for 亿, 12 for 兆; 0 for any other character. */
export function bigUnitExponent(c: number): number { return c >= 0 && c < CODE_UNITS ? BIG_UNIT[c] : 0; }
/** 2, 3, 4 for 廿, 卅, 卌; 0 for any other character. */
export function tensValue(c: number): number { return c >= 0 && c < CODE_UNITS ? TENS[c] : 0; }
export function isSmallUnit(c: number): boolean { return smallUnitExponent(c) !== 0; }
export function isBigUnit(c: number): boolean { return bigUnitExponent(c) !== 0; }

/** , or ，between thousands groups. */
export function isGroupSeparator(c: number): boolean { return c === Ch.Comma || c === Ch.FullwidthComma; }

/** Characters of a numeral run, as one table (the run skipper tests every character). */
const NUMERAL_CHAR = new Uint8Array(CODE_UNITS);
/**
 * Characters scanCore reads inside a numeral core: any other character ends it at once. Read
 * directly by the decoder's loop (1: may continue a core).
 */
export const CORE_CHAR = new Uint8Array(CODE_UNITS);
for (let c = 0; c < CODE_UNITS; c++) {
  const part = digitValue(c) >= 0 || cnDigitValue(c) >= 0 || SMALL_UNIT[c] !== 0 || BIG_UNIT[c] !== 0 || TENS[c] !== 0;
  if (part || isDecimalPoint(c) || isGroupSeparator(c) || NUMERAL_CLASSES.has(CH_POINT, c)) { NUMERAL_CHAR[c] = 1; }
  if (part || c === Han.Half || NUMERAL_CLASSES.has(CH_POINT | VAGUE, c)) { CORE_CHAR[c] = 1; }
}
/** A character that may continue a numeral core (digits, 十百千, 万亿, 点, 多/余, 半); false for -1. */
export function isCoreChar(c: number): boolean { return c >= 0 && c < CODE_UNITS && CORE_CHAR[c] === 1; }
/** Any character that belongs to a numeral run (used to skip a whole run at once). */
export function isNumeralChar(c: number): boolean { return c >= 0 && c < CODE_UNITS && NUMERAL_CHAR[c] === 1; }

/** A character a numeral may start with: a digit, 十百千, 廿卅卌, 半, or a decimal point. */
export function startsNumeral(c: number): boolean {
  return digitValue(c) >= 0 || cnDigitValue(c) >= 0 || smallUnitExponent(c) !== 0 || tensValue(c) !== 0 || c === Han.Half
    || isDecimalPoint(c);
}
