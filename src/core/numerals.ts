// Numeral decoding: Arabic (half- and full-width, grouped, decimal) and Chinese numerals
// (simplified, traditional, financial), mixed forms (1.2万, 5万4千6百), elliptic forms (一万三),
// fractions (三分之一, 百分之五), 成 and 折. Values are kept as a scaled integer (n / 10^s) so that
// 32.5万亿 is exactly 32500000000000: magnitudes shift the scale instead of multiplying floats.
import { MAGNITUDES } from './units';

/** value = n / 10^s, n an integer. */
export interface Dec {
  n: number;
  s: number;
}

const POW10: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) { POW10.push(p); }
function p10(k: number): number { return k <= 22 ? POW10[k] : Math.pow(10, k); }

// Shared values are frozen: a Dec is never changed once made, so sharing saves allocations.
const ZERO: Dec = Object.freeze({ n: 0, s: 0 });
const ONE: Dec = Object.freeze({ n: 1, s: 0 });
/** The digits 0–9 as values (一 → DIGIT_DEC[1]). */
const DIGIT_DEC: readonly Dec[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => Object.freeze({ n, s: 0 }));
const HALF_DEC: Dec = Object.freeze({ n: 5, s: 1 });

/** × 10^k without touching the digits (k may be negative). */
export function shiftDec(d: Dec, k: number): Dec {
  if (k <= 0) { return { n: d.n, s: d.s - k }; }
  return d.s >= k ? { n: d.n, s: d.s - k } : { n: d.n * p10(k - d.s), s: 0 };
}
function addDec(a: Dec, b: Dec): Dec {
  // Adding an exact zero (the usual empty section or total) gives the other operand unchanged;
  // the guards keep the general formula's results for -0, large or negative scales.
  if (a.n === 0 && a.s === 0 && b.s >= 0 && b.s <= 22 && !Object.is(b.n, -0)) { return b; }
  if (b.n === 0 && b.s === 0 && a.s >= 0 && a.s <= 22 && !Object.is(a.n, -0)) { return a; }
  const s = Math.max(a.s, b.s);
  return { n: a.n * p10(s - a.s) + b.n * p10(s - b.s), s };
}
export function decToNumber(d: Dec): number { return d.s === 0 ? d.n : d.s < 0 ? d.n * p10(-d.s) : d.n / p10(d.s); }
function isZeroDec(d: Dec): boolean { return d.n === 0; }

// --- character classes (by char code: typed-array tables, no Map or substring per character) ---

const TABLE_SIZE = 0x10000;
/** Chinese digits, simplified, traditional and financial; 〇/零 are 0; -1 for any other character. */
const CN_DIGIT = new Int8Array(TABLE_SIZE).fill(-1);
for (const [chars, v] of [
  ['〇零', 0], ['一壹弌', 1], ['二贰貳两兩倆俩弍', 2], ['三叁參叄弎', 3], ['四肆', 4],
  ['五伍', 5], ['六陆陸', 6], ['七柒', 7], ['八捌', 8], ['九玖', 9],
] as const) {
  for (let i = 0; i < chars.length; i++) { CN_DIGIT[chars.charCodeAt(i)] = v; }
}
function fill(table: Int8Array, chars: string, value: (i: number) => number): void {
  for (let i = 0; i < chars.length; i++) { table[chars.charCodeAt(i)] = value(i); }
}
/** 十 百 千 and their financial forms → exponent (0: not a unit). */
const SMALL_UNIT = new Int8Array(TABLE_SIZE);
fill(SMALL_UNIT, '十拾', () => 1); fill(SMALL_UNIT, '百佰', () => 2); fill(SMALL_UNIT, '千仟', () => 3);
/** 廿 卅 卌: a tens digit and 十 in one character (0: none). */
const TENS = new Int8Array(TABLE_SIZE);
fill(TENS, '廿卅卌', (i) => i + 2);
/** 万 亿 兆 → exponent (0: none). */
const BIG_UNIT = new Int8Array(TABLE_SIZE);
for (const m of MAGNITUDES) { BIG_UNIT[m.char.charCodeAt(0)] = m.exponent; }

/** One bit per small character class. */
const FLAGS = new Uint8Array(TABLE_SIZE);
function flag(chars: string, bit: number): number {
  for (let i = 0; i < chars.length; i++) { FLAGS[chars.charCodeAt(i)] |= bit; }
  return bit;
}
/** 多 余 餘 几 幾 inside a numeral (五百余万, 二十几万): a vague lower digit. */
const VAGUE = flag('多余餘几幾', 1);
/**
 * Characters that turn a preceding 千/兆/百 into an SI prefix or a word of its own (千瓦, 兆赫,
 * 百分点): the numeral stops before the prefix and the unit table takes it.
 */
const PREFIXED_AFTER_QIAN = flag('瓦克米焦卡伏帕赫兆', 2);
const PREFIXED_AFTER_ZHAO = flag('瓦赫帕焦字比位欧伏克', 4);
const CH_POINT = flag('点點', 8);
const SIGN = flag('-－负負−', 16);
function hasFlag(bit: number, c: number): boolean { return c >= 0 && (FLAGS[c] & bit) !== 0; }

const DI = '第'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
const YOU = '又'.charCodeAt(0);
const BAN = '半'.charCodeAt(0);
const CHENG = '成'.charCodeAt(0);
const ZHE = '折'.charCodeAt(0);

export function arabicDigit(c: number): number {
  if (c >= 48 && c <= 57) { return c - 48; }
  if (c >= 0xff10 && c <= 0xff19) { return c - 0xff10; }
  return -1;
}
/** Chinese digit value, or -1 (also for an out-of-range c such as -1). */
function cnDigit(c: number): number { return c >= 0 && c < TABLE_SIZE ? CN_DIGIT[c] : -1; }
function smallUnit(c: number): number { return c >= 0 && c < TABLE_SIZE ? SMALL_UNIT[c] : 0; }
function bigUnit(c: number): number { return c >= 0 && c < TABLE_SIZE ? BIG_UNIT[c] : 0; }
function tensValue(c: number): number { return c >= 0 && c < TABLE_SIZE ? TENS[c] : 0; }
export function isChineseDigit(c: number): boolean { return cnDigit(c) >= 0; }
export function chineseDigitValue(c: number): number { return cnDigit(c); }
export function isSmallUnit(c: number): boolean { return smallUnit(c) !== 0; }
export function isBigUnit(c: number): boolean { return bigUnit(c) !== 0; }
/** 4 for 万, 8 for 亿, 12 for 兆; 0 for any other character. */
export function bigUnitExponent(c: number): number { return bigUnit(c); }

/** Characters of a numeral run, as one table (the run skipper tests every character). */
const NUMERAL_CHAR = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  if (arabicDigit(c) >= 0 || CN_DIGIT[c] >= 0 || SMALL_UNIT[c] !== 0 || BIG_UNIT[c] !== 0 || TENS[c] !== 0
    || c === 0x2e || c === 0xff0e || c === 0x2c || c === 0xff0c || (FLAGS[c] & CH_POINT) !== 0) { NUMERAL_CHAR[c] = 1; }
}
/** Characters scanCore reads inside a numeral core: any other character ends it at once. */
const CORE_CHAR = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  if (arabicDigit(c) >= 0 || CN_DIGIT[c] >= 0 || SMALL_UNIT[c] !== 0 || BIG_UNIT[c] !== 0 || TENS[c] !== 0 || c === BAN
    || (FLAGS[c] & (CH_POINT | VAGUE)) !== 0) { CORE_CHAR[c] = 1; }
}
/** A character that may continue a numeral core (digits, 十百千, 万亿, 点, 多/余, 半); false for -1. */
export function isCoreChar(c: number): boolean { return c >= 0 && c < TABLE_SIZE && CORE_CHAR[c] === 1; }
/** Any character that belongs to a numeral run (used to skip a whole run at once). */
export function isNumeralChar(c: number): boolean { return c >= 0 && c < TABLE_SIZE && NUMERAL_CHAR[c] === 1; }
function isDecimalPoint(c: number): boolean { return c === 0x2e || c === 0xff0e; }
function isGroupSeparator(c: number): boolean { return c === 0x2c || c === 0xff0c; }

/** Longest numeral (in characters) interpreted; a longer run is reported `tooLong` and skipped. */
export const MAX_NUMERAL_CHARS = 40;

interface ArabicRun {
  end: number;
  /** The value is n / 10^s. */
  n: number;
  s: number;
  intDigits: number;
  decimal: boolean;
  tooLong: boolean;
}

/**
 * scanArabic's result: one record overwritten by every call and read at once by the caller, so a
 * run of digits allocates nothing.
 */
const RUN: ArabicRun = { end: 0, n: 0, s: 0, intDigits: 0, decimal: false, tooLong: false };

function scanArabic(text: string, pos: number, limit: number): ArabicRun {
  let i = pos;
  let n = 0;
  let s = 0;
  let intDigits = 0;
  let d: number;
  while (i < limit && (d = arabicDigit(text.charCodeAt(i))) >= 0) { n = n * 10 + d; intDigits++; i++; }
  // Thousands groups: 1,234 / 1，234 / １，２３４ — a first group of 1–3 digits, then exactly three.
  if (intDigits <= 3) {
    while (i < limit && isGroupSeparator(text.charCodeAt(i))) {
      const a = i + 1 < limit ? arabicDigit(text.charCodeAt(i + 1)) : -1;
      const b = i + 2 < limit ? arabicDigit(text.charCodeAt(i + 2)) : -1;
      const c = i + 3 < limit ? arabicDigit(text.charCodeAt(i + 3)) : -1;
      if (a < 0 || b < 0 || c < 0 || (i + 4 < limit && arabicDigit(text.charCodeAt(i + 4)) >= 0)) { break; }
      n = n * 1000 + a * 100 + b * 10 + c;
      intDigits += 3;
      i += 4;
    }
  }
  let decimal = false;
  if (i + 1 < limit && isDecimalPoint(text.charCodeAt(i)) && arabicDigit(text.charCodeAt(i + 1)) >= 0) {
    decimal = true;
    i++;
    while (i < limit && (d = arabicDigit(text.charCodeAt(i))) >= 0) { n = n * 10 + d; s++; i++; }
  }
  const tooLong = intDigits + s > MAX_NUMERAL_CHARS;
  if (tooLong) {
    while (i < limit && (arabicDigit(text.charCodeAt(i)) >= 0 || isDecimalPoint(text.charCodeAt(i)))) { i++; }
  }
  RUN.end = i; RUN.n = n; RUN.s = s; RUN.intDigits = intDigits; RUN.decimal = decimal; RUN.tooLong = tooLong;
  return RUN;
}

/** The integer/decimal part of a numeral (no sign, fraction or suffix). */
export interface CoreScan {
  end: number;
  dec: Dec;
  arabic: boolean;
  chinese: boolean;
  /** Has a digit character (not only unit characters as in 百年, 千万). */
  hasDigit: boolean;
  /** Has a magnitude character (万, 亿, 兆). */
  magnitude: boolean;
  /** A digit-by-digit Chinese numeral (二〇二四, 五五, 三四): no unit characters. */
  sequence: boolean;
  /** 多/余/几 inside (五百余万): a lower bound. */
  vague: boolean;
  decimal: boolean;
  /** Arabic digits before the decimal point (75折 reads 75 %). */
  intDigits: number;
  tooLong: boolean;
}

function scanSequence(text: string, pos: number, limit: number): CoreScan {
  let i = pos;
  let n = 0;
  let d: number;
  while (i < limit && (d = cnDigit(text.charCodeAt(i))) >= 0) { n = n * 10 + d; i++; }
  const tooLong = i - pos > MAX_NUMERAL_CHARS;
  return { end: i, dec: { n, s: 0 }, arabic: false, chinese: true, hasDigit: true, magnitude: false, sequence: true, vague: false, decimal: false, intDigits: 0, tooLong };
}

/**
 * Scans the numeral core at `pos`: 一百二十三, 32.5万亿, 5万4千6百, 一万三, 两千万点五五四四.
 * `chinesePoint`: read 点 as a decimal point after a Chinese integer part.
 */
export function scanCore(text: string, pos: number, limit = text.length, chinesePoint = true): CoreScan | null {
  if (pos >= limit) { return null; }
  const c0 = text.charCodeAt(pos);
  const c1 = pos + 1 < limit ? text.charCodeAt(pos + 1) : -1;
  const d0 = cnDigit(c0);
  if (d0 >= 0 && cnDigit(c1) >= 0) {
    return scanSequence(text, pos, limit);
  }
  // Fast paths for the usual cores, a lone Chinese digit (一项) and an Arabic run (2024, 12.5)
  // that no numeral character follows: the general loop below would read them the same way.
  if (d0 >= 1 && (c1 < 0 || CORE_CHAR[c1] === 0)) {
    return { end: pos + 1, dec: DIGIT_DEC[d0], arabic: false, chinese: true, hasDigit: true, magnitude: false, sequence: false, vague: false, decimal: false, intDigits: 0, tooLong: false };
  }
  let i = pos;
  let total = ZERO;
  let section = ZERO;
  let digit: Dec | null = null;
  let digitOneCn = false;
  let lastSmall = 0;
  let lastBig = 0;
  let zero = false;
  let prevBig = false;
  let arabic = false, chinese = false, hasDigit = false, magnitude = false, vague = false, decimal = false, tooLong = false;
  let intDigits = 0;
  if (arabicDigit(c0) >= 0) {
    const r = scanArabic(text, pos, limit);
    const e = r.end;
    if (r.tooLong || e >= limit || e - pos > MAX_NUMERAL_CHARS || CORE_CHAR[text.charCodeAt(e)] === 0) {
      return {
        end: e, dec: { n: r.n, s: r.s }, arabic: true, chinese: false, hasDigit: true, magnitude: false, sequence: false, vague: false,
        decimal: r.decimal, intDigits: r.intDigits, tooLong: r.tooLong || (e < limit && e - pos > MAX_NUMERAL_CHARS),
      };
    }
    // A magnitude or more follows (1.2万亿): the loop goes on from the end of the run, as its first step would.
    digit = { n: r.n, s: r.s }; arabic = true; hasDigit = true; intDigits = r.intDigits; decimal = r.decimal; i = e;
  }
  while (i < limit) {
    if (i - pos > MAX_NUMERAL_CHARS) { tooLong = true; break; }
    const c = text.charCodeAt(i);
    if (CORE_CHAR[c] === 0) { break; }
    if (arabicDigit(c) >= 0) {
      if (digit !== null || (i > pos && !zero && lastSmall === 0 && lastBig === 0)) { break; }
      const r = scanArabic(text, i, limit);
      digit = { n: r.n, s: r.s }; digitOneCn = false; arabic = true; hasDigit = true; prevBig = false;
      intDigits += r.intDigits; decimal ||= r.decimal; i = r.end;
      if (r.tooLong) { tooLong = true; break; }
      continue;
    }
    const cd = cnDigit(c);
    if (cd >= 0) {
      if (digit !== null) { break; }
      chinese = true; hasDigit = true; prevBig = false;
      if (cd === 0) { zero = true; i++; continue; }
      digit = DIGIT_DEC[cd]; digitOneCn = true; i++;
      continue;
    }
    const tens = tensValue(c);
    if (tens !== 0) {
      if (digit !== null || (lastSmall !== 0 && lastSmall <= 1) || (i > pos && !zero && lastBig === 0)) { break; }
      section = addDec(section, { n: tens * 10, s: 0 });
      lastSmall = 1; chinese = true; hasDigit = true; zero = false; prevBig = false; i++;
      continue;
    }
    if (c === BAN && digit === null && i === pos && i + 1 < limit && (smallUnit(text.charCodeAt(i + 1)) !== 0 || bigUnit(text.charCodeAt(i + 1)) !== 0)) {
      digit = HALF_DEC; digitOneCn = false; chinese = true; hasDigit = true; i++;
      continue;
    }
    const su = smallUnit(c);
    if (su !== 0) {
      const next = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
      if (su === 3 && hasFlag(PREFIXED_AFTER_QIAN, next)) { break; }
      if (su === 2 && next === FEN && !(i + 2 < limit && text.charCodeAt(i + 2) === ZHI)) { break; }
      if (lastSmall !== 0 && su >= lastSmall) { break; }
      if (decimal && digit !== null) { break; }
      let coef: Dec;
      if (digit !== null) { coef = digit; }
      else if (i === pos || zero) { coef = ONE; }
      else { break; }
      section = addDec(section, shiftDec(coef, su));
      lastSmall = su; digit = null; digitOneCn = false; zero = false; prevBig = false; chinese = true; i++;
      continue;
    }
    const bu = bigUnit(c);
    if (bu !== 0) {
      const next = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
      if (bu === 12 && hasFlag(PREFIXED_AFTER_ZHAO, next)) { break; }
      if (i === pos) { break; }
      if (digit === null && isZeroDec(section)) {
        if (prevBig) { total = shiftDec(total, bu); lastBig = bu; i++; continue; }
        break;
      }
      const sec = digit === null ? section : addDec(section, digit);
      total = decToNumber(total) < p10(bu) ? shiftDec(addDec(total, sec), bu) : addDec(total, shiftDec(sec, bu));
      section = ZERO; digit = null; digitOneCn = false; lastSmall = 0; lastBig = bu; zero = false; prevBig = true;
      magnitude = true; chinese = true; i++;
      continue;
    }
    if (hasFlag(CH_POINT, c) && chinesePoint && !arabic && !decimal && i > pos) {
      let j = i + 1;
      let frac = 0;
      let fs = 0;
      while (j < limit && fs <= MAX_NUMERAL_CHARS) {
        const cc = text.charCodeAt(j);
        const cv = cnDigit(cc);
        const v = cv >= 0 ? cv : arabicDigit(cc);
        if (v < 0) { break; }
        frac = frac * 10 + v; fs++; j++;
      }
      if (fs === 0) { break; }
      let intPart = digit ?? ZERO;
      if (digit !== null && digitOneCn && !zero && lastSmall > 1) { intPart = shiftDec(digit, lastSmall - 1); }
      digit = addDec(intPart, { n: frac, s: fs });
      digitOneCn = false; decimal = true; i = j; prevBig = false;
      continue;
    }
    if (hasFlag(VAGUE, c) && (digit !== null || lastSmall !== 0 || zero) && i + 1 < limit
      && (smallUnit(text.charCodeAt(i + 1)) !== 0 || bigUnit(text.charCodeAt(i + 1)) !== 0)) {
      // 五百余万 = 5e6 (a lower bound); 十多万 = 1e5. The vague digit counts as zero.
      if (smallUnit(text.charCodeAt(i + 1)) !== 0 && digit === null) { break; }
      vague = true; i++;
      continue;
    }
    break;
  }
  if (i === pos) { return null; }
  let last: Dec = digit ?? ZERO;
  if (digit !== null && digitOneCn && !zero && !decimal) {
    // Elliptic forms: 两千四百五 = 2450, 一万三 = 13000 — the digit takes the next lower place.
    if (lastSmall > 1) { last = shiftDec(digit, lastSmall - 1); }
    else if (lastSmall === 0 && isZeroDec(section) && lastBig > 0) { last = shiftDec(digit, lastBig - 1); }
  }
  const dec = addDec(total, addDec(section, last));
  return { end: i, dec, arabic, chinese, hasDigit, magnitude, sequence: false, vague, decimal, intDigits, tooLong };
}

export type NumeralForm = 'plain' | 'fraction' | 'percent' | 'ordinal';

export interface NumeralScan {
  start: number;
  end: number;
  value: number;
  /** The exact scaled value when the numeral is not a fraction. */
  exact: Dec | null;
  isInteger: boolean;
  form: NumeralForm;
  negative: boolean;
  core: CoreScan;
}

export interface ScanOptions {
  /** Also read e-notation, ^ powers, k/M suffixes and a/b fractions (whole-text parsing). */
  extended?: boolean;
}

/** 分之 at pos (the fraction bar of N分之M). */
function isFenZhi(text: string, pos: number, limit: number): boolean {
  return pos + 1 < limit && text.charCodeAt(pos) === FEN && text.charCodeAt(pos + 1) === ZHI;
}

function signAt(text: string, pos: number, limit: number): boolean {
  return pos + 1 < limit && hasFlag(SIGN, text.charCodeAt(pos)) && startsNumeral(text.charCodeAt(pos + 1));
}

function startsNumeral(c: number): boolean {
  return arabicDigit(c) >= 0 || cnDigit(c) >= 0 || smallUnit(c) !== 0 || tensValue(c) !== 0 || c === BAN
    || c === 0x2e || c === 0xff0e;
}

/** A numerator after 分之, which may carry its own sign (负3分之负一百五十七). */
function scanNumerator(text: string, pos: number, limit: number): { core: CoreScan; negative: boolean } | null {
  let negative = false;
  let i = pos;
  if (signAt(text, i, limit)) { negative = true; i++; }
  const core = scanCore(text, i, limit);
  return core ? { core, negative } : null;
}

/**
 * Scans one numeral expression at `pos`: sign, 第-ordinal, 百分之/千分之/万分之 percent,
 * N分之M and A又N分之M fractions, plain numerals; with `extended`, also 1e5, 2^5, 40k, 3/5.
 * Returns null when no numeral starts at `pos`.
 */
export function scanNumeral(text: string, pos: number, limit = text.length, opts?: ScanOptions): NumeralScan | null {
  let i = pos;
  let negative = false;
  const extended = opts !== undefined && opts.extended === true;
  if (signAt(text, i, limit) || (extended && i + 1 < limit && text.charCodeAt(i) === 0x2b)) {
    negative = text.charCodeAt(i) !== 0x2b;
    i++;
  }
  const c = text.charCodeAt(i);
  // 第N: an ordinal.
  if (c === DI) {
    const core = scanCore(text, i + 1, limit);
    if (!core) { return null; }
    const v = decToNumber(core.dec);
    return { start: pos, end: core.end, value: negative ? -v : v, exact: core.dec, isInteger: Number.isInteger(v), form: 'ordinal', negative, core };
  }
  // 百分之M, 千分之M, 万分之M: a percentage (千分之五 = 0.5 %).
  const su = smallUnit(c);
  const bu = bigUnit(c);
  const bareExp = su === 2 || su === 3 ? su : bu === 4 ? 4 : 0;
  if (bareExp && isFenZhi(text, i + 1, limit)) {
    const num = scanNumerator(text, i + 3, limit);
    if (!num) { return null; }
    const exact = shiftDec(num.core.dec, 2 - bareExp);
    let v = decToNumber(exact);
    if (negative !== num.negative) { v = -v; }
    return { start: pos, end: num.core.end, value: v, exact, isInteger: Number.isInteger(v), form: 'percent', negative, core: num.core };
  }
  const core = scanCore(text, i, limit);
  if (!core) {
    // .5 and -.5 in whole-text parsing.
    if (extended && isDecimalPoint(c) && i + 1 < limit && arabicDigit(text.charCodeAt(i + 1)) >= 0) {
      const r = scanArabic(text, i + 1, limit);
      const dec: Dec = { n: r.n, s: r.s + r.intDigits };
      const fake: CoreScan = { end: r.end, dec, arabic: true, chinese: false, hasDigit: true, magnitude: false, sequence: false, vague: false, decimal: true, intDigits: 0, tooLong: r.tooLong };
      return finishExtended(text, pos, fake, negative, limit);
    }
    return null;
  }
  if (core.tooLong) {
    return { start: pos, end: core.end, value: NaN, exact: null, isInteger: false, form: 'plain', negative, core };
  }
  let j = core.end;
  // N分之M
  if (isFenZhi(text, j, limit)) {
    const num = scanNumerator(text, j + 2, limit);
    if (num) {
      let v = decToNumber(num.core.dec) / decToNumber(core.dec);
      if (negative !== num.negative) { v = -v; }
      return { start: pos, end: num.core.end, value: v, exact: null, isInteger: Number.isInteger(v), form: 'fraction', negative, core };
    }
  }
  // A又N分之M
  if (j < limit && text.charCodeAt(j) === YOU) {
    const den = scanCore(text, j + 1, limit);
    if (den && isFenZhi(text, den.end, limit)) {
      const num = scanNumerator(text, den.end + 2, limit);
      if (num) {
        let v = decToNumber(core.dec) + decToNumber(num.core.dec) / decToNumber(den.dec);
        if (negative) { v = -v; }
        return { start: pos, end: num.core.end, value: v, exact: null, isInteger: Number.isInteger(v), form: 'fraction', negative, core };
      }
    }
  }
  if (extended) { return finishExtended(text, pos, core, negative, limit); }
  j = core.end;
  const v = decToNumber(core.dec);
  return { start: pos, end: j, value: negative ? -v : v, exact: core.dec, isInteger: Number.isInteger(v), form: 'plain', negative, core };
}

/** e-notation, ^ powers, k/M suffixes and a/b fractions after an Arabic core. */
function finishExtended(text: string, pos: number, core: CoreScan, negative: boolean, limit: number): NumeralScan {
  let j = core.end;
  let exact: Dec | null = core.dec;
  let v = decToNumber(core.dec);
  const pureArabic = core.arabic && !core.chinese;
  if (pureArabic && j < limit) {
    const ch = text.charCodeAt(j);
    if ((ch === 0x65 || ch === 0x45) && j + 1 < limit) {
      // 2e5, 2.7890e-1, 12.32e+14
      let k = j + 1;
      let expNeg = false;
      if (text.charCodeAt(k) === 0x2b || text.charCodeAt(k) === 0x2d) { expNeg = text.charCodeAt(k) === 0x2d; k++; }
      let e = 0;
      let nd = 0;
      let d: number;
      while (k < limit && nd < 4 && (d = arabicDigit(text.charCodeAt(k))) >= 0) { e = e * 10 + d; nd++; k++; }
      if (nd > 0) { exact = shiftDec(core.dec, expNeg ? -e : e); v = decToNumber(exact); j = k; }
    } else if (ch === 0x5e) {
      // 2^5, 2^-1, 1.1^--23 (an even number of minus signs is positive)
      let k = j + 1;
      let minus = 0;
      while (k < limit && (text.charCodeAt(k) === 0x2d || text.charCodeAt(k) === 0x2b) && k - j < 4) { if (text.charCodeAt(k) === 0x2d) { minus++; } k++; }
      const ex = scanArabic(text, k, limit);
      if (ex.end > k) {
        const e = decToNumber({ n: ex.n, s: ex.s }) * (minus % 2 ? -1 : 1);
        v = Math.pow(v, e); exact = null; j = ex.end;
      }
    } else if (ch === 0x2f && !core.decimal) {
      const den = scanArabic(text, j + 1, limit);
      if (den.end > j + 1 && !den.decimal && den.n !== 0) {
        v = v / den.n; exact = null; j = den.end;
      }
    }
    if (j < limit) {
      const s = text.charCodeAt(j);
      if (s === 0x6b || s === 0x4b) { exact = exact ? shiftDec(exact, 3) : null; v = exact ? decToNumber(exact) : v * 1e3; j++; }
      else if (s === 0x6d || s === 0x4d) { exact = exact ? shiftDec(exact, 6) : null; v = exact ? decToNumber(exact) : v * 1e6; j++; }
    }
  }
  if (negative) { v = -v; }
  return { start: pos, end: j, value: v, exact, isInteger: Number.isInteger(v), form: 'plain', negative, core };
}

/** A 成 or 折 after a numeral: 三成 = 30 %, 三成半 = 35 %, 九折 = 90 %, 五五折 = 55 %, 75折 = 75 %. */
export interface RatioSuffix {
  end: number;
  /** The percent value. */
  value: number;
  kind: '成' | '折';
}

export function scanRatioSuffix(text: string, num: NumeralScan, limit = text.length, extended = false): RatioSuffix | null {
  const j = num.end;
  if (j >= limit || num.form !== 'plain' || !num.exact) { return null; }
  const ch = text.charCodeAt(j);
  if (ch === CHENG) {
    let exact = shiftDec(num.exact, 1);
    let end = j + 1;
    if (end < limit && text.charCodeAt(end) === BAN) { exact = addDec(exact, { n: 5, s: 0 }); end++; }
    else if (extended && end < limit && cnDigit(text.charCodeAt(end)) >= 0 && !(end + 1 < limit && startsNumeral(text.charCodeAt(end + 1)))) {
      exact = addDec(exact, { n: cnDigit(text.charCodeAt(end)), s: 0 }); end++;
    }
    return { end, value: decToNumber(exact) * (num.negative ? -1 : 1), kind: '成' };
  }
  if (ch === ZHE) {
    const twoDigits = (num.core.sequence && num.core.end - num.start === 2) || (num.core.arabic && !num.core.chinese && num.core.intDigits === 2 && !num.core.decimal);
    const exact = twoDigits ? num.exact : shiftDec(num.exact, 1);
    return { end: j + 1, value: decToNumber(exact), kind: '折' };
  }
  return null;
}

// --- whole-text parsing ------------------------------------------------------------------

function isSpace(c: number): boolean { return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0; }

/** Drops spaces between numeral parts (一百 五 十 二), keeping one between two Arabic digits (1 3/5). */
function normalizeSpaces(text: string): string {
  const keepNone = text.includes('折');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) { out += text[i]; continue; }
    if (keepNone || out.length === 0) { continue; }
    let k = i;
    while (k < text.length && isSpace(text.charCodeAt(k))) { k++; }
    if (k < text.length && arabicDigit(out.charCodeAt(out.length - 1)) >= 0 && arabicDigit(text.charCodeAt(k)) >= 0) { out += ' '; }
    i = k - 1;
  }
  return out;
}

const PERCENT_WORDS = ['个百分点', '個百分點', '个百分點', '個百分点', '百分点', '百分點', '%', '％'];
const DOZEN = '打'.charCodeAt(0);

/**
 * The value of a text that is wholly one numeral expression, or null.
 * Percent forms give the percent number: 百分之五 → 5, 三成 → 30, 千分之五 → 0.5, 九折 → 90.
 */
export function parseNumeral(input: string): number | null {
  const text = normalizeSpaces(input.trim());
  if (text.length === 0) { return null; }
  if (text === '对折' || text === '對折' || text === '半折') { return 50; }
  if (text === '半成') { return 5; }
  const sp = text.indexOf(' ');
  if (sp > 0) {
    // A mixed fraction: 1 3/5
    const whole = scanNumeral(text, 0, sp, { extended: true });
    const frac = scanNumeral(text, sp + 1, text.length, { extended: true });
    if (!whole || whole.end !== sp || !whole.isInteger || !frac || frac.end !== text.length || text.indexOf('/', sp) < 0) { return null; }
    return whole.value < 0 ? whole.value - frac.value : whole.value + frac.value;
  }
  const num = scanNumeral(text, 0, text.length, { extended: true });
  if (!num || Number.isNaN(num.value)) { return null; }
  if (num.end === text.length) { return num.value; }
  const ratio = scanRatioSuffix(text, num, text.length, true);
  if (ratio && ratio.end === text.length) { return ratio.value; }
  const rest = text.slice(num.end);
  if (PERCENT_WORDS.includes(rest)) { return num.value; }
  // 百分之15k: a k/M suffix on the numerator of a percent form.
  if (num.form === 'percent' && num.exact && (rest === 'k' || rest === 'K' || rest === 'M')) {
    const v = decToNumber(shiftDec(num.exact, rest === 'M' ? 6 : 3));
    return num.value < 0 ? -v : v;
  }
  if (text.charCodeAt(num.end) === DOZEN && num.end + 1 === text.length) { return num.value * 12; }
  return null;
}
