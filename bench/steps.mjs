// Bench section 8: the longest single step of analyzeSteps on each pathological input family of
// bench/families.mjs (5 M characters, the editor's limit; 100,000 digits), against the slice
// budget: a step is the unit the slice runner cannot cut, so no step may run longer than a slice.
// Each family runs in a child process (killed if it hangs), warmed on 256 K characters of itself;
// a step's cost is its CPU time less any garbage collection that fell inside it, the least over
// the runs (child.mjs `steps`); the longest collection pause is printed beside it.
import { FAMILIES } from './families.mjs';
import { fmtMs } from './record.mjs';
import { MB } from './lib.mjs';
import { child } from './spawnChild.mjs';

/** What a step of analyzeSteps did, by the phase its log names (src/core/analyze.ts StepPhase); bench/editor.mjs uses it too. */
export const STEP_PHASES = {
  scan: 'pass 1 (a chunk: dates, numbers, terms, outline lines)',
  documentDate: 'pass 2 (datelines, document date)',
  resolve: 'pass 2 (date resolution)',
  targets: 'pass 3 (targets)',
  finish: 'the outline\'s end (outline.finish, in batches) or the last step (the Analysis)',
  indicators: 'the ledger\'s indicators (a stretch of text)',
};

export async function steps(ctx) {
  const { core, QUICK, DEFAULT_SLICE_BUDGET_MS, figure, budget, log } = ctx;
  const size = QUICK ? MB : 5 * 1000 * 1000;
  const runs = QUICK ? 2 : 3;
  for (const [name, what] of FAMILIES) {
    log(`bench: longest step, ${what}`);
    const res = await child({ kind: 'steps', core, family: name, size, warmSize: 256 * 1024, runs }, { timeoutMs: QUICK ? 120000 : 600000 });
    const r = res.lines.find(l => l.family);
    const label = `longest step, ${what} (${r ? r.chars.toLocaleString('en-US') : '?'} chars)`;
    if (!r) {
      figure(`stepLongest_${name}`, label, 'ms', null, res.timedOut ? 'killed (timeout)' : `failed: ${res.stderr.split('\n').slice(-2).join(' ')}`);
      budget(`longest step ≤ ${DEFAULT_SLICE_BUDGET_MS} ms (the slice budget): ${what}`, null, DEFAULT_SLICE_BUDGET_MS, false, 'did not finish');
      continue;
    }
    figure(`stepLongest_${name}`, label, 'ms', r.longestMs,
      `${STEP_PHASES[r.phase] ?? r.phase}, step ${r.stepIndex + 1} of ${r.steps}; raw longest ${fmtMs(r.rawLongestMs)} (collections and other processes included); longest collection pause ${fmtMs(r.longestGcMs)}`);
    budget(`longest step ≤ ${DEFAULT_SLICE_BUDGET_MS} ms (the slice budget): ${what}`, r.longestMs, DEFAULT_SLICE_BUDGET_MS, r.longestMs <= DEFAULT_SLICE_BUDGET_MS, `in ${r.phase}`);
  }
}
