// Builds a throw-away workspace of sample documents outside the repository: the public-domain
// samples/ plus, when ../shared is present, the seed and dev fixtures. The seed is copyrighted, so
// it is only ever copied into a temporary folder, never into the work tree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHARED_DIR } from './env.mjs';

export function sampleSources() {
  const out = [];
  const add = (dir, filter) => {
    if (!fs.existsSync(dir)) { return; }
    for (const name of fs.readdirSync(dir).sort()) {
      if (filter(name)) { out.push(path.join(dir, name)); }
    }
  };
  add(path.join(ROOT, 'samples'), n => n.endsWith('.txt'));
  // the sample folders (samples/work-reports: the ledger's reports) keep their folder
  for (const sub of fs.readdirSync(path.join(ROOT, 'samples'), { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name).sort()) {
    add(path.join(ROOT, 'samples', sub), n => n.endsWith('.txt'));
  }
  add(path.join(SHARED_DIR, 'fixtures'), n => n.endsWith('.txt'));
  add(path.join(SHARED_DIR, 'fixtures', 'dev'), n => n.endsWith('.txt'));
  return out;
}

/**
 * Fresh temporary workspace folder named `samples` (the name the Explorer and screenshots show);
 * returns its path. `prefix` names the run. Remove it with removeSampleWorkspace().
 */
export function createSampleWorkspace(prefix = 'policy-lens-ws-', { sharedFixtures = true } = {}) {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'samples');
  fs.mkdirSync(dir);
  for (const file of sampleSources()) {
    const fromShared = file.startsWith(SHARED_DIR + path.sep);
    if (fromShared && !sharedFixtures) { continue; }
    const dest = path.join(dir, fromShared ? path.join('fixtures', path.basename(file)) : path.relative(path.join(ROOT, 'samples'), file));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(file, dest);
    fs.chmodSync(dest, 0o644); // shared/ is read-only in CI; tests may edit their copy
  }
  return dir;
}

export function removeSampleWorkspace(dir) {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}
