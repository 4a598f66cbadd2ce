// Loads pdf.js on first use. Its worker runs in the same thread (pdf.js's "fake worker", fed the
// worker module through globalThis.pdfjsWorker), so one bundle works in Node, the CLI and a web
// worker without a second file or a worker URL. pdf.js prints warnings about optional canvas
// polyfills while it loads in Node; text extraction never draws, so those lines are held back.

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfJs> {
  const log = console.log;
  console.log = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot ')) { return; }
    log(...args);
  };
  try {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.log = log;
  }
}
