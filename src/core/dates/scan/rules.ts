// Every date form the scanner knows, registered in one place (docs/architecture.md): a new form is
// a parser in rules/ and one row here. Within each list, the rules that may start at a character
// are tried in the order listed, and the first date read wins.
import { OPEN_QUOTES, ROC_PREFIXES, isDigit, writtenDigitValue } from '../../text';
import { FESTIVALS, HOLIDAY_NICKNAMES } from '../festivals';
import { isDateNumeral } from '../read';
import {
  APPROXIMATE_MARKS, CENTURY_PREFIXES, DATE_NUMERALS, EVENT_DOTS, FOLLOWING_YEAR_WORDS, HALVES, ISO_SEPARATORS, PAST_WORDS, PREVIOUS_YEAR_WORDS,
  RANGE_DASHES, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_WEEKS, RELATIVE_YEARS,
} from '../words';
import { parseDecade } from '../rules/decades';
import { parseRelativeDay, parseRelativeWeek } from '../rules/days';
import { parseAgo, parsePast } from '../rules/back';
import { parseConsecutive, parseSinceNow, parseYearsSince } from '../rules/durations';
import { parseEventLabel, parseFestival } from '../rules/eventDays';
import { parseIsoDate } from '../rules/iso';
import { parseBareDay, parseDottedRange, parseMonthDate } from '../rules/monthsDays';
import { parseFirstN, parseHalf, parseOrdinalQuarters, parseQuarters } from '../rules/parts';
import { parsePlainPlan, parseQuotedPlan } from '../rules/plans';
import { parseFollowingYear, parseRelativeMonth, parseRelativeYear } from '../rules/relative';
import { parseRocYear, parseYearDate, parseYearWord } from '../rules/years';
import type { DigitRule, NumeralRule, WordRule } from './registry';

const isDigitOrNumeral = (c: number): boolean => isDigit(c) || isDateNumeral(c);
const isYearDigit = (c: number): boolean => writtenDigitValue(c) >= 0;

/** At a run of Arabic digits (a date never starts right after a number: scan/guards.ts). */
export const DIGIT_RULES: readonly DigitRule[] = [
  { name: 'numeric date', after: ISO_SEPARATORS, run: [4, 4], parse: parseIsoDate }, // 2024-09-02
  { name: 'year', after: '年 \n\r' + RANGE_DASHES, run: [1, 4], parse: parseYearDate }, // 2024年…, 2021—2025年, 70年10月19日, 102 年, 2019⏎年
  { name: 'decade', after: '年世', run: [1, 4], parse: parseDecade }, // 80年代, 20世纪80年代
  { name: 'dotted day range', after: '.．', run: [1, 2], parse: parseDottedRange }, // （7.4—7.10）
  { name: 'event label', after: EVENT_DOTS, run: [1, 2], parse: parseEventLabel }, // 7·20特大暴雨
  { name: 'month', after: '月、 \n\r' + RANGE_DASHES, run: [1, 2], parse: parseMonthDate }, // 6月, 5、6月份, 1—7月, 9月2日, 9 月
  { name: 'quarters', after: '季、' + RANGE_DASHES, run: [1, 1], parse: parseQuarters }, // 2季度
  { name: 'years since', after: '年' + APPROXIMATE_MARKS, run: [1, 3], parse: parseYearsSince }, // 11年来, 40多年来
  { name: 'bare day', after: '日', run: [1, 2], parse: parseBareDay }, // 2日, after a month on the line
  { name: 'ago', after: '年周週' + APPROXIMATE_MARKS, run: [1, 3], parse: parseAgo }, // 20年前, 1周前 (not after 个: N个 is everywhere)
];

/** At a Chinese numeral (not inside a run of them, not after 第: scan/guards.ts). */
export const NUMERAL_RULES: readonly NumeralRule[] = [
  { name: 'year', next: isYearDigit, cue: '年', parse: parseYearDate }, // 二〇二四年
  { name: 'plan', next: DATE_NUMERALS, cue: '五', parse: parsePlainPlan }, // 十四五规划
  { name: 'quarters', next: '季、' + RANGE_DASHES, cue: '季', parse: parseQuarters }, // 一季度, 三、四季度
  { name: 'month', next: DATE_NUMERALS + '月、' + RANGE_DASHES, cue: '月', parse: parseMonthDate }, // 十二月, 一月十六日
  { name: 'years since', next: DATE_NUMERALS + APPROXIMATE_MARKS + '年', cue: '年', parse: parseYearsSince }, // 十年来
  { name: 'decade', next: DATE_NUMERALS + '世年', cue: '世年', parse: parseDecade }, // 八十年代
  { name: 'ago', next: DATE_NUMERALS + APPROXIMATE_MARKS + '年周週个個', cue: '前', parse: parseAgo }, // 二十年前, 一周前
];

/** At a word or a quotation mark. */
export const WORD_RULES: readonly WordRule[] = [
  { name: 'relative year', words: [...RELATIVE_YEARS.map((w) => w.word), ...PREVIOUS_YEAR_WORDS], parse: parseRelativeYear },
  { name: 'half', words: HALVES.map((h) => h.word), parse: parseHalf },
  { name: 'relative month', words: RELATIVE_MONTHS.map((w) => w.word), parse: parseRelativeMonth },
  { name: 'relative day', words: RELATIVE_DAYS.map((w) => w.word), parse: parseRelativeDay }, // 今天上午, 昨天
  { name: 'relative week', words: RELATIVE_WEEKS.map((w) => w.word), parse: parseRelativeWeek }, // 上周, 本周五, 上周末
  { name: 'following year', words: FOLLOWING_YEAR_WORDS, parse: parseFollowingYear }, // 隔年
  { name: 'first N', first: '前', next: isDigitOrNumeral, parse: parseFirstN }, // 前7个月, 前三季度
  { name: 'decade', words: CENTURY_PREFIXES, parse: parseDecade }, // 上世纪90年代
  { name: 'ordinal quarters', first: '第', next: isDigitOrNumeral, parse: parseOrdinalQuarters }, // 第一季度
  { name: 'year word', words: ['全年', '年内', '年底', '年末', '年初'], parse: parseYearWord },
  { name: 'past', words: PAST_WORDS, parse: parsePast }, // 过去一年, 过去10年, 过去十年来, 过去48小时
  { name: 'consecutive years', first: '连連', next: '续續', parse: parseConsecutive }, // 连续15年
  { name: 'years since', first: '近', next: isDigitOrNumeral, parse: parseYearsSince }, // 近5年以来
  { name: 'since now', words: ['至今'], parse: parseSinceNow }, // 至今10年, 至今六十余年
  { name: 'ROC year', words: ROC_PREFIXES, parse: parseRocYear }, // 民國97年2月1日
  { name: 'festival', words: [...FESTIVALS.map((f) => f.word), ...HOLIDAY_NICKNAMES.map((h) => h.word)], parse: parseFestival }, // 春节, 五一劳动节, 十一假期
  { name: 'quoted plan', first: OPEN_QUOTES, next: DATE_NUMERALS, parse: parseQuotedPlan }, // “十四五”
  { name: 'quoted event label', first: OPEN_QUOTES, next: isDigit, parse: parseEventLabel }, // “12·21”
];
