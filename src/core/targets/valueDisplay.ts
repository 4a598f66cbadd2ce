// The display string of a value (docs/annotation.md §3 `value`): the number's text with its
// qualifier shown as a sign (≈200个 for approx, >14万家 for above, <5% for below).
import { cnDigitValue, codeIn, digitValue, WordList } from '../text';
import type { NumberAnnotation } from '../types';
import { NUMERAL_PLACES, QUALIFIER_PREFIXES, QUALIFIER_SIGNS, QUALIFIER_SUFFIXES, VAGUE_TAIL_AFTER, VAGUE_TAILS } from './valueWords';

const PREFIXES = new WordList(QUALIFIER_PREFIXES);
/** Counts below this written in Chinese numerals display in digits (一所 → 1所); larger ones keep their words. */
const SMALL_COUNT = 10000;
const SUFFIXES = new WordList(QUALIFIER_SUFFIXES);

/** A digit or a numeral that may follow a qualifier prefix: 约200, 近千家, 约两万. */
function opensNumeral(c: number): boolean {
  return digitValue(c) >= 0 || cnDigitValue(c) >= 0 || codeIn(NUMERAL_PLACES, c);
}

/** Display string of a value: the number's text, its qualifier as a sign (≈200个, >14万家), small Chinese numerals in digits (>1所, >50%). */
export function display(n: NumberAnnotation): string {
  const sign = QUALIFIER_SIGNS[n.qualifier] ?? '';
  return sign + inDigits(n, sign ? stripQualifiers(n.text) : n.text);
}

/**
 * A count written in Chinese numerals, in digits: 一所 → 1所, 三个月 → 3个月; a share (一半, 三成) as
 * a percentage: 50%. Large amounts keep their words (十四万家), as do texts already in digits.
 */
function inDigits(n: NumberAnnotation, s: string): string {
  if (typeof n.value !== 'number' || !Number.isFinite(n.value) || n.value <= 0) { return s; }
  for (let i = 0; i < s.length; i++) { if (digitValue(s.charCodeAt(i)) >= 0) { return s; } }
  if (n.unit === '%') { return Number.isInteger(n.value * 100) ? `${n.value}%` : s; }
  let i = 0;
  while (i < s.length && (cnDigitValue(s.charCodeAt(i)) >= 0 || codeIn(NUMERAL_PLACES, s.charCodeAt(i)))) { i++; }
  return i > 0 && Number.isInteger(n.value) && n.value < SMALL_COUNT ? `${n.value}${s.slice(i)}` : s;
}

/** The number's text without the qualifier words the sign shows (约200个 → 200个, 960多万 → 960万). */
function stripQualifiers(text: string): string {
  let s = text;
  const pre = PREFIXES.at(s, 0, s.length);
  if (pre && s.length > pre.length && opensNumeral(s.charCodeAt(pre.length))) { s = s.slice(pre.length); }
  // The longest listed suffix leaving something before it.
  const suf = SUFFIXES.endingAt(s, s.length, 1);
  if (suf) { s = s.slice(0, -suf.length); }
  // 960多万, 3億餘元: the vague tail sits inside the number.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (codeIn(VAGUE_TAILS, c) && i > 0 && i + 1 < s.length && (digitValue(s.charCodeAt(i - 1)) >= 0 || codeIn(VAGUE_TAIL_AFTER, s.charCodeAt(i - 1)))) { continue; }
    out += s[i];
  }
  return out;
}
