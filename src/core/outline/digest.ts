// News digests with numbered headings (docs/annotation.md §8 "News digests"): a category line
// (【政经要闻】) is a section, and each numbered headline (NO.1 …) a section nested in the category
// above it, whatever its length or punctuation. The lines are read by rows of patterns.ts.
import { digitValue, isHan, isInlineSpace, WordList } from '../text';
import { HEAD } from './limits';
import { HEADLINE_NUMBER_WORDS } from './lineWords';

const HEADLINE_NUMBER = new WordList(HEADLINE_NUMBER_WORDS);
/** A headline's number has at most this many digits. */
const HEADLINE_DIGITS_MAX = 3;
/** A category's name is this long: 要闻, 政经要闻, 国际财经动态. */
const CATEGORY_MIN = 2;
export const CATEGORY_MAX = 10;

/** NO.1 …, No. 12 …, №3 … at the start of t[ts, te): a headline's number followed by its words. */
export function isNumberedHeadline(t: string, ts: number, te: number): boolean {
  const word = HEADLINE_NUMBER.at(t, ts, Math.min(te, ts + HEAD));
  if (word === null) { return false; }
  let i = ts + word.length;
  while (i < te && isInlineSpace(t.charCodeAt(i))) { i++; }
  const d = i;
  while (i < te && i - d <= HEADLINE_DIGITS_MAX && digitValue(t.charCodeAt(i)) >= 0) { i++; }
  if (i === d || i - d > HEADLINE_DIGITS_MAX) { return false; }
  while (i < te && isInlineSpace(t.charCodeAt(i))) { i++; }
  // the headline's words follow: Chinese text, or a quotation opening it
  return i < te && (isHan(t.charCodeAt(i)) || (i + 1 < te && isHan(t.charCodeAt(i + 1))));
}

/** 政经要闻, 公司要闻: the text inside a whole-line bracket names a category (Chinese characters only). */
export function isCategoryName(inner: string): boolean {
  if (inner.length < CATEGORY_MIN || inner.length > CATEGORY_MAX) { return false; }
  for (let i = 0; i < inner.length; i++) { if (!isHan(inner.charCodeAt(i))) { return false; } }
  return true;
}
