#!/usr/bin/env node
// `npm start`: the extension as a user gets it, in a real VS Code in your browser.
// Installs what is missing, builds, packages policy-lens.vsix, installs it into a code-server with
// its own profile under .vscode-test/start, opens a workspace of sample documents (samples/ plus,
// when ../shared is present, the seed and dev fixtures, copied to a temporary folder) and serves it
// on 127.0.0.1 behind a fresh random password. Ctrl-C stops everything it started.
//   PORT=8080 (default; the next free port if taken)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createProfile, installVsix, startCodeServer } from './lib/codeServer.mjs';
import { ROOT, VSCODE_TEST_DIR } from './lib/env.mjs';
import { freePort } from './lib/net.mjs';
import { prepareExtension } from './lib/prepare.mjs';
import { createSampleWorkspace, removeSampleWorkspace } from './lib/workspace.mjs';

const isFree = port => import('node:net').then(net => new Promise(resolve => {
  const srv = net.createServer();
  srv.once('error', () => resolve(false));
  srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
}));

async function main() {
  const vsix = await prepareExtension({ only: ['node modules', 'apt packages', 'code-server'] });
  const password = crypto.randomBytes(18).toString('base64url');
  const profile = createProfile(path.join(VSCODE_TEST_DIR, 'start'), { password });
  console.log(`[start] ${(await installVsix(profile, vsix)).split('\n').pop()}`);
  const workspace = createSampleWorkspace('policy-lens-start-');
  const wanted = Number(process.env.PORT || 8080);
  const port = (await isFree(wanted)) ? wanted : await freePort();
  const server = await startCodeServer(profile, { workspace, port });

  let stopping = false;
  const stop = async code => {
    if (stopping) { return; }
    stopping = true;
    console.log('\n[start] stopping code-server…');
    await server.stop();
    removeSampleWorkspace(workspace);
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.child.on('exit', code => { if (!stopping) { console.log(`[start] code-server exited (${code}); log: ${profile.dir}/code-server.log`); stop(1); } });

  console.log(`
  Policy Lens is running in VS Code (code-server) — open it in your browser:

    address:   http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}
    password:  ${password}

  workspace: ${workspace} (samples${fs.existsSync(path.join(workspace, 'fixtures')) ? ' + shared fixtures' : ''})
  profile:   ${path.relative(ROOT, profile.dir)}  ·  log: ${path.relative(ROOT, path.join(profile.dir, 'code-server.log'))}
  Ctrl-C stops it.
`);
}

main().catch(e => { console.error(`[start] ${e.message}`); process.exit(1); });
