#!/usr/bin/env node
// npm run bench — throughput, latency, scaling, memory and size of Policy Lens, each time figure
// the median of ≥ 5 runs with its range, as ratios to baselines measured in the same run.
// Prints a table and writes bench/results.json (with `budgets: [{name, value, limit, met}]`).
//
//   1. full analysis (`analyze`) on ~1 MB and ~10 MB of real text vs (a) a numeral regex and
//      (b) a charCodeAt loop counting the same characters, over the same string, same process
//      (throughput.mjs)
//   2. the peer: @microsoft/recognizers-text-suite (Chinese number, percentage, currency,
//      date-time models, paragraph by paragraph) on a 20,000-character slice vs our analyze (peer.mjs)
//   3. scaling: time(10 × size) / time(size) per input family (real text, one long line,
//      a run of digits, a run of 一, the exports and the Markdown escaper on dense input) (scaling.mjs)
//   4. editor: hover lookup (binary search vs linear scan), re-analysis after a one-character edit,
//      the longest synchronous slice of the slice runner (editor.mjs), activate()/first analysis in
//      VS Code (activation.mjs)
//   5. memory: peak heap per MB of text, real and dense with annotations (child processes) (memory.mjs)
//   6. size: the minified bundles and the .vsix (size.mjs)
//   7. import: the PDF converter on a 100-page PDF against pdf.js's own extraction (importFigures.mjs)
//   8. steps: the longest single step of the analysis per pathological input family (steps.mjs)
// Where a time budget is missed, a CPU profile of the offending input names the hot functions
// (budgetProfiles.mjs). The sections run in the order below, which is not their number: the
// in-process figures first, while the big text is here; what they share is in `ctx`.
//
// Sizes count UTF-16 code units (what the editor's getText().length counts); 1 MB = 2^20 of them.
// Options: --quick (fewer/smaller runs, for trying the script; not for reporting), --no-profile,
// --profile-all (profile every input family, not only those of missed budgets).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { activation } from './activation.mjs';
import { budgetProfiles } from './budgetProfiles.mjs';
import { editorFigures } from './editor.mjs';
import { importFigures } from './importFigures.mjs';
import { bundleCore, corpusBase, loadCore, MB, root } from './lib.mjs';
import { denseMemory, memory } from './memory.mjs';
import { againstPeer } from './peer.mjs';
import { createRecord } from './record.mjs';
import { report } from './report.mjs';
import { scaling } from './scaling.mjs';
import { size } from './size.mjs';
import { steps } from './steps.mjs';
import { throughput } from './throughput.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const PROFILE = !args.includes('--no-profile');
const PROFILE_ALL = args.includes('--profile-all'); // profile every input, missed budget or not
const RUNS = 5;
const MIN_MS = QUICK ? 20 : 100; // short inputs are repeated until one sample lasts this long
const BIG = QUICK ? 2 * MB : 10 * MB;
const started = performance.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-bench-'));
const log = (...a) => process.stderr.write(a.join(' ') + '\n');

async function main() {
  log(`bench: bundling the core into ${tmp}`);
  const core = await bundleCore(tmp);
  const { analyze, analyzeSteps, runInSlices, DEFAULT_SLICE_BUDGET_MS, findSpanAt } = await loadCore(core);
  const { files, text: base } = corpusBase();
  const info = {
    node: process.version, platform: `${os.platform()} ${os.arch()}`, cpu: os.cpus()[0]?.model, cpus: os.cpus().length,
    corpus: { files: files.map(f => path.relative(root, f)), chars: base.length }, quick: QUICK, loadAverageAtStart: os.loadavg().map(x => +x.toFixed(2)),
    units: 'sizes in UTF-16 code units, 1 MB = 1,048,576; times in ms; ratios are ours ÷ baseline unless noted',
  };
  log(`bench: corpus ${files.length} files, ${base.length} chars, repeated to size`);
  const record = createRecord();
  const ctx = {
    analyze, analyzeSteps, runInSlices, DEFAULT_SLICE_BUDGET_MS, findSpanAt, core, base, info, tmp, log,
    QUICK, PROFILE_ALL, RUNS, MIN_MS, BIG, bigLabel: QUICK ? '2MB' : '10MB', ...record,
  };

  const section1 = throughput(ctx);
  const heavyRuns = await editorFigures(ctx, section1);
  const editor = activation(ctx);
  await scaling(ctx, section1.tp);
  await againstPeer(ctx);
  await memory(ctx, heavyRuns, section1.analyzeBigMedian);
  await denseMemory(ctx);
  await size(ctx);
  await steps(ctx);
  await importFigures(ctx);
  if (PROFILE) { await budgetProfiles(ctx); }

  const totalS = (performance.now() - started) / 1000;
  console.log(report(ctx, totalS));
  info.loadAverageAtEnd = os.loadavg().map(x => +x.toFixed(2));
  const { figures, budgets, profiles, notes } = record;
  const results = { generatedAt: new Date().toISOString(), ...info, figures, budgets, profiles, notes, editorTimings: editor, benchSeconds: Math.round(totalS) };
  writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  log(`bench: wrote bench/results.json`);
}

try {
  await main();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
