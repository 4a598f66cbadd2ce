// What may follow a year or a year word and narrow it (docs/annotation.md §2): 2024年上半年,
// 今年一季度, 今年前7个月, 2024年7月底, 去年全年, 去年同期, 去年底 / 今年年底, 2024年春节, 今年国庆假期.
import { charTable, codeIn } from '../../text';
import { quarterSub, sub, type Sub } from '../rawDate';
import { codeAt, startsWithAt } from '../read';
import type { ScanContext } from '../scan/context';
import { DATE_NUMERALS, HALVES } from '../words';
import { FESTIVALS } from '../festivals';
import { CHU_START, DI_BOTTOM, MO_END, isEdge } from './edges';
import { FESTIVAL_TABLE, holidaySuffixEnd } from './eventDays';
import { monthExpr } from './monthsDays';
import { HALF_TABLE, firstN, quarterEnd, quarterList } from './parts';

/** What a part may start with (halves, quarters, 前N个月, months, 全年, 同期, 年底, festivals). */
const PART_FIRST = charTable(HALVES.map((h) => h.word[0]).join('') + '第前全同年底末初' + '0123456789０１２３４５６７８９'
  + DATE_NUMERALS + FESTIVALS.map((f) => f.word[0]).join(''));

/**
 * The part of the year at i, after a year (2024年|上半年) or a year word (`afterYearWord`: 今年|上半年,
 * where 年底 needs its 年: 今年年底; after a year, 底 stands alone: 2024年底).
 */
export function yearPart(ctx: ScanContext, i: number, afterYearWord: boolean): Sub | null {
  const { text, limit } = ctx;
  if (PART_FIRST[text.charCodeAt(i)] !== 1) { return null; } // most years end where they stand (2024年，)
  const h = HALF_TABLE.rowAt(text, i, limit);
  if (h) { const s = sub(i + h.word.length, 'half'); s.half = h.value === 1 ? 1 : 2; return s; }
  const q = quarterList(ctx, startsWithAt(text, i, '第', limit) ? i + 1 : i);
  if (q) {
    const end = quarterEnd(text, q.end, limit);
    const s = quarterSub(end, q.from, q.to);
    if (end > q.end) { s.monthPoint = 'end'; }
    return s;
  }
  const first = firstN(ctx, i);
  if (first) { return first; }
  const m = monthExpr(ctx, i);
  if (m) { return m; }
  if (startsWithAt(text, i, '全年', limit)) { return sub(i + 2, 'year'); }
  if (startsWithAt(text, i, '同期', limit)) { return sub(i + 2, 'same'); }
  // 年底/年末/年初 after a year word (今年年底), or 底/末/初 right after 年 (去年底, 2024年底).
  let j = i;
  if (!afterYearWord && startsWithAt(text, i, '年', limit)) { j = i + 1; }
  if (afterYearWord && startsWithAt(text, i, '年', limit) && i + 1 < limit && codeIn('底末初', text.charCodeAt(i + 1))) { j = i + 1; }
  if (j < limit) {
    const e = text.charCodeAt(j);
    if ((e === DI_BOTTOM || e === MO_END || e === CHU_START) && isEdge(e, codeAt(text, j + 1, limit))) {
      return sub(j + 1, e === CHU_START ? 'yearStart' : 'yearEnd');
    }
  }
  const f = FESTIVAL_TABLE.rowAt(text, i, limit);
  if (f) {
    // 2023年春节, 今年国庆假期 (the holiday).
    const end = holidaySuffixEnd(text, i + f.word.length, limit);
    const s = sub(end, end > i + f.word.length ? 'holiday' : 'festival');
    s.festival = f.word;
    return s;
  }
  return null;
}
