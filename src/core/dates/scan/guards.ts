// What is true of every date that starts with a digit or a numeral (docs/annotation.md §1, §2): it
// never starts inside a number (3.2024年, A2024年, 20,2024年) or inside a numeral (十二月 is read at
// 十, never at 二; 第三季度 at 第).
import { Ch, digitValue, isDecimalPoint, isLatinLetter } from '../../text';
import { isDateNumeral } from '../read';

const DI = '第'.charCodeAt(0);

/** True when the character before i continues a number (so a date cannot start at i). */
export function numericBefore(text: string, i: number): boolean {
  if (i === 0) { return false; }
  const c = text.charCodeAt(i - 1);
  return digitValue(c) >= 0 || isDecimalPoint(c) || isLatinLetter(c) || c === Ch.Comma || c === Ch.Slash || c === Ch.Percent
    || c === Ch.FullwidthPercent;
}

/** True when the character before i is a numeral or 第 (so a date written in numerals cannot start at i). */
export function numeralBefore(text: string, i: number): boolean {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  return (prev >= 0 && isDateNumeral(prev)) || prev === DI;
}
