// The goals of one sentence (docs/annotation.md §3, §7 "Targets"): its markers in order, each
// opening a goal (or a list) that ends where goalEnd says, with its own deadline, value, object
// and strength; then the later clauses that inherit the paragraph's deadline.
import { codeIn, isColon, WordList } from '../text';
import { ACTION_VERBS } from './actionWords';
import type { TargetStrength } from '../types';
import { COMMENT_OPENERS, MAX_TARGET_LENGTH, PAST_LOOKBACK } from './clauseWords';
import { CLS, DATE_FIRST, DATE_INTRODUCER, MARKER_START } from './classes';
import { beforeDocument, dateAt, deadlineIn, type Deadline } from './deadlines';
import { SCHEDULE_PREPOSITIONS } from './deadlineWords';
import { durationIn } from './durations';
import { emit } from './emit';
import { goalEnd, headingHit, leadValue } from './goalEnd';
import { isLeadClause, leadDeadline, sourceLead, topicDeadline } from './leads';
import { readList, timeListHit } from './lists';
import { markerAt, type MarkerHit } from './markers';
import { namedGoal } from './namedGoals';
import { isPast } from './past';
import { statesRule } from './rules';
import { lowerBound, type TargetScan } from './scan';
import { inheritScope, type Scope, type Taken } from './scopes';
import { clauseIndexAt, trim, trimStart, type Sentence } from './sentences';
import { goalStrength } from './strength';
import { coverageAt, valueIn } from './values';

const ACTIONS = new WordList(ACTION_VERBS);
const COMMENTS = new WordList(COMMENT_OPENERS);

/** Reads the goals of sentence s under the paragraph's scope; returns the scope it leaves for the next. */
export function readSentence(scan: TargetScan, s: Sentence, scope: Scope | null, firstMarker: number): Scope | null {
  const hits = markersIn(scan, s, firstMarker);
  // 2024年，… / 从2019年开始，… / 经过五年…: a sentence opening with a time of its own leaves the paragraph's deadline behind.
  const head = trimStart(scan.text, s.start, s.end);
  if (scope && (dateAt(scan, head, s.end) || (hits.length > 0 && hits[0].pos === head && hits[0].date !== undefined))) { scope = null; }
  // 这将带动…。 / 上述目标…。 / a report of the past: a comment on the goals ends their list (§7).
  if (scope && (COMMENTS.at(scan.text, head, s.end) !== null || isPast(scan.text, s.start, s.end))) { scope = null; }
  const emitted: Taken[] = [];
  let newScope = scope;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    if (emitted.length && hit.pos < emitted[emitted.length - 1].end) { continue; }
    if (hit.marker.list) {
      // 实现5%左右的预期目标: the goal noun names the value before it.
      if (namedGoal(scan, s, hit, emitted)) { continue; }
      const handled = readList(scan, s, hit, scope, emitted);
      if (handled === 'list') { break; }
      if (handled === 'lead') { continue; }
    }
    newScope = readGoal(scan, s, hits, h, scope, newScope, emitted);
  }
  if (newScope) { inheritScope(scan, s, scope, newScope, emitted); }
  return newScope;
}

/** Markers of the sentence, a lead deadline first; none stands before `from`. */
function markersIn(scan: TargetScan, s: Sentence, from: number): MarkerHit[] {
  const out: MarkerHit[] = [];
  const lead = leadDeadline(scan, s.clauses[0], s.start, s.end) ?? sourceLead(scan, s) ?? timeListHit(scan, s);
  if (lead) { out.push(lead); }
  const t = scan.text;
  for (let i = from; i < s.end; i++) {
    if ((CLS[t.charCodeAt(i)] & MARKER_START) === 0) { continue; }
    const m = markerAt(scan, i, s.start, s.end);
    if (!m) { continue; }
    const end = i + m.word.length;
    out.push({ pos: i, end, marker: m, date: scan.markerDate });
    i = end - 1;
  }
  return out;
}

/** The goal hits[h] opens, if it is one; returns the scope the sentence leaves (newScope, or one this goal leads). */
function readGoal(scan: TargetScan, s: Sentence, hits: readonly MarkerHit[], h: number, scope: Scope | null, newScope: Scope | null, emitted: Taken[]): Scope | null {
  const t = scan.text;
  const hit = hits[h];
  // Most markers (将, 计划) head no quantity and no deadline: nothing below would find one.
  if (!mayHoldGoal(scan, s, hit) || (hit.marker.quota === true && scan.profile.layout.regulation)) { return newScope; }
  const clause = s.clauses[clauseIndexAt(s, hit.pos)];
  // 从今年开始拟…: a marker word later in a start's own clause speaks for the goal.
  if (hit.marker.start === true && h + 1 < hits.length && hits[h + 1].pos < clause.end) { return newScope; }
  // 到2027年，力争使…: the lead gives its deadline to the goal the next marker opens; the span starts at 到.
  const inner = hit.date && hit.marker.deadline && isLeadClause(clause, hit.date) ? headingHit(scan, s, clause, hits, h) : undefined;
  // A 到2025年， lead (or 2025年底前，) heading its sentence: the sentence is one target, its value all its quantities (§7).
  const leadSentence = hit.date !== undefined && hit.marker.deadline === true && hit.marker.announced !== true && hit.marker.start !== true
    && hit.marker.duration !== true && isLeadClause(clause, hit.date);
  const ge = goalEnd(scan, s, hit, hits, h, inner !== undefined, leadSentence);
  // A quota is its own clause (每个乡镇至少建设一所幼儿园，…): what follows is another requirement.
  const { end, split } = hit.marker.quota === true ? { end: Math.min(ge.end, clause.end), split: -1 } : ge;
  // Past words before the marker count only close to it (已将…, 去年计划…).
  if (isPast(t, Math.max(clause.start, hit.pos - PAST_LOOKBACK), end) || statesRule(t, hit.pos, end)) { return newScope; }
  const own = hit.date ?? deadlineIn(scan, hit.end, end) ?? durationIn(scan, hit.end, end) ?? topicDeadline(scan, s, hit.pos);
  // A start (从2019年开始) announces an action only where the document's own date says it lies ahead.
  if (beforeDocument(scan, own) || (hit.marker.announced === true && scan.documentDate === null)) { return newScope; }
  const strength = goalStrength(hit, inner);
  // A period to run (用三年时间) is the deadline, not the value.
  // A quota's qualifier may open the number itself (至少1个月).
  const noDuration = own?.duration === true || (strength === 'plan' && (inner ?? hit).marker.sameClause === true && hit.marker.quota !== true);
  const value = leadSentence ? leadValue(scan, s, hit.end, end) : valueIn(scan, hit.marker.quota === true ? hit.pos : hit.end, end, noDuration);
  // The quantity or deadline must sit in the marker's own clause, unless that clause is only a lead (力争到2027年，).
  const firstEnd = clause.end;
  const leadOnly = (own !== undefined && own.strong && own.start < firstEnd) || shortLead(scan, hit.end, firstEnd);
  const valueOk = value !== undefined && (value.start < firstEnd || leadOnly || !hit.marker.sameClause);
  // A date is a deadline proper (到2027年), or the day an event is scheduled for (将于10月17日…).
  const dated = own !== undefined && own.start < firstEnd && (own.strong || scheduledFor(t, hit.end, own));
  if (!valueOk && !dated) { return newScope; }
  // Led only by a time or a start, a goal is an announced action: a quantity (a duration is none:
  // 自2019年1月1日起可继续免征五年… states a rule), or an action verb.
  if (hit.marker.announced === true && !inner && (!value || value.duration === true) && !ACTIONS.occursIn(t, hit.end, end)) { return newScope; }
  // 到2023年底，全国已建成… : the goal after the lead was cut away as past.
  const [cs2, ce2] = trim(t, Math.max(hit.end, own && own.end <= end ? own.end : hit.end), end);
  const header = !value && isColon(t.charCodeAt(end));
  const leads = leadsSentence(scan, s, hit.pos);
  if (ce2 <= cs2 || header) {
    return header && own && own.strong && leads ? { deadline: own, strength } : newScope;
  }
  const deadline = own ?? (scope ? scope.deadline : undefined);
  // A quota is its whole clause: who is to reach it stands before 至少 (每个地（市）原则上至少建设一所…).
  const from = hit.marker.quota === true ? clause.start : hit.pos;
  emitted.push(emit(scan, from, end, strength, deadline, value, inner ? inner.pos : hit.end, clause.start));
  // A 到2025年 lead hands its deadline to the paragraph's later goals; a start or a period to run does not.
  if (own && leads && isLeadClause(clause, own) && hit.marker.announced !== true && own.duration !== true) { newScope = { deadline: own, strength }; }
  // …，年内新开工…5万个: a clause opening with its own date and quantity is the next goal of the same voice.
  splitGoals(scan, s, hits, h, split, strength, deadline, emitted);
  return newScope;
}

/** The goals after a split: each clause opening with its own date and quantity, up to its own end. */
function splitGoals(scan: TargetScan, s: Sentence, hits: readonly MarkerHit[], h: number, from: number, strength: TargetStrength, deadline: Deadline | undefined, emitted: Taken[]): void {
  const marker = hits[h].marker;
  while (from >= 0) {
    const k = clauseIndexAt(s, from);
    const next = goalEnd(scan, s, { pos: from, end: from, marker }, hits, h, false);
    const [gs, ge] = trim(scan.text, from, next.end);
    const gDeadline = deadlineIn(scan, gs, ge);
    if (ge > gs && !beforeDocument(scan, gDeadline)) {
      emitted.push(emit(scan, gs, ge, strength, gDeadline ?? deadline, valueIn(scan, gs, ge), gs, s.clauses[k].start));
    }
    from = next.split;
  }
}

/**
 * False when the goal the hit may open can have neither a quantity (valueIn) nor a deadline
 * (its date, deadlineIn, topicDeadline): a cheap superset of what those find, as the goal ends
 * by the sentence end and MAX_TARGET_LENGTH.
 */
function mayHoldGoal(scan: TargetScan, s: Sentence, hit: MarkerHit): boolean {
  if (hit.date) { return true; }
  const from = hit.marker.quota === true ? hit.pos : hit.end;
  const limit = Math.min(s.end, hit.pos + MAX_TARGET_LENGTH);
  const n = lowerBound(scan.numberStart, from);
  if (n < scan.numberStart.length && scan.numberStart[n] < limit) { return true; }
  const d = lowerBound(scan.dateStart, from);
  if (d < scan.dateStart.length && scan.dateStart[d] < limit) { return true; }
  if (topicDeadline(scan, s, hit.pos)) { return true; }
  const t = scan.text;
  for (let i = from; i < limit; i++) {
    const code = t.charCodeAt(i);
    if (coverageAt(t, i, limit)) { return true; }
    if (DATE_INTRODUCER[code] === 1 && DATE_FIRST[t.charCodeAt(i + 1)] === 1) { return true; }
  }
  return false;
}

/** The marker is followed at once by 于/在 and the date: 将于10月17日出具裁决, 拟于下月10日开幕 (docs/annotation.md §7). */
function scheduledFor(t: string, markerEnd: number, d: Deadline): boolean {
  return d.start === markerEnd + 1 && codeIn(SCHEDULE_PREPOSITIONS, t.charCodeAt(markerEnd));
}

/**
 * The rest of the marker's clause [from, to) only leads into the next clause: nothing (预测，明年…)
 * or a few characters holding a date (预计今年，…). A short clause of its own (将卡折现后，…) is not.
 */
function shortLead(scan: TargetScan, from: number, to: number): boolean {
  const [s, e] = trim(scan.text, from, to);
  if (e <= s) { return true; }
  if (e - s > 6) { return false; }
  const k = lowerBound(scan.dateStart, s);
  return k < scan.dateStart.length && scan.dateStart[k] < e;
}

/** The marker opens the sentence, or the part after a header colon (主要目标：到2025年，…). */
function leadsSentence(scan: TargetScan, s: Sentence, pos: number): boolean {
  const k = clauseIndexAt(s, pos);
  if (k === 0) { return pos - s.start <= 4; }
  const sep = s.clauses[k - 1].sep;
  const [cs] = trim(scan.text, s.clauses[k].start, s.clauses[k].end);
  return isColon(sep) && pos - cs <= 4;
}
