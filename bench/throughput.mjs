// Bench section 1: the full analysis (`analyze`) on ~1 MB and ~10 MB of real text against two
// baselines over the same string in the same process: (a) a numeral regex, (b) a charCodeAt loop
// counting the same characters. Each figure the median of the runs, ratios taken round by round.
import { charLoopCount, MB, regexCount, summarize, timeIt, toSize, warm } from './lib.mjs';
import { fmtMs, perRound } from './record.mjs';

/** Records section 1; returns what later sections reuse: the texts, the 1 MB analysis, the timings. */
export function throughput(ctx) {
  const { analyze, base, BIG, QUICK, RUNS, MIN_MS, bigLabel, info, notes, figures, figure, budget, log } = ctx;
  const text1 = toSize(base, MB);
  const textBig = toSize(base, BIG);
  const first = analyze(text1); // the annotation counts
  // Warm-up: the recognizers are much code, and on a loaded 2-core machine the background compiler
  // may take a second or more to deliver optimized code; the figures are of the steady state an
  // editor re-analysing on every edit runs in. Timed runs never follow a forced GC (see lib.mjs gc()).
  warm(() => analyze(text1));
  warm(() => analyze(textBig), 3);
  regexCount(text1); charLoopCount(text1);
  const counts = { numbers: first.numbers.length, dates: first.dates.length, targets: first.targets.length, terms: first.terms.length, outline: first.outline.length };
  info.annotationsPer1MB = counts;
  const live = counts.numbers + counts.dates + counts.targets + counts.terms + counts.outline > 0;
  if (!live) { notes.push('The recognizers found nothing in 1 MB of text: they are still placeholders, so the analysis figures measure an empty pipeline.'); }

  const tp = {};
  for (const [label, text] of [['1MB', text1], [QUICK ? '2MB' : '10MB', textBig]]) {
    const a = []; const b = []; const x = []; const aCpu = []; const xCpu = [];
    for (let r = 0; r < RUNS; r++) {
      a.push(timeIt(() => regexCount(text), MIN_MS)); aCpu.push(timeIt.cpu);
      b.push(timeIt(() => charLoopCount(text), MIN_MS));
      x.push(timeIt(() => analyze(text), MIN_MS)); xCpu.push(timeIt.cpu);
      log(`bench: ${label} round ${r + 1}: regex ${fmtMs(a[r])}, charCode ${fmtMs(b[r])}, analyze ${fmtMs(x[r])}`);
    }
    const mb = text.length / MB;
    tp[label] = { a, b, x, xCpu };
    figure(`analyze_${label}`, `analyze, ${label} (${Math.round(Buffer.byteLength(text) / 1e6 * 10) / 10} MB UTF-8)`, 'ms', summarize(x));
    figure(`throughput_${label}`, `  throughput, ${label}`, 'MB/s', summarize(x.map(t => mb / (t / 1000))));
    figure(`baselineRegex_${label}`, `  baseline (a) regex count, ${label}`, 'ms', summarize(a));
    figure(`baselineCharLoop_${label}`, `  baseline (b) charCodeAt loop, ${label}`, 'ms', summarize(b));
    figure(`ratioRegex_${label}`, `  analyze ÷ baseline (a), ${label}`, '×', summarize(perRound(x, a, (p, q) => p / q)));
    figure(`ratioCharLoop_${label}`, `  analyze ÷ baseline (b), ${label}`, '×', summarize(perRound(x, b, (p, q) => p / q)));
    figure(`ratioRegexCpu_${label}`, `  analyze ÷ baseline (a) in process CPU time, ${label}`, '×', summarize(perRound(xCpu, aCpu, (p, q) => p / q)), 'less sensitive to other processes on the machine; GC threads included');
  }
  const ratioA = figures[`ratioRegex_${bigLabel}`];
  const ratioACpu = figures[`ratioRegexCpu_${bigLabel}`].median;
  budget('full analysis ≤ 3 × baseline (a) regex [10 MB]', ratioA.median, 3, ratioA.median <= 3, undefined, { value: ratioACpu, met: ratioACpu <= 3 });
  const analyzeBigMedian = figures[`analyze_${bigLabel}`].median;
  return { text1, textBig, first, tp, analyzeBigMedian };
}
