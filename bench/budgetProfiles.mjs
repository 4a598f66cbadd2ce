// Where a time budget is missed, a CPU profile of the offending input in a child process names the
// hot functions (by src/ file and line, bench/profile.mjs); for a scaling budget, each function's
// growth against the small input.
import { mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MB } from './lib.mjs';
import { summarizeProfile } from './profile.mjs';
import { scalingFamilies } from './scaling.mjs';
import { child } from './spawnChild.mjs';

export async function budgetProfiles(ctx) {
  const { core, tmp, QUICK, BIG, PROFILE_ALL, budgets, figures, profiles, log } = ctx;
  const families = scalingFamilies(QUICK);
  const wanted = [];
  const missed = name => PROFILE_ALL || budgets.some(b => b.name.startsWith(name) && !b.met);
  if (missed('full analysis') || missed('≥ 1,000') || missed('longest synchronous')) {
    wanted.push({ why: 'throughput / real text', family: 'corpus', size: MB });
  }
  if (missed('time(10 × size) ÷ time(size) ≤ 11: real text')) {
    wanted.push({ why: 'scaling: real text', family: 'corpus', size: BIG, small: MB, cpuRatio: figures.scale_corpus_cpu?.median });
  }
  for (const [family, n, what] of families) {
    if (missed(`time(10 × size) ÷ time(size) ≤ 11: ${what}`)) { wanted.push({ why: `scaling: ${what}`, family, size: n * 10, small: n, cpuRatio: figures[`scale_${family}_cpu`]?.median }); }
  }
  const take = async (family, size) => {
    const dir = mkdtempSync(path.join(tmp, 'prof-'));
    const res = await child({ kind: 'profile', core, family, size, seconds: QUICK ? 1.5 : 3 }, { timeoutMs: 60000, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200'] });
    const file = readdirSync(dir).find(f => f.endsWith('.cpuprofile'));
    const runs = res.lines.find(l => l.runs)?.runs;
    if (!file || !runs) { return { error: res.timedOut ? 'killed after 60 s (the analysis did not finish)' : 'no profile written' }; }
    const p = summarizeProfile(path.join(dir, file), core, 200);
    // Self time per analysis run, so profiles of different inputs compare.
    return { runs, totalMs: p.totalMs, files: p.files, rows: p.rows.map(r => ({ ...r, perRunMs: r.once ? r.selfMs : +(r.selfMs / runs).toFixed(3) })) };
  };
  for (const w of wanted.slice(0, PROFILE_ALL ? 8 : 4)) {
    log(`bench: profiling ${w.why}`);
    const big = await take(w.family, w.size);
    const entry = { why: w.why, input: `${w.family}, ${w.size.toLocaleString('en-US')} chars`, ...big };
    if (big.rows && w.small) {
      // Scaling: a function whose time per run grows by more than the input's 10× is the culprit.
      const small = await take(w.family, w.small);
      const bySmall = new Map((small.rows ?? []).map(r => [`${r.function} ${r.where}`, r]));
      entry.compare = `${w.small.toLocaleString('en-US')} chars`;
      // The two profiles ran at different moments of a shared machine, so their wall-clock samples
      // are scaled to make the whole analysis grow as its CPU time did in the scaling runs.
      const analysisMs = rows => (rows ?? []).filter(r => r.where.startsWith('src/') || r.function === '(garbage collector)').reduce((t, r) => t + r.perRunMs, 0);
      const profileGrowth = analysisMs(big.rows) / analysisMs(small.rows);
      const scale = w.cpuRatio && Number.isFinite(profileGrowth) && profileGrowth > 0 ? w.cpuRatio / profileGrowth : 1;
      entry.growthScale = +scale.toFixed(3);
      // A growth from a handful of samples is noise: it is only given above 20 samples on each side.
      entry.rows = big.rows.map(r => {
        const s0 = bySmall.get(`${r.function} ${r.where}`);
        return { ...r, growth: !r.once && s0 && s0.hits >= 20 && r.hits >= 20 ? +(scale * r.perRunMs / s0.perRunMs).toFixed(1) : null };
      });
    }
    entry.rows = entry.rows?.slice(0, 12);
    profiles.push(entry);
  }
}
