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
import { type Line, lineText, type PageText, type Run } from './model';
import { buildBlocks } from './paragraphs';

/** pdf.js's text item, as far as it is read here. */
interface PdfTextItem { readonly str?: string; readonly transform?: readonly number[]; readonly width?: number; readonly height?: number }

export async function convertPdf(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportedText> {
  if (!endsLikePdf(bytes)) {
    throw new ImportError('corrupt', fileName, 'the PDF is cut short (it has no end-of-file marker).', 'Download it again or open the original.');
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: it gets a copy.
    data: bytes.slice(),
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
      const [x0, y0, x1, y1] = page.view;
      const text: PageText = { page: n, width: x1 - x0, height: y1 - y0, runs: toRuns(content.items as PdfTextItem[], x0, y0) };
      page.cleanup();
      const lines = pageLines(text);
      const all = lines.map(lineText).join('\n');
      if (lines.length === 0) {
        out.problems.push({ kind: 'no-text-layer', page: n, message: `Page ${n} has no text layer (a scanned image): run OCR on it, or find the HTML or Word original.` });
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

/** Runs in page coordinates; rotated runs (vertical stamps, margin notes) are left out. */
function toRuns(items: readonly PdfTextItem[], x0: number, y0: number): Run[] {
  const runs: Run[] = [];
  for (const it of items) {
    const t = it.transform;
    if (!t || typeof it.str !== 'string' || it.str === '') { continue; }
    if (Math.abs(t[1]) > 0.01 || Math.abs(t[2]) > 0.01) { continue; }
    const size = Math.abs(t[3]) || it.height || 0;
    runs.push({ text: it.str, x: t[4] - x0, y: t[5] - y0, width: it.width ?? 0, size });
  }
  return runs;
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
