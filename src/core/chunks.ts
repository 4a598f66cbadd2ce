// Where the analysis cuts a text into steps (docs/architecture.md, rule 2: the host never stalls).
// A step reads one chunk; a chunk ends where no recognizer reads across, in this order of choice:
//   1. after a line break (\n, \r\n, or a lone \r, which every recognizer takes as a line end):
//      numbers, dates and terms never run across one, and the outline reads whole lines;
//   2. right after a sentence end (。！？!?) or a semicolon (；;): no number, date or term runs
//      across one (a target may: the target pass joins chunks, src/core/targetCuts.ts);
//   3. only where a line has neither within 4 × the chunk size (100,000 digits, a run of 一, text
//      without punctuation): a position near the size limit, never inside a surrogate pair.
// A recognizer may still look a few characters back across a line break or a sentence end (是 …
// 近1.1倍 reads its 是 up to 12 characters back), so every cut must also pass the caller's `quiet`
// test (the analysis checks that dates, numbers and terms come out the same read whole or cut
// there); a candidate that fails it gives way to the next.
//   4. where no position passes (a chunk far smaller than a number): the size limit. This is the
//      only cut that nothing checks; the analysis reports it (CutLog.forced).
// Each search is bounded (half a chunk back, three chunks forward, a few dozen positions for 3)
// and remembers where it found nothing, so the cuts of a text take time linear in its length.
import { Ch, charTable } from './text';

/** Characters per chunk, about: a chunk ends at the last cut within half a chunk before this size. */
export const CHUNK_SIZE = 8192;

/** The shortest first chunk (firstChunkSize). */
const FIRST_CHUNK_FLOOR = 512;

/**
 * The size of a text's first chunk when the chunk size is `size`: an eighth of it, not under
 * FIRST_CHUNK_FLOOR characters (nor over `size`). The analysis learns the text's density from its
 * first chunk and sizes the next by it; a full first chunk of dense text (a number every three
 * characters) would be the longest step of the analysis. Far below a paragraph, a chunk would
 * find few quiet cuts (rule 4), so small chunk sizes (tests) keep a full first chunk.
 */
export function firstChunkSize(size: number): number {
  return Math.min(size, Math.max(FIRST_CHUNK_FLOOR, Math.floor(size / 8)));
}

/** How a chunk ends: at a line break, a sentence end, a quiet position (rule 3), the size limit (rule 4), or the end of the text. */
export type CutKind = 'line' | 'sentence' | 'quiet' | 'forced' | 'end';

/** Characters after which a sentence (or a clause that closes like one) has ended. */
const SENTENCE_END = charTable('。！？!?；;');
/** Positions rule 3 tries each side of the size limit before rule 4 takes the limit itself. */
const QUIET_TRIES = 48;
/** How far before the last sentence end of the window a line break is still preferred to it. */
const LINE_REACH = 1024;
/** Calls of the quiet test one chunk end may take, whatever the text (dense semicolons, say). */
const QUIET_BUDGET = 4 * QUIET_TRIES;

const always = (): boolean => true;

/**
 * The cuts of one text, found chunk by chunk as the analysis reaches them. `quiet(p, from)` may
 * refuse a cut at p in the chunk that starts at `from` (the analysis checks that no recognizer
 * reads across it there).
 */
export class Chunker {
  /** How the chunk returned last ends. */
  kind: CutKind = 'end';
  /** Below this offset a forward search found no sentence end or line break that passed: none is looked for there again. */
  private bare = 0;
  /** Quiet tests left for the chunk end being sought. */
  private budget = 0;
  /** Where the chunk being ended starts: the quiet test reads no further back. */
  private from = 0;
  constructor(
    private readonly text: string,
    /** Characters per chunk, about; the caller may change it between chunks. */
    public size: number = CHUNK_SIZE,
    private readonly quiet: (p: number, from: number) => boolean = always,
  ) {}

  /** The end of the chunk that starts at `pos` (its kind in `kind`). */
  next(pos: number): number {
    const n = this.text.length;
    const size = this.size;
    if (n - pos <= size) { this.kind = 'end'; return n; }
    const limit = pos + size;
    const hi = Math.min(n, pos + 4 * size);
    this.budget = QUIET_BUDGET;
    this.from = pos;
    if (this.bare < limit) {
      const back = this.lookBack(pos + Math.max(1, size >> 1), limit);
      if (back > 0) { return back; }
      const ahead = this.lookAhead(limit, hi);
      if (ahead > 0) { return ahead; }
    }
    return this.forced(pos, limit, hi);
  }

  /** The last quiet line-break cut in (lo, hi], else the last quiet sentence end there; 0: none. */
  private lookBack(lo: number, hi: number): number {
    const t = this.text;
    // One read per character, never past the window (an indexOf for \r would read the whole text);
    // a line break is looked for up to LINE_REACH characters before the last sentence end.
    let sentence = 0; // the last sentence end read on the way
    let stop = lo;
    for (let p = hi; p > stop; p--) {
      const c = t.charCodeAt(p - 1);
      if ((c === Ch.LineFeed || (c === Ch.CarriageReturn && t.charCodeAt(p) !== Ch.LineFeed)) && this.check(p)) { this.kind = 'line'; return p; }
      if (sentence === 0 && SENTENCE_END[c] === 1) { sentence = p; stop = Math.max(lo, p - LINE_REACH); }
    }
    for (let p = sentence; p > lo; p--) {
      if (SENTENCE_END[t.charCodeAt(p - 1)] === 1 && this.check(p)) { this.kind = 'sentence'; return p; }
    }
    return 0;
  }

  /** The first quiet line break or sentence end in (lo, hi]; 0: none (and none is looked for there again). */
  private lookAhead(lo: number, hi: number): number {
    const t = this.text;
    for (let p = lo + 1; p <= hi; p++) {
      const c = t.charCodeAt(p - 1);
      const line = c === Ch.LineFeed || (c === Ch.CarriageReturn && t.charCodeAt(p) !== Ch.LineFeed);
      if ((line || SENTENCE_END[c] === 1) && this.check(p)) { this.kind = line ? 'line' : 'sentence'; return p; }
    }
    this.bare = hi;
    return 0;
  }

  /** The caller's quiet test, within the budget of this chunk end. */
  private check(p: number): boolean {
    return this.budget-- > 0 && this.quiet(p, this.from);
  }

  /** Rules 3 and 4: a quiet position near the size limit (before it first), else the limit; never inside a surrogate pair. */
  private forced(pos: number, limit: number, hi: number): number {
    const t = this.text;
    this.kind = 'quiet';
    for (let p = limit; p > pos && p > limit - QUIET_TRIES; p--) {
      if (!splitsPair(t, p) && this.check(p)) { return p; }
    }
    for (let p = limit + 1; p <= hi && p <= limit + QUIET_TRIES; p++) {
      if (!splitsPair(t, p) && this.check(p)) { return p; }
    }
    this.kind = 'forced';
    return splitsPair(t, limit) ? limit + 1 : limit;
  }
}


function splitsPair(t: string, p: number): boolean {
  const c = t.charCodeAt(p - 1);
  return c >= Ch.HighSurrogateFirst && c <= Ch.HighSurrogateLast;
}
