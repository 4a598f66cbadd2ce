#!/usr/bin/env node
// `npm run screenshots`: the committed images in media/ (README, marketplace page). Installs what
// is missing, builds, packages, then runs every shot of test/e2e/shots.mjs against the packaged
// extension with the public-domain samples only. Extra arguments go to e2e-screenshots.mjs
// (e.g. --only outline,hover-number).
import path from 'node:path';
import { ROOT } from './lib/env.mjs';
import { prepareExtension } from './lib/prepare.mjs';
import { run } from './lib/proc.mjs';

try {
  const vsix = await prepareExtension({ only: ['node modules', 'apt packages', 'code-server'] });
  const r = await run(process.execPath, [path.join(ROOT, 'scripts', 'e2e-screenshots.mjs'), '--out', path.join(ROOT, 'media'), '--vsix', vsix, ...process.argv.slice(2)], { cwd: ROOT });
  process.exit(r.code);
} catch (e) {
  console.error(`[screenshots] ${e.message}`);
  process.exit(1);
}
