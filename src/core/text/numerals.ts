// The shared numeral primitives: the value of one Chinese digit, and small Chinese numbers as used
// by ordinals and list markers (十一, 二十三, 一百零五, 一〇一). Whole quantities with magnitudes,
// decimals and fractions are read by the numbers recognizer (src/core/numbers/numerals.ts).
import { digitValue } from './chars';
import { CODE_UNITS } from './classes';

/** Digit characters by value: simplified, traditional and financial forms. */
const DIGIT_FORMS: readonly (readonly [string, number])[] = [
  ['〇零', 0], ['一壹弌', 1], ['二贰貳两兩倆俩弍', 2], ['三叁參叄弎', 3], ['四肆', 4],
  ['五伍', 5], ['六陆陸', 6], ['七柒', 7], ['八捌', 8], ['九玖', 9],
];
/** Shapes written for 〇 in years and numbering (二○一八年, 二Ｏ一八年). */
const ZERO_LOOKALIKES = '○Ｏ';

const CN_DIGIT = new Int8Array(CODE_UNITS).fill(-1);
for (const [chars, v] of DIGIT_FORMS) { for (let i = 0; i < chars.length; i++) { CN_DIGIT[chars.charCodeAt(i)] = v; } }
const WRITTEN_DIGIT = Int8Array.from(CN_DIGIT);
for (let i = 0; i < ZERO_LOOKALIKES.length; i++) { WRITTEN_DIGIT[ZERO_LOOKALIKES.charCodeAt(i)] = 0; }

/** The value of a Chinese digit (〇 零 一 … 九 两, traditional and financial forms); -1 otherwise. */
export function cnDigitValue(c: number): number {
  return c >= 0 && c < CODE_UNITS ? CN_DIGIT[c] : -1;
}

/** cnDigitValue, also reading ○ and Ｏ as 〇, as they are written in years and numbering. */
export function writtenDigitValue(c: number): number {
  return c >= 0 && c < CODE_UNITS ? WRITTEN_DIGIT[c] : -1;
}

const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百

/**
 * The value of t[from, to) read as a small Chinese number: digit by digit without 十 or 百
 * (一〇一 = 101), else with them (十一 = 11, 二十三 = 23, 一百零五 = 105). -1 when the text is not one.
 */
export function cnSmallValue(t: string, from: number, to: number): number {
  if (to <= from) { return -1; }
  let place = false;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === TEN || c === HUNDRED) { place = true; break; }
  }
  if (!place) {
    let v = 0;
    for (let i = from; i < to; i++) {
      const d = writtenDigitValue(t.charCodeAt(i));
      if (d < 0) { return -1; }
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let cur = -1;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === TEN || c === HUNDRED) {
      total += (cur < 0 ? 1 : cur) * (c === TEN ? 10 : 100);
      cur = -1;
    } else {
      const d = writtenDigitValue(c);
      if (d < 0) { return -1; }
      cur = d;
    }
  }
  return total + (cur < 0 ? 0 : cur);
}

/** End of the run of Arabic digits (either width) starting at `i`, read no further than `limit`. */
export function digitRunEnd(t: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && digitValue(t.charCodeAt(j)) >= 0) { j++; }
  return j;
}

/** The value of the Arabic digits t[from, to) (the caller checked they are digits). */
export function digitsValue(t: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) { v = v * 10 + digitValue(t.charCodeAt(i)); }
  return v;
}
