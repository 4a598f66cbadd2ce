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

/** `piece` repeated to exactly `size` characters. */
export function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}
