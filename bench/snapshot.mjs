#!/usr/bin/env node
// Guards speed work against behaviour changes: writes the analysis of every corpus file (the
// fixtures and samples) and of the corpus with its newlines removed, as the JSON export prints it, and compares a
// later run against it kind by kind.
//   node bench/snapshot.mjs save DIR      writes DIR/*.json
//   node bench/snapshot.mjs compare DIR   prints the differences (exit 1 if any)
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleCore, loadCore, corpusFiles, corpusBase } from './lib.mjs';

const [mode, dir] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !dir) { console.error('usage: node bench/snapshot.mjs save|compare DIR'); process.exit(2); }
const { analyze, toJson } = await loadCore(await bundleCore(mkdtempSync(path.join(tmpdir(), 'policy-lens-snap-')),
  ["export { toJson } from './src/core/exportFormats';"]));

const inputs = corpusFiles().map(f => [path.basename(f), readFileSync(f, 'utf8')]);
const { text } = corpusBase();
inputs.push(['corpus-one-line', text.replace(/\n+/g, '')]);
inputs.push(['corpus-crlf', text.replace(/\n/g, '\r\n')]);
let diffs = 0;
mkdirSync(dir, { recursive: true });
for (const [name, t] of inputs) {
  // As the CLI and the export print it (ANNOTATION.md §6): what users and evaluations read.
  const a = JSON.parse(toJson(analyze(t)));
  const file = path.join(dir, `${name}.json`);
  if (mode === 'save') { writeFileSync(file, JSON.stringify(a)); continue; }
  if (!existsSync(file)) { console.log(`${name}: no snapshot`); diffs++; continue; }
  const b = JSON.parse(readFileSync(file, 'utf8'));
  for (const kind of ['documentDate', 'numbers', 'dates', 'targets', 'terms', 'outline']) {
    const x = kind === 'documentDate' ? [a[kind]] : a[kind];
    const y = kind === 'documentDate' ? [b[kind]] : b[kind];
    const xs = x.map(v => JSON.stringify(v));
    const ys = y.map(v => JSON.stringify(v));
    const ySet = new Set(ys);
    const xSet = new Set(xs);
    const added = xs.filter(s => !ySet.has(s));
    const removed = ys.filter(s => !xSet.has(s));
    if (added.length || removed.length) {
      diffs += added.length + removed.length;
      console.log(`${name} ${kind}: ${removed.length} differ from the snapshot`);
      for (const s of removed.slice(0, 5)) { console.log(`  - ${s.slice(0, 300)}`); }
      for (const s of added.slice(0, 5)) { console.log(`  + ${s.slice(0, 300)}`); }
    }
  }
}
if (mode === 'compare') { console.log(diffs ? `${diffs} differences` : 'identical'); process.exit(diffs ? 1 : 0); }
console.log(`saved ${inputs.length} analyses to ${dir}`);
