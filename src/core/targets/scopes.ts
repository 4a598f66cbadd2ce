// Paragraph-scoped deadlines (docs/annotation.md §7 "Targets"): a paragraph led by 到2025年，… or a
// list header ending in a colon hands its deadline to the later clauses with a quantity of their
// own (and the bullets under it). A paragraph's scope ends with its line (a header's passes to the
// bullet lines under it) or at a sentence opening with a time of its own.
import type { TargetStrength } from '../types';
import { MAX_TARGET_LENGTH } from './clauseWords';
import { beforeDocument, deadlineIn, lastDeadlineIn, type Deadline } from './deadlines';
import { emit } from './emit';
import { isPast } from './past';
import { statesRule } from './rules';
import type { TargetScan } from './scan';
import { trim, type Sentence } from './sentences';
import { valueIn } from './values';

/** The deadline and strength the goals of a paragraph (or a list under a header) inherit. */
export interface Scope { deadline: Deadline; strength: TargetStrength }

/** A span of the sentence already given to a target. */
export interface Taken { start: number; end: number }

/** The deadline of a list header without a goal of its own (主要目标：, 2025年主要目标：). */
export function headerScope(scan: TargetScan, ps: number, pe: number): Scope | null {
  const d = lastDeadlineIn(scan, ps, pe) ?? deadlineIn(scan, ps, pe);
  if (!d || !d.strong || isPast(scan.text, ps, pe) || beforeDocument(scan, d)) { return null; }
  return { deadline: d, strength: 'target' };
}

/**
 * Later clauses of a 到2025年，… paragraph: each not yet taken, with its own quantity, is a goal
 * inheriting the deadline. `scope` is the one the sentence opened under, `newScope` the one it leaves.
 */
export function inheritScope(scan: TargetScan, s: Sentence, scope: Scope | null, newScope: Scope, emitted: Taken[]): void {
  const t = scan.text;
  const first = emitted.length ? emitted[0].start : 0;
  let e = 0;
  const taken = emitted.length;
  for (const c of s.clauses) {
    while (e < taken && emitted[e].end <= c.start) { e++; }
    if (e < taken && emitted[e].start < c.end) { continue; }
    if (taken && newScope !== scope && c.start < first) { continue; }
    const [cs, ce] = trim(t, c.start, c.end);
    if (ce <= cs || ce - cs > MAX_TARGET_LENGTH) { continue; }
    const value = valueIn(scan, cs, ce);
    if (!value || isPast(t, cs, ce) || statesRule(t, cs, ce)) { continue; }
    const own = deadlineIn(scan, cs, ce);
    // …，2021年核心产业增加值达到3000亿元: a clause dated before the document reports the past.
    if (beforeDocument(scan, own)) { continue; }
    emitted.push(emit(scan, cs, ce, newScope.strength, own ?? newScope.deadline, value, cs, cs));
  }
}
