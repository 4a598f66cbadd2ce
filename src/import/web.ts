// The converters for a web worker (VS Code for the Web): the same importDocument, with pdf.js's CMaps
// fetched from where the host serves `dist/cmaps/` (its extension folder). All three converters run
// in a worker: pdf.js in its same-thread mode, fflate and htmlparser2 in plain JavaScript.
import { cMapFileName } from './cmaps';
import { importDocument } from './index';
import type { ImportedText, ImportOptions } from './types';

export * from './index';

/** Reads pdf.js's binary CMaps with fetch from `baseUrl` (ending in `/`). */
export function fetchCMapLoader(baseUrl: string): (name: string) => Promise<Uint8Array> {
  return async (name) => {
    const response = await fetch(new URL(cMapFileName(name), baseUrl));
    if (!response.ok) { throw new Error(`CMap ${name}: HTTP ${response.status}`); }
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** importDocument with CMaps fetched from `cMapBaseUrl`. */
export function importBytes(bytes: Uint8Array, fileName: string, cMapBaseUrl: string, options: ImportOptions = {}): Promise<ImportedText> {
  return importDocument(bytes, fileName, { loadCMap: fetchCMapLoader(cMapBaseUrl), ...options });
}
