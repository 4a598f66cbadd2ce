// One target annotation (docs/annotation.md §6): the span trimmed and widened to the goal's own
// subject or time word before its marker (§3), its deadline, value, object and strength, added to
// the scan's targets.
import type { TargetAnnotation, TargetStrength } from '../types';
import type { Deadline } from './deadlines';
import { objectOf, subjectStart } from './objects';
import { dateEndingAt, type TargetScan } from './scan';
import { trim } from './sentences';
import type { Value } from './values';

/**
 * Adds the target [start, end) (trimmed). The object is read from contentFrom on; clauseStart is
 * where the marker's clause starts, for a subject standing before the marker at `start`.
 */
export function emit(scan: TargetScan, start: number, end: number, strength: TargetStrength, deadline: Deadline | undefined, value: Value | undefined, contentFrom: number, clauseStart: number): TargetAnnotation {
  const markerPos = start;
  [start, end] = trim(scan.text, start, end);
  const object = objectOf(scan, contentFrom, end, value, deadline, clauseStart, markerPos);
  // docs/annotation.md §3: the span starts at the goal's own subject standing before the marker in
  // its clause (研发投入拟增长10%), or at a time word right before the marker (今年拟新建…); an agent
  // who plans or forecasts (世行预计…) stays outside.
  if (object?.subject === true) {
    start = subjectStart(scan.text, clauseStart, start);
  } else {
    start = timeWordBefore(scan, start, clauseStart);
  }
  const t: TargetAnnotation = {
    start, end, text: scan.text.slice(start, end),
    deadline: deadline ? deadline.text : null,
    value: value ? value.display : null,
    object: object ? object.text : null,
    strength,
  };
  if (deadline) { t.deadlineStart = deadline.start; }
  scan.out.push(t);
  return t;
}

/** The start of a date ending right before pos inside the clause from clauseStart (今年|拟新建…), else pos. */
function timeWordBefore(scan: TargetScan, pos: number, clauseStart: number): number {
  const k = dateEndingAt(scan, pos, clauseStart);
  return k >= 0 ? scan.dateStart[k] : pos;
}
