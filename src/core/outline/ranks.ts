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
export const STYLE_DUN = 5;
/** A plain heading line (headings.ts). */
export const STYLE_PLAIN = 6;
