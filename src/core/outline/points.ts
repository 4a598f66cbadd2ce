// Points inside a paragraph (docs/annotation.md §4 "point", §7 "Structure": points may start
// mid-paragraph, several on one line): the list markers that continue a list — 1 after a colon
// or followed by 2, n after n-1 in the paragraph or in the open points.
import { isColon } from '../text';
import { CHAR_CLASS, POINT_START } from './chars';
import { FAMILY_BIT, familyCounters } from './families';
import { referenceList } from '../lists';
import { nextPointStart, pointAt } from './pointAt';
import { NOT_YET, type PointScan } from './pointScan';
import type { OutlineTree } from './tree';
import { NO_MARKERS, type Family, type Line, type Marker } from './types';

/** Finds the points of a paragraph; its scratch arrays are reused from paragraph to paragraph. */
export class PointFinder {
  // the candidates of one paragraph in order (each starts where it was read)
  private readonly cands: Marker[] = referenceList();
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
    const cands = this.cands;
    if (cands.length > 0) { cands.length = 0; } // (setting length is a runtime call)
    // A line far longer than a chunk was scanned as it arrived (pointScan.ts): this scan runs only
    // until it meets that one, takes what it found, and goes on from where it stopped.
    let scan: PointScan | null = line.scan !== null && from < line.scan.head ? line.scan : null;
    let i = from;
    if ((CHAR_CLASS[t.charCodeAt(from)] & POINT_START) !== 0) {
      const m = pointAt(t, line.ts, te, from, from);
      if (m) { cands.push(m); i = m.end - 1; }
    }
    for (;;) {
      // With that scan still to meet, this one looks no further than where they may meet.
      let limit = te;
      if (scan !== null) {
        if (i < scan.head) {
          limit = Math.min(te, scan.head + 1);
        } else {
          const k = scan.meet(i);
          if (k >= 0) {
            for (let j = k; j < scan.cands.length; j++) { cands.push(scan.cands[j]); }
            i = scan.state;
            scan = null;
          } else if (k === NOT_YET) {
            limit = Math.min(te, scan.state + 1);
          } else {
            scan = null; // it will not meet that scan (markers overlapping without end): it scans on alone
          }
        }
      }
      const j = nextPointStart(t, i, limit);
      if (j >= limit) {
        if (limit >= te) { break; }
        i = limit - 1; // no candidate up to the limit: the same as having looked at it
        continue;
      }
      i = j;
      const m = pointAt(t, line.ts, te, from, i);
      if (m) {
        cands.push(m);
        i = m.end - 1;
      }
    }
    return cands.length === 0 ? NO_MARKERS : this.accept(cands, from, lead);
  }

  /**
   * The candidates (of a paragraph scanned from `from`) that continue a list: 1 after a colon
   * (within the paragraph) or followed by 2, n after n-1.
   */
  private accept(cands: readonly Marker[], from: number, lead: Marker | null): readonly Marker[] {
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
        const afterColon = m.start > from && isColon(this.text.charCodeAt(m.start - 1));
        ok = (afterColon && m.family !== 'arabic') || (twoAfter[j] & bit) !== 0;
      } else {
        ok = prevOrd === m.ord - 1;
      }
      if (ok) { accepted.push(m); seen |= bit; lastOrd[m.family] = m.ord; }
    }
    return accepted;
  }
}
