// A goal's value (docs/annotation.md §3 `value`): its first quantity that is not a date, an ordinal
// or a count of discourse items, or a word that states a share (全覆盖 → 100%); a duration
// (未来十年, 持续3天) only when nothing else is there.
import { WordList, WordTable } from '../text';
import { CLAUSE_SEP, CLS, SENTENCE_END } from './classes';
import type { NumberAnnotation } from '../types';
import { lowerBound, overlapsDate, type TargetScan } from './scan';
import { display } from './valueDisplay';
import { COORDINATING_WORDS, COVERAGE_VALUES, DISCOURSE_UNITS, DURATION_UNITS } from './valueWords';

/** `duration`: the value is a duration, taken for want of any other quantity (持续3天). */
export interface Value {
  display: string; start: number; end: number; fromCoverage: boolean; duration?: boolean;
  /** Quantities coordinated with the first in its clause (建设50所学校和150个专业): their spans. */
  more?: { start: number; end: number }[];
}

const COVERAGE = new WordTable(COVERAGE_VALUES);
const DISCOURSE: ReadonlySet<string> = new Set(DISCOURSE_UNITS);
const DURATIONS: ReadonlySet<string> = new Set(DURATION_UNITS);
const COORDINATORS = new WordList(COORDINATING_WORDS);

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
    // A duration (持续3天) or a share ratio (按10转10的方式) is the value only for want of any other quantity.
    if ((n.unit !== null && DURATIONS.has(n.unit)) || n.kind === 'ratio') { duration ??= n; continue; }
    return coordinated(scan, k, to, { display: display(n), start: n.start, end: n.end, fromCoverage: false });
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

/**
 * The value of number k with the quantities coordinated with it in its clause: each joined to the
 * one before by 和, 及, 与 or 、 ending the words between (建设50所学校和150个专业 → 50所、150个;
 * docs/annotation.md §3 `value`). A from–to change (从2.1%提高到2.5%) is no coordination.
 */
function coordinated(scan: TargetScan, k: number, to: number, v: Value): Value {
  const t = scan.text;
  let last = scan.numbers[k].end;
  for (let j = k + 1; j < scan.numbers.length && scan.numberStart[j] < to; j++) {
    const m = scan.numbers[j];
    if (m.end > to || !COORDINATORS.endingAt(t, m.start, last)) { break; }
    let sep = false;
    for (let i = last; i < m.start; i++) { if ((CLS[t.charCodeAt(i)] & (CLAUSE_SEP | SENTENCE_END)) !== 0) { sep = true; break; } }
    if (sep || m.kind === 'ordinal' || (m.unit !== null && (DISCOURSE.has(m.unit) || DURATIONS.has(m.unit))) || overlapsDate(scan, m.start, m.end)) { break; }
    v.display += `、${display(m)}`;
    (v.more ??= []).push({ start: m.start, end: m.end });
    last = m.end;
  }
  return v;
}

/** A coverage word (全覆盖, 翻一番) starts at i and ends by `limit`. */
export function coverageAt(t: string, i: number, limit: number): boolean {
  return COVERAGE.startsWith(t.charCodeAt(i)) && COVERAGE.rowAt(t, i, limit) !== undefined;
}
