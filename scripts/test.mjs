#!/usr/bin/env node
// `npm test`: installs what is missing (scripts/setup.mjs), then runs every layer and prints a
// per-layer table and one final line `N passed, N failed` (the sum over layers; build, lint and
// typecheck count as one check each). Exit code non-zero on any failure. Node built-ins only, so it
// runs before anything is installed. Full logs: test-output/logs/<layer>.log.
//   --verbose (or VERBOSE=1)  stream every layer's output, not only the tail of a failing one
//   --only=a,b                run only these layers (setup always runs)
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, TEST_OUTPUT_DIR, isCI } from './lib/env.mjs';
import { run } from './lib/proc.mjs';
import { formatSetup, setup } from './setup.mjs';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || !!process.env.VERBOSE;
const only = argv.find(a => a.startsWith('--only='))?.slice('--only='.length).split(',');
const LOG_DIR = path.join(TEST_OUTPUT_DIR, 'logs');
const MIN = 60000;

const stripAnsi = s => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''); // eslint-disable-line no-control-regex
const lastMatch = (re, text) => { let m; let last; const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'); while ((m = g.exec(text))) { last = m; } return last; };

// How each layer's output turns into counts. One check = passes when the command exits 0.
const parsers = {
  check: () => undefined,
  mocha: out => {
    const passing = lastMatch(/^\s*(\d+) passing/m, out);
    const failing = lastMatch(/^\s*(\d+) failing/m, out);
    const pending = lastMatch(/^\s*(\d+) pending/m, out);
    return passing || failing ? { passed: Number(passing?.[1] ?? 0), failed: Number(failing?.[1] ?? 0), skipped: Number(pending?.[1] ?? 0) } : undefined;
  },
  grammar: out => {
    const passed = (out.match(/ run successfuly\.$/gm) || []).length;
    const failed = (out.match(/ failed$|aborted due to an error/gm) || []).length;
    return passed + failed > 0 ? { passed, failed, skipped: 0 } : undefined;
  },
  // Our own runners end with `N passed, N failed`.
  summary: out => {
    const m = lastMatch(/^(\d+) passed, (\d+) failed/m, out);
    return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: 0 } : undefined;
  },
};

const exists = p => fs.existsSync(path.join(ROOT, p));
const node = script => [process.execPath, [path.join('scripts', script)]];

/** The layers, in order. `needs` names setup steps or earlier layers that must have succeeded. */
function layers() {
  const grammar = exists('test/grammar');
  const restricted = exists('test/integration/suite') &&
    fs.readdirSync(path.join(ROOT, 'test/integration/suite'), { recursive: true }).some(f => String(f).endsWith('.restricted.test.ts'));
  return [
    { name: 'build', cmd: ['npm', ['run', 'build']], parse: 'check', timeout: 5 * MIN, needs: ['node modules'] },
    { name: 'lint', cmd: ['npm', ['run', 'lint']], parse: 'check', timeout: 10 * MIN, needs: ['node modules'] },
    { name: 'typecheck', cmd: ['npm', ['run', 'typecheck']], parse: 'check', timeout: 10 * MIN, needs: ['node modules'] },
    { name: 'unit', cmd: ['npx', ['--no-install', 'mocha', '--color=false']], parse: 'mocha', timeout: 15 * MIN, needs: ['node modules'] },
    { name: 'grammar', skip: !grammar && 'no test/grammar', cmd: ['npx', ['--no-install', 'vscode-tmgrammar-test', 'test/grammar/**/*.test.*']], parse: 'grammar', timeout: 5 * MIN, needs: ['node modules'] },
    { name: 'integration', cmd: node('run-integration.mjs'), parse: 'summary', timeout: 15 * MIN, needs: ['node modules', 'apt packages', 'code-server', 'build'] },
    { name: 'integration (restricted)', skip: !restricted && 'no *.restricted.test.ts', cmd: [process.execPath, [path.join('scripts', 'run-integration.mjs'), '--restricted']], parse: 'summary', timeout: 10 * MIN, needs: ['node modules', 'apt packages', 'code-server', 'build'] },
    { name: 'web', cmd: node('run-web-tests.mjs'), parse: 'summary', timeout: 10 * MIN, needs: ['node modules', 'apt packages', 'test-web', 'build'] },
    { name: 'e2e', cmd: [process.execPath, [path.join('scripts', 'e2e-screenshots.mjs'), '--test']], parse: 'summary', timeout: 15 * MIN, needs: ['node modules', 'apt packages', 'code-server', 'build'] },
  ];
}

const fmt = ms => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const t0 = Date.now();
  let interrupted = false;
  process.on('SIGINT', () => { interrupted = true; });
  process.on('SIGTERM', () => { interrupted = true; });
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const rows = [];
  const ok = new Set();

  console.log(`[test] setup${isCI ? ' (CI: every layer is required)' : ''}`);
  const setupResults = await setup({ log: m => console.log(m) });
  console.log(formatSetup(setupResults));
  for (const s of setupResults) { if (s.status === 'ok' || s.status === 'done') { ok.add(s.name); } }
  const setupFailed = setupResults.filter(s => s.status === 'failed' || (isCI && s.status === 'skipped'));
  rows.push({
    name: 'setup', status: setupFailed.length ? 'FAIL' : 'ok', passed: setupFailed.length ? 0 : 1, failed: setupFailed.length ? 1 : 0, skipped: 0,
    ms: setupResults.reduce((s, r) => s + r.ms, 0),
    note: setupFailed.map(s => `${s.name}: ${s.detail}`).join('; ') || setupResults.filter(s => s.status === 'skipped').map(s => `${s.name} skipped`).join('; '),
  });

  for (const layer of layers()) {
    if (only && !only.includes(layer.name)) { continue; }
    if (interrupted) { rows.push({ name: layer.name, status: 'skip', passed: 0, failed: 0, skipped: 0, ms: 0, note: 'interrupted' }); continue; }
    if (layer.skip) { rows.push({ name: layer.name, status: 'skip', passed: 0, failed: 0, skipped: 0, ms: 0, note: layer.skip }); continue; }
    const missing = layer.needs.filter(n => !ok.has(n));
    if (missing.length) {
      // Outside CI a layer whose prerequisite could not be installed is skipped; in CI that is a failure.
      const hard = isCI || missing.some(n => ['build', 'node modules'].includes(n));
      rows.push({ name: layer.name, status: hard ? 'FAIL' : 'skip', passed: 0, failed: hard ? 1 : 0, skipped: 0, ms: 0, note: `not run: needs ${missing.join(', ')}` });
      continue;
    }
    const logFile = path.join(LOG_DIR, `${layer.name.replace(/\W+/g, '-').replace(/-$/, '')}.log`);
    fs.rmSync(logFile, { force: true });
    console.log(`\n[test] ── ${layer.name} ── ${layer.cmd[0] === process.execPath ? 'node' : layer.cmd[0]} ${layer.cmd[1].join(' ')}`);
    const t = Date.now();
    const r = await run(layer.cmd[0], layer.cmd[1], { cwd: ROOT, logFile, timeoutMs: layer.timeout, quiet: !verbose, env: { ...process.env, FORCE_COLOR: '0' } });
    const out = stripAnsi(r.output);
    let counts = parsers[layer.parse](out);
    let note = '';
    if (!counts && layer.parse === 'check') {
      counts = r.code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
    } else if (!counts) {
      counts = { passed: 0, failed: 1, skipped: 0 }; // a test runner that never reported its counts
      note = `no counts in output (exit ${r.code})`;
    } else if (r.code !== 0 && counts.failed === 0) {
      counts.failed = 1; // exited non-zero although every test it reported passed (crash, timeout, leak)
      note = `exit ${r.code}`;
    } else if (r.code === 0 && counts.passed === 0 && counts.failed === 0) {
      counts.failed = 1;
      note = 'ran no test';
    }
    if (r.timedOut) { note = `timed out after ${fmt(layer.timeout)}`; }
    const status = counts.failed > 0 || r.code !== 0 ? 'FAIL' : 'ok';
    if (status === 'ok') { ok.add(layer.name); }
    rows.push({ name: layer.name, status, ...counts, ms: Date.now() - t, note: note || path.relative(ROOT, logFile) });
    console.log(`[test] ${layer.name}: ${status} (${counts.passed} passed, ${counts.failed} failed) in ${fmt(Date.now() - t)}`);
    if (status !== 'ok' && !verbose) {
      console.log(`[test] last lines of ${path.relative(ROOT, logFile)}:\n${out.trimEnd().split('\n').slice(-60).join('\n')}`);
    }
  }

  const total = rows.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
  const w = Math.max(...rows.map(r => r.name.length), 5);
  console.log(`\n${'layer'.padEnd(w)}  result  passed  failed  skipped     time  notes`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(w)}  ${r.status.padEnd(6)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${fmt(r.ms).padStart(7)}  ${r.note ?? ''}`);
  }
  console.log(`${'total'.padEnd(w)}  ${(total.failed ? 'FAIL' : 'ok').padEnd(6)}  ${String(total.passed).padStart(6)}  ${String(total.failed).padStart(6)}  ${String(total.skipped).padStart(7)}  ${fmt(Date.now() - t0).padStart(7)}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 || interrupted ? 1 : 0;
}

main().then(code => process.exit(code), e => { console.error('[test]', e?.stack || e); console.log('0 passed, 1 failed'); process.exit(1); });
