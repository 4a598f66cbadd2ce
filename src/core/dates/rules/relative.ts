// Years and months relative to the document date or to the date in context (docs/annotation.md §2,
// §7): 今年…, 去年…, 前年…, 明年…, 本年度, 上年… with what follows them; 隔年; 上月, 本月, 下月 (上月末, 本月初,
// 本月10—12日).
import { WordList, WordTable, codeIn } from '../../text';
import { applySub, make, raw, type RawDate, type YearMode } from '../rawDate';
import { codeAt, readSmall, startsWithAt } from '../read';
import { flagsBefore, since } from '../marks';
import type { ScanContext } from '../scan/context';
import {
  AFTER_QIANNIAN_BLOCKERS, AFTER_QUNIAN_BLOCKERS, BEFORE_FOLLOWING_YEAR_BLOCKERS, BEFORE_QIAN_BLOCKERS, BEFORE_QUNIAN_BLOCKERS,
  BEFORE_RELATIVE_MONTH_BLOCKERS, BEFORE_SHANGNIAN_BLOCKERS, DAY_WORDS, FOLLOWING_YEAR_WORDS, RANGE_DASHES, PREVIOUS_YEAR_WORDS, RELATIVE_MONTHS, RELATIVE_YEARS,
} from '../words';
import { CHU_START, DI_BOTTOM, MO_END, isEdge } from './edges';
import { yearPart } from './yearParts';

const RELATIVE_YEAR_TABLE = new WordTable(RELATIVE_YEARS);
const PREVIOUS_YEAR = new WordList(PREVIOUS_YEAR_WORDS);
const RELATIVE_MONTH_TABLE = new WordTable(RELATIVE_MONTHS);
const FOLLOWING_YEAR = new WordList(FOLLOWING_YEAR_WORDS);

/** 今年…, 去年…, 前年…, 明年…, 本年度, 上年… with what follows. */
export function parseRelativeYear(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  let offset: number | null = null;
  let mode: YearMode = 'relative';
  let j = i;
  const word = RELATIVE_YEAR_TABLE.rowAt(text, i, limit);
  if (word) { offset = word.value; j = i + word.word.length; }
  const previousWord = offset === null ? PREVIOUS_YEAR.at(text, i, limit) : null;
  if (previousWord) {
    if (codeIn(BEFORE_SHANGNIAN_BLOCKERS, prev)) { return null; } // 规模以上年营业收入
    offset = -1; mode = 'previous'; j = i + previousWord.length;
    if (startsWithAt(text, j, '度', limit)) { j++; }
  }
  if (offset === null) { return null; }
  const next = codeAt(text, j, limit);
  if (j === i + 2 && startsWithAt(text, i, '前年', limit) && (codeIn(BEFORE_QIAN_BLOCKERS, prev) || codeIn(AFTER_QIANNIAN_BLOCKERS, next))) { return null; }
  if (j === i + 2 && startsWithAt(text, i, '去年', limit) && (codeIn(AFTER_QUNIAN_BLOCKERS, next) || codeIn(BEFORE_QUNIAN_BLOCKERS, prev))) { return null; }
  const fields = raw(true, 'calendar', mode, 'year');
  fields.yearOffset = offset;
  flagsBefore(ctx, fields, i);
  const part = yearPart(ctx, j, true);
  if (part) { applySub(fields, part); j = part.end; }
  const end = since(ctx, j);
  if (end > j) { fields.since = true; }
  return make(ctx, i, end, fields);
}

/** 隔年 (隔年3月 …): the year after the year the paragraph named last, resolved from it (resolve/calendarDate.ts). */
export function parseFollowingYear(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const w = FOLLOWING_YEAR.at(text, i, limit);
  if (!w || codeIn(BEFORE_FOLLOWING_YEAR_BLOCKERS, codeAt(text, i - 1, limit))) { return null; }
  const fields = raw(true, 'calendar', 'following', 'year');
  flagsBefore(ctx, fields, i);
  let j = i + w.length;
  const part = yearPart(ctx, j, true);
  if (part) { applySub(fields, part); j = part.end; }
  return make(ctx, i, j, fields);
}

/** 上月, 本月, 下月 (月份 too), with 末/底 or 初 after them: relative to the month in context. */
export function parseRelativeMonth(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const w = RELATIVE_MONTH_TABLE.rowAt(text, i, limit);
  if (!w) { return null; }
  let end = i + w.word.length;
  if (startsWithAt(text, end, '份', limit)) { end++; }
  if (i > 0 && codeIn(BEFORE_RELATIVE_MONTH_BLOCKERS, text.charCodeAt(i - 1))) { return null; }
  const fields = raw(true, 'monthRel');
  fields.monthOffset = w.value;
  flagsBefore(ctx, fields, i);
  // 上月末, 上月底, 本月初.
  const e = codeAt(text, end, limit);
  if ((e === MO_END || e === DI_BOTTOM) && isEdge(e, text.charCodeAt(end + 1))) { fields.monthPoint = 'end'; end++; }
  else if (e === CHU_START && isEdge(e, text.charCodeAt(end + 1))) { fields.monthPoint = 'start'; end++; }
  else { end = daysOfMonth(ctx, end, fields); }
  return make(ctx, i, end, fields);
}

/** 本月10日, 本月10—12日 (days or numerals and 日 or 号) at k after a relative month: written onto fields, the end; else k. */
function daysOfMonth(ctx: ScanContext, k: number, fields: RawDate): number {
  const { text, limit } = ctx;
  const d = readSmall(text, k, limit, 2);
  if (!d || d.value < 1 || d.value > 31) { return k; }
  let end = d.end;
  let to = -1;
  if (end < limit && codeIn(RANGE_DASHES, text.charCodeAt(end))) {
    const e = readSmall(text, end + 1, limit, 2);
    if (e && e.cn === d.cn && e.value > d.value && e.value <= 31 && codeIn(DAY_WORDS, codeAt(text, e.end, limit))) { to = e.value; end = e.end; }
  }
  if (!codeIn(DAY_WORDS, codeAt(text, end, limit))) { return k; }
  fields.day = d.value;
  if (to > 0) { fields.dayTo = to; }
  return end + 1;
}
