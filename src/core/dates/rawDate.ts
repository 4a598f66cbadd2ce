// A date as the scanner finds it, before it is resolved against the document date, and the
// builders the rules share (docs/architecture.md: every raw date has one hidden class).
import type { Span } from '../types';
import type { ScanContext } from './scan/context';

/**
 * `duration`: a period ending at the document date (11年来, 过去48小时); `ago`: a point before it
 * (20年前, 一周前); `lastYears`: the calendar years before the document's (过去10年); `dayRel` and
 * `weekRel`: a day or a Monday-to-Sunday week counted from the document date's (昨天, 上周, 本周五).
 */
export type RawShape = 'calendar' | 'monthRel' | 'dayOnly' | 'duration' | 'ago' | 'lastYears' | 'plan' | 'event' | 'withinYear' | 'dayRel' | 'weekRel';
/** Where a calendar date's year comes from (`following`: the year after the year named last, 隔年). */
export type YearMode = 'explicit' | 'relative' | 'previous' | 'context' | 'following';
export type RawPart = 'year' | 'half' | 'quarter' | 'months' | 'days' | 'yearEnd' | 'yearStart' | 'same' | 'festival' | 'holiday';
export type MonthPoint = 'end' | 'start' | 'firstWeek' | 'xun1' | 'xun2' | 'xun3';

/** A date found in the text before it is resolved against the document date. */
export interface RawDate extends Span {
  relative: boolean;
  shape: RawShape;
  yearMode?: YearMode;
  /** Explicit year (民國 years already converted); a plan period's first year (“十四五”: 2021). */
  year?: number;
  /** Last year of an explicit range (2021—2025年, 2020年9月至2021年5月) or of a plan period (“十四五”: 2025). */
  yearTo?: number;
  /** 今年 0, 去年 -1, 前年 -2, 明年 1. */
  yearOffset?: number;
  part?: RawPart;
  half?: 1 | 2;
  quarter?: number;
  quarterTo?: number;
  month?: number;
  monthTo?: number;
  /** For shape weekRel, the days of the week named: Monday 1 … Sunday 7 (本周五: 5; 上周末: 6 to 7). */
  day?: number;
  dayTo?: number;
  monthPoint?: MonthPoint;
  /** …以来: from the period's start to the document date. */
  since?: boolean;
  asOf?: boolean;
  partOfDay?: string;
  festival?: string;
  /** Duration in years (11年来, 连续15年), or years back (20年前, 过去10年); null when approximate (40多年来). */
  years?: number | null;
  /**
   * The same in days, for a duration or a point counted in hours, days or weeks (过去48小时: 2, 一周前: 7);
   * for shapes dayRel and weekRel, the offset in days of the day or of the week's Monday from the
   * anchor's (昨天: -1, 上周: -7). Shapes share fields rather than add them: every raw date carries
   * every field (docs/architecture.md).
   */
  days?: number | null;
  monthOffset?: number;
  /** A deadline year (到2027年, 2025年前): never completes a dateline. */
  deadline?: boolean;
  /** Written as what is compared with (比2020年, 相比于5月份). */
  comparison?: boolean;
  /** 全年 before a word of goals (全年任务, 全年目标): it names the year in focus on its own. */
  ownYear?: boolean;
  /** A festival or holiday named without its year (春节, 十一国庆假期): its next occurrence. */
  next?: boolean;
}

/**
 * A raw date with every field present (undefined when unused), always in this order: all raw dates
 * share one hidden class, so the parsers' writes and the resolver's reads stay monomorphic, and no
 * object is spread per date. `make` fills in its span.
 */
export function raw(relative: boolean, shape: RawShape, yearMode?: YearMode, part?: RawPart): RawDate {
  return {
    start: 0, end: 0, text: '', relative, shape, yearMode, year: undefined, yearTo: undefined, yearOffset: undefined, part,
    half: undefined, quarter: undefined, quarterTo: undefined, month: undefined, monthTo: undefined, day: undefined,
    dayTo: undefined, monthPoint: undefined, since: undefined, asOf: undefined, partOfDay: undefined, festival: undefined,
    years: undefined, days: undefined, monthOffset: undefined, deadline: undefined,
    comparison: undefined, ownYear: undefined, next: undefined,
  };
}

export function make(ctx: ScanContext, start: number, end: number, r: RawDate): RawDate {
  r.start = start;
  r.end = end;
  r.text = ctx.text.slice(start, end);
  return r;
}

/** What follows a year-bearing word: 上半年, 一季度, 前7个月, 7月底, 全年, 底, 同期, 春节 … */
export type Sub = Pick<RawDate, 'half' | 'quarter' | 'quarterTo' | 'month' | 'monthTo' | 'day' | 'dayTo' | 'monthPoint' | 'partOfDay' | 'festival' | 'yearTo'>
  & { end: number; part: RawPart };

/** A sub-expression with every field present, in one order (one hidden class, like raw()). */
export function sub(end: number, part: RawPart): Sub {
  return {
    end, part, half: undefined, quarter: undefined, quarterTo: undefined, month: undefined, monthTo: undefined,
    day: undefined, dayTo: undefined, monthPoint: undefined, partOfDay: undefined, festival: undefined, yearTo: undefined,
  };
}

export function monthsSub(end: number, month: number, monthTo: number): Sub {
  const s = sub(end, 'months');
  s.month = month;
  s.monthTo = monthTo;
  return s;
}

export function quarterSub(end: number, quarter: number, quarterTo: number): Sub {
  const s = sub(end, 'quarter');
  s.quarter = quarter;
  s.quarterTo = quarterTo;
  return s;
}

/** Copies what a sub-expression (yearParts, monthExpr, firstN) read onto the raw date. */
export function applySub(r: RawDate, f: Sub): void {
  r.part = f.part;
  if (f.half !== undefined) { r.half = f.half; }
  if (f.quarter !== undefined) { r.quarter = f.quarter; }
  if (f.quarterTo !== undefined) { r.quarterTo = f.quarterTo; }
  if (f.month !== undefined) { r.month = f.month; }
  if (f.monthTo !== undefined) { r.monthTo = f.monthTo; }
  if (f.day !== undefined) { r.day = f.day; }
  if (f.dayTo !== undefined) { r.dayTo = f.dayTo; }
  if (f.monthPoint !== undefined) { r.monthPoint = f.monthPoint; }
  if (f.partOfDay !== undefined) { r.partOfDay = f.partOfDay; }
  if (f.festival !== undefined) { r.festival = f.festival; }
  if (f.yearTo !== undefined) { r.yearTo = f.yearTo; }
}
