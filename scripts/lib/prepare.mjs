// Shared by `npm start` and `npm run screenshots`: install what is missing, build, package.
// Node built-ins only (it runs right after setup may have installed node_modules).
import fs from 'node:fs';
import path from 'node:path';
import { formatSetup, setup } from '../setup.mjs';
import { ROOT, VSIX_PATH } from './env.mjs';
import { run } from './proc.mjs';

const mtime = p => { try { return fs.statSync(p).mtimeMs; } catch { return 0; } };

/** `npm run package` unless policy-lens.vsix is newer than everything that goes into it. */
export async function ensureVsix() {
  const inputs = ['dist/extension.js', 'dist/web/extension.js', 'package.json', 'package.nls.json', '.vscodeignore', 'README.md']
    .map(f => mtime(path.join(ROOT, f)));
  if (mtime(VSIX_PATH) > Math.max(...inputs)) { return VSIX_PATH; }
  const r = await run('npm', ['run', 'package'], { cwd: ROOT, stdin: 'ignore' });
  if (r.code !== 0) { throw new Error('npm run package failed'); }
  return VSIX_PATH;
}

/** Setup (the steps named in `only`), build and package; throws with a readable reason. */
export async function prepareExtension({ only } = {}) {
  const results = await setup({ only });
  console.log(formatSetup(results));
  const blocked = results.filter(r => r.status !== 'ok' && r.status !== 'done');
  if (blocked.length) { throw new Error(`setup incomplete: ${blocked.map(r => `${r.name} (${r.detail})`).join('; ')}`); }
  const build = await run('npm', ['run', 'build'], { cwd: ROOT });
  if (build.code !== 0) { throw new Error('npm run build failed'); }
  return ensureVsix();
}
