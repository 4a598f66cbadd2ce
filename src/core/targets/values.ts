// A goal's value (docs/annotation.md §3 `value`): its first quantity that is not a date, an ordinal
// or a count of discourse items, or a word that states a share (全覆盖 → 100%); a duration
// (未来十年, 持续3天) only when nothing else is there.
import { WordTable } from '../text';
import type { NumberAnnotation } from '../types';
import { lowerBound, overlapsDate, type TargetScan } from './scan';
import { display } from './valueDisplay';
import { COVERAGE_VALUES, DISCOURSE_UNITS, DURATION_UNITS } from './valueWords';

/** `duration`: the value is a duration, taken for want of any other quantity (持续3天). */
export interface Value { display: string; start: number; end: number; fromCoverage: boolean; duration?: boolean }

const COVERAGE = new WordTable(COVERAGE_VALUES);
const DISCOURSE: ReadonlySet<string> = new Set(DISCOURSE_UNITS);
const DURATIONS: ReadonlySet<string> = new Set(DURATION_UNITS);

/**
 * The goal's quantity: the first number in [from, to), or a coverage word (全覆盖 → 100%).
 * A duration (未来十年, 持续3天) gives way to any other number; with `noDuration` it never counts.
 */
export function valueIn(scan: TargetScan, from: number, to: number, noDuration = false): Value | undefined {
  let duration: NumberAnnotation | undefined;
  const starts = scan.numberStart;
  for (let k = lowerBound(starts, from); k < starts.length && starts[k] < to; k++) {
    const n = scan.numbers[k];
    if (n.end > to || n.kind === 'ordinal' || n.unit === 'ordinal' || (n.unit !== null && DISCOURSE.has(n.unit))) { continue; }
    if (overlapsDate(scan, n.start, n.end)) { continue; }
    if (n.unit !== null && DURATIONS.has(n.unit)) { duration ??= n; continue; }
    return { display: display(n), start: n.start, end: n.end, fromCoverage: false };
  }
  if (duration && !noDuration) { return { display: display(duration), start: duration.start, end: duration.end, fromCoverage: false, duration: true }; }
  const t = scan.text;
  for (let i = from; i < to; i++) {
    if (!COVERAGE.startsWith(t.charCodeAt(i))) { continue; }
    const w = COVERAGE.rowAt(t, i, to);
    if (w) { return { display: w.value, start: i, end: i + w.word.length, fromCoverage: true }; }
  }
  return undefined;
}

/** A coverage word (全覆盖, 翻一番) starts at i and ends by `limit`. */
export function coverageAt(t: string, i: number, limit: number): boolean {
  return COVERAGE.startsWith(t.charCodeAt(i)) && COVERAGE.rowAt(t, i, limit) !== undefined;
}
