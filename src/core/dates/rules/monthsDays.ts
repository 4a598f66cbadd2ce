// Months and days whose year comes from context (docs/annotation.md §2): 6月, 6月份, 5、6月份,
// 7、8、9三个月, 1—7月, 7月底, 7月首周, 7月上旬, 9月2日, 8月2日上午, 6月6（星期三）, 9月15日至20日,
// 一月十六日; a bare day after a month on the same line (2日); a dotted day range （7.4—7.10）.
import { Ch, WordList, WordTable, charTable, codeIn, digitValue, isDecimalPoint, isLineBreak } from '../../text';
import { applySub, make, monthsSub, raw, type RawDate, type Sub } from '../rawDate';
import { codeAt, gapEnd, isDateNumeral, partStart, readArabic, readCnSmall, readSmall, startsWithAt, unitEnd, YUE } from '../read';
import { flagsBefore, since } from '../marks';
import type { ScanContext } from '../scan/context';
import {
  AFTER_BARE_DAY_BLOCKERS, BEFORE_BARE_DAY_BLOCKERS, BEFORE_MONTH_BLOCKERS, DAY_WORDS, FIRST_WEEK_WORDS, MONTH_COUNT_WORDS,
  MONTH_START_BLOCKERS, RANGE_DASHES, WEEKDAY_DAYS, WEEKDAY_WORDS, XUN,
} from '../words';
import { CHU_START, DI_BOTTOM, MO_END } from './edges';
import { partOfDayEnd } from './partOfDay';
import { dayRangeEnd, monthRangeEnd } from './ranges';

const RANGE_DASH_TABLE = charTable(RANGE_DASHES);
const WEEKDAYS = new WordList(WEEKDAY_WORDS);
const FIRST_WEEKS = new WordList(FIRST_WEEK_WORDS);
const MONTH_COUNTS = new WordList(MONTH_COUNT_WORDS);
const XUN_TABLE = new WordTable(XUN);
const DUN = '、'.charCodeAt(0);
const NIAN = '年'.charCodeAt(0);

/** A month expression at i (see the head of this file); its end in `end`. */
export function monthExpr(ctx: ScanContext, i: number): Sub | null {
  const { text, limit } = ctx;
  const m = readSmall(text, i, limit, 2);
  if (!m || m.value < 1 || m.value > 12) { return null; }
  let j = m.end;
  let monthTo = m.value;
  // Lists and ranges of months.
  if (j < limit && text.charCodeAt(j) === DUN) {
    let k = j;
    let last = m.value;
    let count = 1;
    while (k < limit && text.charCodeAt(k) === DUN && count < 12) {
      const n = readSmall(text, k + 1, limit, 2);
      if (!n || n.value !== last + 1) { break; }
      last = n.value;
      count++;
      k = n.end;
    }
    if (count > 1) {
      if (startsWithAt(text, k, '月', limit)) { monthTo = last; j = k; }
      else {
        const cnt = readCnSmall(text, k, limit);
        if (cnt && cnt.value === count && MONTH_COUNTS.at(text, cnt.end, limit) !== null) {
          return monthsSub(cnt.end + 2, m.value, last);
        }
        return null;
      }
    } else { return null; }
  } else if (j < limit && RANGE_DASH_TABLE[text.charCodeAt(j)] === 1) {
    const n = readSmall(text, j + 1, limit, 2);
    if (n && n.value > m.value && n.value <= 12 && n.cn === m.cn && startsWithAt(text, n.end, '月', limit)) { monthTo = n.value; j = n.end; }
  }
  // 10 月: a gap between the number and 月 stays inside the span (docs/annotation.md §8).
  const afterMonth = unitEnd(ctx, j, m.cn, YUE);
  if (afterMonth < 0) { return null; }
  j = afterMonth;
  const fields = monthsSub(0, m.value, monthTo);
  if (startsWithAt(text, j, '份', limit)) { j++; }
  if (monthTo !== m.value) { fields.end = j; return fields; }
  if (!dayAfterMonth(ctx, j, m.value, fields) && !monthRangeEnd(ctx, j, m, fields)) { partOfMonth(text, j, limit, fields); }
  return fields;
}

/**
 * The day after month m at j (9月2日, 6月6（星期三）), a range that follows it (9月15日至20日,
 * 9月15日—10月2日, 12月30日至2019年1月1日: ranges.ts) and a part of the day (8月2日上午): written onto fields, with their end; false when no day.
 */
function dayAfterMonth(ctx: ScanContext, j: number, m: number, fields: Sub): boolean {
  const { text, limit } = ctx;
  // 10 月 24 日: a gap before the day and before 日, as text from a PDF has them.
  const at = partStart(ctx, j);
  const d = readSmall(text, at, limit, 2);
  if (!d || d.value < 1 || d.value > 31 || startsWithAt(text, d.end, '个', limit)) { return false; }
  let k = d.end;
  const spaced = gapEnd(ctx, k);
  if (spaced < limit && codeIn(DAY_WORDS, text.charCodeAt(spaced)) && (spaced === k || !d.cn)) {
    k = spaced + 1;
    // 24 日（星期四）: the weekday in brackets belongs to the date, and closes it.
    const w = weekdayParen(text, k, limit);
    if (w > k) { fields.part = 'days'; fields.day = d.value; fields.end = w; return true; }
  } else {
    // 6月6（星期三）: the weekday stands for the missing 日, and closes the date.
    const w = weekdayParen(text, k, limit);
    if (w <= k) { return false; }
    fields.part = 'days'; fields.day = d.value; fields.end = w;
    return true;
  }
  fields.part = 'days';
  fields.day = d.value;
  k = dayRangeEnd(ctx, k, m, d.value, fields);
  // The part of the day belongs to the date, also before a clock time, which stays outside (9月24日上午9时).
  fields.end = partOfDayEnd(ctx, k, fields);
  return true;
}

/** A part of the month at j (7月底, 7月初, 7月首周, 7月上旬), written onto fields with the end. */
function partOfMonth(text: string, j: number, limit: number, fields: Sub): void {
  const e = codeAt(text, j, limit);
  if (e === DI_BOTTOM || e === MO_END) { fields.monthPoint = 'end'; fields.end = j + 1; return; }
  if (e === CHU_START && !codeIn(MONTH_START_BLOCKERS, text.charCodeAt(j + 1))) { fields.monthPoint = 'start'; fields.end = j + 1; return; }
  const week = FIRST_WEEKS.at(text, j, limit);
  if (week !== null) { fields.monthPoint = 'firstWeek'; fields.end = j + week.length; return; }
  const xun = XUN_TABLE.rowAt(text, j, limit);
  if (xun) { fields.monthPoint = xun.point; fields.end = j + xun.word.length; return; }
  fields.end = j;
}

/** （星期三） or (星期三) or （周三） right after a day written without 日; returns the end, or i. */
function weekdayParen(text: string, i: number, limit: number): number {
  if (i >= limit || (text.charCodeAt(i) !== Ch.FullwidthOpenParen && text.charCodeAt(i) !== Ch.OpenParen)) { return i; }
  const w = WEEKDAYS.at(text, i + 1, limit);
  if (w === null) { return i; }
  let k = i + 1 + w.length;
  if (k >= limit || !codeIn(WEEKDAY_DAYS, text.charCodeAt(k))) { return i; }
  k++;
  if (k < limit && (text.charCodeAt(k) === Ch.FullwidthCloseParen || text.charCodeAt(k) === Ch.CloseParen)) { return k + 1; }
  return i;
}

/** A month expression whose year comes from context. */
export function parseMonthDate(ctx: ScanContext, i: number): RawDate | null {
  const { text } = ctx;
  if (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (codeIn(BEFORE_MONTH_BLOCKERS, p) || isDateNumeral(p)) { return null; }
    // 3年10月 (a term of years and months): a real year would have been read with its month.
    if (p === NIAN && i > 1 && (digitValue(text.charCodeAt(i - 2)) >= 0 || isDateNumeral(text.charCodeAt(i - 2)))) { return null; }
  }
  const m = monthExpr(ctx, i);
  if (!m) { return null; }
  const end = since(ctx, m.end);
  const r = raw(true, 'calendar', 'context');
  applySub(r, m);
  if (end > m.end) { r.since = true; }
  flagsBefore(ctx, r, i);
  return make(ctx, i, end, r);
}

/** 2日 where a month has just been named on the same line (本报北京9月2日讯…新闻中心2日举办). */
export function parseBareDay(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const d = readArabic(text, i, limit, 2);
  if (!d || d.value < 1 || d.value > 31 || !startsWithAt(text, d.end, '日', limit)) { return null; }
  if (codeIn(BEFORE_BARE_DAY_BLOCKERS, i > 0 ? text.charCodeAt(i - 1) : -1)) { return null; }
  if (codeIn(AFTER_BARE_DAY_BLOCKERS, codeAt(text, d.end + 1, limit))) { return null; }
  // A month named shortly before on the same line.
  const floor = Math.max(0, i - 120);
  let found = false;
  for (let k = i - 1; k > floor; k--) {
    const ch = text.charCodeAt(k);
    if (isLineBreak(ch)) { break; }
    if (ch === YUE && (digitValue(text.charCodeAt(k - 1)) >= 0 || isDateNumeral(text.charCodeAt(k - 1)))) { found = true; break; }
  }
  if (!found) { return null; }
  const fields = raw(true, 'dayOnly');
  fields.day = d.value;
  return make(ctx, i, partOfDayEnd(ctx, d.end + 1, fields), fields);
}

/** （7.4—7.10）: a dotted day range inside brackets. */
export function parseDottedRange(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (prev !== Ch.FullwidthOpenParen && prev !== Ch.OpenParen) { return null; }
  const m = readArabic(text, i, limit, 2);
  if (!m || m.value < 1 || m.value > 12 || m.end >= limit || !isDecimalPoint(text.charCodeAt(m.end))) { return null; }
  const d = readArabic(text, m.end + 1, limit, 2);
  if (!d || d.value < 1 || d.value > 31 || d.end >= limit || RANGE_DASH_TABLE[text.charCodeAt(d.end)] !== 1) { return null; }
  let k = d.end + 1;
  const m2 = readArabic(text, k, limit, 2);
  if (!m2) { return null; }
  let month2 = m.value;
  let day2: number;
  if (m2.end < limit && isDecimalPoint(text.charCodeAt(m2.end))) {
    const d2 = readArabic(text, m2.end + 1, limit, 2);
    if (!d2 || m2.value < m.value || m2.value > 12 || d2.value < 1 || d2.value > 31) { return null; }
    month2 = m2.value; day2 = d2.value; k = d2.end;
  } else { day2 = m2.value; k = m2.end; }
  if (k >= limit || (text.charCodeAt(k) !== Ch.FullwidthCloseParen && text.charCodeAt(k) !== Ch.CloseParen)) { return null; }
  if (month2 === m.value && day2 <= d.value) { return null; }
  const r = raw(true, 'calendar', 'context', 'days');
  r.month = m.value; r.day = d.value; r.monthTo = month2; r.dayTo = day2;
  return make(ctx, i, k, r);
}
