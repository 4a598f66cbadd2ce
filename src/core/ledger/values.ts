// The value an indicator is given: the number that states it, as the numbers recognizer read it
// (value, unit, qualifier), or the words of a goal without a figure (国际收支基本平衡 → 基本平衡).
// Values of one indicator are compared across documents here: change from year to year, and
// whether an outcome met its target.
import type { IndicatorFigure, NumberAnnotation } from '../types';
import { CLAUSE, SENTENCE, STOPS } from './chars';
import type { FigureKind, IndicatorDef } from './indicators';
import { WordList } from '../text';
import { FROM_WORDS, OTHER_FIGURE_WORDS, REACHED_WORDS } from './words';

/** An indicator's value: the figure as the JSON gives it (docs/annotation.md §6). */
export type IndicatorValue = IndicatorFigure;

const FIGURE_UNITS: Readonly<Record<FigureKind, readonly string[]>> = {
  percent: ['%'],
  people: ['人', '人次'],
  mass: ['斤', '吨', '公斤', '千克', '噸'],
  money: ['元'],
  none: [],
};

/** Growth-like indicators whose figure falls below zero when the verb says it fell (居民消费价格下降0.3%). */
const SIGNED: ReadonlySet<string> = new Set(['gdp-growth', 'cpi', 'foreign-trade', 'retail-sales', 'fixed-investment', 'industrial-value-added', 'household-income']);

/** Whether a number states a figure of this kind. */
export function isFigureOf(n: NumberAnnotation, figure: FigureKind): boolean {
  return n.unit !== null && FIGURE_UNITS[figure].includes(n.unit);
}

/** The first number of the indicator's figure kind among `numbers` (sorted) inside [from, to). */
export function numberValue(def: IndicatorDef, numbers: readonly NumberAnnotation[], from: number, to: number): IndicatorValue | null {
  for (let k = firstAtOrAfter(numbers, from); k < numbers.length; k++) {
    const n = numbers[k];
    if (n.start >= to) { break; }
    if (!isFigureOf(n, def.figure) || (def.level === true && n.change !== undefined)) { continue; }
    let value = n.value;
    if (n.change === 'down' && SIGNED.has(def.id) && typeof value === 'number') { value = -value; }
    return { value, unit: n.unit, qualifier: n.qualifier, text: n.text, start: n.start, end: n.end };
  }
  return null;
}

const FROM = new WordList(FROM_WORDS);
const REACHED = new WordList(REACHED_WORDS);
const OTHER_FIGURE = new WordList(OTHER_FIGURE_WORDS);

/**
 * The indicator's figure in text[from, to): the first number of its kind, or, when that number is
 * where a change started (从2.77%提高到3.3%), the number of its kind it reached; none when the words
 * before it say it measures a share or a contribution (OTHER_FIGURE_WORDS).
 */
export function statedValue(text: string, def: IndicatorDef, numbers: readonly NumberAnnotation[], from: number, to: number): IndicatorValue | null {
  const first = numberValue(def, numbers, from, to);
  if (first === null || OTHER_FIGURE.occursIn(text, from, first.start)) { return null; }
  if (!FROM.occursIn(text, from, first.start)) { return first; }
  const next = numberValue(def, numbers, first.end, to);
  return next !== null && REACHED.occursIn(text, first.end, next.start) ? next : first;
}

/** Index of the first span (of a list sorted by start) that starts at or after `pos`. */
export function firstAtOrAfter(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < pos) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}


/** A goal in words: the rest of the clause after the indicator's wording (国际收支|基本平衡), or null when empty. */
export function wordsValue(text: string, from: number, limit: number): IndicatorValue | null {
  let end = from;
  const stop = Math.min(limit, from + 40);
  while (end < stop && (STOPS[text.charCodeAt(end)] & (CLAUSE | SENTENCE)) === 0) { end++; }
  let start = from;
  while (start < end && (text[start] === ' ' || text[start] === '\u3000')) { start++; }
  if (end <= start) { return null; }
  return { value: null, unit: null, qualifier: null, text: text.slice(start, end), start, end };
}

/** A comparable magnitude: a single value, or the middle of a range. */
function magnitude(v: IndicatorValue): number | null {
  if (v.value === null) { return null; }
  return Array.isArray(v.value) ? (v.value[0] + v.value[1]) / 2 : v.value;
}

export type Change = 'raised' | 'lowered' | 'unchanged' | 'reworded' | 'new' | 'dropped';

/** How a target changed from the one before (`prev` null: the indicator is new). */
export function changeFrom(prev: IndicatorValue | null, next: IndicatorValue | null): Change {
  if (prev === null && next === null) { return 'unchanged'; }
  if (prev === null) { return 'new'; }
  if (next === null) { return 'dropped'; }
  const a = magnitude(prev);
  const b = magnitude(next);
  if (a === null || b === null) { return a === b && prev.text === next.text ? 'unchanged' : 'reworded'; }
  if (prev.unit !== next.unit) { return 'reworded'; }
  if (Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))) {
    const sameShape = Array.isArray(prev.value) === Array.isArray(next.value) && prev.qualifier === next.qualifier;
    return sameShape ? 'unchanged' : 'reworded';
  }
  return b > a ? 'raised' : 'lowered';
}

/** How close an outcome must come to an approximate target (5%左右): within this share of it. */
const APPROX_TOLERANCE = 0.05;

/**
 * Whether an outcome met its target, for indicators with a sense: a floor is met when the outcome
 * reaches the target's low end (less the tolerance of an approximate target), a ceiling when it
 * stays at or under the high end (plus that tolerance). Null when it cannot be judged.
 */
export function metTarget(def: IndicatorDef, target: IndicatorValue, outcome: IndicatorValue): boolean | null {
  if (def.sense === 'none' || target.value === null || outcome.value === null || target.unit !== outcome.unit) { return null; }
  const low = Array.isArray(target.value) ? target.value[0] : target.value;
  const high = Array.isArray(target.value) ? target.value[1] : target.value;
  const got = Array.isArray(outcome.value) ? (outcome.value[0] + outcome.value[1]) / 2 : outcome.value;
  const slack = target.qualifier === 'approx' ? APPROX_TOLERANCE : 0;
  if (def.sense === 'atLeast') { return got >= low - Math.abs(low) * slack - 1e-9; }
  return got <= high + Math.abs(high) * slack + 1e-9;
}
