// The names of turns (docs/annotation.md §4 "question", "answer", "speaker"; §8 "Press
// conferences"): a question shows its label and the clause that asks (问：如何理解这一部署的重要意义),
// an answer its label and its first clause past a courtesy opener (易纲：央行可以…, not 谢谢你的提问), a
// speaker the label as written. A long label of titles before a name shows the name first, then
// the titles (刘爱华 · 国家统计局新闻发言人、…), cut only in the titles. No name ends in a colon.
import { Ch, WordList } from '../text';
import { CLAUSE_STOP, has } from './chars';
import { ANSWER_OPENERS, QUESTION_WORDS } from './labelWords';
import { NAME_MAX, PERSON_LABEL_MAX } from './limits';
import { clauseEnd, withoutSpaceOrEmphasis } from './names';
import { isTitledName, nameAfterTitle } from './persons';
import type { Label } from './types';

const QUESTION_WORD = new WordList(QUESTION_WORDS);
const ANSWER_OPENER = new WordList(ANSWER_OPENERS);
/** A question's text is read this far for the clause that asks. */
const ASK_SCAN = 200;
/** A clause that only opens an answer (谢谢你的提问) is at most this long… */
const OPENER_MAX = 12;
/** …and at most this many are passed (女士们、先生们，媒体朋友们，上午好！). */
const OPENERS_PASSED = 3;
/** Between the name and the titles of a long label. */
export const TITLES_SEPARATOR = ' · ';

export type TurnKind = 'question' | 'answer' | 'speaker';

/** A turn's node name and where its selection ends. */
export interface TurnName { name: string; end: number }

/**
 * The name of a turn opened by `lab`, named from the text t[from, to) — the rest of the label's
 * line, or the next line when the label stands alone (empty when there is none).
 */
export function turnName(t: string, lab: Label, kind: TurnKind, from: number, to: number): TurnName {
  if (kind === 'speaker') { return { name: speakerLabel(t, lab), end: lab.end }; }
  const shown = lab.kind === 'person' ? answererLabel(t, lab) : null;
  const start = kind === 'question' ? askedClause(t, from, to) : answerClause(t, from, to);
  if (start >= to) { return { name: shown ?? t.slice(lab.start, lab.end), end: lab.end }; }
  const end = clauseEnd(t, start, to);
  // 问：今年… written as it is named: one slice rather than three joined
  if (shown === null && start === lab.end + lab.colon.length && t.startsWith(lab.colon, lab.end)) { return { name: t.slice(lab.start, end), end }; }
  return { name: (shown ?? t.slice(lab.start, lab.end)) + lab.colon + t.slice(start, end), end };
}

/** A speaker's label as written, without blanks, emphasis or brackets; a long titled one name first. */
export function speakerLabel(t: string, lab: Label): string {
  const written = withoutSpaceOrEmphasis(t, lab.start, lab.end, true);
  const name = longLabelName(lab.norm);
  if (name === null || !written.endsWith(name)) { return written.length > NAME_MAX ? written.slice(0, NAME_MAX) : written; }
  const shown = name + TITLES_SEPARATOR + written.slice(0, written.length - name.length);
  return shown.length > NAME_MAX ? shown.slice(0, NAME_MAX) : shown;
}

/** An answerer's label: the name alone when titles come before it (…司长付凌晖 → 付凌晖), else as written. */
function answererLabel(t: string, lab: Label): string {
  return longLabelName(lab.norm) ?? t.slice(lab.start, lab.end);
}

/** The name a label longer than a speaker's (titles before a name) ends with, or null. */
function longLabelName(norm: string): string | null {
  return norm.length > PERSON_LABEL_MAX && isTitledName(norm) ? nameAfterTitle(norm) : null;
}

/**
 * Where the clause that names a question starts in t[from, to): the first clause up to its first ？
 * that holds a question word (如何, 哪些, 是否…), else the clause that ends in ？, else the first
 * clause. Reads at most ASK_SCAN units.
 */
export function askedClause(t: string, from: number, to: number): number {
  const limit = Math.min(to, from + ASK_SCAN);
  let s = skipBlanks(t, from, limit);
  let first = to;
  while (s < limit) {
    let e = s;
    while (e < limit && !has(CLAUSE_STOP, t.charCodeAt(e))) { e++; }
    if (e > s) {
      if (first === to) { first = s; }
      if (QUESTION_WORD.occursIn(t, s, e)) { return s; }
    }
    const c = t.charCodeAt(e);
    if (c === Ch.FullwidthQuestion || c === Ch.QuestionMark) { return e > s ? s : first; }
    s = skipBlanks(t, e + 1, limit);
  }
  return first;
}

/** Where an answer's naming clause starts in t[from, to): the first, past up to two courtesy openers. */
export function answerClause(t: string, from: number, to: number): number {
  let s = skipBlanks(t, from, to);
  for (let k = 0; k < OPENERS_PASSED && s < to; k++) {
    if (ANSWER_OPENER.at(t, s, to) === null) { break; }
    let e = s;
    while (e < to && e - s <= OPENER_MAX && !has(CLAUSE_STOP, t.charCodeAt(e))) { e++; }
    if (e >= to || e - s > OPENER_MAX) { break; }
    const next = skipBlanks(t, e + 1, to);
    if (next >= to) { break; }
    s = next;
  }
  return s;
}

function skipBlanks(t: string, i: number, to: number): number {
  let j = i;
  while (j < to && (t.charCodeAt(j) === Ch.Space || t.charCodeAt(j) === Ch.IdeographicSpace || t.charCodeAt(j) === Ch.Tab)) { j++; }
  return j;
}
