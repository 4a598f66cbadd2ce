// Resolving the raw dates that are not calendar dates (docs/annotation.md §2): plan periods,
// durations, points and years back, 年内, relative months, bare days and event labels.
import type { RawDate } from '../rawDate';
import { addDays, dayRange, monthRange, shiftYears, yearRange } from '../calendar/days';
import { daysInMonth } from '../calendar/iso';
import type { Anchor } from './anchors';
import { APPROXIMATE, EXPLICIT, NO_DOCUMENT_DATE, NO_MONTH } from './bases';
import type { ResolveState, Resolution } from './state';

/** “十四五”: its years. */
export function resolvePlan(st: ResolveState, raw: RawDate, out: Resolution): void {
  out.range = yearRange(st.days, raw.year ?? 0, raw.yearTo ?? 0);
  out.basis = EXPLICIT;
}

/** The day `raw` counts back to from the anchor (years or days), or null when approximate (40多年来). */
function backFrom(st: ResolveState, raw: RawDate, anchor: Anchor): string | null {
  if (raw.days !== undefined) { return raw.days === null ? null : addDays(st.days, anchor.date, -raw.days); }
  return raw.years === null || raw.years === undefined ? null : shiftYears(st.days, anchor.date, -raw.years);
}

/** 11年来, 连续15年, 过去十年来, 过去48小时: the period back from the anchor, up to it. */
export function resolveDuration(st: ResolveState, raw: RawDate, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  const from = backFrom(st, raw, anchor);
  if (from === null) { out.basis = APPROXIMATE; return; }
  out.range = st.days.range(from, anchor.date);
  out.basis = anchor.basis;
}

/** 20年前, 一周前: the day that far back from the anchor. */
export function resolveAgo(st: ResolveState, raw: RawDate, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  const day = backFrom(st, raw, anchor);
  if (day === null) { out.basis = APPROXIMATE; return; }
  out.range = st.days.range(day, day);
  out.basis = anchor.basis;
}

/** 过去10年: the calendar years before the anchor's (2011–2020 said in 2021). */
export function resolveLastYears(st: ResolveState, raw: RawDate, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  if (raw.years === null || raw.years === undefined) { out.basis = APPROXIMATE; return; }
  out.range = yearRange(st.days, anchor.year - raw.years, anchor.year - 1);
  out.basis = anchor.basis;
}

/** 今天, 昨天上午: the day that many days from the anchor. */
export function resolveDayRel(st: ResolveState, raw: RawDate, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  const day = addDays(st.days, anchor.date, raw.days ?? 0);
  out.range = st.days.range(day, day);
  out.basis = anchor.basis;
}

/** 上周, 本周五, 上周末: the Monday-to-Sunday week that many weeks from the anchor's, or its days named. */
export function resolveWeekRel(st: ResolveState, raw: RawDate, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  // Monday 1 … Sunday 7 of the anchor (getUTCDay counts Sunday 0).
  const dow = new Date(Date.UTC(anchor.year, anchor.month - 1, Number(anchor.date.slice(8, 10)))).getUTCDay() || 7;
  const monday = addDays(st.days, anchor.date, (raw.days ?? 0) - (dow - 1));
  const from = raw.day ?? 1;
  const to = raw.dayTo ?? raw.day ?? 7;
  out.range = st.days.range(addDays(st.days, monday, from - 1), addDays(st.days, monday, to - 1));
  out.basis = anchor.basis;
}

/** 年内: from the anchor to the end of its year. */
export function resolveWithinYear(st: ResolveState, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  out.range = st.days.range(anchor.date, st.days.iso(anchor.year, 12, 31));
  out.basis = anchor.basis;
}

/** 上月, 本月初, 本月10—12日: relative to the month under discussion, else to the anchor's month. */
export function resolveMonthRel(st: ResolveState, raw: RawDate, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  const days = st.days;
  const tm = st.mentions.topicMonth;
  const topic = tm.start >= 0;
  let y = topic ? tm.y : anchor.year;
  let m = (topic ? tm.m : anchor.month) + (raw.monthOffset ?? 0);
  if (m < 1) { m += 12; y--; } else if (m > 12) { m -= 12; y++; }
  if (raw.day !== undefined) {
    // 本月10—12日: days of that month (none past its end).
    const to = raw.dayTo ?? raw.day;
    if (to <= daysInMonth(y, m)) { out.range = days.range(days.iso(y, m, raw.day), days.iso(y, m, to)); }
  } else {
    out.range = raw.monthPoint === 'end' ? dayRange(days, y, m, daysInMonth(y, m)) : raw.monthPoint === 'start' ? dayRange(days, y, m, 1) : monthRange(days, y, m);
  }
  out.basis = topic ? st.bases.at(tm.text, tm.start) : anchor.basis;
}

/** 2日: a day of the month named last. */
export function resolveDayOnly(st: ResolveState, raw: RawDate, out: Resolution): void {
  const lm = st.mentions.lastMonth;
  if (lm.start < 0) { out.basis = NO_MONTH; return; }
  if ((raw.day ?? 1) <= daysInMonth(lm.y, lm.m)) { out.range = dayRange(st.days, lm.y, lm.m, raw.day ?? 1); }
  out.basis = st.bases.at(lm.text, lm.start);
}

/** “12·21”: the last such day up to the anchor. */
export function resolveEvent(st: ResolveState, raw: RawDate, anchor: Anchor | null, out: Resolution): void {
  if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
  let y = anchor.year;
  if (st.days.iso(y, raw.month ?? 1, raw.day ?? 1) > anchor.date) { y--; }
  out.range = dayRange(st.days, y, raw.month ?? 1, raw.day ?? 1);
  out.basis = anchor.basis;
}
