// Work in bounded steps (docs/architecture.md, the slice scheduler): a generator yields the work
// done since its last yield and returns its result. The analysis drives such generators between
// slices; a caller that wants the result at once runs them here.

/** Runs a generator of steps to its end: its value. */
export function runSteps<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) { return r.value; }
  }
}
