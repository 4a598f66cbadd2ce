#!/usr/bin/env node
// What the Analysis of real text keeps alive, by kind: heap after a full collection with each
// kind dropped in turn, in MB and bytes per annotation. The retained heap is what every later
// collection of a long analysis has to mark again, so it costs time as well as memory.
//   node bench/retained.mjs [1m|10m]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleCore, loadCore, corpusBase, toSize, MB, gc } from './lib.mjs';

const size = process.argv[2] === '1m' ? MB : 10 * MB;
const { analyze } = await loadCore(await bundleCore(mkdtempSync(path.join(tmpdir(), 'policy-lens-retained-'))));
const text = toSize(corpusBase().text, size);
const used = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const u0 = used();
const a = analyze(text);
let last = used();
console.log(`${text.length} chars: the Analysis retains ${((last - u0) / MB).toFixed(1)} MB (${((last - u0) / (size / MB) / MB).toFixed(2)} MB per MB of text)`);
let outlineNodes = 0;
const count = ns => { for (const n of ns) { outlineNodes++; count(n.children); } };
count(a.outline);
const rows = [
  ['numbers', a.numbers.length, () => { a.numbers = []; }],
  ['dates', a.dates.length, () => { a.dates = []; }],
  ['terms', a.terms.length, () => { a.terms = []; }],
  ['targets', a.targets.length, () => { a.targets = []; }],
  ['outline', outlineNodes, () => { a.outline = []; }],
];
for (const [kind, n, drop] of rows) {
  drop();
  const u = used();
  const bytes = last - u;
  last = u;
  console.log(`  ${kind.padEnd(8)} ${(bytes / MB).toFixed(1).padStart(6)} MB  ${String(n).padStart(7)} annotations  ${n ? Math.round(bytes / n) : 0} B each`);
}
