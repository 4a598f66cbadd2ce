// A raw date's calendar range in a given year, and the granularity an annotation reports
// (docs/annotation.md §2, §6).
import type { DateGranularity, DateRange } from '../../types';
import type { RawDate } from '../rawDate';
import { dayRange, monthRange, yearRange, addDays, type Days } from './days';
import { festivalDate, festivalRule, holidayRange } from './festivalDates';
import { daysInMonth } from './iso';

/** The calendar range of a calendar-shaped raw date in year y (without 以来). */
export function calendarRange(days: Days, raw: RawDate, y: number): DateRange | null {
  switch (raw.part) {
    case 'year': case undefined:
      return yearRange(days, y, raw.yearTo ?? y);
    case 'half':
      return raw.half === 1 ? days.range(days.iso(y, 1, 1), days.iso(y, 6, 30)) : days.range(days.iso(y, 7, 1), days.iso(y, 12, 31));
    case 'quarter': {
      const q1 = raw.quarter ?? 1;
      const q2 = raw.quarterTo ?? q1;
      if (raw.monthPoint === 'end') { return dayRange(days, y, q2 * 3, daysInMonth(y, q2 * 3)); }
      return monthRange(days, y, q1 * 3 - 2, q2 * 3);
    }
    case 'months': {
      const m = raw.month ?? 1;
      const m2 = raw.monthTo ?? m;
      const dim = daysInMonth(y, m);
      switch (raw.monthPoint) {
        case 'end': return dayRange(days, y, m, dim);
        case 'start': return dayRange(days, y, m, 1);
        case 'xun1': return days.range(days.iso(y, m, 1), days.iso(y, m, 10));
        case 'xun2': return days.range(days.iso(y, m, 11), days.iso(y, m, 20));
        case 'xun3': return days.range(days.iso(y, m, 21), days.iso(y, m, dim));
        case 'firstWeek': {
          // The first week that starts on a Monday inside the month.
          const dow = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
          const first = 1 + ((8 - dow) % 7);
          const s = days.iso(y, m, first);
          return days.range(s, addDays(days, s, 6));
        }
        default: {
          if (raw.yearTo === undefined) { return monthRange(days, y, m, m2); }
          // 2020年9月至2021年5月: across years; none when it ends before it starts.
          const y2 = raw.yearTo;
          return y2 > y || (y2 === y && m2 >= m) ? days.range(days.iso(y, m, 1), days.iso(y2, m2, daysInMonth(y2, m2))) : null;
        }
      }
    }
    case 'days': {
      const m = raw.month ?? 1;
      const d = raw.day ?? 1;
      if (d > daysInMonth(y, m)) { return null; }
      const s = days.iso(y, m, d);
      if (raw.dayTo === undefined) { return days.range(s, s); }
      const m2 = raw.monthTo ?? m;
      const y2 = raw.yearTo ?? y;
      const e = days.iso(y2, m2, Math.min(raw.dayTo, daysInMonth(y2, m2)));
      return e >= s ? days.range(s, e) : null;
    }
    case 'yearEnd': return dayRange(days, y, 12, 31);
    case 'yearStart': return dayRange(days, y, 1, 1);
    case 'festival': {
      const rule = festivalRule(raw.festival);
      const s = rule ? festivalDate(days, rule, y) : null;
      return s ? days.range(s, s) : null;
    }
    case 'holiday': return holidayRange(days, raw.festival, y);
    case 'same': return null;
  }
}

/** The granularity of a resolved date (day, month, quarter, half, year, period, duration, event). */
export function granularityOf(raw: RawDate, range: DateRange | null): DateGranularity {
  if (raw.shape === 'duration') { return 'duration'; }
  if (raw.shape === 'ago' || raw.shape === 'dayRel') { return 'day'; }
  if (raw.shape === 'weekRel') { return raw.day !== undefined && raw.dayTo === undefined ? 'day' : 'period'; }
  if (raw.shape === 'lastYears') { return 'period'; }
  if (raw.shape === 'plan') { return raw.year === raw.yearTo ? 'year' : 'period'; }
  if (raw.shape === 'withinYear' || raw.since) { return 'period'; }
  if (raw.shape === 'event' || raw.part === 'festival') { return 'event'; }
  if (raw.part === 'holiday') { return 'period'; }
  if (raw.shape === 'dayOnly') { return 'day'; }
  if (raw.shape === 'monthRel') { return raw.dayTo !== undefined ? 'period' : raw.monthPoint || raw.day !== undefined ? 'day' : 'month'; }
  switch (raw.part) {
    case 'year': return raw.yearTo !== undefined ? 'period' : 'year';
    case 'half': return 'half';
    case 'quarter':
      if (raw.monthPoint === 'end') { return 'day'; } return raw.quarterTo !== undefined && raw.quarterTo !== raw.quarter ? 'period' : 'quarter';
    case 'months':
      if (raw.monthPoint === 'end' || raw.monthPoint === 'start') { return 'day'; }
      if (raw.monthPoint || raw.yearTo !== undefined) { return 'period'; }
      return raw.monthTo !== undefined && raw.monthTo !== raw.month ? 'period' : 'month';
    case 'days': return raw.dayTo !== undefined ? 'period' : 'day';
    case 'yearEnd': case 'yearStart': return 'day';
    default: break;
  }
  return range && range.start === range.end ? 'day' : 'period';
}
