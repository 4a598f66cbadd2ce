// Points inside a paragraph (docs/annotation.md §4 "point", §7 "Structure": points may start
// mid-paragraph, several on one line): the list markers that continue a list — 1 after a colon
// or followed by 2, n after n-1 in the paragraph or in the open points.
import { Ch, cnSmallValue, digitValue } from '../text';
import {
  CHAR_CLASS, CHAR_MARK, CN_NUMERAL, DATE_UNIT_AFTER, Han, has, POINT_SCAN, POINT_START, PREV_LIST_OK, PREV_POINT_OK, SCAN_CIRCLED,
  SCAN_PREV_OK,
} from './chars';
import { FAMILY_BIT, familyCounters } from './families';
import { referenceList } from './lists';
import { parenNumber } from './markers';
import type { OutlineTree } from './tree';
import { NO_MARKERS, type Family, type Line, type Marker } from './types';

/** Finds the points of a paragraph; its scratch arrays are reused from paragraph to paragraph. */
export class PointFinder {
  // the candidates of one paragraph in order, and whether a colon precedes each
  private readonly cands: Marker[] = referenceList();
  private readonly candColon: boolean[] = referenceList();
  // acceptPoints' scratch (its answer is read before the next paragraph is scanned)
  private readonly twoAfter: number[] = [];
  private readonly accepted: Marker[] = referenceList();
  private readonly lastOrd: Record<Family, number> = familyCounters();

  constructor(private readonly text: string, private readonly tree: OutlineTree) {}

  /**
   * The list markers inside [from, te) that continue a list: 1 after a colon or followed by 2,
   * n after n-1 (in this paragraph, after `lead` — the paragraph's own marker — or in the open points).
   * The answer is valid until the next call.
   */
  find(line: Line, from: number, lead: Marker | null): readonly Marker[] {
    const te = line.te;
    if (from >= te) { return NO_MARKERS; }
    const t = this.text;
    if (this.cands.length > 0) { this.cands.length = 0; this.candColon.length = 0; } // (setting length is a runtime call)
    let i = from;
    if ((CHAR_CLASS[t.charCodeAt(from)] & POINT_START) !== 0) {
      const m = pointAt(t, line, from, from);
      if (m) { this.take(m, from, from); i = m.end - 1; }
    }
    for (;;) {
      i = nextPointStart(t, i, te);
      if (i >= te) { break; }
      const m = pointAt(t, line, from, i);
      if (m) {
        this.take(m, i, from);
        i = m.end - 1;
      }
    }
    return this.cands.length === 0 ? NO_MARKERS : this.accept(this.cands, this.candColon, lead);
  }

  /** Records a candidate found at `i`. */
  private take(m: Marker, i: number, from: number): void {
    this.cands.push(m);
    const prev = i === from ? 0 : this.text.charCodeAt(i - 1);
    this.candColon.push(prev === Ch.FullwidthColon || prev === Ch.Colon);
  }

  /** The candidates that continue a list: 1 after a colon or followed by 2, n after n-1. */
  private accept(cands: readonly Marker[], prevColon: readonly boolean[], lead: Marker | null): readonly Marker[] {
    // the families that have a 2 after each candidate, so "a 1 followed by a 2" stays linear
    const twoAfter = this.twoAfter;
    let twos = 0;
    for (let j = cands.length - 1; j >= 0; j--) {
      twoAfter[j] = twos;
      if (cands[j].ord === 2) { twos |= FAMILY_BIT[cands[j].family]; }
    }
    const accepted = this.accepted;
    if (accepted.length > 0) { accepted.length = 0; }
    // the last accepted ordinal of each family (by bit), valid where `seen` has the family's bit
    const lastOrd = this.lastOrd;
    let seen = 0;
    if (lead) { seen = FAMILY_BIT[lead.family]; lastOrd[lead.family] = lead.ord; }
    for (let j = 0; j < cands.length; j++) {
      const m = cands[j];
      const bit = FAMILY_BIT[m.family];
      const prevOrd = (seen & bit) !== 0 ? lastOrd[m.family] : this.tree.openOrdinal(m.family);
      let ok = false;
      if (m.ord === 1) {
        ok = (prevColon[j] && m.family !== 'arabic') || (twoAfter[j] & bit) !== 0;
      } else {
        ok = prevOrd === m.ord - 1;
      }
      if (ok) { accepted.push(m); seen |= bit; lastOrd[m.family] = m.ord; }
    }
    return accepted;
  }
}

/** The list marker at `i` (a POINT_START unit) of a paragraph scanned from `from`, if it is one. */
function pointAt(t: string, line: Line, from: number, i: number): Marker | null {
  const c = t.charCodeAt(i);
  const prev = i > line.ts ? t.charCodeAt(i - 1) : Ch.Space;
  let m: Marker | null = null;
  if (c === Han.Di) { // 第N，
    if (i === from || has(PREV_POINT_OK, prev)) {
      let q = i + 1;
      while (q < line.te && q < i + 5 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
      const ord = cnSmallValue(t, i + 1, q);
      const w = q < line.te ? t.charCodeAt(q) : 0;
      if (ord > 0 && (w === Ch.FullwidthComma || w === Ch.Comma)) { m = { family: 'di', ord, start: i, end: q + 1 }; }
    }
  } else if (has(CN_NUMERAL, c) && c !== Han.Hundred && c !== Han.Liang) {
    if (i === from || has(PREV_POINT_OK, prev)) {
      let q = i;
      while (q < line.te && q < i + 3 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
      if (q < line.te && t.charCodeAt(q) === Han.Shi && !(q + 1 < line.te && t.charCodeAt(q + 1) === c)) {
        const ord = cnSmallValue(t, i, q);
        if (ord > 0) { m = { family: 'shi', ord, start: i, end: q + 1 }; }
      }
    }
  } else if (c === Ch.FullwidthOpenParen || c === Ch.OpenParen) {
    if (i === from || has(PREV_LIST_OK, prev)) { m = parenNumber(t, i, line.te); }
  } else if (c >= Ch.CircledOne && c <= Ch.CircledTwenty) {
    m = { family: 'circled', ord: c - Ch.CircledOne + 1, start: i, end: i + 1 };
  } else if (digitValue(c) >= 0 && (i === from || has(PREV_LIST_OK, prev)) && digitValue(prev) < 0) {
    let q = i;
    let v = 0;
    while (q < line.te && q < i + 3 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
    const w = q < line.te ? t.charCodeAt(q) : 0;
    const f = q + 1 < line.te ? t.charCodeAt(q + 1) : 0;
    if (v > 0 && (w === Ch.IdeographicComma || w === Ch.FullStop || w === Ch.FullwidthFullStop) && digitValue(f) < 0 && f !== 0
      && f !== Ch.Percent && f !== Ch.FullwidthPercent && (CHAR_MARK[f] & DATE_UNIT_AFTER) === 0) {
      m = { family: 'arabic', ord: v, start: i, end: q + 1 };
    }
  }
  return m;
}

/**
 * The first unit after `i` (before `to`) where a list marker may start: a POINT_START unit after
 * a PREV_POINT_OK one, or ①…⑳ anywhere; `to` when there is none. Every unit of every paragraph
 * passes here, so it is a small loop of its own that the engine optimizes early and never leaves.
 */
export function nextPointStart(t: string, i: number, to: number): number {
  // `want`: the SCAN bits that make the next unit a candidate (SCAN_START after a PREV_POINT_OK unit)
  let want = SCAN_CIRCLED | ((POINT_SCAN[t.charCodeAt(i)] & SCAN_PREV_OK) << 1);
  let j = i + 1;
  // two units per round: the engine does not unroll, and the loop test costs as much as the work
  for (; j + 1 < to; j += 2) {
    const k = POINT_SCAN[t.charCodeAt(j)];
    if ((k & want) !== 0) { return j; }
    const k2 = POINT_SCAN[t.charCodeAt(j + 1)];
    if ((k2 & (SCAN_CIRCLED | ((k & SCAN_PREV_OK) << 1))) !== 0) { return j + 1; }
    want = SCAN_CIRCLED | ((k2 & SCAN_PREV_OK) << 1);
  }
  if (j < to && (POINT_SCAN[t.charCodeAt(j)] & want) !== 0) { return j; }
  return to;
}
