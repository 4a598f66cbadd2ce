// Where a goal ends (docs/annotation.md §3: the span ends with the goal, before the closing
// 。，；): the sentence end, a semicolon, or a clause that starts something new — a marker heading
// it, a breaker (但是, 同时), a report of the past, or a date and quantity of its own.
import { WordList } from '../text';
import { ALLOCATION_SEPARATOR, ALLOCATION_VERBS, CLAUSE_BREAKERS, CONTINUATION_OPENERS, MAX_TARGET_LENGTH } from './clauseWords';
import { LEADING_VERBS, VALUE_VERBS } from './objectWords';
import { deadlineAt, deadlineIn, dateAt } from './deadlines';
import type { MarkerHit } from './markers';
import { isPast } from './past';
import { lowerBound, type TargetScan } from './scan';
import { clauseIndexAt, isSemicolon, trim, trimStart, type Clause, type Sentence } from './sentences';
import { valueIn, type Value } from './values';

const BREAKERS = new WordList(CLAUSE_BREAKERS);
const ALLOCATIONS = new WordList(ALLOCATION_VERBS);
const CONTINUATIONS = new WordList(CONTINUATION_OPENERS);
const CONTINUING = new WordList([...CONTINUATION_OPENERS, ...LEADING_VERBS, ...VALUE_VERBS]);

/**
 * End of the goal: the sentence end, a semicolon, or a clause that starts something new.
 * `split` is where a clause opening with its own date and quantity starts the next goal (else -1).
 * With `overLead` the marker heading the first next clause continues this goal (its lead).
 */
export function goalEnd(scan: TargetScan, s: Sentence, hit: MarkerHit, hits: readonly MarkerHit[], h: number, overLead: boolean, leadSentence = false): { end: number; split: number } {
  const cap = hit.pos + MAX_TARGET_LENGTH;
  let k = clauseIndexAt(s, hit.pos);
  let end = s.clauses[k].end;
  let m = h + 1;
  let split = -1;
  let first = true;
  while (k + 1 < s.clauses.length) {
    const c = s.clauses[k];
    if (isSemicolon(c.sep)) { break; }
    const next = s.clauses[k + 1];
    if (next.end > cap) { break; }
    const ns = trimStart(scan.text, next.start, next.end);
    // A marker heading the next clause starts a new goal; one inside it (…预测，销量将超过…) belongs to this one.
    while (m < hits.length && hits[m].pos < ns) { m++; }
    const heading = m < hits.length && hits[m].pos - ns <= 4 && hits[m].pos < next.end;
    if (heading && !(overLead && first)) { break; }
    if (BREAKERS.at(scan.text, ns, next.end) !== null || isPast(scan.text, next.start, next.end)) { break; }
    // A 到2025年 lead sentence is one target however many indicators it names (§7); elsewhere each is its own.
    if (!heading && (opensDatedGoal(scan, hit.end, end, ns, next.end) || (!leadSentence && opensOwnGoal(scan, hit.end, end, ns, next.end)))) { split = ns; break; }
    end = next.end;
    k++;
    first = false;
  }
  // 以约44亿股引入战投、约120亿股用于抵债: an allocation after 、 ends the goal before it.
  const cut = allocationAt(scan, hit.end, Math.min(end, cap));
  if (cut >= 0) { return { end: cut - 1, split: cut }; }
  return { end: Math.min(end, cap), split: split >= 0 && split < cap ? split : -1 };
}

/**
 * Where in [from, to) an allocation starts (a quantity right after 、 followed by 用于, 用作…), the
 * goal before it holding a quantity of its own; -1 when none does.
 */
function allocationAt(scan: TargetScan, from: number, to: number): number {
  const t = scan.text;
  const sep = ALLOCATION_SEPARATOR.charCodeAt(0);
  for (let i = from; i < to; i++) {
    if (t.charCodeAt(i) !== sep) { continue; }
    const k = lowerBound(scan.numberStart, i + 1);
    if (k >= scan.numberStart.length || scan.numberStart[k] !== i + 1) { continue; }
    if (ALLOCATIONS.at(t, scan.numbers[k].end, to) !== null && valueIn(scan, from, i, true) !== undefined) { return i + 1; }
  }
  return -1;
}

/** [ns, ne) opens with a date of its own and holds a quantity, after a goal [gs, ge) already complete. */
function opensDatedGoal(scan: TargetScan, gs: number, ge: number, ns: number, ne: number): boolean {
  const d = dateAt(scan, ns, ne);
  if (!d || d.start !== ns || d.end >= ne) { return false; }
  // 2060年前实现碳中和 after 2030年前实现碳达峰: a deadline proper of its own is a goal of its own, quantity or not.
  const proper = deadlineAt(scan, ns, ns, ne);
  if (!valueIn(scan, d.end, ne, true) && !(proper && proper.strong && proper.explicit)) { return false; }
  return valueIn(scan, gs, ge, true) !== undefined || deadlineIn(scan, gs, ge) !== undefined;
}

/**
 * [ns, ne) names a goal of its own after a goal [gs, ge) that has its quantity: its own subject,
 * then its own quantity (…，城镇调查失业率5.5%左右), not a continuation (比上年增加…) nor a
 * predicate of the goal before (带动投资…). docs/annotation.md §3: one target per goal clause.
 */
export function opensOwnGoal(scan: TargetScan, gs: number, ge: number, ns: number, ne: number): boolean {
  const v = valueIn(scan, ns, ne, true);
  if (!v || v.start - ns < 2 || CONTINUING.at(scan.text, ns, v.start) !== null) { return false; }
  return valueIn(scan, gs, ge, true) !== undefined;
}

/**
 * The value of a 到2025年 lead sentence [from, to): every quantity of its goal clauses, listed
 * (docs/annotation.md §7: 50所、150个); a clause going on about the one before (同比提高…) adds none.
 */
export function leadValue(scan: TargetScan, s: Sentence, from: number, to: number): Value | undefined {
  let out: Value | undefined;
  for (let k = clauseIndexAt(s, from); k < s.clauses.length && s.clauses[k].start < to; k++) {
    const cs = trimStart(scan.text, Math.max(s.clauses[k].start, from), to);
    const ce = Math.min(s.clauses[k].end, to);
    if (out !== undefined && CONTINUATIONS.at(scan.text, cs, ce) !== null) { continue; }
    const v = valueIn(scan, cs, ce, out !== undefined);
    if (!v) { continue; }
    if (out === undefined) { out = v; continue; }
    out.display += `、${v.display}`;
  }
  return out;
}

/** [from, to) of sentence s cut before each clause that opens a goal of its own (one target per goal clause). */
export function goalRanges(scan: TargetScan, s: Sentence, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let k = clauseIndexAt(s, from) + 1; k < s.clauses.length && s.clauses[k].start < to; k++) {
    const c = s.clauses[k];
    const ns = trimStart(scan.text, c.start, Math.min(c.end, to));
    if (opensOwnGoal(scan, start, c.start, ns, Math.min(c.end, to))) { out.push([start, c.start]); start = ns; }
  }
  out.push([start, to]);
  return out;
}

/** The marker heading the clause after `clause` (力争 in 到2027年，力争…), if it opens a goal of its own. */
export function headingHit(scan: TargetScan, s: Sentence, clause: Clause, hits: readonly MarkerHit[], h: number): MarkerHit | undefined {
  const k = clauseIndexAt(s, clause.start);
  if (k + 1 >= s.clauses.length) { return undefined; }
  const [ns] = trim(scan.text, s.clauses[k + 1].start, s.clauses[k + 1].end);
  const next = hits[h + 1];
  return next && !next.marker.list && !next.marker.deadline && next.pos >= ns && next.pos - ns <= 4 && next.pos < s.clauses[k + 1].end ? next : undefined;
}
