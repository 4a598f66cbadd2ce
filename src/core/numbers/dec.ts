// Exact decimal values for the numeral decoder: a value is kept as a scaled integer (n / 10^s), so
// that 32.5万亿 is exactly 32500000000000: magnitudes shift the scale instead of multiplying floats.

/** value = n / 10^s, n an integer. */
export interface Dec {
  n: number;
  s: number;
}

const POW10: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) { POW10.push(p); }
/** 10^k, exact from the table up to 10^22. */
export function p10(k: number): number { return k <= 22 ? POW10[k] : Math.pow(10, k); }

// Shared values are frozen: a Dec is never changed once made, so sharing saves allocations.
export const ZERO: Dec = Object.freeze({ n: 0, s: 0 });
export const ONE: Dec = Object.freeze({ n: 1, s: 0 });
/** The digits 0–9 as values (一 → DIGIT_DEC[1]). */
export const DIGIT_DEC: readonly Dec[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => Object.freeze({ n, s: 0 }));
export const HALF_DEC: Dec = Object.freeze({ n: 5, s: 1 });

/** × 10^k without touching the digits (k may be negative). */
export function shiftDec(d: Dec, k: number): Dec {
  if (k <= 0) { return { n: d.n, s: d.s - k }; }
  return d.s >= k ? { n: d.n, s: d.s - k } : { n: d.n * p10(k - d.s), s: 0 };
}

export function addDec(a: Dec, b: Dec): Dec {
  // Adding an exact zero (the usual empty section or total) gives the other operand unchanged;
  // the guards keep the general formula's results for -0, large or negative scales.
  if (a.n === 0 && a.s === 0 && b.s >= 0 && b.s <= 22 && !Object.is(b.n, -0)) { return b; }
  if (b.n === 0 && b.s === 0 && a.s >= 0 && a.s <= 22 && !Object.is(a.n, -0)) { return a; }
  const s = Math.max(a.s, b.s);
  return { n: a.n * p10(s - a.s) + b.n * p10(s - b.s), s };
}

export function decToNumber(d: Dec): number { return d.s === 0 ? d.n : d.s < 0 ? d.n * p10(-d.s) : d.n / p10(d.s); }

export function isZeroDec(d: Dec): boolean { return d.n === 0; }
