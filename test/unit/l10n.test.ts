// Every user-visible string has its zh-cn form: runtime strings (vscode.l10n.t, English is the key)
// in l10n/bundle.l10n.zh-cn.json, manifest strings (%key% in package.json) in both package.nls files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) { sources(p, out); } else if (name.endsWith('.ts')) { out.push(p); }
  }
  return out;
}

/** The string literal starting at `text[i]` (a quote), unescaped, and where it ends; undefined if `text[i]` is no quote. */
function stringLiteral(text: string, i: number): { value: string; end: number } | undefined {
  const quote = text[i];
  if (quote !== '\'' && quote !== '"' && quote !== '`') { return undefined; }
  let value = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === quote) { return { value, end: j + 1 }; }
    if (quote === '`' && c === '$' && text[j + 1] === '{') { return undefined; } // interpolated: not a key
    if (c === '\\') {
      const n = text[++j];
      value += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'u' ? String.fromCharCode(parseInt(text.slice(j + 1, j + 5), 16)) : n;
      if (n === 'u') { j += 4; }
      continue;
    }
    value += c;
  }
  return undefined;
}

/** Every `l10n.t(` call in the extension sources, with its first argument when that is a plain literal. */
function l10nCalls(): { file: string; key: string | undefined }[] {
  const out: { file: string; key: string | undefined }[] = [];
  for (const file of sources(path.join(ROOT, 'src', 'extension'))) {
    const text = readFileSync(file, 'utf8');
    let at = text.indexOf('l10n.t(');
    while (at >= 0) {
      let i = at + 'l10n.t('.length;
      while (/\s/.test(text[i])) { i++; }
      out.push({ file: path.relative(ROOT, file), key: stringLiteral(text, i)?.value });
      at = text.indexOf('l10n.t(', i);
    }
  }
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort();

describe('localization', () => {
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
  const calls = l10nCalls();

  it('finds the l10n calls it checks', () => { assert.ok(calls.length > 10, `${calls.length} calls`); });

  it('calls vscode.l10n.t with a literal key only (so the keys can be checked)', () => {
    assert.deepEqual(calls.filter(c => c.key === undefined).map(c => c.file), []);
  });

  it('has a zh-cn translation for every runtime key', () => {
    const missing = [...new Set(calls.map(c => c.key).filter((k): k is string => k !== undefined && !(k in bundle)))];
    assert.deepEqual(missing, []);
  });

  it('has no zh-cn translation for a key the code no longer uses', () => {
    const used = new Set(calls.map(c => c.key));
    assert.deepEqual(Object.keys(bundle).filter(k => !used.has(k)), []);
  });

  it('keeps every placeholder of a key in its translation', () => {
    for (const [key, value] of Object.entries(bundle)) {
      assert.equal(typeof value, 'string', key);
      assert.deepEqual(placeholders(value as string), placeholders(key), `placeholders of "${key}"`);
    }
  });

  describe('manifest', () => {
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map(m => m[1]))];
    const nls = readJson('package.nls.json');
    const nlsZh = readJson('package.nls.zh-cn.json');

    it('uses %keys%', () => { assert.ok(keys.length >= 5, keys.join(', ')); });

    for (const [name, table] of [['package.nls.json', nls], ['package.nls.zh-cn.json', nlsZh]] as const) {
      it(`${name} has every %key% of package.json`, () => {
        assert.deepEqual(keys.filter(k => typeof table[k] !== 'string' || (table[k] as string).length === 0), []);
      });
    }

    it('both nls files have the same keys', () => {
      assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
    });

    it('gives every setting a localized markdownDescription', () => {
      const pkg = JSON.parse(manifest) as { contributes: { configuration: { properties: Record<string, { markdownDescription?: string }> } } };
      for (const [id, prop] of Object.entries(pkg.contributes.configuration.properties)) {
        assert.match(prop.markdownDescription ?? '', /^%[^%]+%$/, id);
      }
    });
  });
});
