// Fixed expressions and quoted slogans with numerals (docs/annotation.md §1 Not numbers, §7: numeral
// slogans, a numeral inside a word or idiom): never numbers. The words are in words.ts.
import { CODE_UNITS, Ch, cnDigitValue, digitValue } from '../text';
import { CLASSES, CLAUSE_PUNCT, CLOSE_QUOTE, OPEN_QUOTE } from './matchers';
import { isSmallUnit } from './numeralChars';
import { FIXED_EXPRESSIONS } from './words';

/** A fixed expression, filed under its first numeral character, which stands `offset` into it. */
export interface FixedEntry {
  word: string;
  offset: number;
  /** The character `nearAt` after the numeral (1: the next one; -1: the one before), tested first. */
  near: number;
  nearAt: number;
}

/** Fixed expressions by their first numeral character; `near`/`nearAt` is a neighbouring character to test first. */
const FIXED_SLOT = new Uint8Array(CODE_UNITS);
export const FIXED_BY_NUMERAL: FixedEntry[][] = [[]];
/** Characters right after the numeral of some fixed expression (a quick test before the list). */
const FIXED_NEAR = new Uint8Array(CODE_UNITS);
/** By slot: some expression ends with its numeral, so the quick test does not apply. */
const FIXED_TAIL: boolean[] = [false];
for (const word of FIXED_EXPRESSIONS) {
  for (let k = 0; k < word.length; k++) {
    const ch = word.charCodeAt(k);
    if (cnDigitValue(ch) >= 0 || isSmallUnit(ch)) {
      if (FIXED_SLOT[ch] === 0) { FIXED_SLOT[ch] = FIXED_BY_NUMERAL.length; FIXED_BY_NUMERAL.push([]); FIXED_TAIL.push(false); }
      const nearAt = k + 1 < word.length ? 1 : -1;
      if (nearAt === 1) { FIXED_NEAR[word.charCodeAt(k + 1)] = 1; } else { FIXED_TAIL[FIXED_SLOT[ch]] = true; }
      FIXED_BY_NUMERAL[FIXED_SLOT[ch]].push({ word, offset: k, near: word.charCodeAt(k + nearAt), nearAt });
      break;
    }
  }
}

/** End of the fixed expression whose first numeral stands at `pos` (一带一路, 四个意识), or -1. */
export function fixedExpressionAt(text: string, pos: number, limit: number): number {
  const slot = FIXED_SLOT[text.charCodeAt(pos)];
  if (slot === 0 || (FIXED_NEAR[text.charCodeAt(pos + 1)] !== 1 && !FIXED_TAIL[slot])) { return -1; }
  for (const { word, offset, near, nearAt } of FIXED_BY_NUMERAL[slot]) {
    if (text.charCodeAt(pos + nearAt) !== near) { continue; }
    const s = pos - offset;
    if (s >= 0 && s + word.length <= limit + 8 && text.startsWith(word, s)) { return s + word.length; }
  }
  return -1;
}

/** A quoted phrase that still measures something (“100%全覆盖”, “1.2万亿元”) is not a slogan. */
function hasMeasureInside(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (digitValue(ch) >= 0 || ch === Ch.Percent || ch === Ch.FullwidthPercent) { return true; }
  }
  return false;
}

/**
 * A short quoted slogan that opens with the numeral at `pos` (“两个结合”, “五大工程”, “三个转变”):
 * the end of its closing quote, or -1. `prev` is the character before `pos`.
 */
export function quotedSloganEnd(text: string, pos: number, prev: number, limit: number): number {
  if (!CLASSES.has(OPEN_QUOTE, prev)) { return -1; }
  for (let k = pos + 1; k < limit && k - pos <= 8; k++) {
    const ch = text.charCodeAt(k);
    if (CLASSES.has(CLOSE_QUOTE, ch)) { return hasMeasureInside(text, pos, k) ? -1 : k + 1; }
    if (CLASSES.has(CLAUSE_PUNCT, ch)) { break; }
  }
  return -1;
}
