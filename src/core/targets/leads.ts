// Lead deadlines (docs/annotation.md §7 "Targets"): a sentence led by a deadline without a marker
// (2025年底前，… / “十五五”末，…) reads as 到…年; a first clause that is only a deadline
// (到2025年，) leads the goals after it; a date heading the marker's clause (今年将…) is its deadline.
import { codeIn, WordList } from '../text';
import { PLAN_SOURCES, REACH_VERBS } from './actionWords';
import { dateEndingAt, dateStartsAt, lowerBound, type TargetScan } from './scan';
import { CLAUSE_SEP, CLS, LEAD_FIRST, LEAD_LAST, TRIMMED } from './classes';
import { deadlineAt, namesPlan, type Deadline } from './deadlines';
import { SCHEDULE_PREPOSITIONS } from './deadlineWords';
import { markerWordAt, type MarkerHit } from './markers';
import type { TargetMarker } from './markerWords';
import { isPast } from './past';
import { clauseEndAfter, clauseIndexAt, isComma, trim, trimStart, type Clause, type Sentence } from './sentences';

/** The marker a lead deadline stands for: 2025年底前，… reads as 到2025年底前，…. */
export const LEAD_DEADLINE: TargetMarker = { word: '', strength: 'target', deadline: true };
/** The marker a leading year stands for: 今年，我们的重点是推动… is an announced action, a plan (docs/annotation.md §7). */
export const TIME_LEAD: TargetMarker = { word: '', strength: 'plan', deadline: true, announced: true };
/**
 * The marker a future year heading a clause that brings an indicator to a level stands for:
 * 2026年全市养老床位达到8000张 in a plan is a target (docs/annotation.md §7).
 */
export const YEAR_REACH: TargetMarker = { word: '', strength: 'target', deadline: true, announced: true };
const REACH = new WordList(REACH_VERBS);
const SOURCES = new WordList(PLAN_SOURCES);
/** A deadline that is a year: 2022 (今年, 2022年, 今年下半年), not a day or a month. */
const YEAR_ONLY = 4;
const QIAN = '前'.charCodeAt(0);
const MO = '末'.charCodeAt(0);

/** A sentence may open with a deadline of its own (2025年底前，/ “十五五”末，/ 本世纪中叶). */
export function mayLeadWithDate(scan: TargetScan, ss: number, se: number): boolean {
  let i = ss;
  const t = scan.text;
  while (i < se && i < ss + 4 && (CLS[t.charCodeAt(i)] & TRIMMED) !== 0) { i++; }
  // Most sentences fail on their first character; only then look for the 前 or 末 ending a short
  // first clause (2025年底前，) that leadDeadline wants.
  if (LEAD_FIRST[t.charCodeAt(i)] !== 1 && !dateStartsAt(scan, i)) { return false; }
  let sep = -1;
  for (let k = i + 1; k < se && k <= i + 15; k++) { if ((CLS[t.charCodeAt(k)] & CLAUSE_SEP) !== 0) { sep = k; break; } }
  return sep >= 0 && (LEAD_LAST[t.charCodeAt(sep - 1)] === 1 || LEAD_LAST[t.charCodeAt(sep - 2)] === 1);
}

/**
 * The lead deadline of a sentence without 到: it ends in 前, or is a plan period's 末; or the sentence
 * opens with a year alone (今年，…), which leads an announced action (TIME_LEAD).
 */
export function leadDeadline(scan: TargetScan, c: Clause, ss: number, se: number): MarkerHit | undefined {
  const t = scan.text;
  const cs = trimStart(t, c.start, c.end);
  if (cs >= c.end || markerWordAt(scan, cs, c.end)) { return undefined; }
  const d = deadlineAt(scan, cs, ss, se);
  if (!d) { return undefined; }
  if (!isLeadClause(c, d)) {
    return d.start === cs && reachesLevel(scan, d, c.end) ? { pos: cs, end: cs, marker: YEAR_REACH, date: { ...d, strong: true } } : undefined;
  }
  const last = t.charCodeAt(d.end - 1);
  const planEnd = last === MO && namesPlan(t, d.start);
  if (last === QIAN || planEnd) { return { pos: cs, end: cs, marker: LEAD_DEADLINE, date: d }; }
  if (d.text.length !== YEAR_ONLY) { return undefined; }
  // 2027年，全市森林覆盖率达到45%: a level to reach is a target, as without the comma.
  const marker = reachesLevel(scan, d, clauseEndAfter(scan.text, c.end + 1, se)) ? YEAR_REACH : TIME_LEAD;
  return { pos: cs, end: cs, marker, date: { ...d, strong: true } };
}

/**
 * The year d heads words up to ce (its clause, or the clause after a lead 2027年，) that bring an
 * indicator to a level (全市森林覆盖率达到45%): a verb of REACH_VERBS with a number after it, the year after the document's own
 * (a year already running may report what it reached).
 */
function reachesLevel(scan: TargetScan, d: Deadline, ce: number): boolean {
  if (d.text.length !== YEAR_ONLY || scan.documentDate === null || d.text <= scan.documentDate.slice(0, 4)) { return false; }
  const t = scan.text;
  for (let i = d.end; i < ce; i++) {
    if (!REACH.startsWith(t.charCodeAt(i))) { continue; }
    const w = REACH.at(t, i, ce);
    if (w === null) { continue; }
    const k = lowerBound(scan.numberStart, i + w.length);
    return k < scan.numberStart.length && scan.numberStart[k] < ce;
  }
  return false;
}

/** The sentence [ss, se) may open with a year alone (今年，…): a date starts at its head and the document's date is known. */
export function mayLeadWithYear(scan: TargetScan, ss: number, se: number): boolean {
  if (scan.documentDate === null) { return false; }
  const i = trimStart(scan.text, ss, Math.min(se, ss + 4));
  return dateStartsAt(scan, i);
}

/**
 * The sentence [ss, se) opens with a clause that only names the plan its goals come from
 * (按照规划，…; PLAN_SOURCES) and the document's date is known: where the next clause starts, or -1.
 */
export function afterPlanSource(scan: TargetScan, ss: number, se: number): number {
  if (scan.documentDate === null) { return -1; }
  const t = scan.text;
  const i = trimStart(t, ss, Math.min(se, ss + 4));
  if (!SOURCES.startsWith(t.charCodeAt(i))) { return -1; }
  const w = SOURCES.at(t, i, se);
  const c = w === null ? -1 : i + w.length;
  return c >= 0 && c < se && isComma(t.charCodeAt(c)) ? c + 1 : -1;
}

/** After 按照规划， (afterPlanSource) the next clause's lead deadline, as leadDeadline reads a sentence's first clause. */
export function sourceLead(scan: TargetScan, s: Sentence): MarkerHit | undefined {
  const c = afterPlanSource(scan, s.start, s.end);
  if (c < 0) { return undefined; }
  const k = clauseIndexAt(s, c);
  return s.clauses[k].start === c ? leadDeadline(scan, s.clauses[k], s.start, s.end) : undefined;
}

/** A first clause that is only a deadline: 到2025年， / 力争到2027年， / 2025年底前，. */
export function isLeadClause(c: Clause, d: Deadline): boolean {
  return d.start >= c.start && d.end <= c.end && c.end - d.end <= 1 && c.end - c.start <= 14 && isComma(c.sep);
}

/** A date heading the marker's clause or standing alone before it: 今年将… / “十五五”期间，力争…. */
export function topicDeadline(scan: TargetScan, s: Sentence, pos: number): Deadline | undefined {
  const k = clauseIndexAt(s, pos);
  // 同时，今年计划…: the short clause before may be a connective; then the marker's own clause speaks.
  const starts = k > 0 && s.clauses[k - 1].end - s.clauses[k - 1].start <= 12 ? [s.clauses[k - 1].start, s.clauses[k].start] : [s.clauses[k].start];
  for (const first of starts) {
    const [from] = trim(scan.text, first, pos);
    if (pos - from > 16) { continue; }
    const d = deadlineAt(scan, from, s.start, pos);
    if (d) { return isPast(scan.text, from, pos) ? undefined : d; }
  }
  // 市交通局今年计划…: a time word right before the marker, after its agent (not 于2018年将…, a narrative's date).
  const j = dateEndingAt(scan, pos, s.clauses[k].start);
  if (j < 0 || codeIn(SCHEDULE_PREPOSITIONS, scan.text.charCodeAt(scan.dateStart[j] - 1))) { return undefined; }
  const d = deadlineAt(scan, scan.dateStart[j], s.start, pos);
  return d && !isPast(scan.text, d.start, pos) ? d : undefined;
}


