// Resolving calendar dates (docs/annotation.md §2, §7): the year from the text, the anchor, the year
// under review or the sentence; then 同期, a bare festival's or holiday's next occurrence, the calendar range,
// …以来 up to the anchor; and what the date leaves for the dates after it.
import type { RawDate } from '../rawDate';
import { shiftYears } from '../calendar/days';
import { calendarRange } from '../calendar/ranges';
import type { Anchor } from './anchors';
import { headingAbove } from './headings';
import { EXPLICIT, NO_DOCUMENT_DATE, NO_PERIOD, STARTS_AFTER } from './bases';
import type { YearMark } from './review';
import type { ResolveState, Resolution } from './state';

/** Where a date stands: the start of its sentence and of its paragraph. */
export interface Place { sentence: number; para: number }

/** True when a year was named earlier in the paragraph at `at`, or in the heading line right above it. */
function yearInFocus(st: ResolveState, at: Place): boolean {
  const ly = st.mentions.lastYear;
  if (ly.start < 0) { return false; }
  if (ly.para === at.para) { return true; }
  const heading = headingAbove(st.text, at.para);
  return heading >= 0 && ly.start >= heading && ly.start < at.para;
}

/**
 * The year a calendar date falls in, with its basis in out.basis; null when there is none (and
 * out.none when the words are no date where they stand).
 */
function calendarYear(st: ResolveState, raw: RawDate, anchor: Anchor | null, review: YearMark | null, at: Place, out: Resolution): number | null {
  const ly = st.mentions.lastYear;
  switch (raw.yearMode) {
    case 'explicit':
      out.basis = EXPLICIT;
      return raw.year ?? null;
    case 'relative':
      if (!anchor) { out.basis = NO_DOCUMENT_DATE; return null; }
      out.basis = anchor.basis;
      return anchor.year + (raw.yearOffset ?? 0);
    case 'previous':
      if (review) { out.basis = st.bases.at(review.text, review.start); return review.year - 1; }
      if (anchor) { out.basis = anchor.basis; return anchor.year - 1; }
      out.basis = NO_DOCUMENT_DATE;
      return null;
    case 'following':
      // 隔年: the year after the one the paragraph named last; with none named, no date.
      if (ly.para !== at.para) { out.none = true; return null; }
      out.basis = st.bases.at(ly.text, ly.start);
      return ly.year + 1;
    case 'context':
    default: {
      const sy = st.mentions.sentenceYear.sentence === at.sentence ? st.mentions.sentenceYear : null;
      const monthish = raw.part === 'months' || raw.part === 'days';
      if (sy && monthish) { out.basis = st.bases.at(sy.text, sy.start); return sy.year; }
      if (review) { out.basis = st.bases.at(review.text, review.start); return review.year; }
      // 全年 with no year in focus (none under review, none named in its paragraph or in the heading
      // right above it, no goals after it) is "annual", no date: 全年财务费用预计20亿元.
      if (raw.part === 'year' && !raw.ownYear && !yearInFocus(st, at)) { out.none = true; return null; }
      if (anchor) { out.basis = anchor.basis; return anchor.year; }
      out.basis = NO_DOCUMENT_DATE;
      return null;
    }
  }
}

/** Resolves a calendar-shaped raw date into out. */
export function resolveCalendar(st: ResolveState, raw: RawDate, anchor: Anchor | null, review: YearMark | null, at: Place, out: Resolution): void {
  const days = st.days;
  let year = calendarYear(st, raw, anchor, review, at, out);
  if (year === null) { return; }
  if (raw.part === 'same') {
    // 同期: the period named last, in this date's year (a year before it for 去年同期 and 上年同期).
    const lp = st.mentions.lastPeriod;
    if (!lp.range) { out.basis = NO_PERIOD; return; }
    const shift = raw.yearMode === 'explicit' ? year - Number(lp.range.start.slice(0, 4)) : -1;
    out.range = days.range(shiftYears(days, lp.range.start, shift), shiftYears(days, lp.range.end, shift));
    out.basis = st.bases.at(lp.text, lp.start);
    return;
  }
  if (raw.next && anchor) {
    // A festival or holiday named without its year: its next occurrence (this year's when not over by the document date).
    const range = calendarRange(days, raw, year);
    out.range = range !== null && range.end < anchor.date ? calendarRange(days, raw, year + 1) : range;
    return;
  }
  let range = calendarRange(days, raw, year);
  if (range && raw.since) {
    if (!anchor) { out.basis = NO_DOCUMENT_DATE; return; }
    // 12月以来 said in September began last December.
    if (range.start > anchor.date && raw.yearMode === 'context') {
      year--;
      range = calendarRange(days, raw, year);
    }
    if (!range || range.start > anchor.date) { out.basis = STARTS_AFTER; return; }
    range = days.range(range.start, anchor.date);
    if (out.basis?.kind === 'explicit') { out.basis = anchor.basis; }
  }
  out.range = range;
  if (range) { st.mentions.remember(raw, year, range, at.sentence, at.para); }
}
