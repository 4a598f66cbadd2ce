// The converters in the web worker extension host (VS Code for the Web): dist/web/import.js, an ES
// module, is imported from the extension's own URL when the first file is opened, and pdf.js's CMaps
// are fetched from dist/cmaps/ beside it. There is no thread to spare here: the conversion runs in
// the extension host's worker and is cancelled between pages. Where the extension is not served over
// HTTP(S) the converters cannot be loaded, and the user is told to open the file on the desktop.
// scripts/build.mjs puts this file in the place of nodeConverter.ts in the web bundle.
import * as vscode from 'vscode';
import type { ImportedText, ImportOptions } from '../../import/types';
import { type Converter, ImportFailure, toFailure } from './converter';

interface WebConverters {
  importBytes(bytes: Uint8Array, fileName: string, cMapBaseUrl: string, options?: ImportOptions): Promise<ImportedText>;
}

export function createConverter(extensionUri: vscode.Uri): Converter {
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  let loading: Promise<WebConverters> | undefined;
  const load = async (): Promise<WebConverters> => {
    if (dist.scheme !== 'https' && dist.scheme !== 'http') {
      throw new ImportFailure('unavailable', `the converters are not served over HTTP here (${dist.scheme}:).`);
    }
    try {
      return await import(/* the bundle's own URL, resolved at run time */ vscode.Uri.joinPath(dist, 'web', 'import.js').toString(true)) as WebConverters;
    } catch (error) {
      throw new ImportFailure('unavailable', `the converters could not be loaded: ${toFailure(error).message}`);
    }
  };
  return {
    async convert(bytes, fileName, signal) {
      const converters = await (loading ??= load().catch(error => { loading = undefined; throw error; }));
      try {
        return await converters.importBytes(bytes, fileName, `${vscode.Uri.joinPath(dist, 'cmaps').toString(true)}/`, { signal });
      } catch (error) {
        throw toFailure(error);
      }
    },
  };
}
