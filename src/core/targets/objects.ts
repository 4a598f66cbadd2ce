// A goal's object (docs/annotation.md §3 `object`: what is to be achieved): the noun after the
// value (建成200个左右高标准数字园区 → 高标准数字园区), else the subject before it (总规模达到2万亿元
// → 总规模), without the leading verbs, fillers and time words.
import { codeIn, WordList } from '../text';
import { CLAUSE_SEP, CLS, TRIMMED } from './classes';
import { ALLOCATION_VERBS } from './clauseWords';
import { baseWordBefore, dateAt, type Deadline } from './deadlines';
import { ASIDE_OPENERS, CONNECTIVES, LEADING_FILLERS, LEADING_VERBS, NOT_OBJECT_OPENERS, NOUN_PREFIXES, OBJECT_TAIL_PARTICLES, VALUE_VERBS } from './objectWords';
import { lowerBound, type TargetScan } from './scan';
import { clauseEndAfter, trim } from './sentences';
import type { Value } from './values';
import { QUALIFIER_SUFFIXES } from './valueWords';

const VALUE_VERB_LIST = new WordList(VALUE_VERBS);
const FILLERS = new WordList(LEADING_FILLERS);
const CONNECTIVE_LIST = new WordList(CONNECTIVES);
const CONNECTIVE_SET: ReadonlySet<string> = new Set(CONNECTIVES);
const VERBS = new WordList(LEADING_VERBS);
const VERB_SET: ReadonlySet<string> = new Set(LEADING_VERBS);
const NOUN_PREFIX_SET: ReadonlySet<string> = new Set(NOUN_PREFIXES);
const QUALIFIERS_AFTER = new WordList(QUALIFIER_SUFFIXES);
const USES = new WordList(ALLOCATION_VERBS);

/** A goal's object; `subject`: it is the goal's own subject, standing before the marker (研发投入拟增长10%). */
export interface GoalObject { text: string; subject: boolean }

/**
 * What is to be achieved by the goal [from, end): the noun after the value, else the subject
 * before it, else (赤字率拟按3%安排) the subject standing before the marker at markerPos.
 */
export function objectOf(scan: TargetScan, from: number, end: number, value: Value | undefined, deadline: Deadline | undefined, clauseStart: number, markerPos: number): GoalObject | undefined {
  const t = scan.text;
  let p = from;
  if (deadline && deadline.start >= from && deadline.start - from <= 2 && deadline.end <= end) { p = deadline.end; }
  [p] = trim(t, p, end);
  const plain = (text: string | undefined): GoalObject | undefined => (text ? { text, subject: false } : undefined);
  if (!value) { return plain(stripLead(scan, p, clauseEndAfter(t, p, end))); }
  const after = value.fromCoverage ? undefined : objectAfter(t, value, end);
  if (after !== undefined) { return plain(after || undefined); }
  // The value closes its clause: the object is what comes before it.
  let bs = p;
  for (let i = value.start - 1; i >= p; i--) {
    if ((CLS[t.charCodeAt(i)] & CLAUSE_SEP) !== 0) { bs = i + 1; break; }
  }
  let before = stripLead(scan, bs, subjectEnd(scan, bs, value.start));
  // 拟连续几年发行特别国债，今年先发行1万亿元: the later clause repeats the verb; the goal's first clause names the thing.
  if ((before === undefined || before.length <= 1 || verbOnly(before)) && bs > p) { before = stripLead(scan, p, clauseEndAfter(t, p, end)); }
  // 赤字率拟按3%安排, 经济增长目标为5%左右, 中央预算内投资拟安排7000亿元: the subject stands before the marker.
  if ((before === undefined || before.length <= 1 || verbOnly(before)) && markerPos > clauseStart) {
    const subject = stripLead(scan, subjectStart(t, clauseStart, markerPos), markerPos);
    if (subject && !CONNECTIVE_SET.has(subject)) { return { text: subject, subject: true }; }
  }
  return plain(before);
}

/**
 * The noun right after the value, up to the clause end (200个左右高标准数字园区), without a closing
 * 的 or 等; undefined when none follows it (punctuation, 的, a qualifier, a bare verb).
 */
function objectAfter(t: string, value: Value, end: number): string | undefined {
  // 28.5万亿元、比上年增加…: punctuation right after the value means no noun follows it.
  if ((CLS[t.charCodeAt(value.end)] & TRIMMED) !== 0 || codeIn(ASIDE_OPENERS, t.charCodeAt(value.end))) { return undefined; }
  const [s0, ae] = trim(t, value.end, clauseEndAfter(t, value.end, end));
  let as = s0;
  if (ae - as <= 1 || codeIn(NOT_OBJECT_OPENERS, t.charCodeAt(as)) || QUALIFIERS_AFTER.at(t, as, ae) !== null || VERB_SET.has(t.slice(as, ae))) { return undefined; }
  // 约120亿股用于抵债: what an allocation is for.
  const use = USES.at(t, as, ae);
  if (use !== null && ae - as > use.length) { as += use.length; }
  const e = codeIn(OBJECT_TAIL_PARTICLES, t.charCodeAt(ae - 1)) ? ae - 1 : ae;
  // 50所高水平高等职业学校和150个骨干专业: the coordinated quantities leave the objects they count.
  let out = '';
  let p = as;
  for (const m of value.more ?? []) {
    if (m.start < p || m.end > e) { continue; }
    out += t.slice(p, m.start);
    p = m.end;
  }
  return out + t.slice(p, e);
}

/** Where the subject before a value at `be` ends: before the verbs leading to the value (达到) and a base of comparison (较2023年). */
function subjectEnd(scan: TargetScan, bs: number, be: number): number {
  const t = scan.text;
  for (;;) {
    const v = VALUE_VERB_LIST.endingAt(t, be, bs);
    if (v) { be -= v.length; continue; }
    // 投资规模较2023年增长25%: the base of the comparison is not part of the object.
    const k = lowerBound(scan.dateStart, be) - 1;
    const cmp = k >= 0 && scan.dateEnd[k] === be && scan.dateStart[k] > bs ? baseWordBefore(t, scan.dateStart[k], bs) : null;
    if (!cmp) { return be; }
    be = scan.dateStart[k] - cmp.length;
  }
}

/** Where a subject in [from, to) starts: past the blanks and connectives of two characters or more (同时，并且). */
export function subjectStart(t: string, from: number, to: number): number {
  for (let guard = 0; guard < 3; guard++) {
    [from] = trim(t, from, to);
    const w = CONNECTIVE_LIST.at(t, from, to);
    if (w === null || w.length < 2) { break; }
    from += w.length;
  }
  return trim(t, from, to)[0];
}

/** The text [from, to) without leading dates, fillers (全国, 力争使) and verbs (建成), or undefined when nothing is left. */
export function stripLead(scan: TargetScan, from: number, to: number): string | undefined {
  const t = scan.text;
  for (let guard = 0; guard < 6; guard++) {
    [from, to] = trim(t, from, to);
    const d = dateAt(scan, from, to);
    if (d && d.start === from) { from = d.end; continue; }
    const w = FILLERS.at(t, from, to) ?? VERBS.at(t, from, to);
    if (w && to - from > w.length) { from += w.length; continue; }
    break;
  }
  [from, to] = trim(t, from, to);
  return to > from ? t.slice(from, to) : undefined;
}

/** 先发行, 再新建: an adverb and a verb, no noun (总投资 and 年产值 are nouns). */
export function verbOnly(s: string): boolean {
  const v = VERBS.suffixOf(s);
  return v !== null && s.length - v.length <= 1 && !NOUN_PREFIX_SET.has(s.slice(0, s.length - v.length));
}
