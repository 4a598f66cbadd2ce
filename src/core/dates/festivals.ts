// Festivals (docs/annotation.md §2, §7): their names, how the day of each is found in a given year
// (a fixed day, a day of the lunar calendar looked up in a table, or the solar term 清明), the days
// off of the named holidays, and the words that make a festival a holiday or a festival of every year.

/** Chinese New Year (春节, 正月初一). */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05',
  2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10',
  2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13',
  2030: '02-03', 2031: '01-23', 2032: '02-11', 2033: '01-31', 2034: '02-19',
  2035: '02-08', 2036: '01-28', 2037: '02-15', 2038: '02-04', 2039: '01-24', 2040: '02-12',
};

/** Dragon Boat Festival (端午, 五月初五). */
export const DRAGON_BOAT: Readonly<Record<number, string>> = {
  2018: '06-18', 2019: '06-07', 2020: '06-25', 2021: '06-14', 2022: '06-03', 2023: '06-22',
  2024: '06-10', 2025: '05-31', 2026: '06-19', 2027: '06-09', 2028: '05-28', 2029: '06-16', 2030: '06-05',
};

/** Mid-Autumn Festival (中秋, 八月十五). */
export const MID_AUTUMN: Readonly<Record<number, string>> = {
  2018: '09-24', 2019: '09-13', 2020: '10-01', 2021: '09-21', 2022: '09-10', 2023: '09-29',
  2024: '09-17', 2025: '10-06', 2026: '09-25', 2027: '09-15', 2028: '10-03', 2029: '09-22', 2030: '09-12',
};

export type FestivalRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'lunar'; table: Readonly<Record<number, string>>; offsetDays: number }
  | { kind: 'qingming' };

/**
 * The days off of a named holiday (国庆假期, 春节假期; docs/annotation.md §7), in the years from
 * `since` on: from the festival's day + `from`, `days` long. These are the holidays as the State
 * Council's yearly notices set them: National Day 1–7 October; the Spring Festival seven days from
 * the eve (eight from 2025); Labour Day 1–3 May (1–5 from 2020). A festival without a row here has
 * a one-day holiday, its own day (the weekend around it moves from year to year).
 */
export interface HolidaySpan { readonly since: number; readonly from: number; readonly days: number }
const NATIONAL_DAY_HOLIDAY: readonly HolidaySpan[] = [{ since: 0, from: 0, days: 7 }];
const SPRING_HOLIDAY: readonly HolidaySpan[] = [{ since: 0, from: -1, days: 7 }, { since: 2025, from: -1, days: 8 }];
const LABOUR_HOLIDAY: readonly HolidaySpan[] = [{ since: 0, from: 0, days: 3 }, { since: 2020, from: 0, days: 5 }];

/** A festival's name, how its day is found, and its holiday when longer than the day. */
export interface Festival { readonly word: string; readonly rule: FestivalRule; readonly holiday?: readonly HolidaySpan[] }

/** Festival names (国庆节 and 国庆 both: the longest written wins). */
export const FESTIVALS: readonly Festival[] = [
  { word: '五一劳动节', rule: { kind: 'fixed', month: 5, day: 1 }, holiday: LABOUR_HOLIDAY },
  { word: '劳动节', rule: { kind: 'fixed', month: 5, day: 1 }, holiday: LABOUR_HOLIDAY },
  { word: '勞動節', rule: { kind: 'fixed', month: 5, day: 1 }, holiday: LABOUR_HOLIDAY },
  { word: '国庆节', rule: { kind: 'fixed', month: 10, day: 1 }, holiday: NATIONAL_DAY_HOLIDAY },
  { word: '國慶節', rule: { kind: 'fixed', month: 10, day: 1 }, holiday: NATIONAL_DAY_HOLIDAY },
  { word: '国庆', rule: { kind: 'fixed', month: 10, day: 1 }, holiday: NATIONAL_DAY_HOLIDAY },
  { word: '國慶', rule: { kind: 'fixed', month: 10, day: 1 }, holiday: NATIONAL_DAY_HOLIDAY },
  { word: '元旦', rule: { kind: 'fixed', month: 1, day: 1 } },
  { word: '春节', rule: { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 0 }, holiday: SPRING_HOLIDAY },
  { word: '春節', rule: { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 0 }, holiday: SPRING_HOLIDAY },
  { word: '除夕', rule: { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: -1 } },
  { word: '元宵节', rule: { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 14 } },
  { word: '元宵節', rule: { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 14 } },
  { word: '端午节', rule: { kind: 'lunar', table: DRAGON_BOAT, offsetDays: 0 } },
  { word: '端午節', rule: { kind: 'lunar', table: DRAGON_BOAT, offsetDays: 0 } },
  { word: '端午', rule: { kind: 'lunar', table: DRAGON_BOAT, offsetDays: 0 } },
  { word: '中秋节', rule: { kind: 'lunar', table: MID_AUTUMN, offsetDays: 0 } },
  { word: '中秋節', rule: { kind: 'lunar', table: MID_AUTUMN, offsetDays: 0 } },
  { word: '中秋', rule: { kind: 'lunar', table: MID_AUTUMN, offsetDays: 0 } },
  { word: '清明节', rule: { kind: 'qingming' } },
  { word: '清明節', rule: { kind: 'qingming' } },
];

/** After a festival, words that make it the named holiday (国庆假期, 春节长假, 五一小长假). */
export const HOLIDAY_SUFFIXES: readonly string[] = ['小长假', '小長假', '长假', '長假', '假期', '黄金周', '黃金週', '黄金週'];

/**
 * Short names of a holiday (十一 for National Day, 五一 for Labour Day): a date only before a holiday
 * word or the festival's name (十一假期, 十一国庆假期, 五一小长假); 十一 alone is a number.
 */
export const HOLIDAY_NICKNAMES: readonly { readonly word: string; readonly festival: string }[] = [
  { word: '十一', festival: '国庆' },
  { word: '五一', festival: '劳动节' },
];

/**
 * Words before a festival, in its line, that make it a festival of every year, no date (每年春节前后,
 * 从历史经验看…国庆前, 往年国庆): docs/annotation.md §7. 过去N年, 近N年 and N年来 (N ≥ 2) count too.
 */
export const EVERY_YEAR_WORDS: readonly string[] = ['每年', '每逢', '每到', '历年', '歷年', '往年', '以往', '历史', '歷史', '多年'];
/** Before a count of years that makes a multi-year frame: 过去10年, 近5年. */
export const MULTI_YEAR_OPENERS: readonly string[] = ['过去', '過去', '近'];
