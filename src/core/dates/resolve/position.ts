// Where the resolver stands: the paragraph and the sentence of the date being resolved, tracked
// incrementally (dates arrive in order, so the whole pass stays linear; docs/architecture.md).
import { Ch, charTable } from '../../text';
import { SENTENCE_ENDS } from '../contextWords';
import { chapterHeadingAt } from './headings';

/** Punctuation that ends a sentence (a newline ends the paragraph too: found with indexOf). */
const SENTENCE_END = charTable(SENTENCE_ENDS);

export class Position {
  /** Start of the paragraph and of the sentence at the last position advanced to. */
  paraStart = 0;
  sentenceStart = 0;
  private scanPos = 0;
  /** The first newline at or after scanPos (text.length when none; -1 before the first search). */
  private nextNewline = -1;

  constructor(private readonly text: string) {}

  /**
   * Moves to `to`. With `watchChapters`, returns true when a line passed on the way opens with a
   * chapter heading (二、…): a new chapter ends the look-back section of the one before.
   */
  advance(to: number, watchChapters: boolean): boolean {
    const t = this.text;
    const from = this.scanPos;
    if (to <= from) { return false; }
    let crossed = false;
    // The first newline at or after `from`, through the engine's string search (each stretch searched once).
    let nl = this.nextNewline;
    if (nl < from) { nl = t.indexOf('\n', from); if (nl < 0) { nl = t.length; } }
    let floor = from;
    if (nl < to) {
      let watch = watchChapters;
      while (nl < to && watch) {
        if (chapterHeadingAt(t, nl + 1)) { crossed = true; watch = false; }
        nl = t.indexOf('\n', nl + 1);
        if (nl < 0) { nl = t.length; }
      }
      // The paragraph starts after the last newline before `to`, and the sentence after the last break: read
      // backwards from `to`, which stops at that newline (one lies at or after `from`).
      let k = to - 1;
      let sentenceEnd = -1;
      for (let c = t.charCodeAt(k); c !== Ch.LineFeed; c = t.charCodeAt(--k)) {
        if (sentenceEnd < 0 && SENTENCE_END[c] === 1) { sentenceEnd = k; }
      }
      this.paraStart = k + 1;
      this.sentenceStart = sentenceEnd >= 0 ? sentenceEnd + 1 : k + 1;
      nl = t.indexOf('\n', to);
      if (nl < 0) { nl = t.length; }
      floor = to; // the sentence is known
    }
    this.nextNewline = nl;
    // No newline before `to`: the sentence starts after the last sentence end, read backwards, never below `from`.
    for (let k = to - 1; k >= floor; k--) {
      if (SENTENCE_END[t.charCodeAt(k)] === 1) { this.sentenceStart = k + 1; break; }
    }
    this.scanPos = to;
    return crossed;
  }
}
