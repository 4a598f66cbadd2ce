// Bench section 7: the PDF converter (src/import) on a 100-page PDF, in a process of its own
// (bench/import.mjs --json, which prints the same figures standalone): pages per second, the whole
// import against pdf.js's own text extraction of the same file (budget ≤ 1.5 ×, ratio run by run),
// and the peak heap and buffers one import adds. Needs chromium and fonts-wqy-microhei to print the PDF.
import path from 'node:path';
import { root } from './lib.mjs';
import { runScript } from './spawnChild.mjs';

async function runImportBench(rounds, timeoutMs) {
  const { out, code, timedOut, stderr } = await runScript(['--expose-gc', path.join(root, 'bench', 'import.mjs'), '--json', '--rounds', String(rounds)], timeoutMs);
  const last = out.trim().split('\n').pop() ?? '';
  let measures = null;
  try { measures = JSON.parse(last); } catch { /* reported below */ }
  return { measures, code, timedOut, stderr };
}

export async function importFigures(ctx) {
  const { figure, budget, notes, log, QUICK, RUNS } = ctx;
  log('bench: 7. PDF import (bench/import.mjs)');
  const { measures: m, code, timedOut, stderr } = await runImportBench(QUICK ? 2 : RUNS, 10 * 60000);
  if (!m) {
    const why = timedOut ? 'timed out after 10 min' : `exit ${code}: ${stderr.split('\n').pop() || 'no output'}`;
    notes.push(`PDF import not measured (${why})`);
    figure('importPdf', 'PDF import of 100 pages (whole conversion)', 'ms', null, `not measured: ${why}`);
    budget('PDF import ≤ 1.5 × pdf.js text extraction', null, 1.5, false, `not measured: ${why}`);
    return;
  }
  const what = `${m.file}: ${m.pages} pages, ${(m.bytes / 1024).toFixed(0)} KB, ${m.characters} characters, ${m.paragraphs} paragraphs`;
  figure('importPdf', `PDF import of ${m.pages} pages (whole conversion)`, 'ms', m.importMs, what);
  figure('importPagesPerSecond', 'PDF import: pages per second', 'pages/s', m.pagesPerSecond, 'from the median time');
  figure('importPdfjs', 'pdf.js getTextContent of every page (baseline)', 'ms', m.extractMs, 'the same file, same options, same round');
  figure('importRatio', 'PDF import ÷ pdf.js text extraction', '×', m.ratio, 'run by run, then the median');
  figure('importPeakMemory', 'PDF import: peak heap and buffers added by one import', 'MB', m.peakMB, `process max resident ${m.maxResidentMB.toFixed(1)} MB`);
  budget('PDF import ≤ 1.5 × pdf.js text extraction', m.ratio.median, m.budget, m.ratio.median <= m.budget);
}
