// Scores parseNumeral (src/core/numbers/parseNumeral.ts) on the Chinese number and percent specs of
// Microsoft Recognizers-Text (a peer implementation's test suite), run from source via tsx.
// In scope: cases not marked NotSupported/NotSupportedByDesign for javascript, and results that
// docs/annotation.md counts as a number. Usage: npm run eval:peers [-- --verbose]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = process.env.PEER_SPECS ?? join(root, '..', 'shared', 'peer-suites', 'recognizers-text', 'Specs', 'Number', 'Chinese');
const FILES = ['NumberModel.json', 'PercentModel.json'];
const TARGET = 0.95;
const verbose = process.argv.includes('--verbose');

const { parseNumeral } = await tsImport(join(root, 'src', 'core', 'numbers', 'index.ts'), import.meta.url);

// A single Chinese numeral character with nothing else (一, 两, 十): §1 counts a numeral only with
// what makes it a quantity, so a bare one is never a number on its own.
const BARE_SINGLE = /^[〇零一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]$/u;

/** Why a result is outside the scope of docs/annotation.md, or null when it is in scope. */
function exclusion(text) {
  if (BARE_SINGLE.test(text.trim())) { return 'bare single-character numeral (§1: not a quantity by itself)'; }
  return null;
}

function expected(value) {
  if (typeof value !== 'string') { return Number(value); }
  return Number(value.replace(/%$/, ''));
}

function agrees(got, want) {
  if (got === null || got === undefined || Number.isNaN(got)) { return false; }
  if (want === 0) { return Math.abs(got) < 1e-12; }
  // Peer values are rounded to 15 significant digits (350.333333333333).
  return Math.abs(got - want) <= 1e-12 * Math.abs(want) + 1e-13;
}

let allIn = 0;
let allOk = 0;
for (const file of FILES) {
  const cases = JSON.parse(readFileSync(join(specDir, file), 'utf8'));
  let inScope = 0;
  let ok = 0;
  let skippedCases = 0;
  const excluded = new Map();
  const disagreements = [];
  let excludedAgree = 0;
  for (const c of cases) {
    const ns = `${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`.toLowerCase();
    if (ns.includes('javascript')) { skippedCases++; continue; }
    for (const r of c.Results ?? []) {
      const why = exclusion(r.Text);
      if (why) {
        if (agrees(parseNumeral(r.Text), expected(r.Resolution?.value))) { excludedAgree++; }
        const list = excluded.get(why) ?? [];
        list.push(r.Text);
        excluded.set(why, list);
        continue;
      }
      const want = expected(r.Resolution?.value);
      if (!Number.isFinite(want)) { continue; }
      inScope++;
      const got = parseNumeral(r.Text);
      if (agrees(got, want)) { ok++; }
      else { disagreements.push(`  ${JSON.stringify(r.Text)} (${r.TypeName}) expected ${want}, got ${got}   in: ${JSON.stringify(c.Input)}`); }
    }
  }
  allIn += inScope;
  allOk += ok;
  console.log(`${file}: ${cases.length} cases (${skippedCases} not supported in javascript), ${inScope} results in scope, ${ok} agree (${(100 * ok / Math.max(1, inScope)).toFixed(1)} %)`);
  for (const [why, list] of excluded) {
    console.log(`  excluded ${list.length}: ${why}${verbose ? ` — ${list.join(' ')}` : ''}`);
  }
  if (excluded.size) { console.log(`  (parseNumeral still reads ${excludedAgree} of the excluded results as the spec does)`); }
  if (disagreements.length) {
    console.log(`  disagreements (${disagreements.length}):`);
    for (const d of disagreements) { console.log(d); }
  }
}
const pct = allOk / Math.max(1, allIn);
console.log(`overall: ${allOk}/${allIn} agree (${(100 * pct).toFixed(1)} %), target ${(100 * TARGET).toFixed(0)} %`);
process.exitCode = pct >= TARGET ? 0 : 1;
