// The document outline (docs/annotation.md §4 and §7 "Structure"): articles, sections, questions,
// answers, points and speakers, built line by line so the analysis can run in slices.
//
// Lines are read once and described on arrival (features.ts, by the patterns of patterns.ts), then
// decided in order (decide.ts) with a bounded lookahead of LOOKAHEAD non-blank lines (ring.ts);
// the tree grows on a stack of open nodes (tree.ts). A node ends at the last content before the
// next node of its rank or higher. See docs/architecture.md.
import { EMPTY_PROFILE, type DocumentProfile } from '../profile';
import { CharSearch, Ch, isInlineSpace } from '../text';
import type { OutlineNode } from '../types';
import { Decisions } from './decide';
import { LineDescriber } from './features';
import { FINISH_STEP, LOOKAHEAD } from './limits';
import { PointScan } from './pointScan';
import { LineRing } from './ring';
import { runSteps } from '../steps';
import { OutlineTree } from './tree';

export interface OutlineOptions {
  markdown?: boolean;
  /** The document profile (src/core/profile.ts), computed once per analysis. */
  profile?: DocumentProfile;
}

/** Builds the outline incrementally so the analysis can run in slices. */
export class OutlineBuilder {
  private readonly text: string;
  private readonly describer: LineDescriber;
  private readonly ring = new LineRing();
  private readonly tree = new OutlineTree();
  private readonly decisions: Decisions;

  // line reading
  private lineStart = 0;
  private searchPos = 0;
  private readonly lf: CharSearch;
  private readonly cr: CharSearch;
  private lineNo = 0;
  private eof = false;
  /** The line being read, when a chunk ended inside it: its points scanned as it arrives (pointScan.ts). */
  private scan: PointScan | null = null;
  /** How far the blanks that open the line being read have been skipped. */
  private blanksTo = 0;
  private result: OutlineNode[] | null = null;

  constructor(text: string, options: OutlineOptions = {}) {
    this.text = text;
    this.lf = new CharSearch(text, '\n');
    this.cr = new CharSearch(text, '\r');
    const markdown = options.markdown === true;
    this.describer = new LineDescriber(text, markdown, options.profile ?? EMPTY_PROFILE);
    this.decisions = new Decisions(text, markdown, this.tree, this.ring);
  }

  /** Consume every line that ends before `until` (a line boundary or text.length). */
  feed(until: number): void {
    if (this.result) { return; }
    const stop = Math.min(Math.max(until, 0), this.text.length);
    this.readLines(stop);
    if (stop >= this.text.length) { this.readLast(); } else if (stop > this.lineStart) { this.scanOpenLine(stop); }
    this.drain();
  }

  finish(): OutlineNode[] {
    return runSteps(this.finishSteps());
  }

  /**
   * The end of the outline in steps (docs/architecture.md, the slice scheduler): the last lines,
   * the nodes closed, the turns decided. Yields the nodes handled in each step (at most about
   * FINISH_STEP); returns the outline.
   */
  *finishSteps(): Generator<number, OutlineNode[], void> {
    if (this.result) { return this.result; }
    this.readLines(this.text.length);
    this.readLast();
    this.drain();
    const roots = yield* this.tree.finishSteps(FINISH_STEP);
    this.result = yield* this.decisions.turns.finishSteps(roots, FINISH_STEP);
    return this.result;
  }

  /** Nodes handled beyond reading lines since the last call (children copied as nodes closed). */
  takeWork(): number {
    return this.tree.takeCopied();
  }

  private readLines(until: number): void {
    const t = this.text;
    for (;;) {
      // The next \n and \r, each found once and never searched far past what has arrived (text/charSearch.ts).
      const i = Math.min(this.lf.firstIn(this.searchPos, until), this.cr.firstIn(this.searchPos, until));
      if (i >= until) { break; }
      let next = i + 1;
      if (t.charCodeAt(i) === Ch.CarriageReturn && next < t.length && t.charCodeAt(next) === Ch.LineFeed) { next++; }
      this.addLine(this.lineStart, i);
      this.lineStart = next;
      this.searchPos = next;
    }
    this.searchPos = Math.max(until, this.searchPos);
  }

  /**
   * The chunk ended inside a line, which has arrived up to `until`: its points are scanned now, as
   * far as is safe, so the step that ends the line does not scan all of it (pointScan.ts).
   */
  private scanOpenLine(until: number): void {
    if (this.scan === null) {
      const t = this.text;
      let p = Math.max(this.blanksTo, this.lineStart);
      while (p < until && isInlineSpace(t.charCodeAt(p))) { p++; }
      this.blanksTo = p;
      if (p >= until) { return; }
      this.scan = new PointScan(p);
    }
    this.scan.advance(this.text, until);
  }

  private readLast(): void {
    if (this.eof) { return; }
    this.eof = true;
    if (this.lineStart < this.text.length) { this.addLine(this.lineStart, this.text.length); }
    this.lineStart = this.text.length;
    this.searchPos = this.text.length;
  }

  /**
   * Describes a line into the first free record of the ring; a line is decided as soon as LOOKAHEAD
   * lines follow it (describing is context-free, so when does not matter), and its record is reused.
   */
  private addLine(start: number, end: number): void {
    const n = this.lineNo++;
    const line = this.ring.next();
    const scan = this.scan;
    this.scan = null;
    if (!this.describer.describe(line, n, start, end)) { return; }
    line.scan = scan !== null && scan.ts === line.ts ? scan : null;
    if (this.ring.add()) { this.decideHead(); }
  }

  private drain(): void {
    while (this.ring.count > 0 && (this.eof || this.ring.count > LOOKAHEAD)) { this.decideHead(); }
  }

  private decideHead(): void {
    this.decisions.process(this.ring.current());
    this.ring.shift();
  }
}

/** The whole outline in one call. */
export function buildOutline(text: string, options: OutlineOptions = {}): OutlineNode[] {
  const b = new OutlineBuilder(text, options);
  b.feed(text.length);
  return b.finish();
}
