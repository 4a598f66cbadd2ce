#!/usr/bin/env node
// Guards speed work and reorganisations against behaviour changes: writes the analysis of every
// corpus file (the fixtures beside the checkout, the samples, and the gov.cn corpus) and of the
// corpus with its newlines removed or as CRLF, as the JSON export prints it, and compares a later
// run against it byte for byte, listing what differs kind by kind.
//   node bench/snapshot.mjs save DIR      writes DIR/*.json
//   node bench/snapshot.mjs compare DIR   prints the differences (exit 1 if any)
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleCore, loadCore, corpusFiles, corpusBase } from './lib.mjs';

const [mode, dir] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !dir) { console.error('usage: node bench/snapshot.mjs save|compare DIR'); process.exit(2); }
const { analyze, toJson } = await loadCore(await bundleCore(mkdtempSync(path.join(tmpdir(), 'policy-lens-snap-'))));

const govCn = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'shared', 'corpus', 'gov-cn');
const govCnFiles = existsSync(govCn) ? readdirSync(govCn).filter(n => n.endsWith('.txt')).sort().map(n => path.join(govCn, n)) : [];
const inputs = [...corpusFiles(), ...govCnFiles].map(f => [path.relative(path.resolve(govCn, '..', '..'), f).replace(/[\\/]/g, '__'), readFileSync(f, 'utf8')]);
const { text } = corpusBase();
inputs.push(['corpus-one-line', text.replace(/\n+/g, '')]);
inputs.push(['corpus-crlf', text.replace(/\n/g, '\r\n')]);
let diffs = 0;
let annotations = 0;
let differentFiles = 0;
mkdirSync(dir, { recursive: true });
for (const [name, t] of inputs) {
  // As the CLI and the export print it (docs/annotation.md): what users and evaluations read.
  const json = toJson(analyze(t));
  const a = JSON.parse(json);
  annotations += a.numbers.length + a.dates.length + a.targets.length + a.terms.length + countNodes(a.outline) + (a.documentDate ? 1 : 0);
  const file = path.join(dir, `${name}.json`);
  if (mode === 'save') { writeFileSync(file, json); continue; }
  if (!existsSync(file)) { console.log(`${name}: no snapshot`); diffs++; continue; }
  const saved = readFileSync(file, 'utf8');
  if (saved === json) { continue; }
  differentFiles++;
  const b = JSON.parse(saved);
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
function countNodes(nodes) { return nodes.reduce((n, x) => n + 1 + countNodes(x.children), 0); }

const what = `${inputs.length} documents, ${annotations} annotations (numbers, dates, targets, terms, outline nodes, document dates)`;
if (mode === 'compare') {
  // a file may differ only in order or duplicates, which the kind-by-kind sets above do not show
  if (differentFiles && !diffs) { console.log(`${differentFiles} files differ in order or repetition`); diffs = differentFiles; }
  console.log(diffs ? `${diffs} differences over ${what}` : `identical (byte for byte): ${what}`);
  process.exit(diffs ? 1 : 0);
}
console.log(`saved ${what} to ${dir}`);
