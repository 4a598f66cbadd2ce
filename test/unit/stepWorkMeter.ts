// Counting the work of each analysis step (WorkMeter), shared by the step-work tests: a step's work
// is counted by the analysis itself, never timed.
import { analyzeSteps, type AnalysisTuning, type WorkMeter } from '../../src/core/analyze';
import type { Analysis, AnalyzeOptions } from '../../src/core/types';

/** The largest work any one step did, the number of steps, and the analysis. */
export function stepWork(text: string, options: AnalyzeOptions = {}): { max: number; steps: number; analysis: Analysis } {
  const meter: WorkMeter = { units: 0 };
  const steps = analyzeSteps(text, options, { meter });
  let max = 0;
  let count = 0;
  for (;;) {
    const before = meter.units;
    const r = steps.next();
    count++;
    max = Math.max(max, meter.units - before);
    if (r.done) { return { max, steps: count, analysis: r.value }; }
  }
}

/** The analysis of `text` with `tuning` (chunk size, limit, cut log), its steps run to the end. */
export function analyzeWith(text: string, tuning: AnalysisTuning): Analysis {
  const steps = analyzeSteps(text, {}, tuning);
  for (;;) {
    const r = steps.next();
    if (r.done) { return r.value; }
  }
}

/**
 * `fn`'s value and how much of the text it read while it ran: its String.prototype.charCodeAt calls
 * (how every recognizer reads the text) and the characters its String.prototype.indexOf calls
 * searched (a native search is fast, but a search of a whole one-line text is still the whole
 * text). `fn` may read the count so far. Both are restored however `fn` ends.
 */
export function countReads<T>(fn: (readsSoFar: () => number) => T): { value: T; reads: number } {
  const proto = String.prototype as unknown as {
    charCodeAt(this: string, i: number): number;
    indexOf(this: string, s: string, from?: number): number;
  };
  const charCodeAt = proto.charCodeAt;
  const indexOf = proto.indexOf;
  let reads = 0;
  proto.charCodeAt = function (this: string, i: number): number { reads++; return charCodeAt.call(this, i); };
  proto.indexOf = function (this: string, s: string, from?: number): number {
    const at = indexOf.call(this, s, from);
    const start = Math.max(0, Math.min(this.length, Math.trunc(from ?? 0)));
    reads += (at < 0 ? this.length : at + s.length) - start;
    return at;
  };
  try {
    const value = fn(() => reads);
    return { value, reads };
  } finally {
    proto.charCodeAt = charCodeAt;
    proto.indexOf = indexOf;
  }
}

/** `piece` repeated to exactly `size` characters. */
export function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}
