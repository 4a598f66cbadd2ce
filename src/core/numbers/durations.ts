// Durations that a calendar word would otherwise claim (docs/annotation.md §7 Durations: durations
// without 来/连续 are numbers, `３日`内 with unit 日): N日 followed by 内, 以内 or 之内 counts days
// (自接到报告之日起３日内), where 日 after a numeral is otherwise a day of a month (3月5日) that the
// date layer owns.
import { Han } from './codes';
import { at } from './lookaround';
import { DAYS_WITHIN_LIST } from './matchers';
import type { UnitMatch } from './units';
import { UNIT_FORMS } from './unitTable';

/** 日 as a unit of duration. */
export const DAYS: UnitMatch = Object.freeze({ form: '日', def: UNIT_FORMS['日'] });

/**
 * Whether the 日 at `j`, after the numeral at `pos`, counts days: 内, 以内 or 之内 follows it, and no
 * month stands before the numeral (5月3日内 is a date).
 */
export function countsDays(text: string, pos: number, j: number, limit: number): boolean {
  return at(text, j, limit) === Han.Ri && at(text, pos - 1, limit) !== Han.Yue && DAYS_WITHIN_LIST.at(text, j + 1, limit) !== null;
}
