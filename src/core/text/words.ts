// One word-list matcher for every recognizer: words (or rows carrying a word) indexed by their
// first and by their last character, longest first. A character that starts (ends) no word of a
// list is rejected with two array reads, so lists are tested at every candidate position.
//
// Characters get small ids in one table shared by all lists; each list keeps an array of rows per
// id. Memory grows with the number of distinct first and last characters, not with the lists. A
// list's arrays are dense (every slot up to the highest id it holds is present) so that V8 keeps
// them as fast elements even when the shared ids have grown large.

const CHAR_ID = new Uint16Array(0x10000);
let charIds = 0;
function idOf(code: number): number {
  return CHAR_ID[code] || (CHAR_ID[code] = ++charIds);
}

/** A row of a word table: the word, and whatever the table's owner attaches to it. */
export interface WordRow { readonly word: string }

/**
 * Rows looked up by the word that starts or ends at a position. Every lookup returns the longest
 * matching word (rows of equal length: the one listed first).
 */
export class WordTable<T extends WordRow> {
  private readonly byFirst: (T[] | undefined)[] = [];
  private readonly byLast: (T[] | undefined)[] = [];
  /** The longest word, in UTF-16 units. */
  readonly maxLength: number;

  constructor(rows: Iterable<T>) {
    let max = 0;
    let maxId = 0;
    const kept: { row: T; first: number; last: number }[] = [];
    for (const r of rows) {
      const w = r.word;
      if (w.length === 0) { continue; }
      if (w.length > max) { max = w.length; }
      const first = idOf(w.charCodeAt(0));
      const last = idOf(w.charCodeAt(w.length - 1));
      maxId = Math.max(maxId, first, last);
      kept.push({ row: r, first, last });
    }
    this.maxLength = max;
    // dense from the start: an array first written at a high index would be kept as a dictionary
    for (let i = 0; i <= maxId; i++) { this.byFirst.push(undefined); this.byLast.push(undefined); }
    for (const { row, first, last } of kept) {
      (this.byFirst[first] ??= []).push(row);
      (this.byLast[last] ??= []).push(row);
    }
    // stable: rows of one length keep their order
    for (const list of this.byFirst) { list?.sort((a, b) => b.word.length - a.word.length); }
    for (const list of this.byLast) { list?.sort((a, b) => b.word.length - a.word.length); }
  }

  /** Whether some word starts with code unit `c` (a cheap pre-test). */
  startsWith(c: number): boolean {
    return this.byFirst[CHAR_ID[c]] !== undefined && c >= 0;
  }

  /** Whether some word ends with code unit `c`. */
  endsWith(c: number): boolean {
    return this.byLast[CHAR_ID[c]] !== undefined && c >= 0;
  }

  /** The longest row whose word stands at text[pos…] and ends by `limit`. */
  rowAt(text: string, pos: number, limit: number = text.length): T | undefined {
    if (pos < 0 || pos >= limit) { return undefined; }
    const list = this.byFirst[CHAR_ID[text.charCodeAt(pos)]];
    if (list === undefined) { return undefined; }
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (pos + r.word.length <= limit && text.startsWith(r.word, pos)) { return r; }
    }
    return undefined;
  }

  /** The longest row whose word ends at `end` and starts at or after `floor`. */
  rowEndingAt(text: string, end: number, floor = 0): T | undefined {
    if (end <= floor || end > text.length) { return undefined; }
    const list = this.byLast[CHAR_ID[text.charCodeAt(end - 1)]];
    if (list === undefined) { return undefined; }
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const s = end - r.word.length;
      if (s >= floor && text.startsWith(r.word, s)) { return r; }
    }
    return undefined;
  }
}

/** A plain list of words: WordTable with string answers. */
export class WordList {
  private readonly table: WordTable<WordRow>;

  constructor(words: Iterable<string>) {
    const rows: WordRow[] = [];
    for (const word of words) { rows.push({ word }); }
    this.table = new WordTable(rows);
  }

  get maxLength(): number { return this.table.maxLength; }
  startsWith(c: number): boolean { return this.table.startsWith(c); }
  endsWith(c: number): boolean { return this.table.endsWith(c); }

  /** The longest listed word standing at text[pos…] and ending by `limit`, or null. */
  at(text: string, pos: number, limit: number = text.length): string | null {
    const r = this.table.rowAt(text, pos, limit);
    return r === undefined ? null : r.word;
  }

  /** The longest listed word ending at `end` and starting at or after `floor`, or null. */
  endingAt(text: string, end: number, floor = 0): string | null {
    const r = this.table.rowEndingAt(text, end, floor);
    return r === undefined ? null : r.word;
  }

  /** The longest listed word `s` starts with, or null. */
  prefixOf(s: string): string | null { return this.at(s, 0, s.length); }

  /** The longest listed word `s` ends with, or null. */
  suffixOf(s: string): string | null { return this.endingAt(s, s.length, 0); }

  /** Whether some listed word starting in text[from, to) ends by `limit` (by `to` when not given). */
  occursIn(text: string, from = 0, to: number = text.length, limit: number = to): boolean {
    for (let i = from; i < to; i++) {
      if (this.table.startsWith(text.charCodeAt(i)) && this.table.rowAt(text, i, limit) !== undefined) { return true; }
    }
    return false;
  }
}
