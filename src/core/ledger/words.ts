// Words the ledger reads to tell a review of the past year from the plans for the next
// (docs/annotation.md §3, "Indicators").

/** In a section heading: the section reviews a past year (一、2023年工作回顾). */
export const REVIEW_HEADING_WORDS: readonly string[] = ['回顾', '回顧', '总结', '總結'];

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
