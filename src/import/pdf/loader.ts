// Loads pdf.js on first use. Its worker runs in the same thread (pdf.js's "fake worker", fed the
// worker module through globalThis.pdfjsWorker), so one bundle works in Node, the CLI and a web
// worker without a second file or a worker URL. In Node pdf.js looks for an optional native canvas
// package and warns when it is missing; text extraction never draws, so those warnings are held back
// and a plain DOMMatrix (domMatrix.ts) stands in for the one it would have taken from it.
import { ensureDomMatrix } from './domMatrix';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfJs> {
  ensureDomMatrix();
  const warn = console.warn;
  console.warn = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot ')) { return; }
    warn(...args);
  };
  try {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.warn = warn;
  }
}
