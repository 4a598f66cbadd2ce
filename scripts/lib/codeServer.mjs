// One place that knows how to lay out a code-server profile, install a .vsix into it and serve it
// on loopback. Node built-ins only. How the tests use it: CONTRIBUTING.md, "The test layers".
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_BIN } from './env.mjs';
import { freePort, waitForHttp } from './net.mjs';
import { killGroup, startDetached } from './proc.mjs';

/** Settings that keep the workbench quiet and offline: no welcome page, no prompts, no polling. */
export const QUIET_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 200,
  'editor.fontFamily': "'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', monospace",
  'git.enabled': false,
});

/**
 * Create (or reuse) a profile folder: user-data-dir with settings, extensions-dir, config file and
 * private XDG dirs so code-server never writes into ~/.config.
 * `trust: 'untrusted'` turns workspace trust on without the startup prompt, so the folder stays restricted.
 */
export function createProfile(dir, { settings = {}, trust = 'disabled', password, userDataDir = path.join(dir, 'user-data'), extensionsDir = path.join(dir, 'extensions') } = {}) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const profile = { dir, userDataDir, extensionsDir, trust, password };
  writeSettings(profile, settings);
  const configFile = path.join(dir, 'config.yaml');
  // The password lives in the config file (mode 600), never on a command line others can read.
  fs.writeFileSync(configFile, password ? `auth: password\npassword: ${password}\ncert: false\n` : 'auth: none\ncert: false\n', { mode: 0o600 });
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'xdg-config'), XDG_DATA_HOME: path.join(dir, 'xdg-data') };
  delete env.PASSWORD; delete env.HASHED_PASSWORD; // a stray PASSWORD would override the config
  return Object.assign(profile, { configFile, env });
}

/** (Re)write the profile's user settings: the quiet defaults, trust, then `settings`. A running workbench picks the change up. */
export function writeSettings(profile, settings = {}) {
  const trustSettings = profile.trust === 'untrusted'
    ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' }
    : {};
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...trustSettings, ...settings }, null, 2));
}

function profileArgs(profile) {
  return ['--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** `code-server --install-extension x.vsix` into the profile (offline, ~1 s); --force replaces the same version. */
export function installVsix(profile, vsix) {
  return new Promise((resolve, reject) => {
    execFile(CODE_SERVER_BIN, [...profileArgs(profile), '--install-extension', vsix, '--force'], { env: profile.env, timeout: 120000 }, (err, stdout, stderr) => {
      if (err || !/was successfully installed/.test(stdout)) {
        reject(new Error(`installing ${vsix} failed: ${err?.message ?? ''}\n${stdout}${stderr}`));
      } else { resolve(stdout.trim()); }
    });
  });
}

/**
 * Serve `workspace` from a profile on 127.0.0.1 and wait for /healthz. `env` is added to the server's
 * environment, which the remote extension host inherits (the tests read their paths from it).
 * Returns { port, url, child, stop() }; stop() ends the server's whole process group.
 */
export async function startCodeServer(profile, { workspace, port, env = {}, logFile, timeoutMs = 60000, extraArgs = [] } = {}) {
  const listenPort = port || await freePort();
  const args = [
    ...profileArgs(profile),
    '--auth', profile.password ? 'password' : 'none',
    '--bind-addr', `127.0.0.1:${listenPort}`,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--disable-proxy',
    ...(profile.trust === 'untrusted' ? [] : ['--disable-workspace-trust']),
    '--log', 'warn',
    ...extraArgs,
    ...(workspace ? [workspace] : []),
  ];
  const child = startDetached(CODE_SERVER_BIN, args, { env: { ...profile.env, ...env }, logFile: logFile || path.join(profile.dir, 'code-server.log') });
  const stop = () => new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) { resolve(); return; }
    const hard = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(hard); resolve(); });
    killGroup(child, 'SIGTERM');
  });
  try {
    await waitForHttp(listenPort, '/healthz', { timeoutMs, alive: () => child.exitCode === null && child.signalCode === null });
  } catch (e) {
    await stop();
    throw e;
  }
  return { port: listenPort, url: `http://127.0.0.1:${listenPort}/`, child, stop };
}
