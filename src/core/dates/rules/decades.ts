// Decades (docs/annotation.md §2): 80年代, 上世纪90年代, 20世纪80年代, 八十年代, 1980年代.
import { WordList } from '../../text';
import { make, raw, type RawDate } from '../rawDate';
import { readArabic, readCnSmall, readSmall, startsWithAt } from '../read';
import type { ScanContext } from '../scan/context';
import { CENTURY_PREFIXES, CENTURY_WORDS } from '../words';

const LAST_CENTURY = new WordList(CENTURY_PREFIXES);
const CENTURY = new WordList(CENTURY_WORDS);

/** A decade, at its number or at 上世纪. */
export function parseDecade(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  let j = i;
  let century = 1900;
  let prefixed = false;
  const prev = LAST_CENTURY.at(text, i, limit);
  if (prev) { j = i + prev.length; prefixed = true; }
  else {
    const c = readSmall(text, i, limit, 2);
    if (c && c.value >= 1 && c.value <= 30 && CENTURY.at(text, c.end, limit) !== null) {
      century = (c.value - 1) * 100; j = c.end + 2; prefixed = true;
    }
  }
  const y = readArabic(text, j, limit, 4) ?? readCnSmall(text, j, limit);
  if (!y || !startsWithAt(text, y.end, '年代', limit) || y.value % 10 !== 0) { return null; }
  let start: number;
  if (!y.cn && y.len === 4) {
    if (prefixed || y.value < 1000) { return null; }
    start = y.value;
  } else if ((y.cn || y.len === 2) && y.value >= 10 && y.value <= 90) {
    start = century + y.value;
  } else { return null; }
  const r = raw(false, 'calendar', 'explicit', 'year');
  r.year = start; r.yearTo = start + 9;
  return make(ctx, i, y.end + 2, r);
}
