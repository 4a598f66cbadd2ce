// The lines being decided or looked at: a ring of reused line records. A line is described when
// it arrives and decided once LOOKAHEAD lines follow it (or at the end of the text), so a
// decision may look at the next LOOKAHEAD non-blank lines (docs/architecture.md).
import { LOOKAHEAD } from './limits';
import { newLine, type Line } from './types';

/** Records in the ring: more than LOOKAHEAD + 1, a power of 2. */
const RING = 8;

/** What a decision may read of the lines after the current one. */
export interface Lookahead {
  /** The k-th non-blank line after the current one (k ≥ 1, at most LOOKAHEAD), or null at the end. */
  peek(k: number): Line | null;
}

export class LineRing implements Lookahead {
  private readonly records: Line[] = [];
  /** The current line is records[head]; `count` lines from it on are described and not yet decided. */
  private head = 0;
  count = 0;

  constructor() {
    for (let i = 0; i < RING; i++) { this.records.push(newLine()); }
  }

  /** The free record after the described lines, for the next line to be described into. */
  next(): Line {
    return this.records[(this.head + this.count) & (RING - 1)];
  }

  /** The record `next` gave holds a line now; true when the current line can be decided. */
  add(): boolean {
    return ++this.count > LOOKAHEAD;
  }

  /** The line to decide. */
  current(): Line {
    return this.records[this.head];
  }

  /** The current line is decided: its record is let go and will be reused. */
  shift(): void {
    const line = this.records[this.head];
    line.label = null; // let go of what it pointed to
    line.marker = null;
    line.scan = null;
    this.head = (this.head + 1) & (RING - 1);
    this.count--;
  }

  peek(k: number): Line | null {
    return k < this.count ? this.records[(this.head + k) & (RING - 1)] : null;
  }
}
