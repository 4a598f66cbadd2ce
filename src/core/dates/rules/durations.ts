// Durations that end at the document date (docs/annotation.md §2, §7): 11年来, 40多年来 (approximate),
// 近5年以来, 十年来, 连续15年, 至今10年 (至今六十余年: approximate). Those counted back with 过去 and the points N年前 are in back.ts.
import { codeIn } from '../../text';
import { make, raw, type RawDate } from '../rawDate';
import { readSmall, startsWithAt } from '../read';
import type { ScanContext } from '../scan/context';
import { APPROXIMATE_MARKS, BEFORE_YEARS_SINCE_BLOCKERS } from '../words';

const JIN = '近'.charCodeAt(0);
const JIE = '截'.charCodeAt(0);

/** 连续15年 (i at 连 or 連). */
export function parseConsecutive(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  if (!startsWithAt(text, i + 1, '续', limit) && !startsWithAt(text, i + 1, '續', limit)) { return null; }
  const n = readSmall(text, i + 2, limit, 3);
  if (!n || n.value < 1 || !startsWithAt(text, n.end, '年', limit)) { return null; }
  if (startsWithAt(text, n.end + 1, '度', limit)) { return null; }
  const r = raw(true, 'duration');
  r.years = n.value;
  return make(ctx, i, n.end + 1, r);
}

/** 11年来, 40多年来, 近5年以来, 十年来 (i at the numeral or at 近). */
export function parseYearsSince(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  let j = i;
  if (text.charCodeAt(i) === JIN) { j = i + 1; }
  else if (codeIn(BEFORE_YEARS_SINCE_BLOCKERS, text.charCodeAt(i - 1))) { return null; } // 几十年来 is vague
  const years = countedYears(text, j, limit, false);
  if (!years) { return null; }
  const k = pastSince(text, years.end, limit);
  if (k < 0) { return null; }
  const r = raw(true, 'duration');
  r.years = years.count;
  return make(ctx, i, k, r);
}

/**
 * 至今N年 (建校至今10年, 至今五年来): like N年来; with 多 or 余 (至今六十余年, 至今10年多)
 * approximate (i at 至今; 截至今年 is no such word).
 */
export function parseSinceNow(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  if (!startsWithAt(text, i, '至今', limit) || (i > 0 && text.charCodeAt(i - 1) === JIE)) { return null; }
  const years = countedYears(text, i + 2, limit, true);
  if (!years) { return null; }
  const since = pastSince(text, years.end, limit);
  const r = raw(true, 'duration');
  r.years = years.count;
  return make(ctx, i, since < 0 ? years.end : since, r);
}

/**
 * N年 from j, with 多 or 余 before 年 (and, where `after`, after it: 10年多) making it approximate:
 * the end past 年 (and the mark) and the count (null when approximate); null when no N年 stands there.
 */
function countedYears(text: string, j: number, limit: number, after: boolean): { end: number; count: number | null } | null {
  const n = readSmall(text, j, limit, 3);
  if (!n || n.value < 1) { return null; }
  let k = n.end;
  let approx = false;
  if (k < limit && codeIn(APPROXIMATE_MARKS, text.charCodeAt(k))) { approx = true; k++; }
  if (!startsWithAt(text, k, '年', limit)) { return null; }
  k++;
  if (after && !approx && k < limit && codeIn(APPROXIMATE_MARKS, text.charCodeAt(k))) { approx = true; k++; }
  return { end: k, count: approx ? null : n.value };
}

/** Past 以来, 来 or 來 at k; -1 when none stands there. */
function pastSince(text: string, k: number, limit: number): number {
  if (startsWithAt(text, k, '以来', limit)) { return k + 2; }
  return startsWithAt(text, k, '来', limit) || startsWithAt(text, k, '來', limit) ? k + 1 : -1;
}
