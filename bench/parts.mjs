#!/usr/bin/env node
// Times each pass of the analysis on its own (the chunk cuts; pass 1: dates, numbers, terms, outline; pass 2:
// datelines, document date, resolution; pass 3: targets), warm, on real text repeated to size,
// to find which module a missed throughput budget comes from. Per pass it prints the fastest
// round and the median round, in ms and ms per MB; the fastest is the least disturbed by other
// processes on a shared machine.
//   node bench/parts.mjs [20k|1m|10m|longline100k|longline1m] [--rounds N]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleCore, loadCore, corpusBase, toSize, familyText, MB, flat, gc } from './lib.mjs';

const sizeArg = process.argv[2] ?? '1m';
// longline100k / longline1m: the corpus with its newlines removed (the scaling family).
const longline = sizeArg.startsWith('longline');
const ri = process.argv.indexOf('--rounds');
const size = sizeArg === '20k' ? 20000 : sizeArg === '10m' ? 10 * MB : sizeArg === 'longline100k' ? 102400 : MB;
const rounds = ri > 0 ? Number(process.argv[ri + 1]) : size === 20000 ? 15 : size === MB ? 9 : 3;
const reps = size === 20000 ? 60 : 1;

const m = await loadCore(await bundleCore(mkdtempSync(path.join(tmpdir(), 'policy-lens-parts-')), [
  "export { scanDates, findDatelines, DateResolver, findDocumentDate } from './src/core/dates';",
  "export { extractNumbers } from './src/core/numbers';",
  "export { findTerms, compileGlossary } from './src/core/terms';",
  "export { OutlineBuilder } from './src/core/outline';",
  "export { extractTargets } from './src/core/targets';",
  "export { profileDocument } from './src/core/profile';",
]));
const { text: base } = corpusBase();
const text = longline ? familyText('longline', size, base) : size === 20000 ? flat(base.slice(0, 20000)) : toSize(base, size);
const glossary = m.compileGlossary([]);

function once(T) {
  const tick = (label, fn) => { const t0 = performance.now(); const r = fn(); T[label] = (T[label] ?? 0) + performance.now() - t0; return r; };
  // Where chunks end: each cut is checked by reading the recognizers around it (src/core/quietCut.ts).
  const bounds = tick('chunks (cut checks)', () => m.chunkBoundaries(text));
  const profile = tick('profile', () => m.profileDocument(text));
  const raws = [];
  const nums = [];
  const ob = tick('outline', () => new m.OutlineBuilder(text, { profile }));
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const d = tick('dates: scan', () => m.scanDates(text, from, to, profile));
    for (const r of d) { raws.push(r); }
    nums.push(tick('numbers', () => m.extractNumbers(text, from, to, d, profile)));
    tick('terms', () => m.findTerms(text, from, to, glossary));
    tick('outline', () => ob.feed(to));
  }
  tick('outline', () => ob.finish());
  const dl = tick('dates: document date', () => m.findDatelines(text));
  const dd = tick('dates: document date', () => m.findDocumentDate(text, raws, {}, dl, profile));
  const res = tick('dates: resolve', () => new m.DateResolver(text, dd, dl, profile));
  // resolve() gives null where the words are no date in their context (隔年, 全年: docs/annotation.md §7).
  const dates = tick('dates: resolve', () => { const out = []; for (const r of raws) { const a = res.resolve(r); if (a) { out.push(a); } } return out; });
  let di = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const s = di;
    while (di < dates.length && dates[di].start < to) { di++; }
    tick('targets', () => m.extractTargets(text, from, to, nums[i], dates.slice(s, di), dd ? dd.date : null, profile));
  }
  tick('analyze() whole', () => m.analyze(text));
}

const perRound = [];
for (let r = 0; r < rounds + 2; r++) {
  gc();
  const T = {};
  for (let k = 0; k < reps; k++) { once(T); }
  if (r >= 2) { perRound.push(T); } // two warm-up rounds
}
const mbs = text.length / MB;
console.log(`${text.length} chars, ${rounds} rounds${reps > 1 ? ` of ${reps} analyses` : ''}; ms per analysis (fastest round / median round), ms per MB`);
for (const k of Object.keys(perRound[0])) {
  const v = perRound.map(T => T[k] / reps).sort((a, b) => a - b);
  const min = v[0];
  const med = v[v.length >> 1];
  console.log(`  ${k.padEnd(22)} ${min.toFixed(3).padStart(9)} / ${med.toFixed(3).padStart(9)} ms   ${(min / mbs).toFixed(1).padStart(7)} ms/MB`);
}
