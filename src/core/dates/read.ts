// Numbers and words read at a position, as the date rules read them: Arabic digits of either width,
// small Chinese numerals (十二, 廿一), years written digit by digit (二〇二四). The digits themselves
// are the text kernel's (src/core/text).
import { Ch, charTable, digitRunEnd, digitValue, digitsValue, writtenDigitValue } from '../text';
import type { ScanContext } from './scan/context';
import { DATE_NUMERALS } from './words';

/** A number read: its value, where it ends, whether written in Chinese, and its length. */
export interface NumRead { value: number; end: number; cn: boolean; len: number }

const NUMERAL_TABLE = charTable(DATE_NUMERALS);
/** A character of a Chinese numeral (DATE_NUMERALS); false for -1 or NaN. */
export function isDateNumeral(c: number): boolean { return NUMERAL_TABLE[c] === 1; }

/** The code unit at k, or -1 at or past limit (no one-character string per test). */
export function codeAt(text: string, k: number, limit: number): number { return k < limit ? text.charCodeAt(k) : -1; }

/** Whether `word` stands at text[i…] and ends by limit. */
export function startsWithAt(text: string, i: number, word: string, limit: number): boolean {
  const n = word.length;
  if (i + n > limit) { return false; }
  if (i < 0) { return text.startsWith(word, i); }
  // Code by code: the words are short, and the first character decides most calls.
  for (let k = 0; k < n; k++) { if (text.charCodeAt(i + k) !== word.charCodeAt(k)) { return false; } }
  return true;
}

/**
 * The gap a date's parts may have between them at i (docs/annotation.md §8): one space, as text
 * extracted from a PDF writes between a number and its unit (102 年 9 月 17 日), or, in text
 * hard-wrapped at one width, one line break (2019⏎年: the profile's wrap width). The position after
 * it, else i.
 */
export function gapEnd(ctx: ScanContext, i: number): number {
  const { text, limit } = ctx;
  if (i >= limit) { return i; }
  const c = text.charCodeAt(i);
  if (c === Ch.Space) { return i + 1; }
  if (!ctx.wrapped) { return i; }
  if (c === Ch.LineFeed) { return i + 1; }
  if (c === Ch.CarriageReturn) { return i + 1 < limit && text.charCodeAt(i + 1) === Ch.LineFeed ? i + 2 : i + 1; }
  return i;
}

/** The unit (年, 月, 日 …, one code unit) at i or after a gap: the position after it, else -1. */
export function unitAfter(ctx: ScanContext, i: number, unit: number): number {
  const k = gapEnd(ctx, i);
  return k < ctx.limit && ctx.text.charCodeAt(k) === unit ? k + 1 : -1;
}

/** 月 and 日, the units of a date's month and day. */
export const YUE = 0x6708;
export const RI = 0x65e5;

/**
 * The end past `unit` (月, 日) after the number of a date ending at i, or -1: right at i after a
 * Chinese numeral (五月), after a gap only after Arabic digits (5 月, as unitAfter reads it).
 */
export function unitEnd(ctx: ScanContext, i: number, cn: boolean, unit: number): number {
  if (!cn) { return unitAfter(ctx, i, unit); }
  return i < ctx.limit && ctx.text.charCodeAt(i) === unit ? i + 1 : -1;
}

/** Where the number of a date's next part starts at i: after a gap when an Arabic digit follows it, else i. */
export function partStart(ctx: ScanContext, i: number): number {
  const k = gapEnd(ctx, i);
  return k > i && k < ctx.limit && digitValue(ctx.text.charCodeAt(k)) >= 0 ? k : i;
}

/** Arabic digits from i (at most maxLen; a longer run fails). Reads no further than maxLen + 1 characters. */
export function readArabic(text: string, i: number, limit: number, maxLen: number): NumRead | null {
  const end = digitRunEnd(text, i, Math.min(limit, i + maxLen + 1));
  const len = end - i;
  if (len === 0 || len > maxLen) { return null; }
  return { value: digitsValue(text, i, end), end, cn: false, len };
}

const TEN = '十'.charCodeAt(0);
const TEN_FORMAL = '拾'.charCodeAt(0);
const TWENTY = '廿'.charCodeAt(0);
const THIRTY = '卅'.charCodeAt(0);
const LIANG = '两'.charCodeAt(0);
const LIANG_T = '兩'.charCodeAt(0);

/** A small Chinese numeral 1–99 (五, 十, 十二, 二十一, 廿一); at most three characters. */
export function readCnSmall(text: string, i: number, limit: number): NumRead | null {
  const a = i < limit ? text.charCodeAt(i) : 0;
  if (!isDateNumeral(a)) { return null; }
  const b = i + 1 < limit ? text.charCodeAt(i + 1) : 0;
  const c = i + 2 < limit ? text.charCodeAt(i + 2) : 0;
  let value: number;
  let end: number;
  if (a === TEN || a === TEN_FORMAL) {
    const d = writtenDigitValue(b);
    if (d > 0) { value = 10 + d; end = i + 2; } else { value = 10; end = i + 1; }
  } else if (a === TWENTY || a === THIRTY) {
    const d = writtenDigitValue(b);
    const base = a === TWENTY ? 20 : 30;
    if (d > 0) { value = base + d; end = i + 2; } else { value = base; end = i + 1; }
  } else {
    const d = writtenDigitValue(a);
    if (d <= 0) { return null; }
    if (b === TEN || b === TEN_FORMAL) {
      const e = writtenDigitValue(c);
      if (e > 0) { value = d * 10 + e; end = i + 3; } else { value = d * 10; end = i + 2; }
    } else { value = d; end = i + 1; }
  }
  if (end < limit && isDateNumeral(text.charCodeAt(end))) { return null; }
  return { value, end, cn: true, len: end - i };
}

/** A small number written either way (up to maxArabic digits). */
export function readSmall(text: string, i: number, limit: number, maxArabic: number): NumRead | null {
  return readArabic(text, i, limit, maxArabic) ?? readCnSmall(text, i, limit);
}

/** A four-digit year written digit by digit in Chinese (二〇二四); 两 is never a digit of a year. */
export function readCnYear(text: string, i: number, limit: number): NumRead | null {
  if (i + 4 > limit) { return null; }
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(i + k);
    if (c === LIANG || c === LIANG_T) { return null; }
    const d = writtenDigitValue(c);
    if (d < 0) { return null; }
    v = v * 10 + d;
  }
  if (i + 4 < limit && writtenDigitValue(text.charCodeAt(i + 4)) >= 0) { return null; }
  return { value: v, end: i + 4, cn: true, len: 4 };
}
