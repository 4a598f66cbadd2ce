// PDF → policy text through pdf.js: each page's positioned text (getTextContent) becomes lines
// (lines.ts), running headers, footers and page numbers go (furniture.ts), and lines become
// paragraphs and table rows (paragraphs.ts, tables.ts), each knowing its page. A page whose fonts
// have no Unicode map, or that has no text at all (a scan), is reported by number instead.
import { checkAborted, ImportError } from '../errors';
import { LIMITS } from '../limits';
import { TextBuilder } from '../output';
import type { ImportedText, ImportOptions } from '../types';
import { isDecodable } from './decodable';
import { removeFurniture } from './furniture';
import { pageLines } from './lines';
import { loadPdfJs } from './loader';
import { type Line, lineText } from './model';
import { buildBlocks } from './paragraphs';
import { type PdfTextItem, toPageText } from './runs';

export async function convertPdf(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportedText> {
  if (!endsLikePdf(bytes)) {
    throw new ImportError('corrupt', fileName, 'the PDF is cut short (it has no end-of-file marker).', 'Download it again or open the original.');
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: it gets a copy, and a plain Uint8Array, since
    // it refuses a Node Buffer (whose slice() would not copy anyway).
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    CMapReaderFactory: cMapReaderFactory(options.loadCMap),
  });
  try {
    const doc = await openDocument(task.promise, fileName);
    if (doc.numPages > LIMITS.maxPdfPages) {
      throw new ImportError('too-large', fileName, `it has ${doc.numPages} pages, more than ${LIMITS.maxPdfPages}.`, 'Split the PDF and open the part you need.');
    }
    const out = new TextBuilder(fileName);
    const pages: Line[][] = [];
    const heights: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      checkAborted(options.signal, fileName);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = toPageText(n, page.view, content.items as PdfTextItem[]);
      page.cleanup();
      const lines = pageLines(text);
      const all = lines.map(lineText).join('\n');
      if (lines.length === 0) {
        out.problems.push({ kind: 'no-text-layer', page: n, message: `Page ${n} has no text (blank, or a scanned image): if it has content, run OCR on it or find the HTML or Word original.` });
        pages.push([]);
      } else if (!isDecodable(all)) {
        out.problems.push({ kind: 'undecodable-page', page: n, message: `Page ${n} uses fonts without a Unicode map, so its text cannot be read: find the HTML or Word original, or run OCR on the page.` });
        pages.push([]);
      } else {
        pages.push(lines);
      }
      heights.push(text.height);
    }
    for (const block of buildBlocks(removeFurniture(pages, heights))) {
      out.add(block.text, { page: block.page }, block.cleaned);
    }
    if (out.paragraphCount === 0) {
      const scanned = out.problems.every((p) => p.kind === 'no-text-layer');
      throw new ImportError('no-text', fileName, scanned ? 'no page has a text layer: it is a scanned PDF.' : 'no page could be decoded (its fonts have no Unicode map).',
        'Find the HTML or Word original, or run OCR on the PDF first.');
    }
    return out.result('pdf');
  } finally {
    await task.destroy();
  }
}

async function openDocument<T>(opening: Promise<T>, fileName: string): Promise<T> {
  try {
    return await opening;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ImportError('encrypted', fileName, 'the PDF is password-protected.', 'Open it in a PDF reader with its password and save or print an unprotected copy.');
    }
    if (name === 'InvalidPDFException') {
      throw new ImportError('corrupt', fileName, 'it is not a valid PDF (the structure is damaged).', 'Download it again or open the original.');
    }
    throw e;
  }
}

/** `%%EOF` within the last 1 KB, as every complete PDF has. */
function endsLikePdf(b: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(b.subarray(Math.max(0, b.length - 1024)));
  return tail.includes('%%EOF');
}

/** pdf.js's CMap reader, fed by the host's loader: a class, as pdf.js constructs it itself. */
function cMapReaderFactory(load: ImportOptions['loadCMap']) {
  return class {
    async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      if (!load) { throw new Error(`no CMap loader for ${name}`); }
      return { cMapData: await load(name), isCompressed: true };
    }
  };
}
