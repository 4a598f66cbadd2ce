// One target annotation (docs/annotation.md §6): the span trimmed, its deadline, value, object and
// strength, added to the scan's targets.
import type { TargetAnnotation, TargetStrength } from '../types';
import type { Deadline } from './deadlines';
import { objectOf } from './objects';
import type { TargetScan } from './scan';
import { trim } from './sentences';
import type { Value } from './values';

/**
 * Adds the target [start, end) (trimmed). The object is read from contentFrom on; clauseStart is
 * where the marker's clause starts, for a subject standing before the marker at `start`.
 */
export function emit(scan: TargetScan, start: number, end: number, strength: TargetStrength, deadline: Deadline | undefined, value: Value | undefined, contentFrom: number, clauseStart: number): TargetAnnotation {
  const markerPos = start;
  [start, end] = trim(scan.text, start, end);
  const t: TargetAnnotation = {
    start, end, text: scan.text.slice(start, end),
    deadline: deadline ? deadline.text : null,
    value: value ? value.display : null,
    object: objectOf(scan, contentFrom, end, value, deadline, clauseStart, markerPos) ?? null,
    strength,
  };
  if (deadline) { t.deadlineStart = deadline.start; }
  scan.out.push(t);
  return t;
}
