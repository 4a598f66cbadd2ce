// How nodes nest (docs/annotation.md §4): a node closes the open nodes of its rank or deeper.
// Articles hold sections, sections hold turns (questions, answers, speakers), turns hold points;
// sections nest among themselves by style, points by family (families.ts).

export const RANK_ARTICLE = 0;
export const RANK_SECTION = 10;
export const RANK_TURN = 30;
export const RANK_POINT = 40;

/**
 * Section styles, shallowest first; a section's rank is RANK_SECTION + its style, so a style
 * closes the sections of its style or deeper. 1–4 are the 第N编 … 第N节 words (CHAPTER_WORDS in
 * lineWords.ts); a new kind of section takes a style here (below RANK_TURN - RANK_SECTION).
 */
/** A news digest's category line (【政经要闻】: digest.ts, docs/annotation.md §8). */
export const STYLE_CATEGORY = 5;
/** A news digest's numbered headline (NO.1 …), nested in the category above it. */
export const STYLE_HEADLINE = 6;
/** 一、 alone on a short heading line. */
export const STYLE_DUN = 7;
/** A plain heading line (headings.ts). */
export const STYLE_PLAIN = 8;
/** A decimal-numbered heading (decimal.ts): 1 总则 takes this style, 1.1 the next, 2.1.1 the one after. */
export const STYLE_DECIMAL = 9;
