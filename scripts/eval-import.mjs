#!/usr/bin/env node
// npm run eval:import — converts every gov.cn page in ../shared/corpus/gov-cn-html with the HTML
// converter (src/import) and compares it with the text of the same name in ../shared/corpus/gov-cn.
//   characters: LCS / max(expected, actual) length, the LCS over UTF-16 code units (Myers' O(ND) diff)
//   paragraphs: exact paragraph matches / expected paragraphs, the matches being the LCS of the two
//               paragraph sequences (so a paragraph matches once, in order)
// Options: --verbose (list each differing paragraph), --json, --strict (exit 1 below the goals),
//          --corpus DIR (default ../shared/corpus),
//          --pdf: score the PDF converter instead, on the same pages printed to PDF by Chromium
//                 (needs chromium and fonts-wqy-microhei; the PDFs are kept in the system's temporary
//                 folder, eval-import-pdf/, and reused). Chromium lays the pages out as a browser does
//                 (tables with rowspans, centred cells), which no PDF converter turns back into the HTML's
//                 rows exactly: there is no goal for this mode, it shows what changes.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root, scriptArgs, shared } from './lib/scriptArgs.mjs';

const args = scriptArgs();
const verbose = args.has('--verbose');
const asJson = args.has('--json');
const strict = args.has('--strict');
const asPdf = args.has('--pdf');
const corpus = path.resolve(args.value('--corpus', path.join(shared, 'corpus')));
const GOALS = { characters: 0.99, paragraphs: 0.97 };

/** Length of the longest common subsequence of two sequences of numbers (Myers 1986, O((N+M)·D)). */
export function lcsLength(a, b) {
  const n = a.length, m = b.length, max = n + m;
  if (max === 0) { return 0; }
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[max + k] = x;
      if (x >= n && y >= m) { return (n + m - d) / 2; }
    }
  }
  return 0;
}

const codes = s => Uint16Array.from(s, c => c.charCodeAt(0));
const paragraphs = s => s.split(/\n\s*\n/).map(p => p.trim()).filter(p => p !== '');

function paragraphMatch(expected, actual) {
  const ids = new Map();
  const id = p => { if (!ids.has(p)) { ids.set(p, ids.size); } return ids.get(p); };
  const e = Int32Array.from(expected, id), a = Int32Array.from(actual, id);
  return lcsLength(e, a);
}

async function main() {
  const htmlDir = path.join(corpus, 'gov-cn-html');
  const textDir = path.join(corpus, 'gov-cn');
  if (!existsSync(htmlDir)) { console.error(`eval:import: no ${htmlDir}`); process.exit(2); }
  // The converters as they ship: bundled by esbuild (their converters are loaded by dynamic import).
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'eval-import-'));
  const outfile = path.join(tmp, 'import.mjs');
  await build({ entryPoints: [path.join(root, 'src/import/node.ts')], bundle: true, format: 'esm', platform: 'node', target: 'es2022', outfile, logLevel: 'error',
    // node.ts finds pdf.js's CMaps through require, __filename and __dirname, which an ES module lacks.
    banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" } });
  const { importBytes: importDocument } = await import(pathToFileURL(outfile).href);
  const pdfDir = path.join(os.tmpdir(), 'eval-import-pdf');
  if (asPdf) { mkdirSync(pdfDir, { recursive: true }); }
  rmSync(tmp, { recursive: true, force: true });
  const rows = [];
  for (const name of readdirSync(htmlDir).filter(n => n.endsWith('.html')).sort()) {
    const expected = readFileSync(path.join(textDir, name.replace(/\.html$/, '.txt')), 'utf8').replace(/\r\n/g, '\n').trim();
    const started = performance.now();
    let actual = '';
    let error;
    try {
      let file = path.join(htmlDir, name);
      if (asPdf) {
        const pdf = path.join(pdfDir, name.replace(/\.html$/, '.pdf'));
        if (!existsSync(pdf)) {
          execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, file], { stdio: 'ignore' });
        }
        file = pdf;
      }
      actual = (await importDocument(new Uint8Array(readFileSync(file)), path.basename(file))).text;
    } catch (e) { error = e.message; }
    const ms = performance.now() - started;
    const lcs = lcsLength(codes(expected), codes(actual));
    const ep = paragraphs(expected), ap = paragraphs(actual);
    const pm = paragraphMatch(ep, ap);
    rows.push({ name, chars: expected.length, charMatch: lcs / Math.max(expected.length, actual.length, 1), lcs, maxLen: Math.max(expected.length, actual.length),
      paragraphs: ep.length, actualParagraphs: ap.length, paragraphMatches: pm, ms, error });
    if (verbose && pm < ep.length) {
      const got = new Set(ap), want = new Set(ep);
      for (const p of ep) { if (!got.has(p)) { console.log(`${name} - ${JSON.stringify(p.slice(0, 120))}`); } }
      for (const p of ap) { if (!want.has(p)) { console.log(`${name} + ${JSON.stringify(p.slice(0, 120))}`); } }
    }
  }
  const sum = k => rows.reduce((s, r) => s + r[k], 0);
  const total = { files: rows.length, characters: sum('lcs') / sum('maxLen'), paragraphs: sum('paragraphMatches') / sum('paragraphs'),
    paragraphCount: sum('paragraphs'), matchedParagraphs: sum('paragraphMatches'), errors: rows.filter(r => r.error).length, ms: sum('ms') };
  if (asJson) {
    console.log(JSON.stringify({ rows, total }, null, 2));
  } else {
    const pct = x => `${(100 * x).toFixed(2)} %`.padStart(9);
    console.log(`${'file'.padEnd(32)} ${'chars'.padStart(6)} ${'char match'.padStart(10)} ${'paragraphs'.padStart(10)} ${'para match'.padStart(10)}`);
    for (const r of rows) {
      console.log(`${r.name.padEnd(32)} ${String(r.chars).padStart(6)} ${pct(r.charMatch).padStart(10)} ${`${r.paragraphMatches}/${r.paragraphs}`.padStart(10)} ${pct(r.paragraphMatches / r.paragraphs).padStart(10)}${r.error ? `  ERROR ${r.error}` : ''}`);
    }
    const goal = g => (asPdf ? '' : `, goal ${g * 100} %`);
    console.log(`${asPdf ? 'PDF printed by Chromium, ' : ''}total: ${total.files} files, characters ${pct(total.characters).trim()}${asPdf ? '' : ` (goal ${GOALS.characters * 100} %)`}, ` +
      `paragraphs ${pct(total.paragraphs).trim()} (${total.matchedParagraphs}/${total.paragraphCount}${goal(GOALS.paragraphs)}), ` +
      `${total.errors} errors, ${total.ms.toFixed(0)} ms`);
  }
  if (strict && !asPdf && (total.characters < GOALS.characters || total.paragraphs < GOALS.paragraphs || total.errors > 0)) { process.exit(1); }
}

main().catch(e => { console.error(e); process.exit(1); });
