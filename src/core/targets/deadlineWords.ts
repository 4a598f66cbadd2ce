// Language data for deadlines (docs/annotation.md §3 `deadline`, §7 "Targets"): what may follow or
// precede a date that is a deadline, and deadlines named in words. deadlines.ts and leads.ts read them.

/** After a deadline date: 到2025年底 / 2027年前 / 在2025年之前. */
export const DEADLINE_SUFFIXES: readonly string[] = ['年底前', '底前', '之前', '以前', '前', '底', '末', '年底', '年末', '期末', '期间', '時期', '时期', '期間'];

/** Years that are deadlines only when the document date says so; these are never deadlines. */
export const PAST_DATE_PREFIXES: readonly string[] = ['去年', '上年', '前年', '昨年', '上月', '上个月', '上個月', '昨天', '昨日'];

/** A date right after these is a base or a start, not a deadline (比2020年下降18%). */
export const NON_DEADLINE_BEFORE: readonly string[] = ['比', '较', '較', '与', '與', '同', '从', '從', '自', '截至', '截止', '相比'];

/** A date right before these is not a deadline either (2020年以来, 2020年同期; 至2012年为止 and 至6月30日止 say “as of” and “until”). */
export const NON_DEADLINE_AFTER: readonly string[] = ['以来', '以來', '同期', '水平', '基础上', '基礎上', '相比', '的', '起', '为止', '為止', '止'];

/**
 * A five-year period right before these names the plan, it sets no deadline (将在编制“十一五”规划中…),
 * unless PLAN_PERIOD follows: 在“十四五”规划期内 is the plan's period.
 */
export const PLAN_NAME_AFTER: readonly string[] = ['规划', '規劃', '纲要', '綱要'];
export const PLAN_PERIOD = '期';

/** Deadlines named in words: 到本世纪中叶 (the centenary goal, 2050). */
export const DEADLINE_PHRASES: readonly { word: string; year: number }[] = [
  { word: '本世纪中叶', year: 2050 },
  { word: '本世紀中葉', year: 2050 },
  { word: '本世纪末', year: 2100 },
  { word: '本世紀末', year: 2100 },
];

/** Five-year plans by number (“十四五” is the 14th, 2021–2025): a deadline is the plan's last year. */
export const FIVE_YEAR_PLANS: readonly { word: string; plan: number }[] = [
  { word: '十一五', plan: 11 }, { word: '十二五', plan: 12 }, { word: '十三五', plan: 13 },
  { word: '十四五', plan: 14 }, { word: '十五五', plan: 15 }, { word: '十六五', plan: 16 },
];
/** The first year of the third five-year plan; each plan runs five years from there. */
export const THIRD_PLAN_START = 1966;

/** After the date of a start (从2019年开始, 自2025年起): what makes it one. */
export const START_CLOSERS: readonly string[] = ['开始', '開始', '起'];

/** Words that open a period to run (经过5—10年左右时间): its years count from the document's (§7). */
export const DURATION_OPENERS: readonly string[] = ['经过', '經過'];
/** Words that close one (用三年时间, 三年内, 五年左右时间). */
export const DURATION_CLOSERS: readonly string[] = [
  '左右时间内', '左右時間內', '左右时间', '左右時間', '时间内', '時間內', '时间', '時間', '以内', '以內', '之内', '之內', '内', '內',
];
/** The units of a duration counted in years. */
export const DURATION_UNITS_YEAR: readonly string[] = ['年'];

/** A marker followed at once by one of these and a date schedules an event for that date (将于10月17日出具裁决). */
export const SCHEDULE_PREPOSITIONS = '于於在';

/** What joins the ends of a date range written out (11月5日至10日, 本月10—12日): its deadline is the interval. */
export const DATE_RANGE_MARKS: readonly string[] = ['至', '到', '—', '－', '-', '～', '~', '–'];

/** Characters before a year that make it a deadline (到2025年 states one; 于11月5日举办 only dates an event). */
export const DEADLINE_INTRODUCERS = '到至';
/** A deadline ending in these is a deadline proper, not just the period spoken of (2025年底前, 2025年底, “十四五”末). */
export const DEADLINE_ENDS = '前底末';
/** A 到/至 right after these joins the second half of a period (2021年到2025年, 从…到…), not a deadline. */
export const PERIOD_STARTS = '年从從';
/** Characters before a year where a deadline is read when the date layer gave none (到/在/于 + year). */
export const DATE_INTRODUCERS = '到在于於至';
/** Characters besides the year digits that open such a date: the quote of a plan's name (到“十四五”末). */
export const DATE_OPENERS = '“';
/** Last characters of a sentence's lead deadline (2025年底前，/ “十五五”末，). */
export const LEAD_CLOSERS = '前末';
/** Characters besides the year digits that may open a lead deadline: 十 (十四五), a quote (“十五五”), 本 (本世纪中叶). */
export const LEAD_OPENERS = '十“"本';
/** Opening quotes before a plan's name: “十四五”. */
export const PLAN_QUOTES_OPEN = '“"';
export const PLAN_QUOTES_CLOSE = '”"';
