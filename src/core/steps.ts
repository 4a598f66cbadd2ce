// Work in bounded steps (docs/architecture.md, the slice scheduler): a generator yields after each
// step (the analysis's steps yield the work done or the offset reached, the glossary's nothing) and
// returns its result. The slice runner drives such generators; a caller that wants the result at
// once runs them here.

/** Runs a generator of steps to its end: its value. */
export function runSteps<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) { return r.value; }
  }
}
