// The next occurrence of one character, searched natively (String.indexOf is far faster than a
// charCodeAt loop) but never far past what the caller asks about: a search runs in a view of the
// text (a slice of a string is a view, not a copy) that ends past the caller's bound by as much as
// the stretch asked about, or by REACH when that is more. A walker that steps forward through a
// text (the outline's lines, the resolver's paragraphs) finds each occurrence once, and a step
// that asks about a stretch never searches the rest of a one-line text of megabytes.

/** How far past the caller's bound a search looks at least (a few microseconds of searching). */
const REACH = 4096;

export class CharSearch {
  /** [start, end) has been searched from its start: its first occurrence at `found`, or none (found === end). */
  private start = 0;
  private end = 0;
  private found = 0;

  private readonly code: number;

  constructor(private readonly text: string, private readonly ch: string) {
    this.code = ch.charCodeAt(0);
  }

  /** The first position of the character in text[from, to), or `to` when it has none. `from` may only grow between calls. */
  firstIn(from: number, to: number): number {
    if (from > this.found || from < this.start) {
      // past the occurrence found (what follows it is unknown), or a fresh walk
      this.start = this.end = this.found = from;
    }
    const t = this.text;
    const bound = Math.min(to, t.length);
    while (this.found === this.end && this.end < bound) {
      const lo = this.end;
      const hi = Math.min(t.length, bound + Math.max(bound - lo, REACH));
      // A blank line (the next unit) is common: one char code costs less than the slice and the search.
      const i = t.charCodeAt(lo) === this.code ? 0 : t.slice(lo, hi).indexOf(this.ch);
      this.end = hi;
      this.found = i < 0 ? hi : lo + i;
    }
    return this.found < to ? this.found : to;
  }
}
