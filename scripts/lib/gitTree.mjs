// The source tree of another commit, for tools that compare its output with the working tree's:
// `git archive REF src tsconfig.json` unpacked into a temporary folder the caller removes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function git(root, args, options = {}) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  if (r.error) { throw r.error; }
  return r;
}

/** The full commit id REF names, or throws with git's words. */
export function resolveCommit(root, ref) {
  const r = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.status !== 0) { throw new Error(`${ref} names no commit in ${root}`); }
  return r.stdout.trim();
}

/** One line about a commit: short id, date and subject. */
export function describeCommit(root, commit) {
  return git(root, ['log', '-1', '--format=%h %cs %s', commit]).stdout.trim();
}

/** Paths under `paths` that differ between HEAD and the working tree (uncommitted or untracked). */
export function uncommitted(root, paths) {
  return git(root, ['status', '--porcelain', '--', ...paths]).stdout.split('\n').filter(Boolean).map(l => l.slice(3));
}

/**
 * Unpacks `src/` (and `tsconfig.json`, which esbuild reads, where the commit has one) of `commit`
 * into a new temporary folder and returns its path; the caller removes it with rmSync.
 */
export function extractTree(root, commit) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-ref-'));
  try {
    const paths = ['src'];
    if (git(root, ['cat-file', '-e', `${commit}:tsconfig.json`]).status === 0) { paths.push('tsconfig.json'); }
    const tar = path.join(dir, 'tree.tar');
    const a = git(root, ['archive', '--format=tar', '-o', tar, commit, ...paths]);
    if (a.status !== 0) { throw new Error(`git archive ${commit}: ${a.stderr.trim()}`); }
    const x = spawnSync('tar', ['-xf', tar, '-C', dir], { encoding: 'utf8' });
    if (x.status !== 0) { throw new Error(`tar: ${x.stderr?.trim() || x.error?.message}`); }
    rmSync(tar);
    return dir;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
