// Goal lists (docs/annotation.md §7 "Targets"): after a lead-in (主要预期目标是：A；B；C) one target per
// item, each with the list's deadline unless it names its own; and the bullet lines under a goal
// header ending in a colon (到2027年，实现以下目标：).
import { codeIn, isColon, WordList } from '../text';
import { BULLET_WORDS, MAX_LIST_LENGTH, MAX_TARGET_LENGTH, PAST_LOOKBACK } from './clauseWords';
import { CLS, SENTENCE_END } from './classes';
import { beforeDocument, dateAt, deadlineAt, deadlineIn, lastDeadlineIn } from './deadlines';
import { goalRanges } from './goalEnd';
import { DEADLINE_INTRODUCERS } from './deadlineWords';
import { emit } from './emit';
import { isLeadClause } from './leads';
import type { MarkerHit } from './markers';
import { LIST_COPULAS, LIST_MODALS, MIN_LIST_SEMICOLONS, type TargetMarker } from './markerWords';
import { isPast } from './past';
import { statesRule } from './rules';
import type { TargetScan } from './scan';
import type { Scope, Taken } from './scopes';
import { clauseIndexAt, isSemicolon, trim, trimStart, type Sentence } from './sentences';
import { leadingStrength } from './strength';
import { valueIn } from './values';

const BULLETS = new WordList(BULLET_WORDS);
/** A deadline that is a year (2024), as deadlineOf writes it. */
const YEAR_DEADLINE_LENGTH = 4;

/**
 * Where the items of the list a list marker opens begin (after its colon), or -1: no colon and
 * no semicolons between items, so not a list.
 */
function itemsStart(scan: TargetScan, s: Sentence, hit: MarkerHit): number {
  const t = scan.text;
  let p = hit.end;
  if (isColon(t.charCodeAt(p - 1))) { return p; }
  if (codeIn(LIST_COPULAS, t.charCodeAt(p))) { p++; }
  if (isColon(t.charCodeAt(p))) { return p + 1; }
  // Without a colon it is a list only when semicolons separate its items.
  for (let k = clauseIndexAt(s, p); k < s.clauses.length && s.clauses[k].start < p + MAX_TARGET_LENGTH; k++) {
    if (s.clauses[k].start > p && isSemicolon(s.clauses[k].sep)) { return p; }
  }
  return -1;
}

/**
 * Goal list: 主要预期目标是：A；B；C — one target per item, the header's deadline for all.
 * 'lead': the list opens with a 到…年 lead, which the 到 marker takes; 'none': not a list.
 */
export function readList(scan: TargetScan, s: Sentence, hit: MarkerHit, scope: Scope | null, emitted: Taken[]): 'list' | 'lead' | 'none' {
  const t = scan.text;
  const p = itemsStart(scan, s, hit);
  if (p < 0) { return 'none'; }
  // 主要目标：到2025年，… is a header over a 到…年 lead, which the 到 marker takes.
  const [ls] = trim(t, p, s.end);
  const leadHit = codeIn(DEADLINE_INTRODUCERS, t.charCodeAt(ls)) ? deadlineAt(scan, ls + 1, s.start, s.end) : undefined;
  if (leadHit && isLeadClause(s.clauses[clauseIndexAt(s, ls)], leadHit)) { return 'lead'; }
  const back = Math.max(s.start, hit.pos - PAST_LOOKBACK);
  if (isPast(t, back, p)) { return 'none'; }
  const header = hit.date ?? lastDeadlineIn(scan, back, hit.pos) ?? deadlineIn(scan, hit.pos, p) ?? (scope ? scope.deadline : undefined);
  // The goals of a year already past are a report.
  if (beforeDocument(scan, header)) { return 'list'; }
  // The first span includes the list's lead (docs/annotation.md §7): from the head of the marker's clause.
  let lead = trimStart(t, s.clauses[clauseIndexAt(s, hit.pos)].start, hit.pos);
  // A list is a few hundred characters; a line without a full stop must not make it endless.
  const items = s.clauses.filter(c => c.end > p && c.start < p + MAX_LIST_LENGTH);
  const bySemicolon = items.some(c => isSemicolon(c.sep));
  let start = -1;
  for (const c of items) {
    const cs = Math.max(c.start, p);
    if (start < 0) { start = cs; }
    if (bySemicolon && !isSemicolon(c.sep) && c !== items[items.length - 1]) { continue; }
    const [is, ie] = trim(t, start, Math.min(c.end, start + MAX_TARGET_LENGTH));
    start = -1;
    if (ie <= is) { continue; }
    // One target per goal clause: an item naming several indicators (城镇新增就业…，城镇调查失业率…) gives several.
    for (const [rs, re] of goalRanges(scan, s, is, ie)) {
      const [gs, ge] = trim(t, rs, re);
      const own = deadlineIn(scan, gs, ge);
      const value = valueIn(scan, gs, ge);
      const from = lead >= 0 ? lead : gs;
      lead = -1;
      // Without the list's deadline an item needs a quantity or a deadline of its own (§3).
      if (ge <= gs || (!header && !own && !value)) { continue; }
      emitted.push(emit(scan, from, ge, leadingStrength(t, gs, ge) ?? hit.marker.strength, own ?? header, value, gs, gs));
    }
  }
  return 'list';
}

/** The marker a year and a modal opening a list of goals stand for (今年要…；A；B). */
export const TIME_LIST: TargetMarker = { word: '', strength: 'target', list: true };
const MODALS = new WordList(LIST_MODALS);

/**
 * 今年要…；城镇新增就业…；居民消费价格…: a sentence opening with a year and a modal, its items set
 * off by semicolons, lists the year's goals (docs/annotation.md §7). The year must lie ahead of the
 * document's date, which must be known.
 */
export function timeListHit(scan: TargetScan, s: Sentence): MarkerHit | undefined {
  if (scan.documentDate === null) { return undefined; }
  const t = scan.text;
  const head = trimStart(t, s.start, s.end);
  const d = dateAt(scan, head, s.end);
  if (!d || d.start !== head || d.text.length !== YEAR_DEADLINE_LENGTH || beforeDocument(scan, d)) { return undefined; }
  const modal = MODALS.at(t, d.end, s.end);
  if (modal === null) { return undefined; }
  let semicolons = 0;
  for (const c of s.clauses) { if (isSemicolon(c.sep)) { semicolons++; } }
  return semicolons >= MIN_LIST_SEMICOLONS ? { pos: head, end: d.end + modal.length, marker: TIME_LIST, date: { ...d, strong: true } } : undefined;
}

/** The bullet opening a line at cs (ending by `limit`), or null. */
export function bulletAt(t: string, cs: number, limit: number): string | null {
  return BULLETS.at(t, cs, limit);
}

/** A line may open with a bullet: the cheap test before bulletAt. */
export function mayOpenBullet(c: number): boolean {
  return BULLETS.startsWith(c);
}

/** One bullet under a goal header is one goal, with or without a quantity. */
export function bulletItem(scan: TargetScan, from: number, to: number, scope: Scope): void {
  const t = scan.text;
  let end = to;
  for (let i = from; i < to; i++) { if ((CLS[t.charCodeAt(i)] & SENTENCE_END) !== 0) { end = i; break; } }
  const [is, ie] = trim(t, from, end);
  if (ie <= is || isPast(t, is, ie) || statesRule(t, is, ie)) { return; }
  const own = deadlineIn(scan, is, ie);
  if (beforeDocument(scan, own)) { return; }
  emit(scan, is, ie, leadingStrength(t, is, ie) ?? scope.strength, own ?? scope.deadline, valueIn(scan, is, ie), is, is);
}
