// Sentences and clauses (docs/annotation.md §3: a target ends with its goal, before the closing
// 。，；): a sentence is cut at clause separators into clauses that tile it in order, and spans
// are trimmed of blanks and edge punctuation.
import { Ch } from '../text';
import { CLAUSE_SEP, CLS, SEMICOLON, TRIMMED } from './classes';

/** `sep`: char code of the separator after the clause (0: none, the sentence ends). */
export interface Clause { start: number; end: number; sep: number }
export interface Sentence { start: number; end: number; clauses: Clause[] }

/** The clauses of the sentence [ss, se); a sentence without a separator is one clause. */
export function clausesOf(t: string, ss: number, se: number): Sentence {
  const clauses: Clause[] = [];
  let cs = ss;
  for (let i = ss; i <= se; i++) {
    if (i < se && (CLS[t.charCodeAt(i)] & CLAUSE_SEP) === 0) { continue; }
    if (i > cs) { clauses.push({ start: cs, end: i, sep: i < se ? t.charCodeAt(i) : 0 }); }
    cs = i + 1;
  }
  if (clauses.length === 0) { clauses.push({ start: ss, end: se, sep: 0 }); }
  return { start: ss, end: se, clauses };
}

/** The first clause of the sentence [ss, se), as clausesOf finds it. */
export function firstClause(t: string, ss: number, se: number): Clause {
  let cs = ss;
  for (let i = ss; i <= se; i++) {
    if (i < se && (CLS[t.charCodeAt(i)] & CLAUSE_SEP) === 0) { continue; }
    if (i > cs) { return { start: cs, end: i, sep: i < se ? t.charCodeAt(i) : 0 }; }
    cs = i + 1;
  }
  return { start: ss, end: se, sep: 0 };
}

/** Index of the clause of s holding pos (the clauses tile the sentence in order). */
export function clauseIndexAt(s: Sentence, pos: number): number {
  let lo = 0;
  let hi = s.clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.clauses[mid].start <= pos) { lo = mid; } else { hi = mid - 1; }
  }
  return lo;
}

/** The first clause separator in [p, end), or end. */
export function clauseEndAfter(t: string, p: number, end: number): number {
  for (let i = p; i < end; i++) { if ((CLS[t.charCodeAt(i)] & CLAUSE_SEP) !== 0) { return i; } }
  return end;
}

/** A separator code that ends a goal: ；or ;. */
export const isSemicolon = (sep: number): boolean => (CLS[sep] & SEMICOLON) !== 0;
/** ，or ,. */
export const isComma = (sep: number): boolean => sep === Ch.FullwidthComma || sep === Ch.Comma;

export function trimEnd(t: string, from: number, to: number): number {
  while (to > from && (CLS[t.charCodeAt(to - 1)] & TRIMMED) !== 0) { to--; }
  return to;
}

export function trimStart(t: string, from: number, to: number): number {
  while (from < to && (CLS[t.charCodeAt(from)] & TRIMMED) !== 0) { from++; }
  return from;
}

/** [from, to) without blanks and edge punctuation at either end. */
export function trim(t: string, from: number, to: number): [number, number] {
  while (from < to && (CLS[t.charCodeAt(from)] & TRIMMED) !== 0) { from++; }
  while (to > from && (CLS[t.charCodeAt(to - 1)] & TRIMMED) !== 0) { to--; }
  return [from, to];
}
