// Bounded reads around a candidate number: every look-back and look-ahead of the scanner goes
// through these, so none reads past its limit, and a rejected numeral run is skipped whole.
import { isNumeralChar } from './numeralChars';

/** The code unit at `i`, or -1 outside [0, limit). */
export function at(text: string, i: number, limit: number): number { return i >= 0 && i < limit ? text.charCodeAt(i) : -1; }

/** Whether `word` stands at text[pos…] and ends by `limit`. */
export function startsAt(text: string, pos: number, word: string, limit: number): boolean {
  return pos >= 0 && pos + word.length <= limit && (word.length === 0 || text.charCodeAt(pos) === word.charCodeAt(0)) && text.startsWith(word, pos);
}

/** End of the numeral run starting at pos (to skip a rejected run in one step); at least pos + 1. */
export function skipRun(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit && isNumeralChar(text.charCodeAt(i))) { i++; }
  return Math.max(i, pos + 1);
}
