// Where the text of an opened file came from, as data: the paragraph's origin at an offset, a Word
// table row in an element path, a short list of pages. Free of `vscode`, so it is unit-tested;
// messages.ts words it.
import type { Origin } from '../../import/types';

/** The origin of the paragraph at `offset`, or of the one before the blank line it is on; undefined before the first. Binary search. */
export function originAt(origins: readonly Origin[], offset: number): Origin | undefined {
  let lo = 0;
  let hi = origins.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (origins[mid].start <= offset) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
  }
  return found >= 0 ? origins[found] : undefined;
}

/** A row of a top-level Word table: `w:body/w:tbl[2]/w:tr[3]`, as the converter writes these paths. */
const WORD_TABLE_ROW = /^w:body\/w:tbl\[(\d{1,6})\]\/w:tr\[(\d{1,6})\]/;

/** The table and row of an element path inside a top-level Word table; undefined for any other path. */
export function wordTableRow(element: string | undefined): { table: number; row: number } | undefined {
  const m = element === undefined ? null : WORD_TABLE_ROW.exec(element);
  return m ? { table: Number(m[1]), row: Number(m[2]) } : undefined;
}

/** Page numbers as a short list: `2, 5–7, 9` (at most `max` items, then `…`). */
export function pageList(pages: readonly number[], max = 8): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) { j++; }
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.length > max ? `${parts.slice(0, max).join(', ')}, …` : parts.join(', ');
}
