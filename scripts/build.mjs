#!/usr/bin/env node
// Builds the three bundles with esbuild and refuses any Node built-in in the core or the
// browser bundle, so the same core really runs in a web worker.
//   dist/extension.js      Node extension host   (package.json "main")
//   dist/web/extension.js  web-worker host        (package.json "browser")
//   dist/cli.js            the CLI               (package.json "bin")
//   dist/glossary.json     the built-in glossary, read by the extension at run time (the CLI bundles it)
//   dist/import.js         the converters (PDF, Word, HTML → text; src/import) for Node: loaded only when
//                          such a file is opened, so pdf.js never weighs on dist/extension.js or dist/cli.js
//   dist/web/import.js     the same for a web worker, as an ES module (no Node built-ins)
//   dist/import-worker.js  the worker thread in which the Node extension host runs dist/import.js
//                          (src/extension/import/worker.ts); dist/cli.js and it load dist/import.js at
//                          run time, never bundle it; the web bundle imports dist/web/import.js by URL
//   dist/cmaps/            pdf.js's binary CMaps, read at run time for PDFs whose Chinese fonts are not embedded
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { statSync, chmodSync, existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev');

const builtins = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

/** Fails the build on any import of a Node built-in. */
const noNodeBuiltins = (label) => ({
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, args => {
      if (builtins.has(args.path) || args.path.startsWith('node:')) {
        return { errors: [{ text: `${label} must not import the Node built-in "${args.path}" (imported by ${path.relative(root, args.importer)})` }] };
      }
      return undefined;
    });
  },
});

/**
 * Leaves the converters out of a Node bundle: its import of src/import/node.ts becomes a require of
 * `./import.js`, the converters' own bundle beside it, at run time (tests run the sources, which
 * import src/import/node.ts itself).
 */
const convertersBeside = {
  name: 'converters-beside',
  setup(b) {
    b.onResolve({ filter: /[\\/]import[\\/]node$/ }, args => (
      path.resolve(args.resolveDir, args.path) === path.join(root, 'src', 'import', 'node')
        ? { path: './import.js', external: true } // with dynamic import() off, a require() of it
        : undefined));
  },
};

/** The web bundle converts through webConverter.ts (a dynamic import of dist/web/import.js) where the Node bundle uses nodeConverter.ts (a worker thread). */
const webConverter = {
  name: 'web-converter',
  setup(b) {
    b.onResolve({ filter: /^\.\/nodeConverter$/ }, args => ({ path: path.join(args.resolveDir, 'webConverter.ts') }));
  },
};

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  // Chinese data tables stay UTF-8 instead of six-byte \uXXXX escapes: a third smaller bundle.
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
  target: 'es2022',
};

const targets = [
  // The core alone, as a check: neutral platform, nothing from Node.
  { label: 'core (check only)', options: { ...common, entryPoints: ['src/core/index.ts'], platform: 'neutral', format: 'esm', write: false, plugins: [noNodeBuiltins('src/core')] } },
  { label: 'dist/extension.js', options: { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] } },
  { label: 'dist/web/extension.js', options: { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], plugins: [webConverter, noNodeBuiltins('the browser bundle')] } },
  { label: 'dist/cli.js', options: { ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, plugins: [convertersBeside], supported: { 'dynamic-import': false } } },
  { label: 'dist/import-worker.js', options: { ...common, entryPoints: ['src/extension/import/worker.ts'], outfile: 'dist/import-worker.js', platform: 'node', format: 'cjs', plugins: [convertersBeside], supported: { 'dynamic-import': false } } },
  // The converters. pdf.js refers to import.meta.url only to find an optional native canvas package it
  // does not need for text; in the CommonJS bundle that reference is empty on purpose (esbuild's warning
  // about it is expected and silenced).
  { label: 'dist/import.js', options: { ...common, entryPoints: ['src/import/node.ts'], outfile: 'dist/import.js', platform: 'node', format: 'cjs', logOverride: { 'empty-import-meta': 'silent' } } },
  { label: 'dist/web/import.js', options: { ...common, entryPoints: ['src/import/web.ts'], outfile: 'dist/web/import.js', platform: 'browser', format: 'esm', plugins: [noNodeBuiltins('the browser converters')] } },
];

/** Copies pdf.js's binary CMaps (and their licence) to dist/cmaps. */
function copyCMaps() {
  const from = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
  const to = path.join('dist', 'cmaps');
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  let bytes = 0, files = 0;
  for (const name of readdirSync(from)) {
    if (!name.endsWith('.bcmap') && name !== 'LICENSE') { continue; }
    copyFileSync(path.join(from, name), path.join(to, name));
    bytes += statSync(path.join(to, name)).size;
    files++;
  }
  return { bytes, files };
}

const kb = n => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  let failed = false;
  for (const t of targets) {
    const entry = t.options.entryPoints[0];
    if (!existsSync(entry)) {
      console.error(`build: missing entry ${entry}`);
      failed = true;
      continue;
    }
    try {
      const result = await build(t.options);
      if (t.options.write === false) {
        const bytes = result.outputFiles.reduce((s, f) => s + f.contents.length, 0);
        console.log(`  ${t.label.padEnd(24)} ${kb(bytes).padStart(10)}  (no Node built-ins)`);
      } else {
        const size = statSync(t.options.outfile).size;
        if (t.label === 'dist/cli.js') { chmodSync(t.options.outfile, 0o755); }
        console.log(`  ${t.label.padEnd(24)} ${kb(size).padStart(10)}`);
      }
    } catch (e) {
      failed = true;
      console.error(`build: ${t.label} failed: ${e.message}`);
    }
  }
  // The glossary is data the extension reads after activation: copied without its indentation.
  try {
    const glossary = JSON.stringify(JSON.parse(readFileSync('src/core/glossary.json', 'utf8')));
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/glossary.json', glossary);
    console.log(`  ${'dist/glossary.json'.padEnd(24)} ${kb(Buffer.byteLength(glossary)).padStart(10)}`);
  } catch (e) {
    failed = true;
    console.error(`build: src/core/glossary.json: ${e.message}`);
  }
  try {
    const { bytes, files } = copyCMaps();
    console.log(`  ${'dist/cmaps/'.padEnd(24)} ${kb(bytes).padStart(10)}  (${files} files)`);
  } catch (e) {
    failed = true;
    console.error(`build: pdf.js CMaps: ${e.message}`);
  }
  if (failed) { process.exit(1); }
  if (watch) { console.log('build: --watch is not supported; rerun npm run build'); }
}

main();
