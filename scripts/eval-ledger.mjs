#!/usr/bin/env node
// npm run eval:ledger — scores the target ledger built from ../shared/fixtures/ledger/ (six years of
// work-report excerpts) against its gold file, ledger.gold.json.
//   targets:  a gold (indicator, year) target is found when the ledger's cell for that indicator and
//             year holds a target statement standing inside the gold's targetText (in its file);
//             precision counts every target cell of a gold indicator in a gold year
//   outcomes: the same for achieved figures (actualText), in the years the folder can report
//   values:   of the found ones, the value parsed exactly (number(s), unit, qualifier — the gold's
//             own text read by the numbers recognizer), or for a goal in words, the words agreeing
// Indicators the gold does not list (it leaves out those named in one year only) and years it
// excludes are not scored; they are listed so that nothing is hidden.
// Options: --verbose (list misses), --json, --strict (exit 1 below 0.90 targets / 0.85 outcomes).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root, scriptArgs, shared } from './lib/scriptArgs.mjs';

const args = scriptArgs();
const verbose = args.has('--verbose');
const asJson = args.has('--json');
const strict = args.has('--strict');
// --dir without a folder after it fails in path.resolve, as it did before scriptArgs.
const dir = args.has('--dir') ? path.resolve(args.value('--dir')) : path.resolve(shared, 'fixtures', 'ledger');
const GOALS = { targets: 0.9, outcomes: 0.85 };

if (!existsSync(path.join(dir, 'ledger.gold.json'))) {
  console.error(`eval:ledger: no ledger.gold.json in ${dir} (../shared must be beside the checkout)`);
  process.exit(2);
}
const { analyze } = await tsImport(path.join(root, 'src/core/analyze.ts'), import.meta.url);
const { buildLedger, indicatorNamed } = await tsImport(path.join(root, 'src/core/ledger/index.ts'), import.meta.url);

const gold = JSON.parse(readFileSync(path.join(dir, 'ledger.gold.json'), 'utf8'));
const texts = new Map(readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => [f, readFileSync(path.join(dir, f), 'utf8')]));
const docs = [...texts].map(([name, text]) => ({ name, text, analysis: analyze(text) }));
const ledger = buildLedger(docs);

const prf = (tp, fp, fn) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

// Gold indicators by our id (the gold's name read by the ledger's own indicator matcher).
const goldById = new Map();
const unmapped = [];
for (const g of gold.indicators) {
  const def = indicatorNamed(g.indicator);
  if (def) { goldById.set(def.id, g); } else { unmapped.push(g.indicator); }
}
const targetYears = new Set();
const outcomeYears = new Set();
const docYears = new Set(docs.map(d => Number(d.analysis.documentDate?.date.slice(0, 4))));
for (const g of gold.indicators) {
  for (const [y, c] of Object.entries(g.years)) {
    if (c.targetFile) { targetYears.add(Number(y)); }
    if (c.actualFile) { outcomeYears.add(Number(y)); }
  }
}
// An outcome of year Y can be reported only by a document of year Y + 1 in the folder.
for (const y of docYears) { if (docYears.has(y + 1) || outcomeYears.has(y)) { outcomeYears.add(y); } }

/** The gold text's place in its file, as [start, end). */
function place(file, snippet) {
  const t = texts.get(file);
  const at = t ? t.indexOf(snippet) : -1;
  return at < 0 ? null : [at, at + snippet.length];
}

/**
 * The gold value read as the numbers recognizer reads it in its own sentence (the gold's text, so
 * that 减少1000万以上 takes the unit its context gives): the first number written inside the value,
 * or the value's words.
 */
function goldValue(value, context) {
  const inContext = analyze(context).numbers.find(n => value.includes(n.text));
  const n = inContext ?? analyze(value).numbers[0];
  return n ? { value: n.value, unit: n.unit, qualifier: n.qualifier, text: value } : { value: null, unit: null, qualifier: null, text: value };
}

const close = (a, b) => Array.isArray(a) || Array.isArray(b)
  ? Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => close(x, b[i]))
  : typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

function sameValue(ours, theirs) {
  if (!ours) { return false; }
  if (theirs.value === null || ours.value === null) {
    const a = ours.text.replace(/\s/g, '');
    const b = theirs.text.replace(/（.*?）/g, '').replace(/\s/g, '');
    return a.includes(b) || b.includes(a);
  }
  return close(ours.value, theirs.value) && ours.unit === theirs.unit && ours.qualifier === theirs.qualifier;
}

function score(role) {
  const years = role === 'target' ? targetYears : outcomeYears;
  const fileKey = role === 'target' ? 'targetFile' : 'actualFile';
  const textKey = role === 'target' ? 'targetText' : 'actualText';
  const valueKey = role === 'target' ? 'target' : 'actual';
  let tp = 0, fp = 0, fn = 0, valueOk = 0;
  const misses = { fp: [], fn: [], value: [] };
  const found = new Set();
  const unscored = [];
  for (const row of ledger.rows) {
    const g = goldById.get(row.indicator.id);
    row.cells.forEach((cell, i) => {
      const entry = role === 'target' ? cell.target : cell.outcome;
      const year = ledger.columns[i].year;
      if (!entry) { return; }
      if (!g || !years.has(year)) { unscored.push(`${row.indicator.zh} ${year}: ${entry.value?.text ?? '∅'} (${entry.document})`); return; }
      const c = g.years[String(year)];
      const at = c && c[valueKey] !== null && c[fileKey] === entry.document ? place(c[fileKey], c[textKey]) : null;
      // the value is what the cell states (the indicator may be named earlier in the sentence)
      const span = entry.value ? [entry.value.start, entry.value.end] : [entry.start, entry.end];
      if (at && span[0] >= at[0] && span[1] <= at[1]) {
        tp++;
        found.add(`${g.indicator}|${year}`);
        if (sameValue(entry.value, goldValue(c[valueKey], c[textKey]))) { valueOk++; } else { misses.value.push(`${g.indicator} ${year}: gold ${c[valueKey]}, got ${entry.value?.text ?? '∅'}`); }
      } else {
        fp++;
        misses.fp.push(`${g.indicator} ${year}: ${entry.value?.text ?? '∅'} in ${entry.document} «${texts.get(entry.document).slice(entry.start, span[1] + 4).replace(/\n/g, '⏎')}»`);
      }
    });
  }
  for (const g of gold.indicators) {
    for (const [y, c] of Object.entries(g.years)) {
      if (!years.has(Number(y)) || c[valueKey] === null || c[valueKey] === undefined || !c[fileKey]) { continue; }
      if (!found.has(`${g.indicator}|${y}`)) { fn++; misses.fn.push(`${g.indicator} ${y}: ${c[valueKey]} «${c[textKey]}» (${c[fileKey]})`); }
    }
  }
  return { ...prf(tp, fp, fn), valueAccuracy: tp ? valueOk / tp : 1, misses, unscored };
}

const targets = score('target');
const outcomes = score('outcome');
const fmt = x => (x * 100).toFixed(1).padStart(6) + '%';
if (asJson) {
  console.log(JSON.stringify({ targets, outcomes, goals: GOALS, unmapped }, null, 2));
} else {
  console.log(`Policy Lens eval:ledger — ${docs.length} documents in ${dir}, ${gold.indicators.length} gold indicators\n`);
  console.log(`columns: ${ledger.columns.map(c => `${c.year ?? '?'}${c.document ? '' : ' (review only)'}`).join(' · ')}\n`);
  for (const [name, r] of [['targets', targets], ['outcomes', outcomes]]) {
    console.log(`${name.padEnd(9)} P ${fmt(r.precision)}  R ${fmt(r.recall)}  F1 ${fmt(r.f1)}  values exact ${fmt(r.valueAccuracy)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  }
  if (unmapped.length) { console.log(`\ngold indicators the ledger cannot name: ${unmapped.join(', ')}`); }
  if (verbose) {
    for (const [name, r] of [['targets', targets], ['outcomes', outcomes]]) {
      console.log(`\n== ${name}`);
      for (const k of ['fp', 'fn', 'value']) { for (const m of r.misses[k]) { console.log(`  ${k.padEnd(5)} ${m}`); } }
      for (const m of r.unscored) { console.log(`  not scored: ${m}`); }
    }
  }
}
const failed = targets.precision < GOALS.targets || targets.recall < GOALS.targets || outcomes.precision < GOALS.outcomes || outcomes.recall < GOALS.outcomes;
if (!asJson) { console.log(failed ? '\ngoals missed (targets ≥ 0.90, outcomes ≥ 0.85 precision and recall)' : '\nall goals met'); }
if (strict && failed) { process.exit(1); }
