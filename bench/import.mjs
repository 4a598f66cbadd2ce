#!/usr/bin/env node
/* global setInterval, clearInterval */
// node bench/import.mjs — how fast the PDF converter is (src/import), on a 100-page PDF printed by
// Chromium from the gov.cn corpus (../shared/corpus/gov-cn, documents in order until 100 pages are
// full: the 公文 grid of test/fixtures/import/pdf-layout.mjs with a running header and page numbers).
// Prints, as medians of 5 rounds after a warm-up:
//   - pages per second of the whole import (pdf.js parsing + layout + text), and its time;
//   - the ratio of the whole import to pdf.js's own text extraction (getTextContent of every page) of
//     the same file in the same process and round (budget ≤ 1.5 ×), computed round by round;
//   - peak memory: the JavaScript heap and buffers (heapUsed + external) one import adds above what a
//     collection left before it, sampled every 5 ms (the resident set, which the earlier rounds have
//     already grown and the allocator keeps, would show nothing), and the process's maximum resident set.
// The converters are bundled from the sources with esbuild as scripts/build.mjs does (dist/import.js).
// Needs chromium and fonts-wqy-microhei. Options: --pdf FILE (use this PDF instead), --rounds N,
// --json (also print the measures as one JSON line last: bench/importFigures.mjs records them in
// `npm run bench`).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gridHtml, LINES, paragraphsOf } from '../test/fixtures/import/pdf-layout.mjs';
import { summarize } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const ROUNDS = Number(arg('--rounds', 5));
const PAGES = 100;
const BUDGET = 1.5;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
const require = createRequire(import.meta.url);

function makePdf() {
  const corpus = path.resolve(root, '..', 'shared', 'corpus', 'gov-cn');
  const paragraphs = [];
  for (const name of readdirSync(corpus).filter(n => /^\d{3}-.*\.txt$/.test(n)).sort()) {
    paragraphs.push(...paragraphsOf(readFileSync(path.join(corpus, name), 'utf8')).filter(p => !p.includes('\t')));
    if (paragraphs.join('').length > PAGES * LINES * 28) { break; }
  }
  const html = path.join(tmp, 'bench.html');
  const pdf = path.join(tmp, 'bench.pdf');
  writeFileSync(html, gridHtml(paragraphs, { header: '国务院文件汇编' }, PAGES));
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore' });
  return pdf;
}

async function main() {
  const pdfFile = arg('--pdf') ?? makePdf();
  const bytes = new Uint8Array(readFileSync(pdfFile));
  const bundle = path.join(tmp, 'import.js');
  await build({ entryPoints: [path.join(root, 'src/import/node.ts')], outfile: bundle, bundle: true, minify: true, platform: 'node', format: 'cjs',
    target: 'es2022', charset: 'utf8', logLevel: 'error', logOverride: { 'empty-import-meta': 'silent' } });
  const { importBytes, nodeCMapLoader } = require(bundle);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loadCMap = nodeCMapLoader(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps'));

  // pdf.js alone: every page's getTextContent, with the options the converter passes.
  async function extractOnly() {
    const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false,
      CMapReaderFactory: class { async fetch({ name }) { return { cMapData: await loadCMap(name), isCompressed: true }; } } });
    const doc = await task.promise;
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      items += (await page.getTextContent()).items.length;
      page.cleanup();
    }
    await task.destroy();
    return { pages: doc.numPages, items };
  }
  const whole = () => importBytes(bytes, 'bench.pdf');

  const first = await whole();
  const { pages, items } = await extractOnly();
  const imports = [], extracts = [], ratios = [];
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    await extractOnly();
    const e = performance.now() - t;
    t = performance.now();
    await whole();
    const w = performance.now() - t;
    extracts.push(e); imports.push(w); ratios.push(w / e);
  }

  // Peak memory of one import above the heap and buffers a collection left before it.
  const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.external; };
  globalThis.gc?.();
  const before = used();
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, used()); }, 5);
  await whole();
  clearInterval(timer);
  peak = Math.max(peak, used());

  const mb = n => `${(n / 1024 / 1024).toFixed(1)} MB`;
  // The bench's one statistic (bench/lib.mjs): with an even number of rounds the median is the mean of the middle two.
  const imp = summarize(imports);
  const ext = summarize(extracts);
  const rat = summarize(ratios);
  const ratio = rat.median;
  console.log(`PDF: ${path.basename(pdfFile)}, ${bytes.length} bytes, ${pages} pages, ${items} text items; ${first.text.length} characters, ${first.origins.length} paragraphs, ${first.problems.length} problems`);
  console.log(`import (whole):           ${imp.median.toFixed(0)} ms  (min ${imp.min.toFixed(0)}, max ${imp.max.toFixed(0)})  = ${(pages / (imp.median / 1000)).toFixed(1)} pages/s`);
  console.log(`pdf.js getTextContent:    ${ext.median.toFixed(0)} ms  (min ${ext.min.toFixed(0)}, max ${ext.max.toFixed(0)})  = ${(pages / (ext.median / 1000)).toFixed(1)} pages/s`);
  console.log(`ratio import / pdf.js:    ${ratio.toFixed(2)} ×  (budget ≤ ${BUDGET} ×: ${ratio <= BUDGET ? 'met' : 'MISSED'}; rounds ${ratios.map(r => r.toFixed(2)).join(', ')})`);
  console.log(`peak memory of one import: +${mb(peak - before)} heap and buffers (from ${mb(before)}${globalThis.gc ? '' : '; run with --expose-gc for a clean start'}); process max resident ${mb(process.resourceUsage().maxRSS * 1024)}`);
  if (args.includes('--json')) {
    console.log(JSON.stringify({
      file: path.basename(pdfFile), bytes: bytes.length, pages, items, characters: first.text.length, paragraphs: first.origins.length, problems: first.problems.length,
      importMs: imp, extractMs: ext, ratio: rat, pagesPerSecond: pages / (imp.median / 1000), budget: BUDGET,
      peakMB: (peak - before) / 1024 / 1024, maxResidentMB: process.resourceUsage().maxRSS / 1024,
    }));
  }
  rmSync(tmp, { recursive: true, force: true });
}

main().catch(e => { console.error(e); rmSync(tmp, { recursive: true, force: true }); process.exit(1); });
