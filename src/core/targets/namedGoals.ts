// A goal named by its value (docs/annotation.md §3, issue 11): 实现5%左右的预期目标 — the value stands
// before the goal noun (预期目标), linked by 的, after the verb that reaches it (实现, 完成). The span
// runs from that verb to the noun; a time word heading the clause (今年…) is its deadline.
import { Ch, WordList } from '../text';
import { beforeDocument, deadlineIn } from './deadlines';
import { emit } from './emit';
import { topicDeadline } from './leads';
import type { MarkerHit } from './markers';
import { NAMING_VERBS } from './markerWords';
import { isPast } from './past';
import { dateEndingAt, lowerBound, overlapsDate, type TargetScan } from './scan';
import type { Taken } from './scopes';
import { clauseIndexAt, type Sentence } from './sentences';
import { display } from './valueDisplay';

const VERBS = new WordList(NAMING_VERBS);
const DE = '的'.charCodeAt(0);
/** How far before the value the verb may stand (实现|经济增长|6%左右). */
const VERB_REACH = 12;

/** Reads the goal a goal noun at `hit` names by the value before it; false when it names none. */
export function namedGoal(scan: TargetScan, s: Sentence, hit: MarkerHit, emitted: Taken[]): boolean {
  const t = scan.text;
  if (t.charCodeAt(hit.pos - 1) !== DE) { return false; }
  const k = lowerBound(scan.numberStart, hit.pos - 1) - 1;
  if (k < 0 || scan.numbers[k].end !== hit.pos - 1) { return false; }
  const n = scan.numbers[k];
  if (n.kind === 'ordinal' || overlapsDate(scan, n.start, n.end)) { return false; }
  const clause = s.clauses[clauseIndexAt(s, hit.pos)];
  // The verb may stand before the indicator the value measures (实现经济增长6%左右…): the nearest within reach.
  let verb: string | null = null;
  let start = n.start;
  for (let j = n.start - 1; j >= Math.max(clause.start, n.start - VERB_REACH) && verb === null; j--) {
    verb = VERBS.at(t, j, n.start);
    if (verb !== null) { start = j; }
  }
  if (isPast(t, clause.start, hit.end)) { return false; }
  const own = deadlineIn(scan, clause.start, hit.pos) ?? topicDeadline(scan, s, start);
  if (beforeDocument(scan, own)) { return false; }
  const value = { display: display(n), start: n.start, end: n.end, fromCoverage: false };
  // A time word right before the verb belongs to the span (今年实现…).
  const d = dateEndingAt(scan, start, clause.start);
  const target = emit(scan, d >= 0 ? scan.dateStart[d] : start, hit.end, 'target', own, value, start, start);
  // What the value measures is named before it, if at all (实现经济增长5%左右的预期目标 → 经济增长).
  let os = verb === null ? start : start + verb.length;
  while (os < n.start && (t.charCodeAt(os) === Ch.Space || t.charCodeAt(os) === Ch.IdeographicSpace)) { os++; }
  target.object = os < n.start ? t.slice(os, n.start) : null;
  emitted.push(target);
  return true;
}
