// Child processes in their own process group, so a timeout or Ctrl-C ends exactly the tree we
// started and nothing else. Node built-ins only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Send `signal` to the whole process group of a child started with `detached: true`. */
export function killGroup(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) { return; }
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

/**
 * Run a command to completion. Output is streamed to our stdout (unless `quiet`) and appended to
 * `logFile`; the captured text is returned so callers can parse counts from it.
 */
export function run(cmd, args, { cwd, env, timeoutMs = 0, logFile, quiet = false, stdin = 'ignore' } = {}) {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd, env: env || process.env, stdio: [stdin, 'pipe', 'pipe'], detached: true });
    const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : undefined;
    const chunks = [];
    const onData = stream => d => { chunks.push(d); log?.write(d); if (!quiet) { stream.write(d); } };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    let timedOut = false;
    const timer = timeoutMs > 0 ? setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
    }, timeoutMs) : undefined;
    const stopOnSignal = () => killGroup(child, 'SIGTERM');
    process.once('SIGINT', stopOnSignal);
    process.once('SIGTERM', stopOnSignal);
    child.on('error', e => chunks.push(Buffer.from(`\n${cmd}: ${e.message}\n`)));
    child.on('close', (code, signal) => {
      if (timer) { clearTimeout(timer); }
      process.removeListener('SIGINT', stopOnSignal);
      process.removeListener('SIGTERM', stopOnSignal);
      const output = Buffer.concat(chunks).toString('utf8');
      const finish = () => resolve({ code: code ?? (signal ? 128 : 1), signal, timedOut, output });
      if (log) { log.end(finish); } else { finish(); }
    });
  });
}

/** Start a long-lived child in its own process group, output appended to `logFile`. */
export function startDetached(cmd, args, { cwd, env, logFile } = {}) {
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  return spawn(cmd, args, { cwd, env: env || process.env, stdio: ['ignore', out, out], detached: true });
}

/** True when `cmd` is on PATH. */
export function hasCommand(cmd) {
  return (process.env.PATH || '').split(':').some(dir => {
    try { fs.accessSync(`${dir}/${cmd}`, fs.constants.X_OK); return true; } catch { return false; }
  });
}
