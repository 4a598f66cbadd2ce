// The state of one extractTargets call, shared by every part of the target recognizer: the text,
// the number and date layers as sorted offset arrays, the document date and profile, and the
// targets found so far (docs/architecture.md). It holds nothing about other documents.
import type { DocumentProfile } from '../profile';
import { Ch } from '../text';
import type { DateAnnotation, NumberAnnotation, TargetAnnotation } from '../types';
import type { Deadline } from './deadlines';

export class TargetScan {
  readonly out: TargetAnnotation[] = [];
  /** The deadline each date gives (null: none), by index into `dates`; filled as asked. */
  readonly deadlines: (Deadline | null | undefined)[] = [];
  /** The date of the 到/至 markerAt found last. */
  markerDate: Deadline | undefined = undefined;
  /** Where dateStartsAt looked last. */
  dateCursor = 0;
  /** Where the line paragraph() read ends. */
  lineEnd = 0;
  /** The last line break (LF or CR) in [from, to) of the scan, or from - 1: no search for a line end may run past `to`. */
  lastNewline = -1;
  /** The line end lineEndFrom found last, and the position it was asked from: asked again inside that line, it answers at once. */
  lineAskedAt = -1;
  lineFound = -1;

  // Offsets of the dates and numbers, asked for far more often than the rest of them: arrays of
  // small integers read them without touching the annotations, whose shapes vary with their
  // optional fields (and cost less to make per chunk than typed arrays).
  readonly dateStart: number[] = [];
  readonly dateEnd: number[] = [];
  readonly numberStart: number[] = [];

  constructor(
    readonly text: string,
    readonly numbers: readonly NumberAnnotation[],
    readonly dates: readonly DateAnnotation[],
    /** YYYY-MM-DD: a deadline already passed then is a report, not a goal. */
    readonly documentDate: string | null,
    /** What holds for the whole document (script, era, layout), for rules that depend on it. */
    readonly profile: DocumentProfile,
  ) {
    for (const d of dates) { this.dateStart.push(d.start); this.dateEnd.push(d.end); }
    for (const n of numbers) { this.numberStart.push(n.start); }
  }
}

/** Index of the first of the sorted starts that is ≥ pos. */
export function lowerBound(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}

/** A date starts at pos; the cursor makes the paragraph's questions, asked in order, cost O(1) each. */
export function dateStartsAt(scan: TargetScan, pos: number): boolean {
  const starts = scan.dateStart;
  let k = scan.dateCursor;
  while (k < starts.length && starts[k] < pos) { k++; }
  while (k > 0 && starts[k - 1] >= pos) { k--; }
  scan.dateCursor = k;
  return k < starts.length && starts[k] === pos;
}

/** Some date overlaps [start, end): one of the four dates starting last before `end` reaches past `start`. */
export function overlapsDate(scan: TargetScan, start: number, end: number): boolean {
  const k = lowerBound(scan.dateStart, end) - 1;
  for (let j = k; j >= 0 && j > k - 4; j--) { if (scan.dateEnd[j] > start) { return true; } }
  return false;
}

/** End of the line holding pos: its line break (LF, or CR: old Mac text), or `to`. */
export function lineEndFrom(scan: TargetScan, pos: number, to: number): number {
  if (pos > scan.lastNewline) { return to; }
  if (pos >= scan.lineAskedAt && pos <= scan.lineFound) { return scan.lineFound; }
  const t = scan.text;
  let i = pos;
  while (!isLineBreak(t.charCodeAt(i))) { i++; }
  scan.lineAskedAt = pos;
  scan.lineFound = i;
  return i;
}

// Read once: the hot loops compare against plain numbers.
const LF = Ch.LineFeed;
const CR = Ch.CarriageReturn;

/** A line feed or a carriage return: what ends a line (docs/annotation.md §3: a target never runs across paragraphs). */
export function isLineBreak(c: number): boolean {
  return c === LF || c === CR;
}

/** The last line break in [from, to), or from - 1 (one backward pass over a line without any). */
export function lastLineBreak(t: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from) {
    const c = t.charCodeAt(i);
    if (c === LF || c === CR) { return i; }
    i--;
  }
  return i;
}

/** Index of the date ending at pos, blanks aside, that starts at or after floor; -1 when none does (今年|拟新建…). */
export function dateEndingAt(scan: TargetScan, pos: number, floor: number): number {
  let e = pos;
  while (e > floor && (scan.text.charCodeAt(e - 1) === Ch.Space || scan.text.charCodeAt(e - 1) === Ch.IdeographicSpace)) { e--; }
  const k = lowerBound(scan.dateStart, e) - 1;
  return k >= 0 && scan.dateEnd[k] === e && scan.dateStart[k] >= floor ? k : -1;
}
