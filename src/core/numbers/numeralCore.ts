// The core of a numeral: its integer and decimal part, without sign, fraction or suffix. Arabic
// (half- and full-width, grouped, decimal), Chinese (simplified, traditional, financial), mixed
// forms (1.2万, 5万4千6百), elliptic forms (一万三) and digit sequences (二〇二四); docs/annotation.md §1.
import { cnDigitValue, digitValue, isDecimalPoint } from '../text';
import { Han } from './codes';
import { addDec, decToNumber, DIGIT_DEC, HALF_DEC, isZeroDec, ONE, p10, shiftDec, ZERO, type Dec } from './dec';
import {
  bigUnitExponent, CH_POINT, CORE_CHAR, isGroupSeparator, NUMERAL_CLASSES, PREFIXED_AFTER_QIAN, PREFIXED_AFTER_ZHAO,
  smallUnitExponent, tensValue, VAGUE,
} from './numeralChars';

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

/** The Arabic digits at `pos`, with thousands groups and a decimal part; the result is RUN, overwritten by the next call. */
export function scanArabic(text: string, pos: number, limit: number): ArabicRun {
  let i = pos;
  let n = 0;
  let s = 0;
  let intDigits = 0;
  let d: number;
  while (i < limit && (d = digitValue(text.charCodeAt(i))) >= 0) { n = n * 10 + d; intDigits++; i++; }
  // Thousands groups: 1,234 / 1，234 / １，２３４ — a first group of 1–3 digits, then exactly three.
  if (intDigits <= 3) {
    while (i < limit && isGroupSeparator(text.charCodeAt(i))) {
      const a = i + 1 < limit ? digitValue(text.charCodeAt(i + 1)) : -1;
      const b = i + 2 < limit ? digitValue(text.charCodeAt(i + 2)) : -1;
      const c = i + 3 < limit ? digitValue(text.charCodeAt(i + 3)) : -1;
      if (a < 0 || b < 0 || c < 0 || (i + 4 < limit && digitValue(text.charCodeAt(i + 4)) >= 0)) { break; }
      n = n * 1000 + a * 100 + b * 10 + c;
      intDigits += 3;
      i += 4;
    }
  }
  let decimal = false;
  if (i + 1 < limit && isDecimalPoint(text.charCodeAt(i)) && digitValue(text.charCodeAt(i + 1)) >= 0) {
    decimal = true;
    i++;
    while (i < limit && (d = digitValue(text.charCodeAt(i))) >= 0) { n = n * 10 + d; s++; i++; }
  }
  const tooLong = intDigits + s > MAX_NUMERAL_CHARS;
  if (tooLong) {
    while (i < limit && (digitValue(text.charCodeAt(i)) >= 0 || isDecimalPoint(text.charCodeAt(i)))) { i++; }
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

/** Written in Arabic digits alone, without a decimal point or a magnitude (2288, 12345678). */
export function isPlainArabic(core: CoreScan): boolean {
  return core.arabic && !core.chinese && !core.magnitude && !core.decimal;
}

function scanSequence(text: string, pos: number, limit: number): CoreScan {
  let i = pos;
  let n = 0;
  let d: number;
  while (i < limit && (d = cnDigitValue(text.charCodeAt(i))) >= 0) { n = n * 10 + d; i++; }
  const tooLong = i - pos > MAX_NUMERAL_CHARS;
  return { end: i, dec: { n, s: 0 }, arabic: false, chinese: true, hasDigit: true, magnitude: false, sequence: true, vague: false, decimal: false, intDigits: 0, tooLong };
}

/** The digits after 点 (Chinese or Arabic, 五十五点五七九) as n / 10^s, s being their count; null when none. */
function pointFraction(text: string, from: number, limit: number): Dec | null {
  let j = from;
  let frac = 0;
  let fs = 0;
  while (j < limit && fs <= MAX_NUMERAL_CHARS) {
    const cc = text.charCodeAt(j);
    const cv = cnDigitValue(cc);
    const v = cv >= 0 ? cv : digitValue(cc);
    if (v < 0) { break; }
    frac = frac * 10 + v; fs++; j++;
  }
  return fs === 0 ? null : { n: frac, s: fs };
}

/**
 * 多/余/几 at `i` as a vague lower digit (五百余万, 十多万, 二十几万): before a magnitude, or before
 * 十百千 after a digit. `hasDigit`: a digit stands before it; `hasPlace`: a place character or 零.
 */
function vagueDigitAt(text: string, i: number, limit: number, hasDigit: boolean, hasPlace: boolean): boolean {
  if (!NUMERAL_CLASSES.has(VAGUE, text.charCodeAt(i)) || !(hasDigit || hasPlace) || i + 1 >= limit) { return false; }
  const next = text.charCodeAt(i + 1);
  if (smallUnitExponent(next) !== 0) { return hasDigit; }
  return bigUnitExponent(next) !== 0;
}

/**
 * Scans the numeral core at `pos`: 一百二十三, 32.5万亿, 5万4千6百, 一万三, 两千万点五五四四.
 * `chinesePoint`: read 点 as a decimal point after a Chinese integer part.
 */
export function scanCore(text: string, pos: number, limit = text.length, chinesePoint = true): CoreScan | null {
  if (pos >= limit) { return null; }
  const c0 = text.charCodeAt(pos);
  const c1 = pos + 1 < limit ? text.charCodeAt(pos + 1) : -1;
  const d0 = cnDigitValue(c0);
  if (d0 >= 0 && cnDigitValue(c1) >= 0) {
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
  if (digitValue(c0) >= 0) {
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
    if (digitValue(c) >= 0) {
      if (digit !== null || (i > pos && !zero && lastSmall === 0 && lastBig === 0)) { break; }
      const r = scanArabic(text, i, limit);
      digit = { n: r.n, s: r.s }; digitOneCn = false; arabic = true; hasDigit = true; prevBig = false;
      intDigits += r.intDigits; decimal ||= r.decimal; i = r.end;
      if (r.tooLong) { tooLong = true; break; }
      continue;
    }
    const cd = cnDigitValue(c);
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
    if (c === Han.Half && digit === null && i === pos && i + 1 < limit && (smallUnitExponent(text.charCodeAt(i + 1)) !== 0 || bigUnitExponent(text.charCodeAt(i + 1)) !== 0)) {
      digit = HALF_DEC; digitOneCn = false; chinese = true; hasDigit = true; i++;
      continue;
    }
    const su = smallUnitExponent(c);
    if (su !== 0) {
      const next = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
      if (su === 3 && NUMERAL_CLASSES.has(PREFIXED_AFTER_QIAN, next)) { break; }
      if (su === 2 && next === Han.Fen && !(i + 2 < limit && text.charCodeAt(i + 2) === Han.Zhi)) { break; }
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
    const bu = bigUnitExponent(c);
    if (bu !== 0) {
      const next = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
      if (bu === 12 && NUMERAL_CLASSES.has(PREFIXED_AFTER_ZHAO, next)) { break; }
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
    if (NUMERAL_CLASSES.has(CH_POINT, c) && chinesePoint && !arabic && !decimal && i > pos) {
      const frac = pointFraction(text, i + 1, limit);
      if (frac === null) { break; }
      let intPart = digit ?? ZERO;
      if (digit !== null && digitOneCn && !zero && lastSmall > 1) { intPart = shiftDec(digit, lastSmall - 1); }
      digit = addDec(intPart, frac);
      digitOneCn = false; decimal = true; i += 1 + frac.s; prevBig = false;
      continue;
    }
    // 五百余万 = 5e6 (a lower bound); 十多万 = 1e5. The vague digit counts as zero.
    if (vagueDigitAt(text, i, limit, digit !== null, lastSmall !== 0 || zero)) { vague = true; i++; continue; }
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
