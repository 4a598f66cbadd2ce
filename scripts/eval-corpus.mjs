#!/usr/bin/env node
// npm run eval:corpus — runs the core of the working tree (uncommitted changes included) over a
// corpus without gold (default ../shared/corpus/gov-cn, every .txt below it) and prints, per
// document and in total, what it finds: counts per kind, numbers without a unit, unresolved dates,
// targets without deadline or value, outline nodes by kind, documents without a document date.
//
//   --against REF   also runs the core of commit REF over the same texts and lists every annotation
//                   that appeared, disappeared or changed (same span, other attributes), by kind, each
//                   in its text (±12 characters) with its file; a summary per kind and per document first
//   --kind K        only that kind in the comparison: number, date, target, term, outline, documentDate
//                   (repeatable, or K1,K2)
//   --corpus DIR    another folder of texts (e.g. ../shared/fixtures/dev)
//   --json          machine-readable output
// Both cores are bundled with esbuild as bench/lib.mjs does; REF's src/ is unpacked by git archive
// into a temporary folder, removed at the end.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleAnalysis, loadCore } from '../bench/lib.mjs';
import { KINDS, countChanges, contextOf, diffAnalyses } from './lib/annotationDiff.mjs';
import { STAT_COLUMNS, statValue, statsOf, sumStats } from './lib/corpusStats.mjs';
import { describeCommit, extractTree, resolveCommit, uncommitted } from './lib/gitTree.mjs';
import { root, scriptArgs, shared } from './lib/scriptArgs.mjs';

const args = scriptArgs();
const asJson = args.has('--json');
const against = args.value('--against');
const corpus = path.resolve(args.value('--corpus', path.join(shared, 'corpus', 'gov-cn')));
const kinds = args.values('--kind').flatMap(k => k.split(',')).filter(Boolean);
const usage = 'usage: npm run eval:corpus -- [--against REF] [--kind number|date|target|term|outline|documentDate] [--corpus DIR] [--json]';

function fail(message) {
  console.error(`eval:corpus: ${message}`);
  process.exit(2);
}

function corpusFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) { out.push(...corpusFiles(p)); } else if (name.endsWith('.txt')) { out.push(p); }
  }
  return out;
}

/** The analysis as the JSON export prints it, or {error} where the core threw. */
function run(core, text) {
  try { return JSON.parse(core.toJson(core.analyze(text))); } catch (e) { return { error: String(e?.stack ?? e).split('\n').slice(0, 3).join(' ') }; }
}

const W = 6;
const fileWidth = docs => Math.max(24, ...docs.map(d => d.file.length)) + 1;
function statRow(label, stats, width) {
  return `${label.padEnd(width)}${STAT_COLUMNS.map(([key]) => String(statValue(stats, key)).padStart(W)).join('')}  ${stats.documentDate ?? 'NONE'}`;
}
const statHeader = width => `${'file'.padEnd(width)}${STAT_COLUMNS.map(([, h]) => h.padStart(W)).join('')}  doc date`;

function printStats(docs, total) {
  const width = fileWidth(docs);
  console.log(`Policy Lens corpus — ${docs.length} documents in ${path.relative(process.cwd(), corpus) || '.'} (core of the working tree)`);
  console.log('-unit: numbers without a unit; unres: dates resolved to null; -dl / -val: targets without deadline / value\n');
  console.log(statHeader(width));
  for (const d of docs) { console.log(d.new.error ? `${d.file.padEnd(width)}ANALYSIS FAILED: ${d.new.error}` : statRow(d.file, d.stats, width)); }
  console.log(statRow('TOTAL', total, width));
  const undated = docs.filter(d => !d.new.error && d.stats.documentDate === null).map(d => d.file);
  console.log(`\nwithout a document date (${undated.length}): ${undated.join(', ') || 'none'}`);
}

// ── The comparison ─────────────────────────────────────────────────────────────────────────────

const short = v => {
  const s = v === undefined ? '—' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** The attributes a reader checks first, per kind. */
function brief(kind, a) {
  switch (kind) {
    case 'number': return `${short(a.value)} ${a.unit ?? '(no unit)'} ${a.qualifier} ${a.kind}${a.change ? ` ${a.change}` : ''}${a.reading ? ` ${a.reading}` : ''}`;
    case 'date': return a.resolved ? `${a.resolved.start} … ${a.resolved.end}` : 'unresolved';
    case 'target': return `deadline ${a.deadline ?? '—'}, value ${a.value ?? '—'}, ${a.strength}`;
    case 'term': return a.entry;
    case 'outline': return `${a.kind} under ${a.parentKind ?? 'the document'}, line ${a.line}`;
    case 'documentDate': return `${a.date} (${a.source})`;
    default: return '';
  }
}

const SIGN = { appeared: '+', disappeared: '−', changed: '~' };
const tally = c => `+${c.appeared} −${c.disappeared} ~${c.changed}`;

function printDiff(report, docs) {
  const { old: o, changes, byKind, byDocument } = report;
  console.log(`Policy Lens corpus comparison — ${docs.length} documents in ${path.relative(process.cwd(), corpus) || '.'}`);
  console.log(`  old: ${o.describe}`);
  console.log(`  new: the working tree (HEAD ${report.new.head})${report.new.uncommitted.length ? `, uncommitted in src/: ${report.new.uncommitted.join(', ')}` : ''}`);
  for (const e of report.errors) { console.log(`  ANALYSIS FAILED (${e.side}) on ${e.file}: ${e.error}`); }
  console.log(`\n${changes.length ? `${changes.length} differences` : 'no differences'} (+ appeared, − disappeared, ~ changed)${kinds.length ? `, kinds ${kinds.join(', ')}` : ''}`);
  for (const kind of report.kinds) { console.log(`  ${kind.padEnd(13)} ${tally(byKind[kind])}`); }
  if (Object.keys(byDocument).length) {
    console.log('\nby document:');
    const width = fileWidth(docs);
    for (const [file, k] of Object.entries(byDocument)) {
      console.log(`  ${file.padEnd(width)}${Object.entries(k).map(([kind, c]) => `${kind} ${tally(c)}`).join(' · ')}`);
    }
  }
  for (const kind of report.kinds) {
    const list = changes.filter(c => c.kind === kind);
    if (!list.length) { continue; }
    console.log(`\n== ${kind}: ${tally(byKind[kind])}`);
    let file = null;
    for (const c of list) {
      if (c.file !== file) { file = c.file; console.log(`  ${file}`); }
      const what = c.change === 'changed'
        ? `${brief(kind, c.new)} — ${c.fields.map(f => `${f.field}: ${short(f.old)} → ${short(f.new)}`).join('; ')}`
        : `${brief(kind, c.new ?? c.old)}${c.overlapping.length ? `  [${c.change === 'appeared' ? 'was' : 'now'}: ${c.overlapping.map(x => x.text).join(' | ')}]` : ''}`;
      console.log(`    ${SIGN[c.change]} @${c.start ?? '-'} ${c.context}  ${what}`);
    }
  }
  const width = fileWidth(docs);
  console.log(`\ntotals\n${statHeader(width)}`);
  console.log(statRow(`old ${o.commit.slice(0, 7)}`, report.stats.old, width));
  console.log(statRow('new (working tree)', report.stats.new, width));
}

function compare(docs, texts, old) {
  const changes = [];
  const errors = [];
  const byKind = Object.fromEntries(kinds.map(k => [k, { appeared: 0, disappeared: 0, changed: 0 }]));
  const byDocument = {};
  for (const d of docs) {
    for (const side of ['old', 'new']) { if (d[side].error) { errors.push({ file: d.file, side, error: d[side].error }); } }
    if (d.old.error || d.new.error) { continue; }
    const entries = diffAnalyses(d.old, d.new, kinds);
    if (!entries.length) { continue; }
    for (const kind of kinds) {
      const c = countChanges(entries.filter(e => e.kind === kind));
      if (c.appeared + c.disappeared + c.changed === 0) { continue; }
      (byDocument[d.file] ??= {})[kind] = c;
      for (const k of Object.keys(c)) { byKind[kind][k] += c[k]; }
    }
    const text = texts.get(d.file);
    for (const e of entries) { changes.push({ file: d.file, ...e, context: contextOf(text, e.start, e.end) }); }
  }
  // By kind first, then by file (entries of one file are already in order).
  changes.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ok = side => docs.filter(d => !d[side].error).map(d => statsOf(d[side]));
  return {
    corpus, kinds, old, new: { head: describeCommit(root, 'HEAD'), uncommitted: uncommitted(root, ['src']) },
    byKind, byDocument, changes, errors, stats: { old: sumStats(ok('old')), new: sumStats(ok('new')) },
  };
}

async function main() {
  if (args.has('--help') || args.has('-h')) { console.log(usage); return; }
  for (const flag of ['--against', '--kind', '--corpus']) {
    if (args.has(flag) && !args.values(flag).length) { fail(`${flag} needs a value\n${usage}`); }
  }
  const unknown = kinds.filter(k => !KINDS.includes(k));
  if (unknown.length) { fail(`unknown kind ${unknown.join(', ')}: one of ${KINDS.join(', ')}`); }
  if (!kinds.length) { kinds.push(...KINDS); }
  if (!existsSync(corpus)) { fail(`no corpus at ${corpus} (../shared must be beside the checkout)`); }
  const files = corpusFiles(corpus);
  if (!files.length) { fail(`no .txt file under ${corpus}`); }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-corpus-'));
  let refTree = null;
  const cleanUp = () => {
    rmSync(tmp, { recursive: true, force: true });
    if (refTree) { rmSync(refTree, { recursive: true, force: true }); }
  };
  process.once('SIGINT', () => { cleanUp(); process.exit(130); });
  try {
    const bundle = async (from, name) => {
      const dir = path.join(tmp, name);
      mkdirSync(dir);
      return loadCore(await bundleAnalysis(from, dir));
    };
    const core = await bundle(root, 'new');
    let old = null;
    let oldCore = null;
    if (against) {
      const commit = resolveCommit(root, against);
      refTree = extractTree(root, commit);
      try { oldCore = await bundle(refTree, 'old'); } catch (e) { throw new Error(`the core of ${against} does not build: ${e.message}`); }
      old = { ref: against, commit, describe: describeCommit(root, commit) };
    }
    const texts = new Map();
    const docs = files.map(f => {
      const file = path.relative(corpus, f);
      const text = readFileSync(f, 'utf8');
      texts.set(file, text);
      const d = { file, new: run(core, text), old: oldCore ? run(oldCore, text) : null };
      d.stats = d.new.error ? null : statsOf(d.new);
      return d;
    });
    if (against) {
      const report = compare(docs, texts, old);
      if (asJson) { console.log(JSON.stringify(report, null, 2)); } else { printDiff(report, docs); }
      if (report.errors.length) { process.exitCode = 1; }
      return;
    }
    const total = sumStats(docs.filter(d => d.stats).map(d => d.stats));
    if (asJson) {
      const failed = docs.filter(d => d.new.error).map(d => ({ file: d.file, error: d.new.error }));
      console.log(JSON.stringify({ corpus, documents: docs.map(d => ({ file: d.file, stats: d.stats })), total, failed }, null, 2));
    } else { printStats(docs, total); }
    if (docs.some(d => d.new.error)) { process.exitCode = 1; }
  } finally {
    cleanUp();
  }
}

main().catch(e => { console.error(`eval:corpus: ${e.message ?? e}`); process.exit(2); });
