// The converters' one entry: PDF, Word (.docx) and HTML bytes in, policy text out (README.md in this
// folder). pdf.js, the one heavy library, is imported when the first PDF comes (pdf/loader.ts).
// Nothing in src/core imports this folder (docs/architecture.md).
import { detectFormat } from './detect';
import { convertDocx } from './docx/docx';
import { checkAborted, ImportError, sizeText } from './errors';
import { convertHtml } from './html/html';
import { LIMITS } from './limits';
import { convertPdf } from './pdf/pdf';
import type { ImportedText, ImportOptions } from './types';

export { ImportError, type ImportErrorKind } from './errors';
export type { ImportedText, ImportFormat, ImportOptions, Origin, Problem, ProblemKind } from './types';
export { byteLimitFor, extensionOf, IMPORT_EXTENSIONS, isImportableName } from './detect';

export async function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportedText> {
  const maxBytes = options.maxBytes ?? LIMITS.maxBytes;
  if (bytes.length > maxBytes) {
    throw new ImportError('too-large', fileName, `the file is ${sizeText(bytes.length)}, more than the ${sizeText(maxBytes)} the converters read.`,
      'Split it, or export only the part you need.');
  }
  checkAborted(options.signal, fileName);
  const format = detectFormat(bytes, fileName);
  try {
    switch (format) {
      case 'html': return convertHtml(bytes, fileName);
      case 'docx': return convertDocx(bytes, fileName);
      case 'pdf': return await convertPdf(bytes, fileName, options);
    }
  } catch (e) {
    if (e instanceof ImportError) { throw e; }
    // A library's own error: still one line, still naming the file.
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 160);
    throw new ImportError('corrupt', fileName, `it could not be read as ${format.toUpperCase()} (${detail}).`,
      'The file may be damaged: download it again or open the original.');
  }
}
