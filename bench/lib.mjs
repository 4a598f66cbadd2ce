// Shared by bench/bench.mjs, the child processes it starts (bench/child.mjs) and the tools beside
// it (and by scripts/eval-corpus.mjs: bundleAnalysis): the core bundle, the corpus, timing and statistics.
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Sizes count UTF-16 code units, as the editor does (document.getText().length): 1 MB = 2^20 of them. */
export const MB = 1024 * 1024;

/**
 * Bundles the core the way the extension ships it (esbuild, one module) but unminified and with
 * a source map, so CPU profiles name src/core files and lines. Every process imports this file.
 * `extraExports`: more export lines for tools that call single passes (parts.mjs, snapshot.mjs).
 */
export async function bundleCore(outDir, extraExports = []) {
  const outfile = path.join(outDir, 'core.mjs');
  await build({
    stdin: {
      contents: [
        "export { analyze, analyzeSteps, chunkBoundaries } from './src/core/analyze';",
        "export { runInSlices, DEFAULT_SLICE_BUDGET_MS } from './src/core/sliceRunner';",
        "export { findSpanAt } from './src/core/spanIndex';",
        "export { toCsv, toJson, toMarkdown } from './src/core/exportFormats';",
        "export { escapeMarkdown } from './src/core/markdown';",
        ...extraExports,
        // The built-in glossary, as the extension holds it once it has read dist/glossary.json.
        "import { useBundledGlossary } from './src/core/glossaryFile';",
        'useBundledGlossary();',
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    ...CORE_BUILD,
    outfile,
  });
  return outfile;
}

/** The esbuild options every core bundle of the tools shares: one ES module, unminified, with a source map. */
const CORE_BUILD = { bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', sourcemap: 'external', minify: false, logLevel: 'error' };

/**
 * Bundles `analyze` and the JSON export `toJson` of the source tree at `from` (this checkout, or a
 * commit extracted into a temporary folder) as bundleCore does, with the built-in glossary
 * installed where that tree installs it by a call (useBundledGlossary; older trees had it built in).
 * A tree without `toJson` exports the analysis as JSON.stringify prints it.
 */
export async function bundleAnalysis(from, outDir) {
  const has = (file, needle) => existsSync(path.join(from, file)) && readFileSync(path.join(from, file), 'utf8').includes(needle);
  const outfile = path.join(outDir, 'analysis.mjs');
  await build({
    stdin: {
      contents: [
        "export { analyze } from './src/core/analyze';",
        has('src/core/exportFormats.ts', 'export function toJson')
          ? "export { toJson } from './src/core/exportFormats';"
          : 'export const toJson = analysis => `${JSON.stringify(analysis, null, 2)}\\n`;',
        ...(has('src/core/glossaryFile.ts', 'export function useBundledGlossary')
          ? ["import { useBundledGlossary } from './src/core/glossaryFile';", 'useBundledGlossary();'] : []),
      ].join('\n'),
      resolveDir: from,
      sourcefile: 'analysis-entry.ts',
      loader: 'ts',
    },
    ...CORE_BUILD,
    outfile,
  });
  return outfile;
}

export async function loadCore(file) {
  return import(pathToFileURL(file).href);
}

/** Every fixture text (../shared/fixtures/**\/*.txt) and samples/*.txt, in a stable order. */
export function corpusFiles() {
  const out = [];
  const walk = dir => {
    if (!existsSync(dir)) { return; }
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) { walk(p); } else if (name.endsWith('.txt')) { out.push(p); }
    }
  };
  walk(path.resolve(root, '..', 'shared', 'fixtures'));
  walk(path.join(root, 'samples'));
  return out;
}

export function corpusBase() {
  const files = corpusFiles();
  const text = files.map(f => readFileSync(f, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).join('\n');
  return { files, text };
}

/** A flat (not rope or slice) copy: V8 would otherwise flatten it inside whatever runs first. */
export function flat(s) {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/** `base` repeated (separated by a newline) and cut to exactly `size` code units, never inside a surrogate pair. */
export function toSize(base, size) {
  const unit = base + '\n';
  let s = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) { s = s.slice(0, -1) + ' '; }
  return flat(s);
}

/** The inputs of the scaling families, by name and size. */
export function familyText(family, size, base) {
  switch (family) {
    case 'corpus': return toSize(base, size);
    // A whole document with its line breaks removed: one line, no newline at all.
    // replace() hands back a cons string; flattened, as document.getText() gives text.
    case 'longline': return flat(toSize(base.replace(/\n+/g, ''), size).replace(/\n/g, ''));
    case 'digits': return flat('1234567890'.repeat(Math.ceil(size / 10)).slice(0, size));
    case 'yi': return flat('一'.repeat(size));
    // Annotation-dense lines for the exports: one number per short line.
    case 'export': return flat('增长27%，\n'.repeat(Math.ceil(size / 7)).slice(0, size));
    // Markup for escapeMarkdown: links, commands, bare domains and tags, no newline.
    case 'escape': return flat('[x](command:y) evil.com <b> '.repeat(Math.ceil(size / 28)).slice(0, size));
    default: throw new Error(`unknown family ${family}`);
  }
}

/** Deterministic PRNG (mulberry32) so every run probes the same offsets and edits. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `fn` until the JIT has settled: at least `WARM_MS` and `minRuns` calls (300 by default;
 * an input slow enough to take 4 × WARM_MS stops sooner). Optimized code comes from a background
 * compiler thread, which on a loaded 2-core machine can take a second or more to get its turn; a
 * shorter warm-up measures the interpreter instead of the steady state the editor runs in (it
 * re-analyses a document on every edit). Callers report a cold first analysis apart if they want it.
 */
export const WARM_MS = 1500;
export function warm(fn, minRuns = 300) {
  const t0 = performance.now();
  for (let n = 0; n < minRuns || performance.now() - t0 < WARM_MS; n++) {
    sink(fn());
    if (performance.now() - t0 > 4 * WARM_MS) { break; }
  }
}

let gcFn;
/**
 * A full garbage collection, for the memory figures only (the flag is set at run time, no node
 * option needed). Timed runs never follow one: measured here, the 1 MB analysis run right after a
 * forced full collection took 100–370 ms against 53–73 ms in steady state, an effect on the JIT's
 * state that no editor reproduces.
 */
export function gc() {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc');
  }
  gcFn();
}

// Results flow into this sink so the JIT cannot drop the work that produced them.
let sinkValue = 0;
export function sink(r) {
  if (typeof r === 'number') { sinkValue = (sinkValue + r) | 0; } else if (r && typeof r === 'object') {
    sinkValue = (sinkValue + (r.numbers ? r.numbers.length + r.dates.length + r.targets.length + r.terms.length + r.outline.length : 1)) | 0;
  }
  return r;
}
export const sunk = () => sinkValue;

/**
 * Wall milliseconds per call: one call, or as many as it takes to fill `minMs` (short inputs).
 * The process CPU time per call of the same sample is left in `timeIt.cpu` (other processes on
 * the machine inflate wall time, not CPU time; GC helper threads count in CPU time).
 */
export function timeIt(fn, minMs = 0) {
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let t;
  do {
    sink(fn());
    n++;
    t = performance.now() - t0;
  } while (t < minMs);
  const c = process.cpuUsage(c0);
  timeIt.cpu = (c.user + c.system) / 1000 / n;
  return t / n;
}
timeIt.cpu = 0;

export function summarize(samples) {
  const s = [...samples].filter(x => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) { return { median: null, min: null, max: null, runs: 0 }; }
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length };
}

/** The baselines: (a) the regex, (b) a charCodeAt loop over a lookup table of the same characters. */
export const NUMERAL_CLASS = '0-9０-９〇零一二两三四五六七八九十百千万亿兩萬億';
const NUMERAL_RE = new RegExp(`[${NUMERAL_CLASS}]+`, 'g');

export function regexCount(text) {
  NUMERAL_RE.lastIndex = 0;
  let n = 0;
  while (NUMERAL_RE.exec(text) !== null) { n++; }
  return n;
}

const TABLE = new Uint8Array(65536);
for (const ch of '0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿兩萬億') { TABLE[ch.charCodeAt(0)] = 1; }

export function charLoopCount(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) { n += TABLE[text.charCodeAt(i)]; }
  return n;
}

/** The spans the regex baseline matches: a stand-in span set while the recognizers find none. */
export function regexSpans(text) {
  const out = [];
  NUMERAL_RE.lastIndex = 0;
  let m;
  while ((m = NUMERAL_RE.exec(text)) !== null) { out.push({ start: m.index, end: m.index + m[0].length, text: m[0] }); }
  return out;
}
