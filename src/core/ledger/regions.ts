// The stretch of text each target's indicators are read from (docs/annotation.md §3,
// "Indicators"): from the start of the clause the target stands in, through the rest of its
// paragraph, at most REGION_AFTER characters. Regions are found one target at a time, in order,
// so the reading of a document with many targets goes in bounded steps (statements.ts).
import { lineEndAt } from '../text';
import { STOPS } from './chars';
import type { TargetAnnotation } from '../types';

export interface Region { start: number; end: number }

/** How far a target's region runs after it, at most (the rest of its paragraph), and before it (its clause). */
const REGION_AFTER = 2000;
const CLAUSE_BACK = 30;

/**
 * The targets' regions, in order and disjoint: each runs to the next one's start (what a paragraph
 * says between two targets belongs to the first), and a region shared with the target before it
 * (one sentence, two targets) is read once, by that one.
 */
export class TargetRegions {
  // The line break after the target last seen, or where the search for it stopped (at most
  // REGION_AFTER past a target: a text without line breaks is one line). Targets come in order,
  // so no stretch of the text is searched twice.
  private lineEnd = -1;
  /** The end of the region returned last, and the clause start of the next target. */
  private lastEnd = 0;
  private nextClause: number;
  private k = 0;

  constructor(private readonly text: string, private readonly targets: readonly TargetAnnotation[]) {
    this.nextClause = targets.length > 0 ? clauseStart(text, targets[0].start) : 0;
  }

  /** The region of the next target (the first call: targets[0]); called once per target. */
  next(): Region {
    const k = this.k++;
    const text = this.text;
    const t = this.targets[k];
    const cap = t.end + REGION_AFTER;
    // on a line break found before, the search ends where it starts
    if (this.lineEnd < t.end) { this.lineEnd = t.end; }
    if (this.lineEnd < cap) { this.lineEnd = lineEndAt(text, this.lineEnd, cap); }
    const start = Math.max(this.nextClause, this.lastEnd);
    let end = Math.min(this.lineEnd, cap);
    if (k + 1 < this.targets.length) {
      this.nextClause = clauseStart(text, this.targets[k + 1].start);
      end = Math.min(end, this.nextClause);
    }
    end = Math.max(end, start);
    this.lastEnd = end;
    return { start, end };
  }
}

/**
 * Where a target's region starts: at the start of the clause the target stands in (赤字率|拟按3%
 * 安排 names its subject before the marker). It runs through the rest of the paragraph, which states
 * the plan too (今年拟安排专项债券3.65万亿元…。中央预算内投资安排6100亿元。).
 */
function clauseStart(text: string, from: number): number {
  let start = from;
  while (start > 0 && start > from - CLAUSE_BACK && STOPS[text.charCodeAt(start - 1)] === 0) { start--; }
  return start;
}
