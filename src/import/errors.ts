// ImportError: the one error a converter throws. Its message is one line naming the file, what is
// wrong and what to do; `kind` lets a host choose its own wording.

export type ImportErrorKind =
  | 'unsupported-format' // not a PDF, Word (.docx) or HTML file
  | 'too-large'          // past the byte limit, or a zip that would inflate past it
  | 'corrupt'            // the file is damaged or truncated
  | 'encrypted'          // a password-protected PDF
  | 'no-text'            // no page or paragraph has text (a scanned PDF, an empty document)
  | 'unavailable'        // the format cannot be converted in this host (e.g. a web worker without it)
  | 'cancelled';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly kind: ImportErrorKind, readonly fileName: string, detail: string, advice: string) {
    super(`${fileName}: ${oneLine(detail)} ${oneLine(advice)}`.trim());
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The size of a byte count for a message: `200 MB`, `512 KB`. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) { return `${Math.round(bytes / (1024 * 1024))} MB`; }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Throws the 'cancelled' ImportError once the host's signal has fired. */
export function checkAborted(signal: AbortSignal | undefined, fileName: string): void {
  if (signal?.aborted) {
    throw new ImportError('cancelled', fileName, 'the conversion was cancelled.', 'Open the file again to convert it.');
  }
}
