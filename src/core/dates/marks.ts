// What the words around a date say about it (docs/annotation.md §2, §3): 以来 after it makes a
// period up to the document date; 截至 before it an as-of point; 比 the thing compared with;
// 到 before or 前 after a year a deadline. The words are in markWords.ts.
import { WordList } from '../text';
import { AS_OF_BEFORE, COMPARISON_BEFORE, DEADLINE_AFTER, DEADLINE_BEFORE } from './markWords';
import type { RawDate } from './rawDate';
import type { ScanContext } from './scan/context';
import { startsWithAt } from './read';

const AS_OF = new WordList(AS_OF_BEFORE);
const COMPARISON = new WordList(COMPARISON_BEFORE);
const DEADLINE_OPENERS = new WordList(DEADLINE_BEFORE);
const DEADLINE_CLOSERS = new WordList(DEADLINE_AFTER);

const YI = '以'.charCodeAt(0);
const LAI = '来'.charCodeAt(0);

/** Optional 以来 after a period: the end of the span with it. */
export function since(ctx: ScanContext, end: number): number {
  return end + 2 <= ctx.limit && ctx.text.charCodeAt(end) === YI && ctx.text.charCodeAt(end + 1) === LAI ? end + 2 : end;
}

/** Marks an as-of point (截至…) or the thing compared with (比…) by the words just before start. */
export function flagsBefore(ctx: ScanContext, r: RawDate, start: number): void {
  if (start === 0) { return; }
  const c = ctx.text.charCodeAt(start - 1);
  if (!AS_OF.endsWith(c) && !COMPARISON.endsWith(c)) { return; } // no word of either list ends there
  const floor = Math.max(0, start - 4);
  if (AS_OF.endingAt(ctx.text, start, floor) !== null) { r.asOf = true; }
  else if (COMPARISON.endingAt(ctx.text, start, floor) !== null) { r.comparison = true; }
}

/** Marks a year as a deadline: 到/至 before it (not 截至), 前/以前/目标 after it (a whole year only). */
export function markDeadline(ctx: ScanContext, r: RawDate, start: number, end: number): void {
  const { text, limit } = ctx;
  const before = DEADLINE_OPENERS.endingAt(text, start, Math.max(0, start - 3));
  if (before !== null && AS_OF.endingAt(text, start, Math.max(0, start - 4)) === null) { r.deadline = true; }
  if (r.part === 'year' && DEADLINE_CLOSERS.at(text, end, limit) !== null) { r.deadline = true; }
  if (r.part === 'year' && (startsWithAt(text, end + 2, '目标', limit) || startsWithAt(text, end + 1, '目标', limit))) { r.deadline = true; }
}
