// Words the resolver and the document date read around dates (docs/annotation.md §2): what makes
// a year the year under review, what a dateline and a header date look like.

/** Openers of a paragraph that reviews the previous year (a work report looking back). */
export const LOOK_BACK_OPENERS: readonly string[] = ['过去一年', '過去一年', '去年'];

/** Words in a heading whose year is the year under review for what follows (2022年工作回顾, …统计公报). */
export const LOOK_BACK_HEADING_WORDS: readonly string[] = [
  '回顾', '回顧', '公报', '公報', '总结', '總結', '报告', '報告', '决算', '決算', '年报', '年報', '执行情况', '執行情況',
];

/** 讯 电 訊 電: the last character of a dateline (本报北京9月2日讯, 新华社北京9月2日电). */
export const DATELINE_ENDS = '讯电訊電';
/** A dateline's prefix names a paper, agency or site (本报, 新华社, 人民网, 央视, 电视台). */
export const DATELINE_AGENCY_MARKS: readonly string[] = ['报', '報', '社', '网', '網', '台', '央视', '央視', '记者', '記者'];
/** Punctuation that a dateline's prefix never contains. */
export const DATELINE_PUNCT = '，。；：！？,;:!?、“”"';

/**
 * What opens the line after a notice's signature date when the notice transmits a document: the
 * publication note （此件公开发布）, the editor's （本文有删减）, or the attachment (附件, 附件：…). Such a date is the notice's,
 * wherever it stands (docs/annotation.md §2), not the attached document's at the end.
 */
export const AFTER_NOTICE_SIGNATURE: readonly string[] = ['（此件', '(此件', '（本文有删减）', '(本文有删减)', '附件', '附表'];

/** Field labels that may stand before a header date (发布时间：2024-09-02). */
export const DATE_LABEL_WORDS: readonly string[] = ['日期', '时间', '時間', '发布', '發布', '成文', '印发', '印發'];
/**
 * Words after a header date that make it the date of a version of the text (公布, then 修订): of
 * several, the latest is the version the text is (（2001年7月9日…公布 根据2020年8月7日…修订）).
 */
export const HEADER_VERSION_WORDS: readonly string[] = ['公布', '發布', '发布', '修订', '修訂', '修正', '通过', '通過'];
/** Punctuation a header line below the title never contains (a body sentence does: 2023年3月9日，会议通过…). */
export const HEADER_LINE_STOPS = '，。；！？,;!?';
/** What may stand before a header date on its line: brackets and the dashes of a subtitle (——2023年3月5日在…). */
export const HEADER_OPENERS = '（(［[【〔—–－-';
/** What may follow a date alone on its line. */
export const HEADER_CLOSERS = '）)］]】';
/** Sentence punctuation that a title or subtitle line never contains. */
export const TITLE_STOPS = '。；！？';
/** What follows the day that opens a news lede (10月18日，…). */
export const LEDE_SEPARATORS = '，,、 　';

/** Sentence punctuation a heading never contains. */
export const HEADING_STOPS = '。！？；!?;';
/** Punctuation that ends a sentence (a newline ends the paragraph too). */
export const SENTENCE_ENDS = '。！？；!?';
