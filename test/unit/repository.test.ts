// No tracked file may name a path that exists on one machine only: the repository explains itself
// and runs from any checkout. What counts (CONTRIBUTING.md, "Paths"):
//   - a path under a home or work folder of the filesystem root — home, root, Users, work, mnt,
//     Volumes — followed by at least one name: a placeholder such as `…` or `<user>` after it is fine;
//   - the same as a file URL (three slashes) and a Windows profile path (a drive, then Users or
//     Documents and Settings, with one or two backslashes or a slash);
//   - not: a relative path that merely contains such a folder (src/work/…), URLs (the host stands
//     before the slash), ~ and $HOME paths, and system paths that are the same on every machine
//     (/tmp from os.tmpdir(), /usr/bin/chromium, /usr/include/node, /dev/null, #!/usr/bin/env).
// package-lock.json (registry URLs only) and binary files (a NUL byte in the first 8 KB) are skipped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SKIPPED = new Set(['package-lock.json']);

const MACHINE_PATHS: readonly RegExp[] = [
  /(?<![\w.~:/@%$}-])\/(?:home|root|Users|work|mnt|Volumes)\/[\w.@-]/,
  /file:\/\/\/(?:[A-Za-z]:\/)?(?:home|root|Users|work|mnt|Volumes)\/[\w.@-]/,
  /(?<!\w)[A-Za-z]:(?:\\{1,2}|\/)(?:Users|Documents and Settings)(?:\\{1,2}|\/)[\w.@-]/,
];
/** The rest of a path after a match, for the report (bounded: a line may be long). */
const REST = /^[^\s'"`)\]<>|,;]{0,200}/;

/** The machine paths on one line, as the text that matched. */
export function machinePaths(line: string): string[] {
  return MACHINE_PATHS.map(re => re.exec(line)).filter(m => m !== null)
    .map(m => m[0] + (REST.exec(line.slice(m.index + m[0].length))?.[0] ?? ''));
}

function trackedFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ls-files failed: ${r.stderr || r.error?.message || ''}`);
  return r.stdout.split('\0').filter(Boolean);
}

const isBinary = (buf: Buffer): boolean => buf.subarray(0, 8192).includes(0);

// Written with {/} for a slash and {b} for a backslash, so that this file holds no machine path itself.
const sep = (s: string): string => s.replace(/\{\/\}/g, '/').replace(/\{b\}/g, '\\');

const FOUND: string[] = [
  'See {/}work{/}shared{/}notes.md §2',
  'cd {/}home{/}alice{/}policy-lens',
  'const p = "{/}Users{/}bob{/}src";',
  'config in ({/}root{/}.npmrc)',
  'open file:{/}{/}{/}home{/}alice{/}a.txt',
  'mounted at {/}mnt{/}data{/}corpus',
  'C:{b}Users{b}alice{b}code',
  '"C:{b}{b}Users{b}{b}alice{b}{b}code"',
  'D:{/}Users{/}alice',
];

const NOT_FOUND: string[] = [
  'https:{/}{/}example.com{/}home{/}alice',
  'src{/}work{/}queue.ts',
  '~{/}work{/}notes',
  '$HOME{/}work{/}x',
  'os.tmpdir() gives {/}tmp{/}policy-lens-ws-1',
  "'{/}usr{/}bin{/}chromium'",
  '#!{/}usr{/}bin{/}env node',
  'stdin is {/}dev{/}null',
  'a placeholder: {/}home{/}… or {/}home{/}<user>',
  "['C:{b}path', 'C{b}:{b}{b}path']",
];

describe('repository: no absolute path of a machine in a tracked file', () => {
  for (const line of FOUND) {
    it(`finds one in ${line}`, () => { assert.equal(machinePaths(sep(line)).length, 1, sep(line)); });
  }
  for (const line of NOT_FOUND) {
    it(`finds none in ${line}`, () => { assert.deepEqual(machinePaths(sep(line)), []); });
  }

  it('every tracked text file is free of them', () => {
    const files = trackedFiles();
    assert.ok(files.length > 50, `git ls-files lists ${files.length} files`);
    const found: string[] = [];
    for (const file of files) {
      const full = path.join(ROOT, file);
      // A file deleted in the work tree but not yet in the index is not there to read.
      if (SKIPPED.has(file) || !existsSync(full)) { continue; }
      const buf = readFileSync(full);
      if (isBinary(buf)) { continue; }
      buf.toString('utf8').split('\n').forEach((line, i) => {
        for (const m of machinePaths(line)) { found.push(`${file}:${i + 1}: ${m}`); }
      });
    }
    assert.deepEqual(found, []);
  });
});
