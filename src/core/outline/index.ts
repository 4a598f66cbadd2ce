// The outline recognizer's face (docs/annotation.md §4; docs/architecture.md): what the analysis,
// the tests and the bench use.
//
// How a line travels (builder.ts): read once, described without context (features.ts: extent,
// heading-likeness, open end; then the first row of the pattern table that matches — patterns.ts,
// gated by gates.ts — gives its kind: a marker from markers.ts, a label from labels.ts and the
// label rules of labelRules.ts, a date line, a byline…), then decided in order with a bounded
// lookahead (ring.ts, decide.ts, headings.ts for titles and headings, markdown.ts) on named state
// (state.ts), growing the tree (tree.ts) with points found inside paragraphs (points.ts) and named
// mechanically (names.ts); speakers are kept only in transcripts (transcript.ts). The words live
// in labelWords.ts and lineWords.ts, the character classes in chars.ts, the lengths in limits.ts.
//
// Where a rule goes: a new kind of heading or line is a row of patterns.ts; a new kind of label a
// row of labelRules.ts; a new point marker a reader in markers.ts and a row of families.ts; a new
// section level a style in ranks.ts; what a kind of line does in context, decide.ts (headings:
// headings.ts).
export { buildOutline, OutlineBuilder, type OutlineOptions } from './builder';
