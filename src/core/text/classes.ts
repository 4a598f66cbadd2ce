// Character classes as typed-array tables over UTF-16 code units: a membership test is one array
// read, never a substring or a search, so a scanner may test every character of the text.

/** Size of a table that covers every code unit. */
export const CODE_UNITS = 0x10000;

/** A table with 1 at the code of every character of `chars` (a set of single characters). */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(CODE_UNITS);
  for (let i = 0; i < chars.length; i++) { table[chars.charCodeAt(i)] = 1; }
  return table;
}

/** Sets `flag` at the code of every character of `chars` in `table`. */
export function defineClass(table: Uint8Array | Uint16Array | Uint32Array, chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) { table[chars.charCodeAt(i)] |= flag; }
}

/**
 * Up to 32 character classes as the bits of one table: `define` hands out the next bit, `has`
 * tests it. A scanner keeps its own set, so its classes are read with one load.
 */
export class CharClasses {
  readonly table = new Uint32Array(CODE_UNITS);
  private used = 0;

  /** A new class holding the characters of `chars`; returns its bit. */
  define(chars: string): number {
    if (this.used >= 32) { throw new Error('CharClasses: more than 32 classes'); }
    const bit = (2 ** this.used++) | 0;
    defineClass(this.table, chars, bit);
    return bit;
  }

  /** Whether code unit `c` is in the class (or classes) `bits`; false for -1 or NaN. */
  has(bits: number, c: number): boolean {
    return c >= 0 && c < CODE_UNITS && (this.table[c] & bits) !== 0;
  }
}

/** Whether code unit `c` is one of the characters of `set` (false for -1 or NaN); for short sets. */
export function codeIn(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) { if (set.charCodeAt(k) === c) { return true; } }
  return false;
}
