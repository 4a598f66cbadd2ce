// Language data for the date recognizer (dates.ts) and the document date (documentDate.ts).
// Kept as plain tables so that the rules can be read and extended without touching the scanner.

/** Words that name a year relative to the document date, with their offset in years. */
export const RELATIVE_YEARS: ReadonlyArray<readonly [word: string, offset: number]> = [
  ['今年', 0],
  ['本年度', 0],
  ['去年', -1],
  ['前年', -2],
  ['明年', 1],
];

/** 上年 is "the year before" the year being talked about (the year under review in a look-back); longest first. */
export const PREVIOUS_YEAR_WORDS: readonly string[] = ['上一年', '上年'];

/** Months relative to the month just mentioned (or to the document's month). */
export const RELATIVE_MONTHS: ReadonlyArray<readonly [word: string, offset: number]> = [
  ['上月', -1],
  ['本月', 0],
  ['下月', 1],
];

export const HALVES: ReadonlyArray<readonly [word: string, half: 1 | 2]> = [
  ['上半年', 1],
  ['下半年', 2],
];

/** Ten-day parts of a month. */
export const XUN: ReadonlyArray<readonly [word: string, firstDay: number, lastDay: number]> = [
  ['上旬', 1, 10],
  ['中旬', 11, 20],
  ['下旬', 21, 31],
];

/** Parts of the day that may follow a day (8月2日上午); longest first. */
export const PARTS_OF_DAY: readonly string[] = [
  '凌晨', '清晨', '早上', '早晨', '上午', '中午', '下午', '傍晚', '晚上', '晚间', '夜间', '深夜', '午后', '夜里', '晚', '夜',
];

/** Chinese digits as written digit by digit in years (二〇二四) and inside numerals. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0,
  '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Opening and closing quotation marks around plan periods (“十四五”) and event labels (“12·21”). */
export const OPEN_QUOTES = '“"「『‘\'';
export const CLOSE_QUOTES = '”"」』’\'';

/** Separators inside an event label named by month and day (12·21). */
export const MONTH_DAY_DOTS = '·•・．.';

/** Dots that name an event by its date even without quotation marks (7·20特大暴雨). */
export const EVENT_DOTS = '·•・';
/** Words after an unquoted date label that make it an event's name. */
export const EVENT_WORDS: readonly string[] = [
  '特大', '重大', '较大', '事故', '事件', '暴雨', '洪水', '洪灾', '地震', '火灾', '爆炸', '案件', '专案', '惨案', '矿难', '坍塌', '透水',
];

/** Range dashes between two dates or numbers (1—7月, 7.4—7.10). */
export const RANGE_DASHES = '—–－-~～至';

/** Words after a plan period that belong to its span (“十四五”时期). */
export const PLAN_SUFFIXES: readonly string[] = ['时期', '時期', '期间', '期間'];
/** Words after an unquoted plan period that show it is one (十四五规划). */
export const PLAN_UNQUOTED_CUES: readonly string[] = ['规划', '規劃', '时期', '時期', '期间', '期間', '末', '以来', '开局', '收官'];

/** First and last year of the Nth five-year plan (一五 = 1953–1957; 1963–65 was an adjustment period). */
export function planYears(n: number): [number, number] | null {
  if (n < 1 || n > 30) { return null; }
  const start = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
  return [start, start + 4];
}

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

/** Festival names, longest first so that 国庆节 wins over 国庆. */
export const FESTIVALS: ReadonlyArray<readonly [name: string, rule: FestivalRule]> = [
  ['五一劳动节', { kind: 'fixed', month: 5, day: 1 }],
  ['劳动节', { kind: 'fixed', month: 5, day: 1 }],
  ['国庆节', { kind: 'fixed', month: 10, day: 1 }],
  ['國慶節', { kind: 'fixed', month: 10, day: 1 }],
  ['国庆', { kind: 'fixed', month: 10, day: 1 }],
  ['元旦', { kind: 'fixed', month: 1, day: 1 }],
  ['春节', { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 0 }],
  ['春節', { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 0 }],
  ['除夕', { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: -1 }],
  ['元宵节', { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 14 }],
  ['元宵節', { kind: 'lunar', table: SPRING_FESTIVAL, offsetDays: 14 }],
  ['端午节', { kind: 'lunar', table: DRAGON_BOAT, offsetDays: 0 }],
  ['端午節', { kind: 'lunar', table: DRAGON_BOAT, offsetDays: 0 }],
  ['端午', { kind: 'lunar', table: DRAGON_BOAT, offsetDays: 0 }],
  ['中秋节', { kind: 'lunar', table: MID_AUTUMN, offsetDays: 0 }],
  ['中秋節', { kind: 'lunar', table: MID_AUTUMN, offsetDays: 0 }],
  ['中秋', { kind: 'lunar', table: MID_AUTUMN, offsetDays: 0 }],
  ['清明节', { kind: 'qingming' }],
  ['清明節', { kind: 'qingming' }],
];

/** Republic of China era prefixes: year N of 民國 is N + 1911. */
export const ROC_PREFIXES: readonly string[] = ['中華民國', '中华民国', '民國', '民国'];
export const ROC_OFFSET = 1911;

/** Words before a year that make it a deadline (到2027年); 截至 is an as-of, not a deadline. */
export const DEADLINE_BEFORE: readonly string[] = ['到', '至'];
/** Words after a year that make it a deadline (2025年前). */
export const DEADLINE_AFTER: readonly string[] = ['前', '以前', '之前', '目标'];
/** Words before a date that mark it as the thing compared with (相比于5月份, 比2020年). */
export const COMPARISON_BEFORE: readonly string[] = ['相比于', '相较于', '对比', '相比', '比', '较', '與', '与', '同', '跟'];
/** Words before a date that make it an as-of point (截至今年7月底). */
export const AS_OF_BEFORE: readonly string[] = ['截至', '截止到', '截止至', '截止', '截至到'];

/** Openers of a paragraph that reviews the previous year (a work report looking back). */
export const LOOK_BACK_OPENERS: readonly string[] = ['过去一年', '過去一年', '去年'];

/** Words in a heading whose year is the year under review for what follows (2022年工作回顾, …统计公报). */
export const LOOK_BACK_HEADING_WORDS: readonly string[] = [
  '回顾', '回顧', '公报', '公報', '总结', '總結', '报告', '報告', '决算', '決算', '年报', '年報', '执行情况', '執行情況',
];

/**
 * Vague times that are never dates (ANNOTATION.md §7); the scanner has no rule that matches them,
 * and the tests check that it stays so.
 */
export const VAGUE_TIMES: readonly string[] = [
  '近年来', '连日来', '长远看', '多年', '连续多年', '年均', '近年', '当年', '日前', '近期', '目前', '当前',
  '同期', '当天', '同时', '上次', '当时', '多年来', '近日', '今后', '未来', '前期', '同年', '次年',
];

/** Characters after 年初/年底/年末 that show a different word (初步, 底线, 末端). */
export const YEAR_EDGE_BLOCKERS: Readonly<Record<string, string>> = {
  '初': '步期次级稿审选衷始心见赛中创',
  '底': '线气数部层子蕴色座牌片稿',
  '末': '端尾梢节位班流日',
};
