// Lists the outline keeps per document (the tree's stacks, the turns, a paragraph's candidates).
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
