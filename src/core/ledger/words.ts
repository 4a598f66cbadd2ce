// Words the ledger reads to tell a review of the past year from the plans for the next
// (docs/annotation.md §3, "Indicators").

/** In a section heading: the section reviews a past year (一、2023年工作回顾). */
export const REVIEW_HEADING_WORDS: readonly string[] = ['回顾', '回顧', '总结', '總結', '成就', '成绩', '成績'];

/** At a paragraph's start: the paragraph looks back on the year before the document's (过去一年，…). */
export const REVIEW_OPENERS: readonly string[] = ['过去一年', '過去一年', '去年', '一年来', '一年來'];

/** At a paragraph's start: the text turns to the year ahead. */
export const FORWARD_OPENERS: readonly string[] = ['今年', '明年', '主要预期目标', '主要預期目標', '预期目标', '預期目標'];

/** Anywhere in a paragraph: it sets the year's targets, so the look-back has ended. */
export const FORWARD_ANYWHERE_WORDS: readonly string[] = ['主要预期目标', '主要預期目標'];

/**
 * Just before an indicator's wording: it is the denominator of a share (研发经费投入占国内生产总值比重),
 * not the indicator itself.
 */
export const SHARE_BEFORE: readonly string[] = ['占', '佔'];

/** Just after an indicator's wording: the same (国内生产总值的比重, 与国内生产总值之比). */
export const SHARE_AFTER: readonly string[] = ['比重', '的比重', '之比', '的比例'];

/**
 * Between two indicators' wordings: they share the predicate that follows the last
 * (单位国内生产总值能耗和主要污染物排放量继续下降: both 继续下降).
 */
export const COORDINATORS: readonly string[] = ['和', '与', '與', '及', '以及', '、'];

/**
 * Between an indicator and its first figure: the figure is where a change started, and the figure
 * after 到 or 至 (REACHED_WORDS) is the one the indicator reached (研发投入强度从2.77%提高到3.3%).
 */
export const FROM_WORDS: readonly string[] = ['从', '從', '由'];
export const REACHED_WORDS: readonly string[] = ['到', '至'];

/** Between an indicator and its figure in a review: the figure is an average over years, no one year's (年均增长5.9%). */
export const PERIOD_AVERAGE_WORDS: readonly string[] = ['年均', '年平均', '平均每年'];

/**
 * Between an indicator and a figure: the figure measures something else of it — its share of a
 * whole (规模工业增加值占全省比重增至76%) or its contribution (经济增长贡献超五成) — not the indicator.
 */
export const OTHER_FIGURE_WORDS: readonly string[] = ['比重', '占比', '佔比', '比例', '贡献', '貢獻'];
