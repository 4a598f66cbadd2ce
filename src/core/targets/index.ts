// The target recognizer (docs/annotation.md §3, §7 "Targets"): forward-looking goals with a
// quantity or a deadline. What other modules, tests and the bench use of it.
export { extractTargets } from './extract';
