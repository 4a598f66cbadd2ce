// The README's settings and commands tables must describe what package.json contributes now.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('README', () => {
  it('settings and commands tables match package.json (node scripts/readme-tables.mjs regenerates them)', () => {
    const root = path.resolve(__dirname, '..', '..');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'readme-tables.mjs'), '--check'], { encoding: 'utf8', cwd: root });
    assert.equal(r.status, 0, r.stderr || r.stdout);
  });
});
