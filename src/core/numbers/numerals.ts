// One numeral expression (docs/annotation.md §1, §7 Numbers): a sign, a 第-ordinal, 百分之/千分之/
// 万分之 percentages, N分之M and A又N分之M fractions, plain numerals; in whole-text parsing also
// e-notation, ^ powers, k/M suffixes and a/b fractions.
import { Ch, digitValue, isDecimalPoint } from '../text';
import { Han, Sym } from './codes';
import { decToNumber, shiftDec, type Dec } from './dec';
import { bigUnitExponent, NUMERAL_CLASSES, SIGN, smallUnitExponent, startsNumeral } from './numeralChars';
import { scanArabic, scanCore, type CoreScan } from './numeralCore';

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
  return pos + 1 < limit && text.charCodeAt(pos) === Han.Fen && text.charCodeAt(pos + 1) === Han.Zhi;
}

function signAt(text: string, pos: number, limit: number): boolean {
  return pos + 1 < limit && NUMERAL_CLASSES.has(SIGN, text.charCodeAt(pos)) && startsNumeral(text.charCodeAt(pos + 1));
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
  if (signAt(text, i, limit) || (extended && i + 1 < limit && text.charCodeAt(i) === Ch.Plus)) {
    negative = text.charCodeAt(i) !== Ch.Plus;
    i++;
  }
  const c = text.charCodeAt(i);
  // 第N: an ordinal.
  if (c === Han.Di) {
    const core = scanCore(text, i + 1, limit);
    if (!core) { return null; }
    const v = decToNumber(core.dec);
    return { start: pos, end: core.end, value: negative ? -v : v, exact: core.dec, isInteger: Number.isInteger(v), form: 'ordinal', negative, core };
  }
  // 百分之M, 千分之M, 万分之M: a percentage (千分之五 = 0.5 %).
  const su = smallUnitExponent(c);
  const bu = bigUnitExponent(c);
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
    if (extended && isDecimalPoint(c) && i + 1 < limit && digitValue(text.charCodeAt(i + 1)) >= 0) {
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
  if (j < limit && text.charCodeAt(j) === Han.You) {
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
    if ((ch === Sym.LowerE || ch === Sym.UpperE) && j + 1 < limit) {
      // 2e5, 2.7890e-1, 12.32e+14
      let k = j + 1;
      let expNeg = false;
      if (text.charCodeAt(k) === Ch.Plus || text.charCodeAt(k) === Ch.Hyphen) { expNeg = text.charCodeAt(k) === Ch.Hyphen; k++; }
      let e = 0;
      let nd = 0;
      let d: number;
      while (k < limit && nd < 4 && (d = digitValue(text.charCodeAt(k))) >= 0) { e = e * 10 + d; nd++; k++; }
      if (nd > 0) { exact = shiftDec(core.dec, expNeg ? -e : e); v = decToNumber(exact); j = k; }
    } else if (ch === Sym.Caret) {
      // 2^5, 2^-1, 1.1^--23 (an even number of minus signs is positive)
      let k = j + 1;
      let minus = 0;
      while (k < limit && (text.charCodeAt(k) === Ch.Hyphen || text.charCodeAt(k) === Ch.Plus) && k - j < 4) { if (text.charCodeAt(k) === Ch.Hyphen) { minus++; } k++; }
      const ex = scanArabic(text, k, limit);
      if (ex.end > k) {
        const e = decToNumber({ n: ex.n, s: ex.s }) * (minus % 2 ? -1 : 1);
        v = Math.pow(v, e); exact = null; j = ex.end;
      }
    } else if (ch === Ch.Slash && !core.decimal) {
      const den = scanArabic(text, j + 1, limit);
      if (den.end > j + 1 && !den.decimal && den.n !== 0) {
        v = v / den.n; exact = null; j = den.end;
      }
    }
    if (j < limit) {
      const s = text.charCodeAt(j);
      if (s === Sym.LowerK || s === Sym.UpperK) { exact = exact ? shiftDec(exact, 3) : null; v = exact ? decToNumber(exact) : v * 1e3; j++; }
      else if (s === Sym.LowerM || s === Sym.UpperM) { exact = exact ? shiftDec(exact, 6) : null; v = exact ? decToNumber(exact) : v * 1e6; j++; }
    }
  }
  if (negative) { v = -v; }
  return { start: pos, end: j, value: v, exact, isInteger: Number.isInteger(v), form: 'plain', negative, core };
}
