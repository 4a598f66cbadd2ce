// Deadlines given as a period to run (docs/annotation.md §7 "Targets"): 经过5—10年左右时间 gives the
// interval document year + 5 … + 10, 用三年时间 and 三年内 the document year + 3. The duration is a
// number of the number layer (unit 年) framed by an opener (经过) or a closer (时间, 内); it
// stays a number, and is not the goal's value.
import { WordList } from '../text';
import type { NumberAnnotation } from '../types';
import type { Deadline } from './deadlines';
import { DURATION_CLOSERS, DURATION_OPENERS, DURATION_UNITS_YEAR } from './deadlineWords';
import { lowerBound, type TargetScan } from './scan';

const OPENERS = new WordList(DURATION_OPENERS);
const CLOSERS = new WordList(DURATION_CLOSERS);
const YEAR_UNITS: ReadonlySet<string> = new Set(DURATION_UNITS_YEAR);

/** The years of a duration number: [low, high] (a range) or [n, n]; undefined when it is no count of years. */
function yearsOf(n: NumberAnnotation): [number, number] | undefined {
  if (n.unit === null || !YEAR_UNITS.has(n.unit) || n.kind === 'ordinal') { return undefined; }
  const [lo, hi] = typeof n.value === 'number' ? [n.value, n.value] : n.value;
  return Number.isInteger(lo) && Number.isInteger(hi) && lo > 0 && hi >= lo && hi <= 100 ? [lo, hi] : undefined;
}

/**
 * The duration deadline of the number k: the document year plus its years (an interval for a
 * range), spanning the number and its closer (三年内, 5—10年左右时间); undefined without a document date.
 */
function deadlineOfDuration(scan: TargetScan, k: number, limit: number): Deadline | undefined {
  if (scan.documentDate === null) { return undefined; }
  const n = scan.numbers[k];
  const years = yearsOf(n);
  if (!years) { return undefined; }
  const base = Number(scan.documentDate.slice(0, 4));
  const closer = CLOSERS.at(scan.text, n.end, limit);
  const [lo, hi] = [base + years[0], base + years[1]];
  return { text: lo === hi ? String(lo) : `${lo}/${hi}`, start: n.start, end: n.end + (closer ? closer.length : 0), strong: true, explicit: false, until: `${hi}-12-31`, duration: true };
}

/** A duration opened at pos by 经过 (经过5—10年左右时间): its deadline, or undefined. */
export function durationAt(scan: TargetScan, pos: number, limit: number): Deadline | undefined {
  const opener = OPENERS.at(scan.text, pos, limit);
  if (opener === null) { return undefined; }
  const k = lowerBound(scan.numberStart, pos + opener.length);
  if (k >= scan.numberStart.length || scan.numberStart[k] !== pos + opener.length) { return undefined; }
  return deadlineOfDuration(scan, k, limit);
}

/** The first duration in [from, to) framed by an opener before it or a closer after it (三年内, 用三年时间). */
export function durationIn(scan: TargetScan, from: number, to: number): Deadline | undefined {
  const t = scan.text;
  for (let k = lowerBound(scan.numberStart, from); k < scan.numberStart.length && scan.numberStart[k] < to; k++) {
    const n = scan.numbers[k];
    if (n.end > to || !yearsOf(n)) { continue; }
    if (OPENERS.endingAt(t, n.start, from) === null && CLOSERS.at(t, n.end, to) === null) { continue; }
    return deadlineOfDuration(scan, k, to);
  }
  return undefined;
}
