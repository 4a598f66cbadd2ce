// Bench section 3: time(10 × size) ÷ time(size) per input family — real text (from section 1's
// runs), one line without a newline, a run of ASCII digits, a run of 一, and the exports and the
// Markdown escaper on dense input — each family in a child process that is killed if it hangs.
// (Unit tests never time anything; linearity is measured here, as a ratio in one run.)
import { MB, summarize } from './lib.mjs';
import { fmtMs, perRound } from './record.mjs';
import { child } from './spawnChild.mjs';

/** The scaling families: [family, small size, what, sizes]. */
export function scalingFamilies(QUICK) {
  return [
    ['longline', QUICK ? 10240 : 102400, 'one line without a newline', '100 KB → 1 MB'],
    ['digits', QUICK ? 1000 : 10000, 'a run of ASCII digits', QUICK ? '1,000 → 10,000' : '10,000 → 100,000'],
    ['yi', QUICK ? 1000 : 10000, 'a run of 一', QUICK ? '1,000 → 10,000' : '10,000 → 100,000'],
    ['export', QUICK ? 10000 : 30000, 'CSV, Markdown and JSON export of one number per line', QUICK ? '10,000 → 100,000' : '30,000 → 300,000'],
    ['escape', QUICK ? 28000 : 112000, 'escapeMarkdown of links, commands and tags', QUICK ? '28,000 → 280,000' : '112,000 → 1,120,000'],
  ];
}

/** Records section 3 from section 1's timings (`tp`) and the child runs. */
export async function scaling(ctx, tp) {
  const { core, QUICK, RUNS, MIN_MS, bigLabel, figure, budget, log } = ctx;
  const corpusScale = summarize(perRound(tp[bigLabel].x, tp['1MB'].x, (p, q) => p / q));
  figure('scale_corpus', `scaling, real text: time(${bigLabel}) ÷ time(1 MB)`, '×', QUICK ? { median: null, min: null, max: null, runs: 0 } : corpusScale, QUICK ? 'quick mode: 2 MB, not a 10× ratio' : undefined);
  const scaleBudget = [];
  if (!QUICK) {
    const corpusScaleCpu = figure('scale_corpus_cpu', '  the same ratio in process CPU time', '×', summarize(perRound(tp[bigLabel].xCpu, tp['1MB'].xCpu, (p, q) => p / q)));
    scaleBudget.push(['real text', corpusScale.median, 'corpus', MB, corpusScaleCpu.median]);
  }
  const families = scalingFamilies(QUICK);
  for (const [family, n, what, sizes] of families) {
    log(`bench: scaling ${family} ${sizes}`);
    const res = await child({ kind: 'scaling', core, family, n, runs: RUNS, minMs: 3 * MIN_MS, maxRunMs: 15000 }, { timeoutMs: QUICK ? 30000 : 90000 });
    const final = res.lines.find(l => l.family);
    if (final) {
      figure(`scale_${family}`, `scaling, ${what}: ${sizes}`, '×', final.ratio, final.capped ? `capped after ${final.ratio.runs} runs (a run took > 15 s)` : undefined);
      figure(`scale_${family}_small`, `  analyze, ${sizes.split(' → ')[0]}`, 'ms', final.small);
      figure(`scale_${family}_large`, `  analyze, ${sizes.split(' → ')[1]}`, 'ms', final.large);
      figure(`scale_${family}_cpu`, '  the same ratio in process CPU time', '×', final.ratioCpu);
      scaleBudget.push([what, final.ratio.median, family, n * 10, final.ratioCpu.median]);
    } else {
      const prog = res.lines.filter(l => l.progress);
      const note = res.timedOut ? `killed after ${QUICK ? 30 : 90} s${prog.length ? `; last run: ${fmtMs(prog.at(-1).small)} → ${fmtMs(prog.at(-1).large)}` : ' before one run finished'}` : `failed: ${res.stderr.split('\n').slice(-3).join(' ')}`;
      figure(`scale_${family}`, `scaling, ${what}: ${sizes}`, '×', prog.length ? summarize(prog.map(p => p.large / p.small)) : null, note);
      scaleBudget.push([what, prog.length ? summarize(prog.map(p => p.large / p.small)).median : Infinity, family, n * 10]);
    }
  }
  for (const [what, value, , , cpu] of scaleBudget) {
    budget(`time(10 × size) ÷ time(size) ≤ 11: ${what}`, value === Infinity ? null : value, 11, value != null && value <= 11, value === Infinity ? 'did not finish' : undefined,
      cpu != null ? { value: cpu, met: cpu <= 11 } : undefined);
  }
}
