// One line of prose, cut into sentences in one pass (docs/architecture.md): outside a 到2025年…
// scope only the sentences where a marker really applies (markerAt, as the sentence's goals read
// it) or that may open with a deadline get their clauses built, so plain prose costs a table read
// per character.
import { codeIn } from '../text';
import { CLAUSE_SEP, CLS, LEAD_END, LEAD_LAST, MARKER_PAIR, MARKER_START, NEWLINE, pairHash, SEMICOLON, SENTENCE_END, SINGLE_MARKER, STOP, TRIMMED } from './classes';
import { QUESTION_MARKS } from './clauseWords';
import { readSentence } from './goals';
import { timeListHit } from './lists';
import { afterPlanSource, leadDeadline, mayLeadWithDate, mayLeadWithYear } from './leads';
import { anyMarkerWord, markerAt } from './markers';
import { lineEndFrom, type TargetScan } from './scan';
import type { Scope } from './scopes';
import { clausesOf, firstClause } from './sentences';

/** The line from ps to its newline (or `to`; its end goes to scan.lineEnd); returns the scope its last sentence leaves. */
export function paragraph(scan: TargetScan, ps: number, to: number): Scope | null {
  const t = scan.text;
  let scope: Scope | null = null;
  let ss = ps;
  // The first character of the sentence that may start a marker word, and the first marker
  // the sentence's goals will take (read before the sentence end is known, see markerAt); -1: none yet.
  let first = -1;
  let hit = -1;
  // A 前 or 末 closing a short first clause (2025年底前，): only then may the sentence lead with a deadline.
  let leadEnd = false;
  let i = ps;
  for (; i < to; i++) {
    const f = STOP[t.charCodeAt(i)];
    if (f === 0) { continue; }
    if ((f & NEWLINE) !== 0) { break; }
    if ((f & LEAD_END) !== 0 && i - ss <= 18 && ((CLS[t.charCodeAt(i + 1)] | CLS[t.charCodeAt(i + 2)]) & CLAUSE_SEP) !== 0) { leadEnd = true; }
    if ((f & (SENTENCE_END | MARKER_START)) === 0) { continue; }
    if ((f & SENTENCE_END) === 0) {
      if (first < 0) { first = i; }
      // Most marker characters (有, 主, 力) stand in other words: their next character tells.
      if (hit < 0 && scope === null && ((f & SINGLE_MARKER) !== 0 || MARKER_PAIR[pairHash(t.charCodeAt(i), t.charCodeAt(i + 1))] === 1) && markerAt(scan, i, ss, to, true)) { hit = i; }
      continue;
    }
    // Most sentences hold no marker that applies, no lead and no scope: nothing to read (the
    // test of endSentence, with oddHead's first step; a sentence opening with a date may lead with a year).
    if (scope !== null || hit >= 0 || leadEnd || LEAD_LAST[t.charCodeAt(ss - 1)] === 1 || (first >= 0 && (CLS[t.charCodeAt(ss)] & (TRIMMED | SEMICOLON)) !== 0) || mayLeadWithYear(scan, ss, i) || afterPlanSource(scan, ss, i) >= 0) {
      scope = endSentence(scan, ss, i, to, scope, first, hit, leadEnd);
    }
    ss = i + 1;
    first = -1;
    hit = -1;
    leadEnd = false;
  }
  scan.lineEnd = i;
  return endSentence(scan, ss, i, i, scope, first, hit, leadEnd);
}

/**
 * The sentence [ss, se) is complete: read it if a marker, a lead deadline or the scope may give a
 * goal. `to` is the line's end once known (se at its end), else the chunk's.
 */
function endSentence(scan: TargetScan, ss: number, se: number, to: number, scope: Scope | null, first: number, hit: number, leadEnd: boolean): Scope | null {
  const t = scan.text;
  const code = se < to ? t.charCodeAt(se) : 0;
  // A question (将在哪些方面发力？) states no goal.
  if (se <= ss || codeIn(QUESTION_MARKS, code)) { return scope; }
  if (scope) { return readSentence(scan, clausesOf(t, ss, se), scope, first < 0 ? se : first); }
  if (hit >= 0) { return readSentence(scan, clausesOf(t, ss, se), null, hit); }
  // Without a marker only a lead deadline (2025年底前，…) can start a goal; the sentences read for
  // one are those mayLeadWithDate lets through (or, at an odd head, those with a marker word).
  const mayLead = ((leadEnd || LEAD_LAST[t.charCodeAt(ss - 1)] === 1) && mayLeadWithDate(scan, ss, se)) || mayLeadWithYear(scan, ss, se);
  if ((mayLead || (first >= 0 && oddHead(t, ss, se) && anyMarkerWord(scan, first, se, lineEndFrom(scan, se, to)))) && leadDeadline(scan, firstClause(t, ss, se), ss, se)) {
    return readSentence(scan, clausesOf(t, ss, se), null, se);
  }
  // 按照规划，2026年床位达到800张: the clause after the plan's name leads as a sentence head would.
  const after = afterPlanSource(scan, ss, se);
  if (after >= 0 && leadDeadline(scan, firstClause(t, after, se), ss, se)) { return readSentence(scan, clausesOf(t, ss, se), null, se); }
  // 今年要…；A；B: a list of the year's goals.
  if (mayLeadWithYear(scan, ss, se)) {
    const s = clausesOf(t, ss, se);
    if (timeListHit(scan, s)) { return readSentence(scan, s, null, se); }
  }
  return null;
}

/**
 * A sentence whose head mayLeadWithDate does not read as leadDeadline does (more than four
 * leading blanks, a leading semicolon): there, as before, any marker word lets leadDeadline decide.
 */
function oddHead(t: string, ss: number, se: number): boolean {
  let i = ss;
  while (i < se && (CLS[t.charCodeAt(i)] & (TRIMMED | SEMICOLON)) !== 0) {
    if ((CLS[t.charCodeAt(i)] & SEMICOLON) !== 0) { return true; }
    i++;
  }
  return i - ss > 4;
}
