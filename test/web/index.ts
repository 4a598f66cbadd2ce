// Entry point of the web-worker extension host tests (@vscode/test-web). Bundled by
// scripts/lib/bundle.mjs with mocha's browser build, assert and every suite/*.test.ts
// (their names arrive as __WEB_TEST_SUITES__). The report goes to the console, which the runner
// reads from the page; the last line is `N passed, N failed`.
import 'mocha/mocha';

declare const __WEB_TEST_SUITES__: readonly string[];

export const START_MARKER = '[policy-lens web tests]';

export async function run(): Promise<void> {
  console.log(START_MARKER);
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  for (const name of __WEB_TEST_SUITES__) {
    await import(`./suite/${name}.ts`);
  }
  if (__WEB_TEST_SUITES__.length === 0) { throw new Error('no test/web/suite/*.test.ts found'); }
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run(failures => {
      console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) { reject(new Error(`${failures} web tests failed`)); } else { resolve(); }
    });
  });
}
