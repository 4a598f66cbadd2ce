// Which converter a file needs, from its first bytes first and its name second: a renamed file is
// read for what it is, and a file that is none of the three is refused with a plain message.
import { ImportError } from './errors';
import { LIMITS } from './limits';
import type { ImportFormat } from './types';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];       // PK\3\4
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];       // Word 97–2003 and other OLE files

/** The extension of a file name, lower case, without the dot. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** File extensions the converters accept (lower case, no dot). */
export const IMPORT_EXTENSIONS = ['pdf', 'docx', 'html', 'htm'] as const;

/** True for a file the converters read, by its name. */
export function isImportableName(fileName: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

/** The largest file of an extension (lower case, no dot) the converters read: a web page's bound is lower. */
export function byteLimitFor(extension: string): number {
  return extension === 'html' || extension === 'htm' ? LIMITS.maxHtmlBytes : LIMITS.maxBytes;
}

export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) {
    throw new ImportError('corrupt', fileName, 'the file is empty.', 'Check that it was saved or downloaded completely.');
  }
  // A PDF may have a few bytes of junk before its header; readers look in the first 1024.
  if (indexOf(bytes, PDF_MAGIC, 1024) >= 0) { return 'pdf'; }
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (ext === 'docx' || ext === 'docm' || ext === 'dotx' || ext === '') { return 'docx'; }
    throw new ImportError('unsupported-format', fileName, 'it is a zip archive, not a Word document.',
      'Open a .docx, .pdf or .html file.');
  }
  if (startsWith(bytes, OLE_MAGIC) && ext === 'docx') {
    // Word writes a password-protected .docx as an encrypted OLE container, not a zip.
    throw new ImportError('encrypted', fileName, 'the document is password-protected (or an old .doc renamed .docx).',
      'Open it in Word, remove the password (File > Info > Protect Document) and save it again as .docx.');
  }
  if (startsWith(bytes, OLE_MAGIC) || ext === 'doc') {
    throw new ImportError('unsupported-format', fileName, 'it is an old Word 97–2003 (.doc) or other OLE file.',
      'Save it as .docx (Word or LibreOffice: Save As) and open that.');
  }
  if (ext === 'pdf') {
    throw new ImportError('corrupt', fileName, 'it has no PDF header: it is not a PDF or it is damaged.',
      'Download it again or open the original.');
  }
  if (ext === 'docx') {
    throw new ImportError('corrupt', fileName, 'it is not a zip archive, so not a Word .docx file (or it is damaged).',
      'Open it in Word and save it again as .docx.');
  }
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml' || looksLikeHtml(bytes)) { return 'html'; }
  throw new ImportError('unsupported-format', fileName, 'it is not a PDF, Word (.docx) or HTML file.',
    'Open a .pdf, .docx or .html file, or paste the text into a .policy.txt file.');
}

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((m, i) => b[i] === m);
}

function indexOf(b: Uint8Array, magic: readonly number[], within: number): number {
  const last = Math.min(b.length - magic.length, within);
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < magic.length && b[i + j] === magic[j]) { j++; }
    if (j === magic.length) { return i; }
  }
  return -1;
}

/** `<` as the first non-blank byte after an optional UTF-8 byte-order mark, and a tag name after it. */
function looksLikeHtml(b: Uint8Array): boolean {
  let i = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const end = Math.min(b.length, 512);
  while (i < end && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) { i++; }
  if (i >= end - 1 || b[i] !== 0x3c) { return false; }
  const next = b[i + 1] | 0x20;
  return (next >= 0x61 && next <= 0x7a) || b[i + 1] === 0x21; // a letter or `!` (<!DOCTYPE, <!--)
}
