// The target recognizer (docs/annotation.md §3, §7 "Targets"): forward-looking goals with a
// quantity or a deadline. What other modules, tests and the bench use of it.
//
// Where each part lives (one thing per file; words are data in *Words.ts):
//   extract.ts      the orchestrator: lines → articles, bullets, paragraphs      (scan.ts: shared state)
//   paragraphs.ts   one line cut into sentences; which sentences are read
//   goals.ts        the goals of a sentence: markers in order, one goal each, split goals
//   goalEnd.ts      where a goal ends (semicolon, heading marker, breaker, a dated clause)
//   sentences.ts    clauses and trimming                                         (clauseWords.ts)
//   markers.ts      marker words and their exclusions; strength.ts their strength (markerWords.ts)
//   deadlines.ts    explicit deadlines; leads.ts lead and topic deadlines;
//                   scopes.ts deadlines a paragraph or list header hands down    (deadlineWords.ts)
//   lists.ts        goal lists after a lead-in, bullets under a header
//   values.ts       the quantity; valueDisplay.ts its display string             (valueWords.ts)
//   objects.ts      what is to be achieved                                       (objectWords.ts)
//   past.ts, rules.ts   reports of the past, rules in force                     (statementWords.ts)
//   classes.ts      the character tables the scan reads
export { extractTargets } from './extract';
