// The far end of a range of months or days (docs/annotation.md §7, "Ranges"): 9月15日至20日,
// 9月15日—10月2日, 2018年12月30日至2019年1月1日; 9月至12月, 2020年9月至2021年5月. A range is one
// date: the end is read after the dash or 至 that follows the first month or day, and written onto
// the sub-expression of the first. The resolver rejects a range whose end comes before its start.
import { charTable, digitValue } from '../../text';
import type { Sub } from '../rawDate';
import { gapEnd, partStart, readArabic, readSmall, RI, startsWithAt, unitAfter, unitEnd, YUE, type NumRead } from '../read';
import type { ScanContext } from '../scan/context';
import { RANGE_DASHES } from '../words';

const RANGE_DASH_TABLE = charTable(RANGE_DASHES);
const NIAN = '年'.charCodeAt(0);

/** A year of four Arabic digits and 年 at i (2021年, with a gap: read.ts), its end after 年 in `end`, or null. */
function yearAt(ctx: ScanContext, i: number): { value: number; end: number } | null {
  const y = readArabic(ctx.text, i, ctx.limit, 4);
  const end = y && y.len === 4 && y.value >= 1800 && y.value <= 2199 ? unitAfter(ctx, y.end, NIAN) : -1;
  return y && end > 0 ? { value: y.value, end } : null;
}

/** A month 1–12 written like the first (digits or numerals) and 月 at i, its end after 月 in `end`, or null. */
function monthAt(ctx: ScanContext, i: number, cn: boolean): { value: number; end: number } | null {
  const m = readSmall(ctx.text, i, ctx.limit, 2);
  const end = m && m.cn === cn && m.value >= 1 && m.value <= 12 ? unitEnd(ctx, m.end, cn, YUE) : -1;
  return m && end > 0 ? { value: m.value, end } : null;
}

/**
 * After the month m (no day) ending at k: 至12月, —2021年5月. Writes monthTo (and yearTo) and the
 * end onto fields; false when no range follows.
 */
export function monthRangeEnd(ctx: ScanContext, k: number, m: NumRead, fields: Sub): boolean {
  const { text, limit } = ctx;
  if (k >= limit || RANGE_DASH_TABLE[text.charCodeAt(k)] !== 1) { return false; }
  const second = gapEnd(ctx, k + 1);
  const y2 = m.cn ? null : yearAt(ctx, second);
  const m2 = monthAt(ctx, y2 ? partStart(ctx, y2.end) : second, m.cn);
  if (!m2 || (!y2 && m2.value <= m.value)) { return false; }
  let end = m2.end;
  if (startsWithAt(text, end, '份', limit)) { end++; }
  // 至12月底 is a deadline's end, 至12月2日 a day: not a range of whole months.
  if (digitValue(text.charCodeAt(end)) >= 0 || startsWithAt(text, end, '底', limit) || startsWithAt(text, end, '末', limit)) { return false; }
  fields.monthTo = m2.value;
  if (y2) { fields.yearTo = y2.value; }
  fields.end = end;
  return true;
}

/**
 * After the day d of month m ending at k: 至20日, —10月2日, 至2019年1月1日. Writes dayTo, monthTo
 * (and yearTo) onto fields and returns the end, or k when no range follows.
 */
export function dayRangeEnd(ctx: ScanContext, k: number, m: number, d: number, fields: Sub): number {
  const { text, limit } = ctx;
  if (k >= limit || RANGE_DASH_TABLE[text.charCodeAt(k)] !== 1) { return k; }
  const second = gapEnd(ctx, k + 1);
  const y2 = yearAt(ctx, second);
  const e = readSmall(text, y2 ? partStart(ctx, y2.end) : second, limit, 2);
  if (!e) { return k; }
  const eDay = unitEnd(ctx, e.end, e.cn, RI);
  if (!y2 && eDay > 0 && e.value > d && e.value <= 31) {
    fields.dayTo = e.value; fields.monthTo = m;
    return eDay;
  }
  const eMonth = unitEnd(ctx, e.end, e.cn, YUE);
  if (eMonth > 0 && e.value >= 1 && e.value <= 12 && (y2 !== null || e.value > m)) {
    const f = readSmall(text, partStart(ctx, eMonth), limit, 2);
    const fDay = !f ? -1 : unitEnd(ctx, f.end, f.cn, RI);
    if (f && fDay > 0 && f.value >= 1 && f.value <= 31) {
      fields.monthTo = e.value; fields.dayTo = f.value;
      if (y2) { fields.yearTo = y2.value; }
      return fDay;
    }
  }
  return k;
}
