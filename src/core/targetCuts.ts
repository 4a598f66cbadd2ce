// Where the target pass of the analysis (src/core/analyze.ts) may end a step. The target
// recognizer reads a line at a time and carries two things across (docs/annotation.md §7
// "Targets"): a paragraph's deadline from sentence to sentence within its line, and a list
// header's deadline (a line ending in a colon) to the bullet lines under it. A step starts with
// neither, so the pass joins the chunks of pass 1 until a cut where neither can be live:
//   - after a line feed, unless a bullet line may follow a header still in force, or the line
//     only wraps its paragraph (hard-wrapped text, src/core/layout.ts: the targets read on);
//   - after a sentence end (。！？!?) inside a line, only when no target starts and no colon stands
//     between it and the last such cut: a paragraph's deadline is only ever handed on by a
//     sentence that gives a target or ends a header; nor does an article (第N条) open there.
// A step that reaches MAX_GROUP chunks is cut all the same, so no step runs long; such a cut,
// where the above cannot tell, is reported (CutLog.targets): the targets around it may differ
// from those of the whole text.
import { breakEndingAt, Ch, charTable, isColon, isInlineSpace, isLineBreak } from './text';
import { continuationAfter } from './layout';
import { mayOpenBullet } from './targets/lists';
import type { CutKind } from './chunks';
import type { TargetAnnotation } from './types';

/** Chunks a target step may span before it is cut where the rules above cannot tell. */
const MAX_GROUP = 4;
/** Lines, and characters, looked back over for the header a bullet line may belong to. */
const MAX_LOOK_BACK_LINES = 64;
const MAX_LOOK_BACK_CHARS = 4096;
const DI = 0x7b2c; // 第, as a 第N条 article opens
/** What ends a sentence for the target recognizer (a semicolon only ends a clause). */
const SENTENCE_END = charTable('。！？!?');

export class TargetCuts {
  /** The last cut where no deadline was live: the target pass there is that of the whole text. */
  private lastClean = 0;
  /** Where the last target found starts. */
  private lastTarget = -1;
  /** The last colon before `read`: each character is read for it once, so the pass stays linear. */
  private lastColon = -1;
  private read = 0;
  /** The boundary mayCut last found clean after a line (passed need not look again). */
  private cleanLine = -1;

  constructor(
    private readonly text: string,
    /** The profile's wrap width of hard-wrapped text (0: none). */
    private readonly wrapWidth = 0,
  ) {}

  /** Whether a target step of `chunks` chunks may end at the chunk boundary `to` of kind `kind`. */
  mayCut(chunks: number, to: number, kind: CutKind): boolean {
    if (chunks >= MAX_GROUP) { return true; }
    if (kind === 'line' && this.lineClean(to)) { this.cleanLine = to; return true; }
    return false;
  }

  /**
   * Records the step [from, to) and the targets it found; false when the cut at `to` is one of
   * those the rules above cannot tell (a deadline may have been live there).
   */
  passed(to: number, found: readonly TargetAnnotation[]): boolean {
    const t = this.text;
    if (found.length > 0) { this.lastTarget = found[found.length - 1].start; }
    const end = t.charCodeAt(to - 1);
    let clean = to === this.cleanLine || this.lineClean(to);
    if (!clean && SENTENCE_END[end] === 1 && t.charCodeAt(skipBlanks(t, to)) !== DI) {
      // Inside a line: clean when no target starts and no colon stands since the last clean cut
      // (what lies before the last clean cut, or was read at an earlier cut, is not read again).
      for (let i = Math.max(this.read, this.lastClean); i < to; i++) {
        if (isColon(t.charCodeAt(i))) { this.lastColon = i; }
      }
      this.read = to;
      clean = this.lastTarget < this.lastClean && this.lastColon < this.lastClean;
    }
    if (clean) { this.lastClean = to; }
    return clean;
  }

  /** After the line break before `to` (\n, \r\n or a lone \r), no header's deadline may be live and the line does not wrap on. */
  private lineClean(to: number): boolean {
    return breakEndingAt(this.text, to) > 0 && this.noHeaderLive(to) && !this.wraps(to);
  }

  /** The line break before `to` only wraps a paragraph of hard-wrapped text (a line too long to tell counts as one). */
  private wraps(to: number): boolean {
    if (this.wrapWidth <= 0) { return false; }
    const t = this.text;
    const end = to >= 2 && t.charCodeAt(to - 2) === Ch.CarriageReturn ? to - 2 : to - 1;
    let start = end;
    const floor = end - MAX_LOOK_BACK_CHARS;
    while (start > 0 && t.charCodeAt(start - 1) !== Ch.LineFeed && t.charCodeAt(start - 1) !== Ch.CarriageReturn) {
      if (--start <= floor) { return true; }
    }
    return continuationAfter(t, start, end, this.wrapWidth) >= 0;
  }

  /**
   * After the line feed before `to`: the next line is no bullet, or the lines before it hold no
   * header whose deadline bullets take (a colon at a line end, with only bullet or blank lines after it).
   */
  private noHeaderLive(to: number): boolean {
    const t = this.text;
    const next = skipBlanks(t, to);
    if (next >= t.length || !mayOpenBullet(t.charCodeAt(next))) { return true; }
    let end = to - breakEndingAt(t, to); // where the line before ends, its line break not counted
    const floor = to - MAX_LOOK_BACK_CHARS;
    for (let lines = 0; lines < MAX_LOOK_BACK_LINES && end >= 0; lines++) {
      let start = end;
      while (start > 0 && start > floor && !isLineBreak(t.charCodeAt(start - 1))) { start--; }
      // Too far back to tell: the header may be live (the pass joins the chunks, or logs the cut).
      if (start > 0 && start <= floor) { return false; }
      if (endsWithColon(t, start, end)) { return false; }
      const head = skipBlanks(t, start);
      if (head < end && !mayOpenBullet(t.charCodeAt(head))) { return true; }
      if (start === 0) { return true; }
      end = start - breakEndingAt(t, start);
    }
    return false;
  }
}

/** The first position at or after `i` that is no blank, line break or edge punctuation (as the target pass trims a line). */
function skipBlanks(t: string, i: number): number {
  while (i < t.length && isTrimmed(t.charCodeAt(i))) { i++; }
  return i;
}

/** Any colon among the blanks and edge punctuation that end the line [start, end). */
function endsWithColon(t: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start && isTrimmed(t.charCodeAt(i)); i--) {
    if (isColon(t.charCodeAt(i))) { return true; }
  }
  return false;
}

function isTrimmed(c: number): boolean {
  return isInlineSpace(c) || c === Ch.CarriageReturn || c === Ch.LineFeed || c === Ch.FullwidthComma || c === Ch.Comma
    || c === Ch.IdeographicComma || isColon(c);
}
