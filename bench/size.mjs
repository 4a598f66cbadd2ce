// Bench section 6: the minified bundles (built first if missing or older than src/), the glossary
// data, the .vsix; where the Node bundle misses its budget, what fills it, by source file.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root } from './lib.mjs';

export async function size(ctx) {
  const { tmp, figure, budget, profiles, log } = ctx;
  const nodeBundle = path.join(root, 'dist', 'extension.js');
  const webBundle = path.join(root, 'dist', 'web', 'extension.js');
  const newestSrc = (() => {
    let t = 0;
    const walk = d => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) { walk(p); } else { t = Math.max(t, statSync(p).mtimeMs); } } };
    walk(path.join(root, 'src'));
    return t;
  })();
  const stale = f => !existsSync(f) || statSync(f).mtimeMs < newestSrc;
  let buildNote = '';
  if (stale(nodeBundle) || stale(webBundle)) {
    log('bench: npm run build (bundles missing or older than src/)');
    const b = await new Promise(resolve => {
      const p = spawn(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let o = '';
      p.stdout.on('data', d => { o += d; }); p.stderr.on('data', d => { o += d; });
      const timer = setTimeout(() => p.kill('SIGKILL'), 120000);
      p.on('close', code => { clearTimeout(timer); resolve({ code, out: o }); });
    });
    buildNote = b.code === 0 ? 'rebuilt by the bench' : `build failed: ${b.out.trim().split('\n').filter(l => /fail|error|missing/i.test(l)).slice(0, 2).join(' / ')}`;
  }
  const sizeOf = (f, label) => {
    if (!existsSync(f)) {
      figure(label, path.relative(root, f), 'KB', null, `not built${buildNote ? ` (${buildNote})` : ''}`);
      return null;
    }
    const buf = readFileSync(f);
    const kb = buf.length / 1024;
    const staleNote = statSync(f).mtimeMs < newestSrc ? '; STALE: older than src/' : '';
    figure(label, `${path.relative(root, f)} (minified)`, 'KB', kb, `${(zlib.gzipSync(buf).length / 1024).toFixed(1)} KB gzipped${buildNote ? '; ' + buildNote : ''}${staleNote}`);
    return kb;
  };
  const nodeKB = sizeOf(nodeBundle, 'sizeNode');
  sizeOf(webBundle, 'sizeWeb');
  const glossaryFile = path.join(root, 'dist', 'glossary.json');
  figure('sizeGlossary', 'dist/glossary.json (data, not in the bundles)', 'KB', existsSync(glossaryFile) ? statSync(glossaryFile).size / 1024 : null,
    'the built-in glossary: the extension reads it once after activation; the CLI bundles it');
  budget('Node bundle ≤ 200 KB minified', nodeKB, 200, nodeKB != null && nodeKB <= 200, nodeKB == null ? 'not built' : undefined);
  if (nodeKB != null && nodeKB > 200 && existsSync(path.join(root, 'src', 'extension', 'extension.ts'))) {
    // What fills the bundle: the same esbuild options as scripts/build.mjs, with its metafile.
    const { build } = await import('esbuild');
    const r = await build({ entryPoints: [path.join(root, 'src', 'extension', 'extension.ts')], bundle: true, minify: true, platform: 'node', format: 'cjs', external: ['vscode'], target: 'es2022', legalComments: 'none', charset: 'utf8', metafile: true, write: false, logLevel: 'silent', outfile: path.join(tmp, 'x.js') });
    const out = Object.values(r.metafile.outputs)[0];
    const rows = Object.entries(out.inputs).map(([f, v]) => ({ file: f, kb: +(v.bytesInOutput / 1024).toFixed(1) })).sort((p, q) => q.kb - p.kb).slice(0, 10);
    profiles.push({ why: 'Node bundle size', input: 'dist/extension.js, minified bytes per source file', sizes: rows });
  }
  const vsix = readdirSync(root).filter(f => /^policy-lens.*\.vsix$/.test(f)).map(f => path.join(root, f)).sort((p, q) => statSync(q).mtimeMs - statSync(p).mtimeMs)[0];
  figure('sizeVsix', vsix ? path.basename(vsix) : '.vsix', 'KB', vsix ? statSync(vsix).size / 1024 : null, vsix ? `built ${statSync(vsix).mtime.toISOString()}` : 'not packaged');
}
