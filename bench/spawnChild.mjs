// Starts bench/child.mjs with one task in a process of its own, killable after a timeout.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './lib.mjs';

/** Runs bench/child.mjs with a task; resolves to its JSON lines, or {timedOut} after timeoutMs (it is killed). */
export function child(task, { timeoutMs, nodeArgs = [] }) {
  return new Promise(resolve => {
    const p = spawn(process.execPath, [...nodeArgs, path.join(root, 'bench', 'child.mjs'), JSON.stringify(task)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    p.stdout.on('data', d => { out += d; });
    p.stderr.on('data', d => { err += d; });
    const timer = setTimeout(() => { timedOut = true; p.kill('SIGKILL'); }, timeoutMs);
    p.on('close', code => {
      clearTimeout(timer);
      const lines = out.split('\n').filter(Boolean).map(l => { try { return JSON.parse(l); } catch { return { raw: l }; } });
      resolve({ lines, code, timedOut, stderr: err.trim() });
    });
  });
}
