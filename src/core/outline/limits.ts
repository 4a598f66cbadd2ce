// The lengths the outline reads lines by (docs/annotation.md §4: a heading is about ≤ 30
// characters), in UTF-16 units, and how far its scans look.

/** A section heading is at most this long. */
export const HEADING_MAX = 30;
/** An article title in the middle of a page is at most this long. */
export const TITLE_MAX = 40;
/** The first title of a document is at most this long. */
export const FIRST_TITLE_MAX = 60;
/** Short lines (date, byline, bracket and caption lines) are at most this long. */
export const SHORT_LINE_MAX = 40;
/** Line features read at most this many units from the line start (a 1 MB line costs no more). */
export const HEAD = 80;
/** Names are cut at this many units. */
export const NAME_MAX = 30;
/** How far a label's colon may stand from the paragraph start. */
export const LABEL_SCAN = 24;
/** Speaker labels are at most this long. */
export const PERSON_LABEL_MAX = 12;
/** A label of titles joined by 、 and ending in a name (…发言人、…司司长付凌晖) may run this long. */
export const JOINED_LABEL_MAX = 40;
/** How far a dateline's 讯 or 电 may stand from the paragraph start. */
export const DATELINE_SCAN = 30;
/** Non-blank lines a decision may look ahead (title + subtitle + issuers + date …). */
export const LOOKAHEAD = 6;
/** A bare name line under a byline (张三 李四) is at most this long. */
export const NAME_LINE_MAX = 16;
/** The end of the outline (closing nodes, the turns' decisions) handles at most about this many nodes per step. */
export const FINISH_STEP = 4096;
/** Two lines joined into one title are at most this long together. */
export const JOINED_TITLE_MAX = 80;
/** What a notice's title must share with a heading for that heading to title a document it issues (headings.ts). */
export const NAMED_TITLE_MIN = 4;
/** The longest line read as a speaker's post and name under a title (国务院总理 李强). */
export const POST_NAME_MAX = 24;
