// Entry point VS Code loads through --extensionTestsPath; it must export run(): Promise<void>.
// Loads every suite/**/*.test.js beside this file (bundled from .ts by scripts/lib/bundle.mjs).
// POLICY_LENS_TEST_MODE=restricted runs only *.restricted.test.js (workspace trust on, folder untrusted);
// any other mode runs the rest. POLICY_LENS_TEST_ONLY (comma-separated) keeps only the files whose
// names contain one of its parts. The remote extension host's stdout goes nowhere, so mocha's report
// is also written to POLICY_LENS_TEST_RESULTS + '.log' for the launcher to print.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const resultsFile = process.env.POLICY_LENS_TEST_RESULTS;
  const logFile = resultsFile ? `${resultsFile}.log` : undefined;
  const restricted = process.env.POLICY_LENS_TEST_MODE === 'restricted';
  const only = (process.env.POLICY_LENS_TEST_ONLY ?? '').split(',').filter(Boolean);
  const origLog = console.log;
  const tee = (...args: unknown[]): void => {
    if (logFile) { fs.appendFileSync(logFile, util.format(...args) + '\n'); }
    origLog(...args);
  };
  (Mocha.reporters.Base as unknown as { consoleLog: typeof console.log }).consoleLog = tee;
  console.log = tee;

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  const suiteDir = path.join(__dirname, 'suite');
  const files = fs.existsSync(suiteDir)
    ? (fs.readdirSync(suiteDir, { recursive: true }) as string[])
      .filter(f => f.endsWith('.test.js') && f.endsWith('.restricted.test.js') === restricted)
      .filter(f => only.length === 0 || only.some(part => f.includes(part)))
      .sort()
    : [];
  for (const f of files) { mocha.addFile(path.join(suiteDir, f)); }
  tee(`[integration] mode=${restricted ? 'restricted' : 'trusted'} vscode host: ${files.length} suite file(s)`);

  return new Promise((resolve, reject) => {
    const finish = (passes: number, failures: number): void => {
      tee(`${passes} passed, ${failures} failed`);
      if (resultsFile) { fs.writeFileSync(resultsFile, JSON.stringify({ passes, failures, files: files.length })); }
      console.log = origLog;
      if (failures > 0 || files.length === 0) {
        reject(new Error(files.length === 0 ? 'no test files found' : `${failures} tests failed`));
      } else { resolve(); }
    };
    try {
      const runner = mocha.run(failures => finish(runner.stats?.passes ?? 0, failures));
    } catch (e) {
      tee('[integration] could not load the suites:', e);
      finish(0, 1);
    }
  });
}
