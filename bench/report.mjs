// The table `npm run bench` prints: figures by section with their ranges, budgets, profiles, notes
// and the machine's load.
import os from 'node:os';
import { fmtBudget, fmtMs, fmtNum } from './record.mjs';

/** The printed report of a finished run that took `totalS` seconds. */
export function report(ctx, totalS) {
  const { QUICK, info, figures, budgets, profiles, notes } = ctx;
  const lines = [];
  const W = 66;
  const head2 = `${'figure'.padEnd(W)} ${'median'.padStart(12)}  ${'range [min, max]'.padEnd(26)} runs`;
  lines.push(head2, '─'.repeat(head2.length + 10));
  const sections = [
    ['1. Full analysis vs baselines', k => /^(analyze_|throughput_|baseline|ratio)/.test(k)],
    ['2. Against recognizers-text', k => k.startsWith('peer')],
    ['3. Scaling', k => k.startsWith('scale_')],
    ['4. Editor', k => /^(hover|edit|slice|longestStep|coreImport|activate|firstAnalysis)/.test(k)],
    ['5. Memory', k => k.startsWith('mem')],
    ['6. Size', k => k.startsWith('size')],
    ['7. Import (PDF)', k => k.startsWith('import')],
    ['8. Longest step per input family (CPU time, the least over the runs)', k => k.startsWith('stepLongest_')],
  ];
  for (const [title, pred] of sections) {
    lines.push(title);
    for (const [k, f] of Object.entries(figures)) {
      if (!pred(k)) { continue; }
      const range = f.min != null && f.runs > 1 ? `[${fmtNum(f.min, f.unit)}, ${fmtNum(f.max, f.unit)}]` : '';
      lines.push(`${f.label.padEnd(W)} ${fmtNum(f.median, f.unit).padStart(12)}  ${range.padEnd(26)} ${f.runs || ''}${f.note ? `\n${''.padEnd(W + 4)}↳ ${f.note}` : ''}`);
    }
  }
  lines.push('', 'Budgets');
  for (const b of budgets) {
    const v = fmtBudget(b.value, b.limit);
    lines.push(`  ${b.met ? 'met   ' : 'MISSED'}  ${b.name.padEnd(62)} ${String(v).padStart(10)}  (limit ${b.limit})${b.note ? `  — ${b.note}` : ''}`);
  }
  for (const p of profiles) {
    lines.push('', p.sizes ? `Profile (${p.why}; ${p.input}):` : `Profile (${p.why}; ${p.input}${p.totalMs ? `; ${p.totalMs} ms sampled over ${p.runs} analyses` : ''}): self time${p.compare ? `, and its growth per analysis vs ${p.compare} (> 10× = superlinear; ? = too few samples${p.growthScale !== 1 ? '; scaled so the whole grows as its CPU time did' : ''})` : ''}`);
    if (p.error) { lines.push(`  ${p.error}`); continue; }
    if (p.sizes) { for (const r of p.sizes) { lines.push(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`); } continue; }
    if (p.files) { lines.push(`  by file: ${p.files.slice(0, 8).map(f => `${f.file.replace('src/core/', '')} ${f.selfPct} %`).join(', ')}`); }
    for (const r of p.rows) {
      const growth = p.compare ? (r.growth == null ? '       ?' : `${r.growth.toFixed(1).padStart(7)}×`) : '';
      lines.push(`  ${r.selfPct.toFixed(1).padStart(5)} %  ${fmtMs(r.perRunMs).padStart(9)}${r.once ? ' once' : '/run'} ${r.once && p.compare ? '        ' : growth}  ${r.function.padEnd(32)} ${r.where}`);
    }
  }
  if (notes.length) { lines.push('', ...notes.map(n => `Note: ${n}`)); }
  lines.push('', `${info.node} on ${info.cpus} × ${info.cpu}, load average ${info.loadAverageAtStart[0]} at start, ${os.loadavg()[0].toFixed(2)} at end (other processes share the cores: see the ranges); corpus ${info.corpus.files.length} files (${info.corpus.chars} chars) repeated to size; bench took ${totalS.toFixed(0)} s${QUICK ? ' (QUICK MODE: not for reporting)' : ''}.`);
  return lines.join('\n');
}
