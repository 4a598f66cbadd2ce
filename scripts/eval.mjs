#!/usr/bin/env node
// npm run eval — scores the core (src/, run through tsx) against every annotation gold file under
// ../shared/fixtures that has its text beside it (NAME.gold.json + NAME.txt), per file and in total,
// against the goals of scripts/lib/goldScore.mjs (the scoring rules: docs/annotation.md §6).
// Gold files of another shape (the ledger's `indicators`) or without their text are listed as skipped.
// Options: --verbose (every miss: false positives, false negatives, values, resolutions, deadlines),
//          --file PATTERN (only files whose path contains PATTERN; repeatable), --json (machine-readable),
//          --strict (exit 1 below any goal), --fixtures DIR (default ../shared/fixtures).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root, scriptArgs, shared } from './lib/scriptArgs.mjs';
import { GOALS, checksOf, failuresOf, notAnnotationGold, scoreFile, totalOf } from './lib/goldScore.mjs';

const args = scriptArgs();
const verbose = args.has('--verbose');
const asJson = args.has('--json');
const strict = args.has('--strict');
const fixtures = path.resolve(args.value('--fixtures', path.join(shared, 'fixtures')));
const patterns = args.values('--file');

function goldFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) { out.push(...goldFiles(p)); } else if (name.endsWith('.gold.json')) { out.push(p); }
  }
  return out;
}

/** The gold files to score, and those skipped with the reason. */
function selectGold() {
  const chosen = [];
  const skipped = [];
  for (const goldPath of goldFiles(fixtures)) {
    const rel = path.relative(fixtures, goldPath);
    if (patterns.length && !patterns.some(p => rel.includes(p))) { continue; }
    const textPath = goldPath.replace(/\.gold\.json$/, '.txt');
    let gold;
    try { gold = JSON.parse(readFileSync(goldPath, 'utf8')); } catch (e) { skipped.push({ file: rel, why: `unreadable: ${e.message}` }); continue; }
    const shape = notAnnotationGold(gold);
    const why = [shape, existsSync(textPath) ? null : `no ${path.basename(textPath)} beside it`].filter(Boolean);
    if (why.length) { skipped.push({ file: rel, why: why.join('; ') }); continue; }
    chosen.push({ gold, textPath, file: path.relative(fixtures, textPath) });
  }
  return { chosen, skipped };
}

const pct = x => (x * 100).toFixed(1).padStart(6);
// [heading, goal key, value; for an accuracy, the matched count it is of (— where nothing matched)]
const COLUMNS = [
  ['outl F1', 'outlineF1', r => r.outline.f1],
  ['num F1', 'numbersF1', r => r.numbers.f1],
  ['value', 'valueAccuracy', r => r.numbers.valueAccuracy, r => r.numbers.tp],
  ['date F1', 'datesF1', r => r.dates.f1],
  ['resol', 'resolutionAccuracy', r => r.dates.resolutionAccuracy, r => r.dates.tp],
  ['tgt F1', 'targetsF1', r => r.targets.f1],
  ['deadl', 'deadlineAccuracy', r => r.targets.deadlineAccuracy, r => r.targets.tp],
];
const cell = (r, [, , get, of]) => (of && of(r) === 0 ? '—'.padStart(6) : pct(get(r)));
const FILE_W = 40;

function printTable(rows, total, skipped) {
  console.log(`Policy Lens eval — ${rows.length} gold files in ${fixtures}${patterns.length ? ` matching ${patterns.join(' or ')}` : ''}`);
  for (const s of skipped) { console.log(`  skipped ${s.file}: ${s.why}`); }
  const goalRow = COLUMNS.map(([, key]) => `≥${(GOALS[key] * 100).toFixed(0)}`.padStart(7)).join(' ');
  console.log(`\n${'file'.padEnd(FILE_W)} ${COLUMNS.map(([h]) => h.padStart(7)).join(' ')} ${'traps'.padStart(5)}  doc date`);
  console.log(`${'goal (per file; ✗ below it)'.padEnd(FILE_W)} ${goalRow} ${'0'.padStart(5)}  right`);
  for (const r of rows) {
    const met = new Map(checksOf(r).map(([key, , , ok]) => [key, ok]));
    const cells = COLUMNS.map(c => `${cell(r, c)}${met.get(c[1]) ? ' ' : '✗'}`).join(' ');
    const doc = `${r.documentDate.ok ? 'ok' : 'WRONG'} ${r.documentDate.got ?? 'null'} (${r.documentDate.source ?? '-'})${r.documentDate.ok ? '' : ` gold ${r.documentDate.gold}`}`;
    console.log(`${r.file.padEnd(FILE_W)} ${cells} ${String(r.traps.length).padStart(4)}${r.traps.length ? '✗' : ' '}  ${doc}`);
  }
  const totalRow = { outline: total.outline, numbers: total.numbers, dates: total.dates, targets: total.targets };
  console.log(`${'TOTAL (micro-averaged)'.padEnd(FILE_W)} ${COLUMNS.map(c => `${cell(totalRow, c)} `).join(' ')} ${String(total.traps).padStart(4)}   ${total.documentDates.ok}/${total.documentDates.of} right`);
  const metCount = key => rows.filter(r => checksOf(r).some(([k, , , ok]) => k === key && ok)).length;
  console.log(`${'files meeting the goal'.padEnd(FILE_W)} ${COLUMNS.map(([, key]) => `${metCount(key)}/${rows.length}`.padStart(7)).join(' ')} ${`${metCount('traps')}/${rows.length}`.padStart(5)}  ${metCount('documentDate')}/${rows.length}`);
  console.log('\nprecision / recall (total):');
  for (const k of ['outline', 'numbers', 'dates', 'targets']) {
    const t = total[k];
    console.log(`  ${k.padEnd(8)} P ${pct(t.precision)}%  R ${pct(t.recall)}%  F1 ${pct(t.f1)}%  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  }
}

function printMisses(rows) {
  for (const r of rows) {
    const lists = [
      ['outline FP', r.outline.misses.fp], ['outline FN', r.outline.misses.fn],
      ['numbers FP', r.numbers.misses.fp], ['numbers FN', r.numbers.misses.fn], ['values', r.numbers.misses.value],
      ['dates FP', r.dates.misses.fp], ['dates FN', r.dates.misses.fn], ['resolution', r.dates.misses.resolution],
      ['targets FP', r.targets.misses.fp], ['targets FN', r.targets.misses.fn], ['deadlines', r.targets.misses.deadline],
      ['traps', r.traps],
    ].filter(([, list]) => list.length);
    if (!lists.length && r.documentDate.ok) { continue; }
    console.log(`\n== ${r.file}`);
    for (const [label, list] of lists) {
      console.log(`  ${label} (${list.length}):`);
      for (const x of list) { console.log(`    ${x}`); }
    }
    if (!r.documentDate.ok) { console.log(`  document date: gold ${r.documentDate.gold} got ${r.documentDate.got} (${r.documentDate.source ?? '-'})`); }
  }
}

async function main() {
  if (!existsSync(fixtures)) {
    console.error(`eval: no fixtures at ${fixtures} (../shared must be beside the checkout)`);
    process.exit(2);
  }
  const { analyze } = await tsImport(path.join(root, 'src/core/analyze.ts'), import.meta.url);
  // Terms as the CLI finds them: with the glossary bundled from src/core/glossary.json.
  (await tsImport(path.join(root, 'src/core/glossaryFile.ts'), import.meta.url)).useBundledGlossary();
  const { chosen, skipped } = selectGold();
  if (!chosen.length) {
    console.error(`eval: no annotation gold file with its text${patterns.length ? ` matches ${patterns.join(', ')}` : ''} in ${fixtures}`);
    process.exit(2);
  }
  const rows = chosen.map(({ gold, textPath, file }) => {
    const text = readFileSync(textPath, 'utf8');
    // A gold file with a referenceDate is scored with that date as the setting (docs/annotation.md §6).
    return scoreFile(file, gold, text, analyze(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {}));
  });
  const total = totalOf(rows);
  const failures = failuresOf(rows);
  if (asJson) {
    console.log(JSON.stringify({ fixtures, files: rows, skipped, total, goals: GOALS, failures }, null, 2));
  } else {
    printTable(rows, total, skipped);
    if (verbose) { printMisses(rows); }
    console.log(failures.length ? `\n${failures.length} goal(s) missed:\n  ${failures.join('\n  ')}` : '\nall goals met');
  }
  if (strict && failures.length) { process.exit(1); }
}

main().catch(e => { console.error(e); process.exit(1); });
