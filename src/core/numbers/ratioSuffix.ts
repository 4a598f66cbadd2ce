// 成 and 折 after a numeral (docs/annotation.md §1: 三成 is 30 %): 三成 = 30 %, 三成半 = 35 %,
// 九折 = 90 %, 五五折 = 55 %, 75折 = 75 %.
import { cnDigitValue } from '../text';
import { Han } from './codes';
import { addDec, decToNumber, shiftDec } from './dec';
import type { NumeralScan } from './numerals';
import { startsNumeral } from './numeralChars';

/** A 成 or 折 after a numeral, read as a percentage. */
export interface RatioSuffix {
  end: number;
  /** The percent value. */
  value: number;
  kind: '成' | '折';
}

/** The 成 or 折 right after `num`, or null; `extended` (whole-text parsing) also reads 三成五 as 35 %. */
export function scanRatioSuffix(text: string, num: NumeralScan, limit = text.length, extended = false): RatioSuffix | null {
  const j = num.end;
  if (j >= limit || num.form !== 'plain' || !num.exact) { return null; }
  const ch = text.charCodeAt(j);
  if (ch === Han.Cheng) {
    let exact = shiftDec(num.exact, 1);
    let end = j + 1;
    if (end < limit && text.charCodeAt(end) === Han.Half) { exact = addDec(exact, { n: 5, s: 0 }); end++; }
    else if (extended && end < limit && cnDigitValue(text.charCodeAt(end)) >= 0 && !(end + 1 < limit && startsNumeral(text.charCodeAt(end + 1)))) {
      exact = addDec(exact, { n: cnDigitValue(text.charCodeAt(end)), s: 0 }); end++;
    }
    return { end, value: decToNumber(exact) * (num.negative ? -1 : 1), kind: '成' };
  }
  if (ch === Han.Zhe) {
    const twoDigits = (num.core.sequence && num.core.end - num.start === 2) || (num.core.arabic && !num.core.chinese && num.core.intDigits === 2 && !num.core.decimal);
    const exact = twoDigits ? num.exact : shiftDec(num.exact, 1);
    return { end: j + 1, value: decToNumber(exact), kind: '折' };
  }
  return null;
}
