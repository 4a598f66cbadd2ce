// The day of a festival in a given year (docs/annotation.md §2): fixed, looked up in a lunar table,
// or the solar term 清明 computed; and the days off of its holiday (§7).
import type { DateRange } from '../../types';
import { FESTIVALS, type FestivalRule, type HolidaySpan } from '../festivals';
import { addDays, type Days } from './days';

const RULES = new Map<string, FestivalRule>(FESTIVALS.map((f) => [f.word, f.rule]));
const HOLIDAYS = new Map<string, readonly HolidaySpan[]>(FESTIVALS.flatMap((f) => (f.holiday ? [[f.word, f.holiday] as const] : [])));

/** The holiday of the festival `name` in `year` (its days off; a one-day holiday without a row), or null. */
export function holidayRange(days: Days, name: string | undefined, year: number): DateRange | null {
  const rule = festivalRule(name);
  const day = rule ? festivalDate(days, rule, year) : null;
  if (day === null) { return null; }
  let span: HolidaySpan = { since: 0, from: 0, days: 1 };
  for (const s of (name !== undefined ? HOLIDAYS.get(name) : undefined) ?? []) { if (year >= s.since) { span = s; } }
  const start = addDays(days, day, span.from);
  return days.range(start, addDays(days, start, span.days - 1));
}

/** The rule of the festival named `name` (春节, 国庆节 …). */
export function festivalRule(name: string | undefined): FestivalRule | undefined {
  return name === undefined ? undefined : RULES.get(name);
}

/** The festival's day in `year`, or null when the tables do not reach that year. */
export function festivalDate(days: Days, rule: FestivalRule, year: number): string | null {
  switch (rule.kind) {
    case 'fixed': return days.iso(year, rule.month, rule.day);
    case 'lunar': {
      const md = rule.table[year];
      return md ? addDays(days, `${year}-${md}`, rule.offsetDays) : null;
    }
    case 'qingming': {
      // Solar term 清明 (21st century): day = floor(Y·0.2422 + 4.81) − floor(Y/4), Y = year mod 100.
      if (year < 2000 || year > 2099) { return null; }
      const yy = year % 100;
      return days.iso(year, 4, Math.floor(yy * 0.2422 + 4.81) - Math.floor(yy / 4));
    }
  }
}
