// Numbers as English digits: at most N decimals, trailing zeros dropped, thousands grouped. The
// usual values are written from small integers, without converting a double to text.
import { Ch } from '../text';

const POW10: readonly number[] = [1, 10, 100, 1000, 1e4, 1e5, 1e6];
const ZEROS: readonly string[] = ['', '0', '00', '000', '0000', '00000', '000000'];
/** FRACTIONS[k][f]: f as k decimal places ('.5', '.05'), for k = 1, 2, made once (a concatenation fewer per number). */
const FRACTIONS: string[][] = [[], [], []];
for (let k = 1; k <= 2; k++) {
  for (let f = 0; f < POW10[k]; f++) { FRACTIONS[k].push('.' + ZEROS[k - String(f).length] + String(f)); }
}

/** A whole number below 10^9 with thousands separators, by arithmetic on small integers. */
function groupedInt(n: number): string {
  if (n < 1000) { return String(n); }
  const hi = Math.floor(n / 1000);
  return groupedInt(hi) + ',' + padded(n - hi * 1000, 3);
}
/** A whole number n < 10^k written with k digits (leading zeros). */
function padded(n: number, k: number): string {
  const s = String(n);
  return s.length >= k ? s : ZEROS[k - s.length] + s;
}

/**
 * formatDecimal of a non-integer 1e-6 ≤ x < 1e9 that is y / 10^k for a whole y and k ≤ digits
 * (k ≤ 6), or null. Such a decimal has at most 15 significant digits, so it reads back as x and
 * no shorter decimal does: it is x's shortest form, which toFixed(digits) → Number → String
 * reproduces. Written from small integers, without converting a double to text (the slow part).
 */
function shortDecimal(x: number, digits: number): string | null {
  const kmax = digits < 6 ? digits : 6;
  for (let k = 1; k <= kmax; k++) {
    const p = POW10[k];
    const y = Math.round(x * p);
    if (y / p === x) {
      const int = Math.floor(x);
      const frac = y - int * p;
      return groupedInt(int) + (k <= 2 ? FRACTIONS[k][frac] : '.' + padded(frac, k));
    }
  }
  return null;
}

/** String(Number(x.toFixed(digits))) for a non-integer x ≥ 0. */
function shortestFixed(x: number, digits: number): string {
  const t = String(x);
  // When the shortest form already has at most `digits` decimals (and no exponent: x ≥ 1e-6),
  // rounding to `digits` places reads back as x itself.
  if (x >= 1e-6 && digits >= 1 && digits <= 100) {
    const dot = t.indexOf('.');
    if (dot >= 0 && t.length - dot - 1 <= digits) { return t; }
  }
  const f = x.toFixed(digits);
  // A decimal of at most 15 significant digits reads back through a double unchanged, so
  // Number → String only drops its trailing zeros: do that on the string.
  if (f.length <= 16 && x < 1e15) {
    const dot = f.indexOf('.');
    if (dot < 0) { return f; }
    let e = f.length;
    while (f.charCodeAt(e - 1) === Ch.Digit0) { e--; }
    if (e - 1 === dot) { e--; }
    return f.slice(0, e);
  }
  return String(Number(f));
}

/** Thousands separators in a string of digits (the integer part). */
function groupThousands(int: string): string {
  const len = int.length;
  if (len <= 3) { return int; }
  const first = len % 3 || 3;
  let grouped = int.slice(0, first);
  for (let i = first; i < len; i += 3) { grouped += ',' + int.slice(i, i + 3); }
  return grouped;
}

/** A number with at most `digits` decimals, trailing zeros dropped, thousands grouped. */
export function formatDecimal(value: number, digits = 4): string {
  const neg = value < 0;
  const abs = Math.abs(value);
  const integer = Number.isInteger(abs);
  // The usual cases, whole numbers and short decimals below 10^9, from small integers.
  let out: string | null = null;
  if (integer) { if (abs < 1e9) { out = groupedInt(abs); } }
  else if (abs >= 1e-6 && abs < 1e9) { out = shortDecimal(abs, digits); }
  if (out === null) {
    const s = integer ? String(abs) : shortestFixed(abs, digits);
    if (s.includes('e')) { return (neg ? '-' : '') + s; }
    const dot = s.indexOf('.');
    out = dot < 0 ? groupThousands(s) : dot <= 3 ? s : groupThousands(s.slice(0, dot)) + s.slice(dot);
  }
  return neg ? '-' + out : out;
}
