// The outline recognizer's face (docs/annotation.md §4; docs/architecture.md "the outline"): what
// the analysis, the tests and the bench use.
export { buildOutline, OutlineBuilder, type OutlineOptions } from './builder';
