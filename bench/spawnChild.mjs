// Runs a bench script in a process of its own, killable after a timeout: bench/child.mjs with one
// task (`child`), or any script (`runScript`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './lib.mjs';

/** Runs `node …args` from the repository root; resolves to its output, or {timedOut} after timeoutMs (it is killed). */
export function runScript(args, timeoutMs) {
  return new Promise(resolve => {
    const p = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    p.stdout.on('data', d => { out += d; });
    p.stderr.on('data', d => { err += d; });
    const timer = setTimeout(() => { timedOut = true; p.kill('SIGKILL'); }, timeoutMs);
    p.on('close', code => {
      clearTimeout(timer);
      resolve({ out, code, timedOut, stderr: err.trim() });
    });
  });
}

/** Runs bench/child.mjs with a task; resolves to its JSON lines, or {timedOut} after timeoutMs (it is killed). */
export async function child(task, { timeoutMs, nodeArgs = [] }) {
  const { out, code, timedOut, stderr } = await runScript([...nodeArgs, path.join(root, 'bench', 'child.mjs'), JSON.stringify(task)], timeoutMs);
  const lines = out.split('\n').filter(Boolean).map(l => { try { return JSON.parse(l); } catch { return { raw: l }; } });
  return { lines, code, timedOut, stderr };
}
