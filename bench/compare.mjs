#!/usr/bin/env node
// Compares the full analysis of another commit with this working tree's in one sitting: both cores
// bundled as bench/lib.mjs bundles them, run in one process, round by round in alternating order,
// each against the regex baseline of the same round (section 1 of npm run bench). A reorganisation
// that must keep "the full analysis within 10 % of its ratio to the regex baseline" is checked with
// it; the machine's load cancels out of the ratios as far as it can.
//   node bench/compare.mjs REF [--rounds N] [--mb SIZES]     e.g. node bench/compare.mjs ac33e3d --mb 1,10
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleAnalysis, corpusBase, loadCore, MB, regexCount, root, summarize, timeIt, toSize, warm } from './lib.mjs';
import { describeCommit, extractTree, resolveCommit } from '../scripts/lib/gitTree.mjs';

const args = process.argv.slice(2);
const ref = args.find(a => !a.startsWith('--'));
if (!ref) { console.error('usage: node bench/compare.mjs REF [--rounds N] [--mb 1,10]'); process.exit(2); }
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const ROUNDS = Number(opt('--rounds', '9'));
const SIZES = opt('--mb', '1,10').split(',').map(Number);

const commit = resolveCommit(root, ref);
const tree = extractTree(root, commit);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-compare-'));
try {
  const old = await loadCore(await bundleAnalysis(tree, path.join(tmp, 'old')));
  const now = await loadCore(await bundleAnalysis(root, path.join(tmp, 'new')));
  const { text: base } = corpusBase();
  console.log(`old: ${describeCommit(root, commit)}\nnew: the working tree of ${describeCommit(root, 'HEAD')}`);
  console.log(`load average at start: ${os.loadavg().map(x => x.toFixed(1)).join(' ')}; ${ROUNDS} rounds per size\n`);
  for (const mb of SIZES) {
    const text = toSize(base, mb * MB);
    warm(() => old.analyze(text), 3);
    warm(() => now.analyze(text), 3);
    regexCount(text);
    const r = { old: [], now: [], oldCpu: [], nowCpu: [] };
    for (let k = 0; k < ROUNDS; k++) {
      // alternate which core runs first, so that neither always follows the other's garbage
      const order = k % 2 === 0 ? ['old', 'now'] : ['now', 'old'];
      for (const side of order) {
        const a = timeIt(() => regexCount(text), 100);
        const aCpu = timeIt.cpu;
        const core = side === 'old' ? old : now;
        const x = timeIt(() => core.analyze(text), 100);
        r[side].push(x / a);
        r[`${side}Cpu`].push(timeIt.cpu / aCpu);
      }
    }
    const o = summarize(r.old);
    const n = summarize(r.now);
    const oc = summarize(r.oldCpu).median;
    const nc = summarize(r.nowCpu).median;
    console.log(`${mb} MB: analyze ÷ regex  old ${o.median.toFixed(2)}× (${o.min.toFixed(2)}–${o.max.toFixed(2)})  new ${n.median.toFixed(2)}× (${n.min.toFixed(2)}–${n.max.toFixed(2)})  change ${((n.median / o.median - 1) * 100).toFixed(1)} %`);
    console.log(`      in CPU time       old ${oc.toFixed(2)}×  new ${nc.toFixed(2)}×  change ${((nc / oc - 1) * 100).toFixed(1)} %`);
  }
} finally {
  rmSync(tree, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}
