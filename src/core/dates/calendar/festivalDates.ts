// The day of a festival in a given year (docs/annotation.md §2): fixed, looked up in a lunar table,
// or the solar term 清明 computed.
import { FESTIVALS, type FestivalRule } from '../festivals';
import { addDays, type Days } from './days';

const RULES = new Map<string, FestivalRule>(FESTIVALS.map((f) => [f.word, f.rule]));

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
