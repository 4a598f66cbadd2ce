// Bench section 5: peak and retained heap per MB of text, in a child process with a clean heap:
// real text, and each family of text dense with annotations (bench/families.mjs) at the editor's
// limit of 5 M characters, where an analysis keeps at most MAX_PER_KIND of a kind.
import { DENSE, FAMILIES } from './families.mjs';
import { child } from './spawnChild.mjs';

/** MB of heap per MB of text at the editor's limit: what a dense text may make the analysis hold at most. */
const DENSE_PEAK_BUDGET = 40;
const DENSE_RETAINED_BUDGET = 10;

export async function memory(ctx, heavyRuns, analyzeBigMedian) {
  const { core, BIG, bigLabel, figure, log } = ctx;
  log(`bench: memory (${bigLabel}, child process)`);
  const mem = await child({ kind: 'memory', core, size: BIG, runs: heavyRuns }, { timeoutMs: Math.max(180000, heavyRuns * analyzeBigMedian * 3), nodeArgs: ['--expose-gc', '--max-old-space-size=4096'] });
  const memRes = mem.lines.find(l => l.peakPerMB);
  if (memRes) {
    figure('memPeakPerMB', `peak heap per MB of text (${bigLabel}, sampled after every step)`, 'MB/MB', memRes.peakPerMB);
    figure('memRetainedPerMB', '  retained heap per MB of text (the Analysis, after GC)', 'MB/MB', memRes.retainedPerMB);
    figure('memPeak', '  peak heap above the text', 'MB', memRes.peakMB);
  } else {
    figure('memPeakPerMB', 'peak heap per MB of text', 'MB/MB', null, mem.timedOut ? 'killed (timeout)' : `failed: ${mem.stderr.split('\n').slice(-2).join(' ')}`);
  }
}

/** Memory per MB of dense text, peak and retained, per family, with the budgets of the worst. */
export async function denseMemory(ctx) {
  const { core, figure, budget, log } = ctx;
  const size = 5 * 1000 * 1000; // the editor's limit, in quick mode too: below it the limit on a kind has not been reached
  let worstPeak = null;
  let worstRetained = null;
  for (const name of DENSE) {
    const what = FAMILIES.find(f => f[0] === name)[1];
    log(`bench: memory, ${what}`);
    const res = await child({ kind: 'memory', core, size, runs: 1, family: name }, { timeoutMs: 600000, nodeArgs: ['--expose-gc', '--max-old-space-size=4096'] });
    const r = res.lines.find(l => l.peakPerMB);
    if (!r) {
      figure(`memDense_${name}`, `peak heap per MB of text, ${what}`, 'MB/MB', null, res.timedOut ? 'killed (timeout)' : `failed: ${res.stderr.split('\n').slice(-2).join(' ')}`);
      worstPeak = { value: Infinity, what };
      continue;
    }
    const note = `${r.annotations.toLocaleString('en-US')} annotations${r.limit ? `; ${r.limit.kind} reached the limit (${r.limit.max.toLocaleString('en-US')}) at ${r.limit.end.toLocaleString('en-US')}` : ''}; ${r.peakMB.median.toFixed(0)} MB peak, ${r.retainedMB.median.toFixed(0)} MB retained`;
    figure(`memDense_${name}`, `peak heap per MB of text, ${what} (${(r.textMB).toFixed(1)} MB)`, 'MB/MB', r.peakPerMB, note);
    figure(`memDense_${name}_retained`, `  retained heap per MB of text, ${what}`, 'MB/MB', r.retainedPerMB);
    if (!worstPeak || r.peakPerMB.median > worstPeak.value) { worstPeak = { value: r.peakPerMB.median, what }; }
    if (!worstRetained || r.retainedPerMB.median > worstRetained.value) { worstRetained = { value: r.retainedPerMB.median, what }; }
  }
  const at = '5 M chars';
  budget(`peak heap ≤ ${DENSE_PEAK_BUDGET} MB per MB of dense text [${at}, worst family]`, worstPeak?.value ?? null, DENSE_PEAK_BUDGET, worstPeak != null && worstPeak.value <= DENSE_PEAK_BUDGET, worstPeak?.what);
  budget(`retained heap ≤ ${DENSE_RETAINED_BUDGET} MB per MB of dense text [${at}, worst family]`, worstRetained?.value ?? null, DENSE_RETAINED_BUDGET, worstRetained != null && worstRetained.value <= DENSE_RETAINED_BUDGET, worstRetained?.what);
}
