// PDF, Word and HTML files in the CLI: which files go to the converters (src/import), and the text
// `policy-lens convert` prints. The converters are loaded on the first such file: in the shipped
// CLI from dist/import.js beside dist/cli.js (scripts/build.mjs keeps them out of dist/cli.js), so
// annotating plain text never pays for pdf.js.
import { byteLimitFor, IMPORT_EXTENSIONS } from '../import/detect';
import type { ImportedText } from '../import/types';
import { bytesText, CliError, shown } from './errors';

const PDF_MAGIC = '%PDF-';

/**
 * The converters' extension (src/import/detect.ts) a file's name ends with, any case. Unlike
 * extensionOf, a name that is only the extension (`.pdf`) counts too, as the CLI always took it.
 */
function convertedExtension(file: string): string | undefined {
  const lower = file.toLowerCase();
  return IMPORT_EXTENSIONS.find(ext => lower.endsWith(`.${ext}`));
}

/** True for a file converted by its name (.pdf, .docx, .html, .htm). */
export function isConvertedName(file: string): boolean {
  return convertedExtension(file) !== undefined;
}

/** True for a file the converters read: by its name, or a PDF by its first bytes. */
export function isConverted(file: string, bytes: Uint8Array): boolean {
  if (isConvertedName(file)) { return true; }
  return bytes.length >= PDF_MAGIC.length && [...PDF_MAGIC].every((c, i) => bytes[i] === c.charCodeAt(0));
}

/** Refuses, before it is read, a file larger than the converters take (src/import/limits.ts). */
export function checkConvertedSize(file: string, size: number): void {
  const limit = byteLimitFor(convertedExtension(file) ?? '');
  if (size > limit) {
    throw new CliError(`${shown(file)} has ${bytesText(size)}, more than the ${bytesText(limit)} the converters read; split it, or export only the part you need`);
  }
}

/** The converted text of a checked file's bytes, or a CliError carrying the converter's one line. */
export async function convertBytes(file: string, bytes: Uint8Array): Promise<ImportedText> {
  // A require, not import(): run from the sources (tsx, mocha) an import() would bypass the CommonJS
  // loader that compiles TypeScript; bundled, it is `require("./import.js")`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importBytes } = require('../import/node') as typeof import('../import/node');
  try {
    return await importBytes(bytes, file);
  } catch (e) {
    // The converters' ImportError (from their own bundle, so known by name): one line naming the file.
    if ((e as Error | null)?.name === 'ImportError') { throw new CliError(shown((e as Error).message)); }
    throw e;
  }
}

/** What the conversion left out, for stderr. */
export function problemNotes(file: string, imported: ImportedText): string[] {
  return imported.problems.map(p => `${shown(file)}: ${p.message}`);
}

/** The marker `--pages` puts before the first paragraph that starts on a page. */
export function pageMark(page: number): string {
  return `— p. ${page} —`;
}

/**
 * The text `convert` prints: as converted, and with `pages`, a line `— p. N —` (its own paragraph)
 * before the first paragraph starting on page N. Ends with one newline.
 */
export function* convertedPieces(text: string, imported: ImportedText | undefined, pages: boolean): Generator<string, void, void> {
  if (!pages || !imported || imported.format !== 'pdf') {
    yield text;
    if (!text.endsWith('\n')) { yield '\n'; }
    return;
  }
  let page = 0;
  let first = true;
  for (const origin of imported.origins) {
    if (!first) { yield '\n\n'; }
    if (origin.page !== undefined && origin.page !== page) {
      page = origin.page;
      yield `${pageMark(page)}\n\n`;
    }
    yield text.slice(origin.start, origin.end);
    first = false;
  }
  yield '\n';
}
