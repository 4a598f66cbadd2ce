// A bounded search for one code unit: where a scanner may look only so far (a line's head, a
// label's bracket), without the substring or the unbounded search of String.indexOf.

/** The first position of code unit `code` in t[from, to), or -1. */
export function indexOfCode(t: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) { if (t.charCodeAt(i) === code) { return i; } }
  return -1;
}
