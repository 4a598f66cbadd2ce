// Bench section 4, in process while the big text is here: hover lookup (binary search against a
// linear scan), re-analysis after a one-character edit, the longest synchronous slice of the slice
// runner (and the longest single step), and what importing the core costs a fresh process.
import { familyText, flat, MB, regexSpans, rng, sink, summarize, timeIt, toSize } from './lib.mjs';
import { fmtMs, perRound } from './record.mjs';
import { child } from './spawnChild.mjs';
import { STEP_PHASES } from './steps.mjs';

/** Records the in-process editor figures; returns the number of runs the heavy (10 MB) figures use. */
export async function editorFigures(ctx, { first, text1, textBig, analyzeBigMedian }) {
  hover(ctx, first, text1);
  edit(ctx);
  const heavyRuns = await slices(ctx, textBig, analyzeBigMedian);
  await coreImport(ctx);
  return heavyRuns;
}

function hover(ctx, first, text1) {
  const { findSpanAt, RUNS, figure, budget } = ctx;
  // Hover: binary search vs linear scan over the annotation spans of the 1 MB document.
  let spans = [...first.numbers, ...first.dates].sort((p, q) => p.start - q.start || q.end - p.end);
  spans = spans.filter((s, i) => i === 0 || s.start >= spans[i - 1].end); // hover keeps one span per place
  let spanSource = `numbers + dates of the 1 MB analysis (${spans.length})`;
  if (spans.length < 1000) {
    spans = regexSpans(text1);
    spanSource = `regex numeral runs as stand-in (${spans.length}); the analysis found too few spans`;
  }
  const rand = rng(42);
  const offsets = Int32Array.from({ length: 20000 }, () => Math.floor(rand() * text1.length));
  const linear = (list, off) => {
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      if (s.start > off) { return -1; }
      if (off < s.end) { return i; }
    }
    return -1;
  };
  for (let i = 0; i < 2000; i++) { sink(findSpanAt(spans, offsets[i])); } // warm
  const single = new Float64Array(offsets.length);
  const overhead = new Float64Array(2000);
  for (let i = 0; i < overhead.length; i++) { const t0 = process.hrtime.bigint(); overhead[i] = Number(process.hrtime.bigint() - t0); }
  for (let i = 0; i < offsets.length; i++) {
    const t0 = process.hrtime.bigint();
    sink(findSpanAt(spans, offsets[i]));
    single[i] = Number(process.hrtime.bigint() - t0);
  }
  single.sort(); overhead.sort();
  const pct = (arr, p) => arr[Math.min(arr.length - 1, Math.floor(p * arr.length))];
  const binPer = []; const linPer = [];
  const linCount = 1000;
  for (let r = 0; r < RUNS; r++) {
    binPer.push(timeIt(() => { let s = 0; for (let i = 0; i < offsets.length; i++) { s += findSpanAt(spans, offsets[i]); } return s; }, 50) / offsets.length);
    linPer.push(timeIt(() => { let s = 0; for (let i = 0; i < linCount; i++) { s += linear(spans, offsets[i]); } return s; }, 50) / linCount);
  }
  figure('hoverP50', `hover findSpanAt p50, 1 MB doc (timer overhead ${(pct(overhead, 0.5))} ns incl.)`, 'ms', pct(single, 0.5) / 1e6, spanSource);
  figure('hoverP99', '  hover findSpanAt p99', 'ms', pct(single, 0.99) / 1e6);
  figure('hoverBinary', '  findSpanAt, mean per lookup', 'ms', summarize(binPer));
  figure('hoverLinear', '  linear scan, mean per lookup', 'ms', summarize(linPer));
  const hoverRatio = figure('hoverRatio', '  linear scan ÷ findSpanAt', '×', summarize(perRound(linPer, binPer, (p, q) => p / q)));
  budget('hover lookup ≥ 100 × faster than a linear scan [1 MB]', hoverRatio.median, 100, hoverRatio.median >= 100);
}

function edit(ctx) {
  const { analyze, base, figure } = ctx;
  // Re-analysis after a one-character edit in a 100,000-character document.
  const doc100k = toSize(base, 100000);
  analyze(doc100k);
  const editRand = rng(7);
  const editTimes = [];
  const editCpu = [];
  for (let r = 0; r < 9; r++) {
    const at = Math.floor(editRand() * doc100k.length);
    const edited = flat(doc100k.slice(0, at) + (r % 2 ? '年' : '5') + doc100k.slice(at));
    editTimes.push(timeIt(() => analyze(edited)));
    editCpu.push(timeIt.cpu);
  }
  figure('editReanalysis', 're-analysis after a 1-char edit, 100,000 chars (full analyze)', 'ms', summarize(editTimes), `${fmtMs(summarize(editCpu).median)} in CPU time (median)`);
}

async function slices(ctx, textBig, analyzeBigMedian) {
  const { analyzeSteps, runInSlices, DEFAULT_SLICE_BUDGET_MS, base, RUNS, bigLabel, notes, figure, budget, log } = ctx;
  // The slice runner on the big document: how long is the host blocked at most? The generator is
  // wrapped to time each step too: a step is the unit the runner cannot cut.
  // If the analysis is slow, fewer runs keep the whole bench near 10 minutes (said in the notes).
  const heavyRuns = Math.max(3, Math.min(RUNS, Math.floor(240000 / (2 * analyzeBigMedian))));
  if (heavyRuns < RUNS) { notes.push(`The ${bigLabel} analysis takes ${fmtMs(analyzeBigMedian)}: the slice-runner and memory figures use ${heavyRuns} runs, not ${RUNS}, to keep the bench near 10 minutes.`); }
  let sliceIndex = 0;
  function* timedSteps(gen, out, cpuBySlice, cpuSteps) {
    for (;;) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = gen.next();
      out.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / 1000;
      cpuSteps.push(cpu);
      cpuBySlice[sliceIndex] = (cpuBySlice[sliceIndex] ?? 0) + cpu;
      if (r.done) { return r.value; }
      yield r.value;
    }
  }
  const sliceRuns = [];
  const worstSteps = [];
  const immediate = () => new Promise(resolve => { sliceIndex++; setImmediate(resolve); });
  for (let r = 0; r < heavyRuns; r++) {
    const times = [];
    const cpuBySlice = [];
    const cpuSteps = [];
    sliceIndex = 0;
    const stepLog = { forced: [], targets: [], phases: [] };
    const run = runInSlices(timedSteps(analyzeSteps(textBig, {}, { log: stepLog }), times, cpuBySlice, cpuSteps), { budgetMs: DEFAULT_SLICE_BUDGET_MS, yieldFn: immediate });
    sink(await run);
    const cpuTotal = cpuBySlice.reduce((p, q) => p + q, 0);
    sliceRuns.push({ ...run.stats, cpuShare: Math.max(...cpuBySlice) / cpuTotal });
    // The longest step by CPU time: wall time also counts the moments another process had the core.
    let worst = 0;
    for (let i = 1; i < cpuSteps.length; i++) { if (cpuSteps[i] > cpuSteps[worst]) { worst = i; } }
    const phase = `${STEP_PHASES[stepLog.phases[worst] ?? 'finish']}, step ${worst + 1} of ${times.length}`;
    worstSteps.push({ ms: times[worst], cpuMs: cpuSteps[worst], phase });
    log(`bench: slice run ${r + 1}: longest slice ${fmtMs(run.stats.longestSliceMs)} of ${fmtMs(run.stats.busyMs)} busy, ${run.stats.slices} slices; longest step ${fmtMs(cpuSteps[worst])} CPU in ${phase}`);
  }
  figure('sliceLongest', `longest synchronous slice, ${bigLabel} (budget ${DEFAULT_SLICE_BUDGET_MS} ms/slice)`, 'ms', summarize(sliceRuns.map(s => s.longestSliceMs)));
  figure('sliceBusy', '  time in slices (whole analysis)', 'ms', summarize(sliceRuns.map(s => s.busyMs)));
  figure('sliceCount', '  slices', '', summarize(sliceRuns.map(s => s.slices)));
  const sliceShare = figure('sliceShare', '  longest slice ÷ whole analysis', '', summarize(sliceRuns.map(s => s.longestSliceMs / s.busyMs)));
  const cpuShare = figure('sliceShareCpu', '  the same in CPU time (steps grouped as the run sliced them)', '', summarize(sliceRuns.map(s => s.cpuShare)),
    'preemption by other processes inflates wall-clock slices, not CPU time');
  budget('longest synchronous slice ≤ 1/20 of the whole analysis [10 MB]', sliceShare.median, 0.05, sliceShare.median <= 0.05, undefined, { value: cpuShare.median, met: cpuShare.median <= 0.05 });
  const phases = [...new Set(worstSteps.map(w => w.phase))].join('; ');
  figure('longestStep', '  longest single step of analyzeSteps, CPU time', 'ms', summarize(worstSteps.map(w => w.cpuMs)), `where: ${phases}`);
  // The same on one 1 MB line without a newline (docs/architecture.md, rule 4): informational, no budget.
  {
    const line = familyText('longline', MB, base);
    const longest = [];
    for (let r = 0; r < RUNS; r++) {
      const run = runInSlices(analyzeSteps(line), { budgetMs: DEFAULT_SLICE_BUDGET_MS, yieldFn: () => new Promise(resolve => setImmediate(resolve)) });
      sink(await run);
      longest.push(run.stats.longestSliceMs);
    }
    figure('sliceLongestLine', `longest synchronous slice, one 1 MB line (budget ${DEFAULT_SLICE_BUDGET_MS} ms/slice)`, 'ms', summarize(longest));
  }
  return heavyRuns;
}

async function coreImport(ctx) {
  const { core, RUNS, figure } = ctx;
  // What importing the core costs a fresh process (module load + top-level tables): activation pays it.
  const wall = [];
  const cpu = [];
  for (let r = 0; r < RUNS; r++) {
    const res = await child({ kind: 'importTime', core }, { timeoutMs: 30000 });
    const l = res.lines.find(x => x.importMs !== undefined);
    if (l) { wall.push(l.importMs); cpu.push(l.importCpuMs); }
  }
  figure('coreImport', 'import of the core bundle in a fresh Node process', 'ms', summarize(wall), `${fmtMs(summarize(cpu).median)} CPU (median); activate() loads the core with the extension bundle`);
}
