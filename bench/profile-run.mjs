#!/usr/bin/env node
// Profiles the analysis of one input for a few seconds and lists the hot functions by src/ file
// and line (through the bundle's source map): where a missed budget's time goes.
//   node bench/profile-run.mjs [1m|10m|20k|longline] [--seconds N] [--top N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleCore, loadCore, corpusBase, toSize, familyText, flat, MB } from './lib.mjs';
import { summarizeProfile } from './profile.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const input = args[0] && !args[0].startsWith('--') ? args[0] : '1m';

if (process.env.POLICY_LENS_PROFILE_CHILD) {
  const core = await loadCore(process.env.POLICY_LENS_PROFILE_CHILD);
  const { text: base } = corpusBase();
  const text = input === '20k' ? flat(base.slice(0, 20000)) : input === 'longline' ? familyText('longline', MB, base)
    : toSize(base, input === '10m' ? 10 * MB : MB);
  const end = performance.now() + Number(opt('--seconds', 6)) * 1000;
  let n = 0;
  while (performance.now() < end) { core.analyze(text); n++; }
  console.log(`${n} analyses of ${text.length} chars`);
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-lens-prof-'));
  const core = await bundleCore(dir);
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, fileURLToPath(import.meta.url), ...args],
    { env: { ...process.env, POLICY_LENS_PROFILE_CHILD: core }, stdio: 'inherit' });
  if (r.status !== 0) { process.exit(r.status ?? 1); }
  const prof = readdirSync(dir).find(f => f.endsWith('.cpuprofile'));
  const s = summarizeProfile(path.join(dir, prof), core, Number(opt('--top', 40)));
  for (const x of s.rows) { console.log(`${String(x.selfPct).padStart(6)} %  ${x.function}  ${x.where}`); }
  console.log('by file:');
  for (const f of s.files) { console.log(`${String(f.selfPct).padStart(6)} %  ${f.file}`); }
  console.log(`profile: ${path.join(dir, prof)}`);
}
void pathToFileURL;
