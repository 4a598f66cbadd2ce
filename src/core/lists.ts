// Lists the analysis keeps per document (the outline's stacks and turns, a paragraph's candidates,
// the ledger's sections).
// The engine gives a new empty array (`[]`) the elements kind of small integers; the first object
// pushed changes its kind, and code optimized for one kind is thrown away when it meets the other
// — again for every document, as each analysis makes its lists anew. A list made here holds
// references from the start, so the code that pushes to it is optimized once and kept.

/** An empty list of references (objects, strings, booleans, null): one kind from the start. */
export function referenceList<T>(): T[] {
  const list = [null] as unknown as T[];
  list.length = 0;
  return list;
}

/** Numbers per block of an IntLog. */
const INT_SHIFT = 14;
const INT_BLOCK = 1 << INT_SHIFT;

/**
 * A list of small integers (offsets, character codes) that only grows, kept in blocks of fixed
 * size: a plain array of a million numbers is copied whole each time it outgrows its store, in
 * one go (tens of milliseconds: one step of the analysis, where a transcript logs five numbers a turn).
 */
export class IntLog {
  private readonly blocks: Int32Array[] = [];
  private last: Int32Array = new Int32Array(0);
  private used = INT_BLOCK;
  length = 0;

  push(v: number): void {
    if (this.used === INT_BLOCK) {
      this.last = new Int32Array(INT_BLOCK);
      this.blocks.push(this.last);
      this.used = 0;
    }
    this.last[this.used++] = v;
    this.length++;
  }

  at(i: number): number {
    return this.blocks[i >>> INT_SHIFT][i & (INT_BLOCK - 1)];
  }
}

/** References per block of a BlockList. */
const REF_SHIFT = 12;
const REF_BLOCK = 1 << REF_SHIFT;

/**
 * A list of references that only grows, kept in blocks of fixed size (as IntLog, and for the same
 * reason: a quarter of a million turns in one array cost a step each time the array grows).
 */
export class BlockList<T> {
  private readonly blocks: T[][] = referenceList();
  private last: T[] = referenceList();
  length = 0;

  push(v: T): void {
    if ((this.length & (REF_BLOCK - 1)) === 0) {
      this.last = referenceList();
      this.blocks.push(this.last);
    }
    this.last.push(v);
    this.length++;
  }

  at(i: number): T {
    return this.blocks[i >>> REF_SHIFT][i & (REF_BLOCK - 1)];
  }
}
