#!/usr/bin/env node
// `npm run package`: policy-lens.vsix from the current build (run `npm run build` first).
// vsce works offline; stdin is /dev/null so a question fails instead of hanging.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, VSIX_PATH } from './lib/env.mjs';
import { run } from './lib/proc.mjs';
import { zipEntryNames } from './lib/zip.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const missing = [pkg.main, pkg.browser].filter(Boolean).filter(p => !fs.existsSync(path.join(ROOT, p)));
if (missing.length) {
  console.error(`package: missing entry point(s) ${missing.join(', ')}: run \`npm run build\` first`);
  process.exit(1);
}
const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
// README images stay relative: media/ ships in the package, where VS Code's extension page finds them
// (there is no public repository for vsce to rewrite them against).
const args = ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', VSIX_PATH];
// vsce asks about a missing LICENSE; until the project has one, say so rather than hang.
if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some(f => fs.existsSync(path.join(ROOT, f)))) { args.push('--skip-license'); }
const stdin = fs.openSync('/dev/null', 'r');
const r = await run(vsce, args, { cwd: ROOT, stdin, timeoutMs: 5 * 60000 });
if (r.code !== 0) { process.exit(r.code); }
// The allow-list in .vscodeignore is the rule; this is the belt to its braces.
const forbidden = zipEntryNames(VSIX_PATH)
  .map(name => name.replace(/^extension\//, ''))
  .filter(name => /^(src|test|scripts|node_modules|\.vscode-test|out|bench|eval|fixtures)\/|seed-|\.gold\.json$|\.ts$/.test(name));
if (forbidden.length) {
  console.error(`package: the .vsix would ship files it must not:\n  ${forbidden.join('\n  ')}`);
  fs.rmSync(VSIX_PATH, { force: true });
  process.exit(1);
}
console.log(`package: ${path.relative(ROOT, VSIX_PATH)} (${(fs.statSync(VSIX_PATH).size / 1024).toFixed(1)} KB)`);
