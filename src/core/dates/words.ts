// The words the date rules read (docs/annotation.md §2 and §7 "Dates"), as plain tables: a rule
// is extended here, without touching the scanner. Festivals are in festivals.ts, the words that
// mark a date as a deadline, an as-of point or a comparison in markWords.ts.

/** A word with the number it stands for (an offset in years or months, a half). */
export interface CountedWord { readonly word: string; readonly value: number }

/** Words that name a year relative to the document date, with their offset in years. */
export const RELATIVE_YEARS: readonly CountedWord[] = [
  { word: '今年', value: 0 },
  { word: '本年度', value: 0 },
  { word: '去年', value: -1 },
  { word: '前年', value: -2 },
  { word: '明年', value: 1 },
];

/** 上年 is "the year before" the year being talked about (the year under review in a look-back). */
export const PREVIOUS_YEAR_WORDS: readonly string[] = ['上一年', '上年'];

/** The year after the year named last in the paragraph (民國100年…；隔年接續…): docs/annotation.md §7. */
export const FOLLOWING_YEAR_WORDS: readonly string[] = ['隔年'];
/** Before 隔年: 间隔年限, 每隔年 are other words. */
export const BEFORE_FOLLOWING_YEAR_BLOCKERS = '间間每';

/**
 * Words of goals and tasks in the clause after 全年: it names the year in focus on its own
 * (确保全年任务完成, 没有提出全年经济增速具体目标).
 */
export const WHOLE_YEAR_GOAL_WORDS: readonly string[] = ['目标', '目標', '任务', '任務', '工作', '计划', '計劃', '計畫', '预期', '預期'];

/** Punctuation that ends a clause (a line break too). */
export const CLAUSE_STOPS = '，。；：！？、,;:!?\n\r';

/** Months relative to the month just mentioned (or to the document's month), with their offset. */
export const RELATIVE_MONTHS: readonly CountedWord[] = [
  { word: '上月', value: -1 },
  { word: '本月', value: 0 },
  { word: '下月', value: 1 },
];

/** Halves of a year, with their number. */
export const HALVES: readonly CountedWord[] = [
  { word: '上半年', value: 1 },
  { word: '下半年', value: 2 },
];

/** Ten-day parts of a month (旬): days 1–10, 11–20, 21 to the month's end. */
export const XUN: readonly { readonly word: string; readonly point: 'xun1' | 'xun2' | 'xun3' }[] = [
  { word: '上旬', point: 'xun1' },
  { word: '中旬', point: 'xun2' },
  { word: '下旬', point: 'xun3' },
];

/** Parts of the day that may follow a day (8月2日上午). */
export const PARTS_OF_DAY: readonly string[] = [
  '凌晨', '清晨', '早上', '早晨', '上午', '中午', '下午', '傍晚', '晚上', '晚间', '夜间', '深夜', '午后', '夜里', '晚', '夜',
];
/** After 晚 or 夜 alone, characters that make another word of it (晚会, 夜校). */
export const NIGHT_WORD_SECONDS = '会报宴餐饭校班';

/**
 * The characters of Chinese numerals: a date written in them starts at the first one (a date
 * never starts inside a run of them), and a short numeral ends where they end.
 */
export const DATE_NUMERALS = '〇○零一二两兩三四五六七八九十拾百千万萬亿億廿卅';

/** Range dashes between two dates or numbers (1—7月, 7.4—7.10, 3至5月). */
export const RANGE_DASHES = '—–－-~～至';
/** Separators of a numeric date (2024-09-02, 2024.9.2, 2024/09/02). */
export const ISO_SEPARATORS = '-./－．／';
/** Separators inside an event label named by month and day (“12·21”). */
export const MONTH_DAY_DOTS = '·•・．.';
/** Dots that name an event by its date even without quotation marks (7·20特大暴雨). */
export const EVENT_DOTS = '·•・';
/** Words after an unquoted date label that make it an event's name. */
export const EVENT_WORDS: readonly string[] = [
  '特大', '重大', '较大', '事故', '事件', '暴雨', '洪水', '洪灾', '地震', '火灾', '爆炸', '案件', '专案', '惨案', '矿难', '坍塌', '透水',
];

/** Words after a plan period that belong to its span (“十四五”时期). */
export const PLAN_SUFFIXES: readonly string[] = ['时期', '時期', '期间', '期間'];
/** Words after an unquoted plan period that show it is one (十四五规划). */
export const PLAN_UNQUOTED_CUES: readonly string[] = ['规划', '規劃', '时期', '時期', '期间', '期間', '末', '以来', '开局', '收官'];

/**
 * In a document dated in the ROC era (docs/annotation.md §8), a year of two or three digits alone
 * (97年) or with its month only (102年9月) is an ROC year from this one on: ROC 34 is 1945, when
 * the ROC administration came to Taiwan; smaller bare numbers of years are counts (3年10月).
 */
export const ROC_BARE_YEAR_MIN = 34;
/** Before such a year, characters that make it a count of years (執政的8年, 滿50年, 為期40年, 第50年, 每…). */
export const ROC_YEAR_BEFORE_BLOCKERS = '的滿满期達达近約约逾過过經经歷历第每共計计再多已這这約長长';
/** After its 年, characters that make it a count of years (50年來, 40年內, 60年以上, 50年之久, 35年間, 40年前). */
export const ROC_YEAR_AFTER_BLOCKERS = '來来內内以之間间多餘余半期前後后當当裡里久';

/** Before 上世纪90年代: the century before the present one. */
export const CENTURY_PREFIXES: readonly string[] = ['上世纪', '上世紀', '上个世纪', '上個世紀'];
/** 世纪 after a number (20世纪80年代). */
export const CENTURY_WORDS: readonly string[] = ['世纪', '世紀'];

/** Characters after 年初/年底/年末 (and a month's or quarter's 底/末/初) that show a different word (初步, 底线, 末端). */
export const YEAR_EDGE_BLOCKERS: Readonly<Record<string, string>> = {
  '初': '步期次级稿审选衷始心见赛中创',
  '底': '线气数部层子蕴色座牌片稿',
  '末': '端尾梢节位班流日',
};
/** Characters after a month's 初 that show a different word (6月初步). */
export const MONTH_START_BLOCKERS = '步期次级';

/** Characters that end a day (9月2日, 9月2号). */
export const DAY_WORDS = '日号號';
/** Words that open a weekday in brackets standing for a missing 日 (6月6（星期三）), longest first. */
export const WEEKDAY_WORDS: readonly string[] = ['星期', '禮拜', '礼拜', '周', '週'];
/** The day of a weekday word (星期三, 周日). */
export const WEEKDAY_DAYS = '一二三四五六日天';
/** The first week of a month (7月首周). */
export const FIRST_WEEK_WORDS: readonly string[] = ['首周', '第一周'];
/** 个月 after a count of months (前7个月, 7、8、9三个月). */
export const MONTH_COUNT_WORDS: readonly string[] = ['个月', '個月'];
/** After 前N: a count of quarters (前三季度, 前3个季度). */
export const QUARTER_COUNT_WORDS: readonly string[] = ['个季度', '季度'];

/** 过去一年 (the year under review), 过去N年, 过去48小时 …: a period back from the document date (docs/annotation.md §7). */
export const PAST_WORDS: readonly string[] = ['过去', '過去'];

/**
 * Units of a period counted back from the document date (过去48小时, 过去7天, 一周前), with their
 * length in days (hours are counted in whole days, rounded up: 过去24小时 is the day before and
 * the document's day). Years are read on their own (过去10年, 20年前).
 */
export const BACK_UNITS: readonly { readonly word: string; readonly hours: number }[] = [
  { word: '个小时', hours: 1 }, { word: '個小時', hours: 1 }, { word: '小时', hours: 1 }, { word: '小時', hours: 1 },
  { word: '天', hours: 24 }, { word: '个星期', hours: 168 }, { word: '個星期', hours: 168 }, { word: '周', hours: 168 }, { word: '週', hours: 168 },
];
/** Units of N…前, a point before the document date (20年前, 一周前): years, and weeks. */
export const AGO_UNITS: readonly { readonly word: string; readonly hours: number }[] = [
  { word: '个星期', hours: 168 }, { word: '個星期', hours: 168 }, { word: '周', hours: 168 }, { word: '週', hours: 168 },
];
/** Before N年前: 满一年前, 届满, 期满 … count back from another event, not from the document date. */
export const BEFORE_AGO_BLOCKERS = '满滿届屆期之第每近';
/** After the 前 of N年前: 前后 (around N years), 前夕 are other words. */
export const AFTER_AGO_BLOCKERS = '后後夕';

// Characters before or after a word that make it part of another word, not a date.

/** Before 前7个月 and 前年: 提前, 之前, 以前, 此前, 目前, 当前. */
export const BEFORE_QIAN_BLOCKERS = '提之以此目当';
/** After 前年: 提前年度, 前年均 read 前 + 年度, 年均. */
export const AFTER_QIANNIAN_BLOCKERS = '度均';
/** After 去年: 失去年轻人 (去 + 年轻); before it: 过去年 (过去 + 年…). */
export const AFTER_QUNIAN_BLOCKERS = '轻輕';
export const BEFORE_QUNIAN_BLOCKERS = '过過';
/** Before 上年: 以 (规模以上年营业收入). */
export const BEFORE_SHANGNIAN_BLOCKERS = '以';
/** Before a month: 第6月, 个月, 每月, 近6月, 前5月, 后3月 are counts, not months. */
export const BEFORE_MONTH_BLOCKERS = '第个每近前后';
/** Before 上月/本月/下月: 每月, 以上月. */
export const BEFORE_RELATIVE_MONTH_BLOCKERS = '每以';
/** Before 全年/年底/年内: 每年, 当年, 同年, 次年, 该年, 多年, 几年, 余年 are not the year in context. */
export const BEFORE_YEAR_WORD_BLOCKERS = '每当當同次该該多几余';
/** Before 全年: 安全年, 健全年. */
export const BEFORE_WHOLE_YEAR_BLOCKERS = '安健';
/** Before N年来: 几十年来, 数十年来, 好多年来 are vague. */
export const BEFORE_YEARS_SINCE_BLOCKERS = '几幾数數好多';
/** After N年 of a duration: 多 余 (40多年来, approximate). */
export const APPROXIMATE_MARKS = '多余餘';
/** Before a bare day (2日): ordinals, counts, brackets, dates and ranges. */
export const BEFORE_BARE_DAY_BLOCKERS = '第每个個近数數多几幾前后後〔[（(年月号號至到—-~～';
/** After the 日 of a bare day: 2日内, 2日以后, 3日起, 5日左右, 30日历 … are durations or other words. */
export const AFTER_BARE_DAY_BLOCKERS = '内內以后後前起之左余餘多个個历曆均间間期止元';

/**
 * Vague times that are never dates (docs/annotation.md §7); the scanner has no rule that matches
 * them, and the tests check that it stays so.
 */
export const VAGUE_TIMES: readonly string[] = [
  '近年来', '连日来', '长远看', '多年', '连续多年', '年均', '近年', '当年', '日前', '近期', '目前', '当前',
  '同期', '当天', '同时', '上次', '当时', '多年来', '近日', '今后', '未来', '前期', '同年', '次年',
];

/**
 * Days relative to the document date, with their offset in days (docs/annotation.md §2, §8: 今天上午,
 * 昨天). 当天 and 同日 are anaphora, no date (§7).
 */
export const RELATIVE_DAYS: readonly CountedWord[] = [
  { word: '今天', value: 0 }, { word: '昨天', value: -1 }, { word: '前天', value: -2 }, { word: '明天', value: 1 },
];
/**
 * Before a relative day word, besides a clause stop: the time words it may follow and still be the
 * day (截至今天, 到今天为止, 从今天起). Elsewhere inside a clause (我今天在野, 美好的明天) it is the
 * speaker's "now" or "the future", no date, unless a part of the day follows it (我们今天上午…).
 */
export const BEFORE_RELATIVE_DAY_OPENERS = '至到于於从從自';
/** After a relative day word, characters that make another word of it (今天然气 is 今 + 天然气, 明天津). */
export const AFTER_RELATIVE_DAY_BLOCKERS = '然气氣下津地的堂';

/** Weeks relative to the document date's Monday-to-Sunday week, with their offset in weeks (上周, 本周, 下周). */
export const RELATIVE_WEEKS: readonly CountedWord[] = [
  { word: '上周', value: -1 }, { word: '上週', value: -1 }, { word: '上星期', value: -1 }, { word: '上个星期', value: -1 }, { word: '上個星期', value: -1 },
  { word: '本周', value: 0 }, { word: '本週', value: 0 }, { word: '本星期', value: 0 }, { word: '这周', value: 0 }, { word: '這週', value: 0 },
  { word: '下周', value: 1 }, { word: '下週', value: 1 }, { word: '下星期', value: 1 }, { word: '下个星期', value: 1 }, { word: '下個星期', value: 1 },
];
/** Before 上周/本周/下周: characters that make another word of it (以上周期, 向上周转, 马上周…). */
export const BEFORE_RELATIVE_WEEK_BLOCKERS = '以向马馬之而往北南比';
/** After 上周/本周/下周: characters that make another word of it (周期, 周边, 周围, 周转, 周岁, 周年, 周刊). */
export const AFTER_RELATIVE_WEEK_BLOCKERS = '期边邊围圍转轉岁歲年刊报報长長到密';
