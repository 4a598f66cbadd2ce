// Parts of a year whose year comes from context or from a year word before them
// (docs/annotation.md §2): halves (上半年), quarters (二季度, 第三、四季度, 二季度末) and the first
// N months or quarters (前7个月, 前三季度).
import { WordList, WordTable, charTable, codeIn, digitValue } from '../../text';
import { applySub, make, monthsSub, quarterSub, raw, type RawDate, type Sub } from '../rawDate';
import { codeAt, isDateNumeral, readSmall, startsWithAt } from '../read';
import { flagsBefore, since } from '../marks';
import type { ScanContext } from '../scan/context';
import { BEFORE_QIAN_BLOCKERS, HALVES, MONTH_COUNT_WORDS, QUARTER_COUNT_WORDS, RANGE_DASHES } from '../words';
import { DI_BOTTOM, MO_END, isEdge } from './edges';

export const HALF_TABLE = new WordTable(HALVES);
const RANGE_DASH_TABLE = charTable(RANGE_DASHES);
const DUN = '、'.charCodeAt(0);
const JI = '季'.charCodeAt(0);
const MONTH_COUNTS = new WordList(MONTH_COUNT_WORDS);
const QUARTER_COUNTS = new WordList(QUARTER_COUNT_WORDS);

/** 上半年, 下半年 (year from context). */
export function parseHalf(ctx: ScanContext, i: number): RawDate | null {
  const h = HALF_TABLE.rowAt(ctx.text, i, ctx.limit);
  if (!h) { return null; }
  const end = since(ctx, i + h.word.length);
  const r = raw(true, 'calendar', 'context', 'half');
  r.half = h.value === 1 ? 1 : 2;
  if (end > i + h.word.length) { r.since = true; }
  flagsBefore(ctx, r, i);
  return make(ctx, i, end, r);
}

export interface ListRead { from: number; to: number; end: number }

/** 一季度, 三、四季度, 一至三季度, 二季度 (i at the numeral). */
export function quarterList(ctx: ScanContext, i: number): ListRead | null {
  const { text, limit } = ctx;
  const a = readSmall(text, i, limit, 1);
  if (!a || a.value < 1 || a.value > 4) { return null; }
  let j = a.end;
  let to = a.value;
  if (j < limit && (text.charCodeAt(j) === DUN || RANGE_DASH_TABLE[text.charCodeAt(j)] === 1)) {
    const b = readSmall(text, j + 1, limit, 1);
    if (b && b.value > a.value && b.value <= 4 && startsWithAt(text, b.end, '季度', limit)) { to = b.value; j = b.end; }
  }
  if (!startsWithAt(text, j, '季度', limit)) { return null; }
  return { from: a.value, to, end: j + 2 };
}

/** 二季度末: the end of the quarter; returns the end of the span. */
export function quarterEnd(text: string, i: number, limit: number): number {
  const e = codeAt(text, i, limit);
  return (e === MO_END || e === DI_BOTTOM) && isEdge(e, text.charCodeAt(i + 1)) ? i + 1 : i;
}

/** Bare quarters: 二季度, 三、四季度, 二季度末 (year from context); with `ordinal`, i at 第 (第一季度). */
function quartersAt(ctx: ScanContext, i: number, ordinal: boolean): RawDate | null {
  const q = quarterList(ctx, ordinal ? i + 1 : i);
  if (!q) { return null; }
  const qEnd = quarterEnd(ctx.text, q.end, ctx.limit);
  const end = since(ctx, qEnd);
  const r = raw(true, 'calendar', 'context', 'quarter');
  r.quarter = q.from; r.quarterTo = q.to;
  if (qEnd > q.end) { r.monthPoint = 'end'; }
  if (end > qEnd) { r.since = true; }
  flagsBefore(ctx, r, i);
  return make(ctx, i, end, r);
}

/** 二季度, 三、四季度, 一至三季度, 二季度末. */
export function parseQuarters(ctx: ScanContext, i: number): RawDate | null {
  return quartersAt(ctx, i, false);
}

/** 第一季度, 第三、四季度 (i at 第). */
export function parseOrdinalQuarters(ctx: ScanContext, i: number): RawDate | null {
  // 季 stands within the numeral(s) read by quarterList (at most 3 + 1 + 3 characters): else nothing to read.
  const { text, limit } = ctx;
  let cue = false;
  for (let k = i + 2; k < limit && k <= i + 8 && !cue; k++) { cue = text.charCodeAt(k) === JI; }
  return cue ? quartersAt(ctx, i, true) : null;
}

/** 前7个月, 前5月, 前三季度 (i at 前): the months or quarters from the year's start. */
export function firstN(ctx: ScanContext, i: number): Sub | null {
  const { text, limit } = ctx;
  if (!startsWithAt(text, i, '前', limit)) { return null; }
  const n = readSmall(text, i + 1, limit, 2);
  if (!n) { return null; }
  if (MONTH_COUNTS.at(text, n.end, limit) !== null) {
    if (n.value < 1 || n.value > 12) { return null; }
    return monthsSub(n.end + 2, 1, n.value);
  }
  // 前5月 / 前5月份 (Taiwan and statistics style): the first five months, unless a day follows (前5月3日).
  if (startsWithAt(text, n.end, '月', limit) && n.value >= 1 && n.value <= 12) {
    const end = startsWithAt(text, n.end + 1, '份', limit) ? n.end + 2 : n.end + 1;
    const next = end < limit ? text.charCodeAt(end) : 0;
    if (digitValue(next) < 0 && !isDateNumeral(text.charCodeAt(end))) {
      return monthsSub(end, 1, n.value);
    }
  }
  const quarters = QUARTER_COUNTS.at(text, n.end, limit);
  if (quarters !== null && n.value >= 1 && n.value <= 4) { return quarterSub(n.end + quarters.length, 1, n.value); }
  return null;
}

/** 前7个月, 前三季度 with the year from context (提前, 之前, 目前… are other words). */
export function parseFirstN(ctx: ScanContext, i: number): RawDate | null {
  const f = firstN(ctx, i);
  if (!f) { return null; }
  if (codeIn(BEFORE_QIAN_BLOCKERS, ctx.text.charCodeAt(i - 1))) { return null; }
  const r = raw(true, 'calendar', 'context');
  applySub(r, f);
  flagsBefore(ctx, r, i);
  return make(ctx, i, f.end, r);
}
