// The parts of `npm run bench` that run in their own process: where a hang must be killable
// (adversarial scaling, the peer), where the heap must be clean (memory) or where a CPU profile
// is taken. Usage: node bench/child.mjs '<json task>'; prints one JSON line per result.
import { createRequire } from 'node:module';
import { familyInput } from './families.mjs';
import { corpusBase, familyText, flat, gc, loadCore, MB, sink, summarize, timeIt, warm } from './lib.mjs';

const task = JSON.parse(process.argv[2]);
const emit = obj => process.stdout.write(JSON.stringify(obj) + '\n');

/**
 * The work a scaling family times: the analysis, or for the export families the export alone
 * (the analysis computed once beforehand, outside the timing).
 */
function scalingWork(m, family, text) {
  if (family === 'escape') { return () => m.escapeMarkdown(text); }
  if (family !== 'export') { return () => m.analyze(text); }
  const analysis = m.analyze(text);
  return () => [m.toCsv(analysis, text), m.toMarkdown(analysis, text), m.toJson(analysis)];
}

async function scaling({ core, family, n, runs, minMs, maxRunMs }) {
  const m = await loadCore(core);
  const { analyze } = m;
  const base = family === 'corpus' || family === 'longline' ? corpusBase().text : '';
  const small = familyText(family, n, base);
  const large = familyText(family, n * 10, base);
  const runSmall = scalingWork(m, family, small);
  const runLarge = scalingWork(m, family, large);
  // Warm the JIT on both inputs: a cold first run of either would be counted as scaling.
  warm(runSmall);
  warm(runLarge);
  const ts = [];
  const tl = [];
  const ratios = [];
  const ratiosCpu = [];
  let capped = false;
  for (let r = 0; r < runs; r++) {
    const a = timeIt(runSmall, minMs);
    const aCpu = timeIt.cpu;
    const b = timeIt(runLarge, minMs);
    ratiosCpu.push(timeIt.cpu / aCpu);
    ts.push(a);
    tl.push(b);
    ratios.push(b / a);
    emit({ progress: true, run: r, small: a, large: b });
    if (b > maxRunMs && r + 1 < runs) { capped = true; break; }
  }
  const counts = analyze(small);
  emit({ family, n, small: summarize(ts), large: summarize(tl), ratio: summarize(ratios), ratioCpu: summarize(ratiosCpu), capped,
    spansSmall: counts.numbers.length + counts.dates.length + counts.targets.length + counts.terms.length });
}

/** Peak and retained heap of the analysis of real text or of one family of bench/families.mjs. */
async function memory({ core, size, runs, family }) {
  const { analyzeSteps } = await loadCore(core);
  const text = familyInput(family ?? 'corpus', size, corpusBase().text);
  let annotations = 0;
  let limit;
  const used = () => process.memoryUsage().heapUsed;
  const peaks = [];
  const retained = [];
  // One function call per run, so nothing of the previous run is reachable when `before` is taken.
  const once = () => {
    gc(); gc();
    const before = used();
    let peak = before;
    // Sampled after every step (each ~8 KB of text): the peak includes garbage not yet collected,
    // which is what the host really has to hold.
    const steps = analyzeSteps(text);
    let res = steps.next();
    for (;;) {
      const u = used();
      if (u > peak) { peak = u; }
      if (res.done) { break; }
      res = steps.next();
    }
    const analysis = res.value;
    res = undefined;
    gc(); gc();
    const after = used();
    sink(analysis.numbers.length); // keeps the Analysis alive through the measurement
    annotations = analysis.numbers.length + analysis.dates.length + analysis.targets.length + analysis.terms.length;
    limit = analysis.limit;
    return { peak: (peak - before) / MB, retained: (after - before) / MB };
  };
  for (let r = 0; r < runs; r++) {
    const { peak, retained: kept } = once();
    peaks.push(peak);
    retained.push(kept);
  }
  const textMB = text.length / MB;
  emit({
    textMB,
    annotations,
    limit,
    peakMB: summarize(peaks),
    retainedMB: summarize(retained),
    peakPerMB: summarize(peaks.map(p => p / textMB)),
    retainedPerMB: summarize(retained.map(p => p / textMB)),
  });
}

async function peer({ chars, softCapMs }) {
  const require = createRequire(import.meta.url);
  const R = require('@microsoft/recognizers-text-suite');
  const culture = R.Culture.Chinese;
  const fns = [R.recognizeNumber, R.recognizePercentage, R.recognizeCurrency, R.recognizeDateTime];
  const slice = corpusBase().text.slice(0, chars);
  const paragraphs = slice.split('\n').filter(p => p.trim() !== '');
  // Model construction happens on the first call; it is timed apart, not in the per-character figure.
  let t0 = performance.now();
  for (const f of fns) { f('二〇二四年九月三日增长百分之五', culture); }
  const setupMs = performance.now() - t0;
  emit({ setupMs, paragraphs: paragraphs.length, chars: paragraphs.reduce((s, p) => s + p.length, 0) });
  let done = 0;
  let ms = 0;
  let cpuMs = 0;
  let entities = 0;
  for (const p of paragraphs) {
    const c0 = process.cpuUsage();
    t0 = performance.now();
    for (const f of fns) { entities += f(p, culture).length; }
    ms += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    done += p.length;
    emit({ progress: true, chars: done, ms, cpuMs, entities });
    if (ms > softCapMs) { break; }
  }
  emit({ final: true, chars: done, ms, cpuMs, entities });
}

/**
 * Our side of the peer comparison, in a process of its own as the peer's is: the same slice (as a
 * flat string, as document.getText() gives it), warmed as the scaling runs are (the editor
 * re-analyses a document on every edit), then `runs` timed samples.
 */
async function ours({ core, chars, runs, minMs }) {
  const { analyze } = await loadCore(core);
  const slice = flat(corpusBase().text.slice(0, chars));
  const t0 = performance.now();
  sink(analyze(slice));
  const coldMs = performance.now() - t0;
  warm(() => analyze(slice));
  const wall = [];
  const cpu = [];
  for (let r = 0; r < runs; r++) {
    wall.push(timeIt(() => analyze(slice), minMs));
    cpu.push(timeIt.cpu);
  }
  emit({ chars: slice.length, wall, cpu, coldMs });
}

/** Runs the analysis on one input for about `seconds`, to be profiled with --cpu-prof. */
async function profile({ core, family, size, seconds }) {
  const { analyze } = await loadCore(core);
  const base = family === 'corpus' || family === 'longline' ? corpusBase().text : '';
  const text = familyText(family, size, base);
  const end = performance.now() + seconds * 1000;
  let n = 0;
  do { sink(analyze(text)); n++; } while (performance.now() < end || n < 2);
  emit({ family, size, runs: n });
}

/** Time to import (load and initialise) the core bundle in a fresh process: what activation pays for it. */
async function importTime({ core }) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await loadCore(core);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  emit({ importMs: ms, importCpuMs: (c.user + c.system) / 1000 });
}

/**
 * The longest single step of analyzeSteps on one family of bench/families.mjs, in CPU time, and
 * what that step did (its phase). Warmed first on a smaller text of the same family, so the JIT
 * has compiled the code; then `runs` runs, each step's cost the least over the runs.
 *
 * A garbage collection that falls inside a step is taken out of it and reported apart: the pause
 * comes from how much the analysis keeps alive (the engine collects the young generation after so
 * many megabytes are allocated, wherever the analysis then is), not from how much a step does, and
 * no cut of the work into steps can move it. The allocation of an analysis is the same every run,
 * so the least over runs alone would not take it out: each collection is observed (perf_hooks
 * `gc` entries) and its duration subtracted from the step it fell in.
 */
async function steps({ core, family, size, warmSize, runs }) {
  const { analyzeSteps } = await loadCore(core);
  const { PerformanceObserver } = await import('node:perf_hooks');
  const base = corpusBase().text;
  const text = familyInput(family, size, base);
  const small = familyInput(family, warmSize, base);
  let pauses = [];
  const observer = new PerformanceObserver(list => { for (const e of list.getEntries()) { pauses.push({ start: e.startTime, ms: e.duration }); } });
  observer.observe({ entryTypes: ['gc'] });
  const run = async t => {
    pauses = [];
    const log = { forced: [], targets: [], phases: [] };
    const gen = analyzeSteps(t, {}, { log });
    const cpu = [];
    const wall = [];
    for (;;) {
      const w0 = performance.now();
      const c0 = process.cpuUsage();
      const r = gen.next();
      const c = process.cpuUsage(c0);
      wall.push([w0, performance.now()]);
      cpu.push((c.user + c.system) / 1000);
      if (r.done) { sink(r.value); break; }
    }
    // the gc entries of this run arrive once the event loop turns
    await new Promise(resolve => setTimeout(resolve, 50));
    const gcIn = cpu.map(() => 0);
    let longestPause = 0;
    for (const p of pauses) {
      longestPause = Math.max(longestPause, p.ms);
      let lo = 0;
      let hi = wall.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (wall[mid][0] <= p.start) { lo = mid; } else { hi = mid - 1; } }
      if (p.start >= wall[lo][0] && p.start <= wall[lo][1]) { gcIn[lo] += p.ms; }
    }
    return { cpu, net: cpu.map((ms, i) => Math.max(0, ms - gcIn[i])), phases: log.phases, longestPause };
  };
  for (let k = 0; k < 3; k++) { await run(small); }
  let least = null;
  let rawMax = 0;
  let pauseMax = 0;
  let phases = [];
  for (let r = 0; r < runs; r++) {
    const res = await run(text);
    phases = res.phases;
    rawMax = Math.max(rawMax, ...res.cpu);
    pauseMax = Math.max(pauseMax, res.longestPause);
    least = least ? least.map((ms, i) => Math.min(ms, res.net[i] ?? Infinity)) : res.net;
  }
  observer.disconnect();
  let worst = 0;
  for (let i = 1; i < least.length; i++) { if (least[i] > least[worst]) { worst = i; } }
  emit({ family, chars: text.length, steps: least.length, longestMs: least[worst], phase: phases[worst] ?? 'finish', stepIndex: worst, rawLongestMs: rawMax, longestGcMs: pauseMax });
}

const tasks = { scaling, memory, peer, ours, profile, importTime, steps };
await tasks[task.kind](task);
