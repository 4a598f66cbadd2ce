// The converters for Node (the extension host and the CLI): importDocument with pdf.js's CMaps read
// from disk — `cmaps/` beside this bundle (dist/cmaps, copied by scripts/build.mjs), else the
// pdfjs-dist package's own (tests and scripts run from the sources) — and a file reader.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cMapFileName } from './cmaps';
import { ImportError, sizeText } from './errors';
import { importDocument } from './index';
import { LIMITS } from './limits';
import type { ImportedText, ImportOptions } from './types';

export * from './index';

let cMapDir: string | undefined;

function defaultCMapDir(): string {
  if (cMapDir) { return cMapDir; }
  const beside = path.join(__dirname, 'cmaps');
  cMapDir = existsSync(beside) ? beside : path.join(path.dirname(createRequire(__filename).resolve('pdfjs-dist/package.json')), 'cmaps');
  return cMapDir;
}

/** Reads pdf.js's binary CMaps from `dir` (default: as above). */
export function nodeCMapLoader(dir?: string): (name: string) => Promise<Uint8Array> {
  return async (name) => {
    return new Uint8Array(await readFile(path.join(dir ?? defaultCMapDir(), cMapFileName(name))));
  };
}

/** importDocument with the CMaps on disk. */
export function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportedText> {
  return importDocument(bytes, fileName, { loadCMap: nodeCMapLoader(), ...options });
}

/** Reads and converts a file; its size is checked before it is read. */
export async function importFile(file: string, options: ImportOptions = {}): Promise<ImportedText> {
  const name = path.basename(file);
  const maxBytes = options.maxBytes ?? LIMITS.maxBytes;
  const { size } = await stat(file);
  if (size > maxBytes) {
    throw new ImportError('too-large', name, `the file is ${sizeText(size)}, more than the ${sizeText(maxBytes)} the converters read.`,
      'Split it, or export only the part you need.');
  }
  return importBytes(new Uint8Array(await readFile(file)), name, options);
}
