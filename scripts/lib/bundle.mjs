// esbuild bundles of the test entry points that run inside VS Code (not the extension itself:
// that is scripts/build.mjs). Output goes to out/, which is git-ignored.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, TEST_WEB_DIR } from './env.mjs';

function listTests(dir, suffix) {
  if (!fs.existsSync(dir)) { return []; }
  return fs.readdirSync(dir, { recursive: true })
    .filter(f => f.endsWith(suffix))
    .map(f => path.join(dir, f))
    .sort();
}

/**
 * test/integration/index.ts and every test/integration/suite/**\/*.test.ts → out/test/integration/….
 * Each suite is bundled on its own (so it may import src/core), with vscode and mocha left to the host.
 */
export async function bundleIntegrationTests() {
  const outdir = path.join(ROOT, 'out', 'test');
  fs.rmSync(path.join(outdir, 'integration'), { recursive: true, force: true });
  const suites = listTests(path.join(ROOT, 'test', 'integration', 'suite'), '.test.ts');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'integration', 'index.ts'), ...suites],
    outbase: path.join(ROOT, 'test'),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { index: path.join(outdir, 'integration', 'index.js'), suites: suites.length };
}

/**
 * test/web/index.ts → out/test/web/index.js: one browser bundle holding mocha's browser build,
 * assert and every test/web/suite/*.test.ts, with a `process` shim for the web worker.
 */
export async function bundleWebTests() {
  const suiteDir = path.join(ROOT, 'test', 'web', 'suite');
  const suites = listTests(suiteDir, '.test.ts').map(f => path.relative(suiteDir, f).replace(/\.ts$/, ''));
  const outfile = path.join(ROOT, 'out', 'test', 'web', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'web', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
    define: { global: 'globalThis', __WEB_TEST_SUITES__: JSON.stringify(suites) },
    inject: [path.join(ROOT, 'test', 'web', 'process-shim.js')],
    // the browser `assert` package is installed beside @vscode/test-web, not in the project
    nodePaths: [path.join(TEST_WEB_DIR, 'node_modules')],
    logLevel: 'warning',
  });
  return { index: outfile, suites: suites.length };
}
