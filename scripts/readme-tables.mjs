#!/usr/bin/env node
// Keeps the README's settings and commands tables equal to what package.json contributes.
//   node scripts/readme-tables.mjs          rewrite the tables between the markers
//   node scripts/readme-tables.mjs --check  exit 1 when the README is out of date (unit-tested)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function renderTables(pkg, nls) {
  const t = s => (typeof s === 'string' ? s.replace(/^%(.+)%$/, (_, k) => nls[k] ?? s) : s);
  const cell = s => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const sections = [].concat(pkg.contributes?.configuration ?? []);
  const settings = [];
  for (const section of sections) {
    // In the order the Settings UI shows them (`order`, then as declared): what readers change first.
    const entries = Object.entries(section.properties ?? {})
      .map(([id, p], i) => ({ id, p, rank: [typeof p.order === 'number' ? p.order : Infinity, i] }))
      .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
    for (const { id, p } of entries) {
      const def = p.default === undefined ? '' : '`' + JSON.stringify(p.default) + '`';
      // An enum's values with the labels the Settings UI shows for them.
      const choices = Array.isArray(p.enum) && Array.isArray(p.enumItemLabels)
        ? ` Values: ${p.enum.map((v, i) => `\`${v}\` (${t(p.enumItemLabels[i])})`).join(', ')}.`
        : '';
      settings.push(`| \`${id}\` | ${def} | ${cell(t(p.markdownDescription ?? p.description) + choices)} |`);
    }
  }
  const keys = new Map();
  for (const k of pkg.contributes?.keybindings ?? []) {
    if (!keys.has(k.command)) { keys.set(k.command, []); }
    keys.get(k.command).push('`' + k.key + '`');
  }
  const commands = (pkg.contributes?.commands ?? []).map(c => {
    const title = `${t(c.category) ? t(c.category) + ': ' : ''}${t(c.title)}`;
    return `| \`${c.command}\` | ${cell(title)} | ${(keys.get(c.command) ?? []).join(', ')} |`;
  });
  return {
    settings: ['| Setting | Default | Description |', '|---|---|---|', ...settings].join('\n'),
    commands: ['| Command | Title | Keybinding |', '|---|---|---|', ...commands].join('\n'),
  };
}

export function updateReadme(readme, tables) {
  let out = readme;
  for (const [name, table] of Object.entries(tables)) {
    const begin = `<!-- ${name}:begin -->`;
    const end = `<!-- ${name}:end -->`;
    const i = out.indexOf(begin);
    const j = out.indexOf(end);
    if (i < 0 || j < i) { throw new Error(`README.md lacks the ${begin} … ${end} markers`); }
    out = `${out.slice(0, i + begin.length)}\n${table}\n${out.slice(j)}`;
  }
  return out;
}

function main() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = updateReadme(readme, renderTables(pkg, nls));
  if (process.argv.includes('--check')) {
    if (next !== readme) { console.error('README.md settings/commands tables are out of date: run node scripts/readme-tables.mjs'); process.exit(1); }
    console.log('README.md tables match package.json');
    return;
  }
  if (next !== readme) { writeFileSync(readmePath, next); console.log('README.md tables updated'); } else { console.log('README.md tables already up to date'); }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) { main(); }
