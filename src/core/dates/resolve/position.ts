// Where the resolver stands: the paragraph and the sentence of the date being resolved, tracked
// incrementally (dates arrive in order, so the whole pass stays linear; docs/architecture.md).
// A line ends at a line feed or at a carriage return (CRLF text, and old Mac files with CR alone).
import { CharSearch, charTable, isLineBreak } from '../../text';
import { SENTENCE_ENDS } from '../contextWords';
import { chapterHeadingAt } from './headings';

/** Punctuation that ends a sentence (a line break ends the paragraph too: found by CharSearch). */
const SENTENCE_END = charTable(SENTENCE_ENDS);

export class Position {
  /** Start of the paragraph and of the sentence at the last position advanced to. */
  paraStart = 0;
  sentenceStart = 0;
  private scanPos = 0;
  /** The line feeds and carriage returns ahead, each found once (text/charSearch.ts). */
  private readonly lf: CharSearch;
  private readonly cr: CharSearch;

  constructor(private readonly text: string) {
    this.lf = new CharSearch(text, '\n');
    this.cr = new CharSearch(text, '\r');
  }

  /** The first line break in [from, to), or `to`: never searched far past `to`. */
  private breakIn(from: number, to: number): number {
    return Math.min(this.lf.firstIn(from, to), this.cr.firstIn(from, to));
  }

  /**
   * Moves to `to`. With `watchChapters`, returns true when a line passed on the way opens with a
   * chapter heading (二、…): a new chapter ends the look-back section of the one before.
   */
  advance(to: number, watchChapters: boolean): boolean {
    const t = this.text;
    const from = this.scanPos;
    if (to <= from) { return false; }
    let crossed = false;
    let nl = this.breakIn(from, to);
    let floor = from;
    if (nl < to) {
      let watch = watchChapters;
      while (nl < to && watch) {
        if (chapterHeadingAt(t, nl + 1)) { crossed = true; watch = false; }
        nl = this.breakIn(nl + 1, to);
      }
      // The paragraph starts after the last line break before `to`, and the sentence after the last
      // break: read backwards from `to`, which stops at that line break (one lies at or after `from`).
      let k = to - 1;
      let sentenceEnd = -1;
      for (let c = t.charCodeAt(k); !isLineBreak(c); c = t.charCodeAt(--k)) {
        if (sentenceEnd < 0 && SENTENCE_END[c] === 1) { sentenceEnd = k; }
      }
      this.paraStart = k + 1;
      this.sentenceStart = sentenceEnd >= 0 ? sentenceEnd + 1 : k + 1;
      floor = to; // the sentence is known
    }
    // No line break before `to`: the sentence starts after the last sentence end, read backwards, never below `from`.
    for (let k = to - 1; k >= floor; k--) {
      if (SENTENCE_END[t.charCodeAt(k)] === 1) { this.sentenceStart = k + 1; break; }
    }
    this.scanPos = to;
    return crossed;
  }
}
