// The point scan of a line still arriving (docs/architecture.md, "Steps"). Text without line
// breaks (what PDF extraction and some web pages give) is one line of megabytes; scanned for its
// points only when it ends, it would cost the one step that ends it a pass over all of it. So the
// builder hands a line that a chunk ends inside of to a PointScan, which scans each new part as it
// arrives, and the point finder (points.ts), when the line is decided, takes what it found.
//
// The scan is find's own (pointAt.ts), begun a little way into the line (at `head`, past where a
// paragraph's own marker or label ends, which is where find starts): its state is the position
// looked at last, and where a candidate may start depends on that unit and the next alone. So
// find, scanning from its own start, is the same scan as this one from the moment it reaches a
// state in a stretch this scan passed over without a candidate (meet), and takes this scan's
// candidates from there. Each part is scanned only up to POINT_REACH short of the line's last
// non-blank unit so far: the line's end (te) lies beyond, and pointAt reads no further.
import { isInlineSpace } from '../text';
import { referenceList } from '../lists';
import { HEAD } from './limits';
import { nextPointStart, pointAt, POINT_REACH } from './pointAt';
import type { Marker } from './types';

/** meet: find's scan is inside a marker this scan read; it must look at its next candidate first. */
export const NOT_YET = -1;
/** meet: find's scan is past the stretches recorded; it scans on alone. */
export const NOT_MET = -2;

/** How many of its first stretches a scan records for find to meet it in (find meets it in the first one or two). */
const STRETCHES = 16;

export class PointScan {
  /** The scan's first state: positions after it are scanned (the line's first unit + HEAD). */
  readonly head: number;
  /** The candidates found so far, in order. */
  readonly cands: Marker[] = referenceList();
  /** The position looked at last: every candidate up to it is in `cands`. */
  state: number;
  // Stretch k: from state from[k] the next candidate looked at is at[k], with before[k] candidates found before it.
  private readonly from: number[] = [];
  private readonly at: number[] = [];
  private readonly before: number[] = [];
  /** Where the stretch being scanned began (the state after the last candidate looked at). */
  private open: number;
  /** 1 + the line's last non-blank unit so far: the line's end (te) is at least this. */
  private solid: number;
  /** How much of the line has arrived. */
  private known: number;

  /** The scan of the line whose first non-blank unit is at `ts`. */
  constructor(readonly ts: number) {
    this.head = ts + HEAD;
    this.state = this.head;
    this.open = this.head;
    this.solid = ts + 1;
    this.known = ts;
  }

  /** The line has arrived up to `until` (it runs on past it): scans what is safe to scan of it. */
  advance(t: string, until: number): void {
    let k = until;
    while (k > this.known && isInlineSpace(t.charCodeAt(k - 1))) { k--; }
    if (k > this.known) { this.solid = k; }
    this.known = until;
    const to = this.solid - POINT_REACH;
    let i = this.state;
    while (i + 1 < to) {
      const j = nextPointStart(t, i, to);
      if (j >= to) { i = to - 1; break; } // nothing up to `to`: the stretch goes on
      if (this.from.length < STRETCHES) { this.from.push(this.open); this.at.push(j); this.before.push(this.cands.length); }
      const m = pointAt(t, this.ts, this.solid, -1, j);
      if (m) {
        this.cands.push(m);
        i = m.end - 1;
      } else {
        i = j;
      }
      this.open = i;
    }
    this.state = i;
  }

  /**
   * For find's scan of the same line, in state `s` (≥ head): the index of the first candidate of
   * this scan that find would come to next (find takes cands from there and goes on from `state`);
   * NOT_YET when s is inside a marker this scan read; NOT_MET past the stretches recorded.
   */
  meet(s: number): number {
    if (s >= this.open) { return s <= this.state ? this.cands.length : NOT_MET; }
    for (let k = 0; k < this.from.length; k++) {
      if (s < this.from[k]) { return NOT_YET; }
      if (s < this.at[k]) { return this.before[k]; }
    }
    return NOT_MET;
  }
}
