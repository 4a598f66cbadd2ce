#!/usr/bin/env node
// npm run eval — scores the core against every gold file in ../shared/fixtures (the seed and dev/).
//   outline: P/R/F1 over (kind, line, parent's kind)
//   numbers, dates: P/R/F1 on exact spans; value accuracy / resolution accuracy of matched spans
//   targets: P/R/F1 where a prediction matches a gold target it overlaps by ≥ half the gold span
//   traps: predicted numbers overlapping an occurrence of a gold `notNumbers` string
//   documentDate: right or wrong
// Options: --verbose (list misses), --json (machine-readable), --strict (exit 1 below the goals),
//          --fixtures DIR (default ../shared/fixtures).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const strict = args.includes('--strict');
const fixturesArg = args.indexOf('--fixtures');
const fixtures = fixturesArg >= 0 ? path.resolve(args[fixturesArg + 1]) : path.resolve(root, '..', 'shared', 'fixtures');

const GOALS = { outlineF1: 0.95, numbersF1: 0.95, valueAcc: 0.98, datesF1: 0.95, resolutionAcc: 0.95, targetsF1: 0.9, traps: 0 };

function goldFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) { out.push(...goldFiles(p)); } else if (name.endsWith('.gold.json')) { out.push(p); }
  }
  return out;
}

const prf = (tp, fp, fn) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp, fp, fn, precision: p, recall: r, f1: f };
};

function flattenOutline(nodes, parentKind = null, out = []) {
  for (const n of nodes) {
    out.push({ key: `${n.kind}|${n.line}|${parentKind}`, kind: n.kind, line: n.line, parentKind, name: n.name });
    flattenOutline(n.children ?? [], n.kind, out);
  }
  return out;
}

function scoreOutline(gold, pred) {
  const g = flattenOutline(gold);
  const p = flattenOutline(pred);
  const pool = new Map();
  for (const x of g) { pool.set(x.key, (pool.get(x.key) ?? 0) + 1); }
  let tp = 0;
  const fps = [];
  for (const x of p) {
    const c = pool.get(x.key) ?? 0;
    if (c > 0) { tp++; pool.set(x.key, c - 1); } else { fps.push(x); }
  }
  const fns = [];
  const predPool = new Map();
  for (const x of p) { predPool.set(x.key, (predPool.get(x.key) ?? 0) + 1); }
  for (const x of g) {
    const c = predPool.get(x.key) ?? 0;
    if (c > 0) { predPool.set(x.key, c - 1); } else { fns.push(x); }
  }
  return { ...prf(tp, fps.length, fns.length), misses: { fp: fps.map(x => `${x.kind}@${x.line}<${x.parentKind}> ${x.name}`), fn: fns.map(x => `${x.kind}@${x.line}<${x.parentKind}> ${x.name}`) } };
}

const spanKey = s => `${s.start}:${s.end}`;

function matchSpans(gold, pred) {
  const byKey = new Map(pred.map(p => [spanKey(p), p]));
  const matched = [];
  const fn = [];
  for (const g of gold) {
    const p = byKey.get(spanKey(g));
    if (p) { matched.push([g, p]); byKey.delete(spanKey(g)); } else { fn.push(g); }
  }
  return { matched, fn, fp: [...byKey.values()] };
}

const close = (a, b) => {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => close(x, b[i]));
  }
  if (typeof a !== 'number' || typeof b !== 'number') { return false; }
  if (a === b) { return true; }
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
};

function occurrences(text, needle) {
  const out = [];
  if (!needle) { return out; }
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) { out.push([i, i + needle.length]); }
  return out;
}

function scoreTargets(gold, pred) {
  const used = new Set();
  let tp = 0;
  const fn = [];
  for (const g of gold) {
    const half = (g.end - g.start) / 2;
    const idx = pred.findIndex((p, i) => !used.has(i) && Math.min(p.end, g.end) - Math.max(p.start, g.start) >= half);
    if (idx >= 0) { used.add(idx); tp++; } else { fn.push(g); }
  }
  const fp = pred.filter((_, i) => !used.has(i));
  return { ...prf(tp, fp.length, fn.length), misses: { fp: fp.map(t => t.text), fn: fn.map(t => t.text) } };
}

const fmt = x => (x * 100).toFixed(1).padStart(6);

async function main() {
  if (!existsSync(fixtures)) {
    console.error(`eval: no fixtures at ${fixtures} (../shared must be beside the checkout)`);
    process.exit(2);
  }
  const { analyze } = await tsImport(path.join(root, 'src/core/analyze.ts'), import.meta.url);
  // Terms as the CLI finds them: with the glossary bundled from src/core/glossary.json.
  (await tsImport(path.join(root, 'src/core/glossaryFile.ts'), import.meta.url)).useBundledGlossary();
  const files = goldFiles(fixtures);
  const rows = [];
  const totals = { outline: [0, 0, 0], numbers: [0, 0, 0], dates: [0, 0, 0], targets: [0, 0, 0], valueOk: 0, valueN: 0, resOk: 0, resN: 0, traps: 0, docDateOk: 0 };
  for (const goldPath of files) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const textPath = goldPath.replace(/\.gold\.json$/, '.txt');
    const text = readFileSync(textPath, 'utf8');
    const a = analyze(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {});
    const outline = scoreOutline(gold.outline ?? [], a.outline);
    const nm = matchSpans(gold.numbers ?? [], a.numbers);
    const valueOk = nm.matched.filter(([g, p]) => close(g.value, p.value)).length;
    const valueMiss = nm.matched.filter(([g, p]) => !close(g.value, p.value)).map(([g, p]) => `${g.text}: gold ${JSON.stringify(g.value)} got ${JSON.stringify(p.value)}`);
    const dm = matchSpans(gold.dates ?? [], a.dates);
    const sameRes = (g, p) => (g.resolved === null ? p.resolved === null : !!p.resolved && p.resolved.start === g.resolved.start && p.resolved.end === g.resolved.end);
    const resOk = dm.matched.filter(([g, p]) => sameRes(g, p)).length;
    const resMiss = dm.matched.filter(([g, p]) => !sameRes(g, p)).map(([g, p]) => `${g.text}@${g.start}: gold ${JSON.stringify(g.resolved)} got ${JSON.stringify(p.resolved)}`);
    const trapSpans = (gold.notNumbers ?? []).flatMap(s => occurrences(text, s).map(o => ({ s, o })));
    const trapped = a.numbers.filter(n => trapSpans.some(({ o }) => n.start < o[1] && o[0] < n.end));
    const targets = scoreTargets(gold.targets ?? [], a.targets);
    const goldDate = gold.documentDate ?? null;
    const gotDate = a.documentDate ? a.documentDate.date : null;
    const row = {
      file: path.relative(fixtures, textPath),
      outline,
      numbers: { ...prf(nm.matched.length, nm.fp.length, nm.fn.length), valueAccuracy: nm.matched.length ? valueOk / nm.matched.length : 1, misses: { fp: nm.fp.map(n => `${n.text}@${n.start}`), fn: nm.fn.map(n => `${n.text}@${n.start}`), value: valueMiss } },
      dates: { ...prf(dm.matched.length, dm.fp.length, dm.fn.length), resolutionAccuracy: dm.matched.length ? resOk / dm.matched.length : 1, misses: { fp: dm.fp.map(d => `${d.text}@${d.start}`), fn: dm.fn.map(d => `${d.text}@${d.start}`), resolution: resMiss } },
      targets,
      traps: trapped.map(n => `${n.text}@${n.start}`),
      documentDate: { gold: goldDate, got: gotDate, source: a.documentDate?.source ?? null, ok: goldDate === gotDate },
    };
    rows.push(row);
    for (const [k, r] of [['outline', outline], ['numbers', row.numbers], ['dates', row.dates], ['targets', targets]]) {
      totals[k][0] += r.tp; totals[k][1] += r.fp; totals[k][2] += r.fn;
    }
    totals.valueOk += valueOk; totals.valueN += nm.matched.length;
    totals.resOk += resOk; totals.resN += dm.matched.length;
    totals.traps += trapped.length;
    totals.docDateOk += row.documentDate.ok ? 1 : 0;
  }
  const total = {
    outline: prf(...totals.outline), numbers: { ...prf(...totals.numbers), valueAccuracy: totals.valueN ? totals.valueOk / totals.valueN : 1 },
    dates: { ...prf(...totals.dates), resolutionAccuracy: totals.resN ? totals.resOk / totals.resN : 1 }, targets: prf(...totals.targets),
    traps: totals.traps, documentDates: `${totals.docDateOk}/${rows.length}`,
  };
  const failures = [];
  for (const r of rows) {
    const check = (ok, what) => { if (!ok) { failures.push(`${r.file}: ${what}`); } };
    check(r.outline.f1 >= GOALS.outlineF1, `outline F1 ${r.outline.f1.toFixed(3)} < ${GOALS.outlineF1}`);
    check(r.numbers.f1 >= GOALS.numbersF1, `numbers F1 ${r.numbers.f1.toFixed(3)} < ${GOALS.numbersF1}`);
    check(r.numbers.valueAccuracy >= GOALS.valueAcc, `value accuracy ${r.numbers.valueAccuracy.toFixed(3)} < ${GOALS.valueAcc}`);
    check(r.dates.f1 >= GOALS.datesF1, `dates F1 ${r.dates.f1.toFixed(3)} < ${GOALS.datesF1}`);
    check(r.dates.resolutionAccuracy >= GOALS.resolutionAcc, `resolution accuracy ${r.dates.resolutionAccuracy.toFixed(3)} < ${GOALS.resolutionAcc}`);
    check(r.targets.f1 >= GOALS.targetsF1, `targets F1 ${r.targets.f1.toFixed(3)} < ${GOALS.targetsF1}`);
    check(r.traps.length === 0, `${r.traps.length} not-number traps tagged`);
    check(r.documentDate.ok, `document date ${r.documentDate.got} ≠ gold ${r.documentDate.gold}`);
  }
  if (asJson) {
    console.log(JSON.stringify({ files: rows, total, goals: GOALS, failures }, null, 2));
  } else {
    console.log(`Policy Lens eval — ${rows.length} gold files in ${fixtures}\n`);
    console.log(`${'file'.padEnd(40)} ${'outl F1'.padStart(7)} ${'num F1'.padStart(7)} ${'value'.padStart(7)} ${'date F1'.padStart(7)} ${'resol'.padStart(7)} ${'tgt F1'.padStart(7)} ${'traps'.padStart(5)}  doc date`);
    for (const r of rows) {
      console.log(`${r.file.padEnd(40)} ${fmt(r.outline.f1)}% ${fmt(r.numbers.f1)}% ${fmt(r.numbers.valueAccuracy)}% ${fmt(r.dates.f1)}% ${fmt(r.dates.resolutionAccuracy)}% ${fmt(r.targets.f1)}% ${String(r.traps.length).padStart(5)}  ${r.documentDate.ok ? 'ok' : 'WRONG'} ${r.documentDate.got ?? 'null'} (${r.documentDate.source ?? '-'})`);
    }
    console.log(`${'TOTAL'.padEnd(40)} ${fmt(total.outline.f1)}% ${fmt(total.numbers.f1)}% ${fmt(total.numbers.valueAccuracy)}% ${fmt(total.dates.f1)}% ${fmt(total.dates.resolutionAccuracy)}% ${fmt(total.targets.f1)}% ${String(total.traps).padStart(5)}  ${total.documentDates}`);
    console.log('\nprecision / recall (total):');
    for (const k of ['outline', 'numbers', 'dates', 'targets']) {
      const t = total[k];
      console.log(`  ${k.padEnd(8)} P ${fmt(t.precision)}%  R ${fmt(t.recall)}%  F1 ${fmt(t.f1)}%  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
    }
    if (verbose) {
      for (const r of rows) {
        console.log(`\n== ${r.file}`);
        const show = (label, list) => { if (list.length) { console.log(`  ${label}: ${list.join(' | ')}`); } };
        show('outline FP', r.outline.misses.fp); show('outline FN', r.outline.misses.fn);
        show('numbers FP', r.numbers.misses.fp); show('numbers FN', r.numbers.misses.fn); show('values', r.numbers.misses.value);
        show('dates FP', r.dates.misses.fp); show('dates FN', r.dates.misses.fn); show('resolution', r.dates.misses.resolution);
        show('targets FP', r.targets.misses.fp); show('targets FN', r.targets.misses.fn);
        show('traps', r.traps);
      }
    }
    console.log(failures.length ? `\n${failures.length} goal(s) missed:\n  ${failures.join('\n  ')}` : '\nall goals met');
  }
  if (strict && failures.length) { process.exit(1); }
}

main().catch(e => { console.error(e); process.exit(1); });
