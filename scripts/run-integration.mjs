#!/usr/bin/env node
// Integration tests in a real VS Code through @vscode/test-electron's runTests().
//   node scripts/run-integration.mjs               trusted workspace, every suite except *.restricted.test.ts
//   node scripts/run-integration.mjs --restricted  workspace trust on, folder untrusted, only *.restricted.test.ts
//   --vscode=PATH                                  a desktop VS Code (or any `code`) instead of the code-server launcher
//   --desktop                                      let @vscode/test-electron download desktop VS Code 1.100.3
//                                                  (where the network allows; needs a display, e.g. xvfb-run)
//   --only=NAME[,NAME]                             only the suite files whose names contain NAME (while working on one)
// Default executable: scripts/vscode-launcher.mjs (code-server + headless chromium). The workspace is a
// temporary copy of samples/ plus ../shared's seed and dev fixtures when present.
// The extension host gets: POLICY_LENS_TEST_RESULTS (report file), POLICY_LENS_TEST_WORKSPACE (folder),
// POLICY_LENS_TEST_MODE (trusted|restricted).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleIntegrationTests } from './lib/bundle.mjs';
import { ROOT } from './lib/env.mjs';
import { createSampleWorkspace, removeSampleWorkspace } from './lib/workspace.mjs';

const argv = process.argv.slice(2);
const mode = argv.includes('--restricted') ? 'restricted' : 'trusted';
const desktop = argv.includes('--desktop');
const only = argv.find(a => a.startsWith('--only='))?.slice('--only='.length) ?? '';
const executable = argv.find(a => a.startsWith('--vscode='))?.slice('--vscode='.length) || path.join(ROOT, 'scripts', 'vscode-launcher.mjs');

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    console.log('[integration] dist/extension.js is missing: run `npm run build` first');
    console.log('0 passed, 1 failed');
    return 1;
  }
  const hasRestrictedSuites = fs.readdirSync(path.join(ROOT, 'test', 'integration', 'suite'), { recursive: true })
    .some(f => String(f).endsWith('.restricted.test.ts'));
  if (mode === 'restricted' && !hasRestrictedSuites) {
    console.log('[integration] no *.restricted.test.ts suites: nothing to run in restricted mode');
    console.log('0 passed, 0 failed');
    return 0;
  }
  const { index, suites } = await bundleIntegrationTests();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `policy-lens-it-${mode}-`));
  const workspace = createSampleWorkspace(`policy-lens-it-ws-`);
  const resultsFile = path.join(runDir, 'results.json');
  console.log(`[integration] mode=${mode}, ${suites} suite file(s) bundled, workspace ${workspace}, run dir ${runDir}`);
  let code;
  try {
    code = await runTests({
      ...(desktop ? { version: '1.100.3' } : { vscodeExecutablePath: executable }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: index,
      launchArgs: [workspace, `--user-data-dir=${path.join(runDir, 'user-data')}`, `--extensions-dir=${path.join(runDir, 'extensions')}`, '--disable-extensions'],
      extensionTestsEnv: {
        POLICY_LENS_TEST_RESULTS: resultsFile,
        POLICY_LENS_TEST_WORKSPACE: workspace,
        POLICY_LENS_TEST_MODE: mode,
        POLICY_LENS_TEST_ONLY: only,
      },
    });
  } catch (e) {
    code = typeof e?.code === 'number' ? e.code : 1;
    if (typeof e?.code !== 'number') { console.log('[integration] runTests failed:', e?.message || e); }
  }
  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
  if (!results) { console.log('0 passed, 1 failed'); if (code === 0) { code = 1; } }
  if (code === 0) {
    fs.rmSync(runDir, { recursive: true, force: true });
    removeSampleWorkspace(workspace);
  } else {
    console.log(`[integration] kept ${runDir} (code-server.log, timeout.png) and ${workspace} for inspection`);
  }
  console.log(`[integration] mode=${mode} exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return code;
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(1); });
