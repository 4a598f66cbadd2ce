// Bench section 5: peak and retained heap per MB of text, in a child process with a clean heap.
import { child } from './spawnChild.mjs';

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
