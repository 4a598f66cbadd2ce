// Locates the shared fixtures beside the checkout (read at test time only; never copied).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const SHARED_FIXTURES = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');
export const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
/** The gov.cn corpus beside the checkout (../shared/corpus/gov-cn): State Council texts without gold. */
export const GOV_CN = path.resolve(SHARED_FIXTURES, '..', 'corpus', 'gov-cn');

export interface FixtureText { name: string; text: string; gold?: Record<string, unknown> }

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) { walk(p, out); } else if (name.endsWith('.txt')) { out.push(p); }
  }
}

/** Every fixture text (shared fixtures when present, plus the shipped samples). */
export function fixtureTexts(): FixtureText[] {
  const files: string[] = [];
  if (existsSync(SHARED_FIXTURES)) { walk(SHARED_FIXTURES, files); }
  if (existsSync(SAMPLES)) { walk(SAMPLES, files); }
  return files.map(f => {
    const goldPath = f.replace(/\.txt$/, '.gold.json');
    return {
      name: path.relative(path.resolve(__dirname, '..', '..', '..'), f),
      text: readFileSync(f, 'utf8'),
      gold: existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, unknown> : undefined,
    };
  });
}

/** The .txt files of the gov.cn corpus by name, with their text; none without the corpus. */
export function govCnTexts(): { name: string; text: string }[] {
  if (!existsSync(GOV_CN)) { return []; }
  return readdirSync(GOV_CN).filter(f => f.endsWith('.txt')).sort().map(name => ({ name, text: readFileSync(path.join(GOV_CN, name), 'utf8') }));
}
