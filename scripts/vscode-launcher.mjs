#!/usr/bin/env node
// A stand-in for the `code` executable that @vscode/test-electron's runTests() launches. It turns
//   --extensionDevelopmentPath=P --extensionTestsPath=T [--user-data-dir=U] [--extensions-dir=E] [FOLDER]
// into a code-server run driven by headless chromium (docs/architecture.md, "Testing in a real VS Code"): the suite runs in the real
// Node extension host, the workbench reports the suite's exit code through codeAutomationExit,
// and the report the suite tees into $POLICY_LENS_TEST_RESULTS.log is printed here.
// Workspace trust: runTests() always passes --disable-workspace-trust, so POLICY_LENS_TEST_MODE=restricted
// overrides it (trust enabled, folder left untrusted).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, exposeAutomationExit } from './lib/browser.mjs';
import { createProfile, startCodeServer } from './lib/codeServer.mjs';

const TIMEOUT_MS = Number(process.env.POLICY_LENS_TEST_TIMEOUT_MS || 300000);
const verbose = !!process.env.VERBOSE;

function parseArgs(argv) {
  const out = { devPaths: [], folders: [], disableTrust: false };
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) { out.folders.push(path.resolve(a)); continue; }
    const [, key, value] = m;
    if (key === 'extensionDevelopmentPath') { out.devPaths.push(path.resolve(value)); }
    else if (key === 'extensionTestsPath') { out.testsPath = path.resolve(value); }
    else if (key === 'user-data-dir') { out.userDataDir = path.resolve(value); }
    else if (key === 'extensions-dir') { out.extensionsDir = path.resolve(value); }
    else if (key === 'disable-workspace-trust') { out.disableTrust = true; }
    // the rest (--no-sandbox, --skip-welcome, …) are desktop flags with no meaning here
  }
  return out;
}

async function main() {
  const t0 = Date.now();
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath || args.devPaths.length === 0) {
    console.error('usage: vscode-launcher --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
    return 2;
  }
  const restricted = process.env.POLICY_LENS_TEST_MODE === 'restricted' || !args.disableTrust;
  const runDir = args.userDataDir ? path.dirname(args.userDataDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-launch-'));
  const profile = createProfile(runDir, {
    trust: restricted ? 'untrusted' : 'disabled',
    userDataDir: args.userDataDir, extensionsDir: args.extensionsDir,
  });
  const resultsFile = process.env.POLICY_LENS_TEST_RESULTS;
  const logFile = path.join(runDir, 'code-server.log');
  const server = await startCodeServer(profile, { workspace: args.folders[0], logFile });
  console.log(`[launcher] code-server on ${server.url} (${restricted ? 'workspace untrusted' : 'trust disabled'}) after ${Date.now() - t0} ms; log ${logFile}`);

  let browser;
  const cleanup = async () => {
    if (browser) { await browser.close().catch(() => {}); browser = undefined; }
    await server.stop();
  };
  const onSignal = () => { cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // runTests() forwards only SIGINT: if whoever launched us dies, do not leave code-server running.
  const parent = process.ppid;
  const watchParent = () => { if (process.ppid !== parent) { onSignal(); } else { setTimeout(watchParent, 1000).unref(); } };
  watchParent();

  let code;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    page.on('pageerror', e => console.log('[launcher] page error:', e.message));
    if (verbose) { page.on('console', m => console.log('[page]', m.text())); }
    const { exited } = await exposeAutomationExit(page, (type, a) => { if (verbose) { console.log(`[workbench:${type}]`, ...(a || [])); } });
    const authority = `127.0.0.1:${server.port}`;
    const remote = p => `vscode-remote://${authority}${p}`;
    const payload = [
      ...args.devPaths.map(p => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(args.testsPath)],
      ['skipWelcome', 'true'],
    ];
    const folder = args.folders[0] ? `folder=${encodeURIComponent(args.folders[0])}&` : '';
    await page.goto(`${server.url}?${folder}payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    code = await Promise.race([exited, new Promise(resolve => { timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS); })]);
    clearTimeout(timer);
    if (code === 'timeout') {
      const shot = path.join(runDir, 'timeout.png');
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`[launcher] TIMEOUT after ${TIMEOUT_MS} ms; screenshot ${shot}`);
      code = 124;
    }
  } catch (e) {
    console.log('[launcher] harness error:', e?.stack || e);
    code = 4;
  } finally {
    await cleanup();
  }
  const report = resultsFile && `${resultsFile}.log`;
  if (report && fs.existsSync(report)) { process.stdout.write(fs.readFileSync(report, 'utf8')); }
  else if (resultsFile) {
    console.log('[launcher] the suite wrote no report (it never ran?); code-server log tail:');
    console.log(fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '(none)');
    if (code === 0) { code = 3; }
  }
  console.log(`[launcher] exit ${code} after ${Date.now() - t0} ms`);
  return code;
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(4); });
