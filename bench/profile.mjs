// Reads a V8 .cpuprofile taken on the bench bundle and names the hot functions by their
// src/ file and line (through the bundle's source map), so a missed budget points at code.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './lib.mjs';

/** The source as a project path: the map's `sources` are relative to a temporary folder. */
function projectPath(source) {
  const p = source.startsWith('file:') ? fileURLToPath(source) : source;
  const i = p.lastIndexOf('/src/');
  return i >= 0 ? p.slice(i + 1) : path.relative(root, p);
}

export function summarizeProfile(profileFile, bundleFile, top = 12) {
  const prof = JSON.parse(readFileSync(profileFile, 'utf8'));
  const map = new SourceMap(JSON.parse(readFileSync(bundleFile + '.map', 'utf8')));
  const bundleUrl = new URL(`file://${bundleFile}`).href;
  const totalMs = (prof.endTime - prof.startTime) / 1000;
  const totalHits = prof.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const byFn = new Map();
  for (const node of prof.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) { continue; }
    const cf = node.callFrame;
    let where;
    if ((cf.url === bundleUrl || cf.url === bundleFile) && cf.lineNumber === 0 && cf.columnNumber === 0 && !cf.functionName) {
      // The module's top level: data tables built once at import, not per analysis.
      where = 'module top level (once, at import)';
    } else if (!cf.url && cf.functionName === 'evaluate') {
      where = 'module top level (once, at import)'; // the module evaluation that runs it
    } else if (cf.url === bundleUrl || cf.url === bundleFile) {
      const e = map.findEntry(cf.lineNumber, cf.columnNumber);
      where = e && e.originalSource ? `${projectPath(e.originalSource)}:${e.originalLine + 1}` : `bundle:${cf.lineNumber + 1}`;
    } else if (cf.url) {
      where = cf.url.startsWith('file:') ? path.relative(root, fileURLToPath(cf.url)) + `:${cf.lineNumber + 1}` : `${cf.url}:${cf.lineNumber + 1}`;
    } else {
      where = '(native)';
    }
    const key = `${cf.functionName || '(anonymous)'} ${where}`;
    const cur = byFn.get(key) ?? { fn: cf.functionName || '(anonymous)', where, hits: 0 };
    cur.hits += hits;
    byFn.set(key, cur);
  }
  // Node's own start-up (module loading) and idle time say nothing about the analysis.
  const rows = [...byFn.values()]
    .filter(r => !r.where.startsWith('node:') && r.fn !== '(idle)' && r.fn !== '(program)')
    .sort((a, b) => b.hits - a.hits)
    .slice(0, top)
    .map(r => ({ function: r.fn, where: r.where, once: r.where.startsWith('module top level') || undefined, hits: r.hits, selfMs: +(r.hits / totalHits * totalMs).toFixed(1), selfPct: +(100 * r.hits / totalHits).toFixed(1) }));
  // Self time per source file: which owner's module the time goes to.
  const byFile = new Map();
  for (const r of byFn.values()) {
    const file = r.where.startsWith('src/') ? r.where.replace(/:\d+$/, '') : r.fn === '(garbage collector)' ? '(garbage collector)' : null;
    if (file) { byFile.set(file, (byFile.get(file) ?? 0) + r.hits); }
  }
  const files = [...byFile.entries()].sort((a, b) => b[1] - a[1]).map(([file, hits]) => ({ file, selfPct: +(100 * hits / totalHits).toFixed(1) }));
  return { totalMs: +totalMs.toFixed(0), rows, files };
}
