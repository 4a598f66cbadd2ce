// What the extension asks of the converters, whichever host runs them: bytes in, the text and its
// page map out, or an ImportFailure whose kind says what went wrong. Only types come from
// src/import here: the converters themselves are loaded when the first file is opened
// (nodeConverter.ts in a worker thread, webConverter.ts by a dynamic import in the web worker).
import type { ImportedText } from '../../import/types';
import type { ImportErrorKind } from '../../import/errors';

/** Why a file was not converted: the converters' kinds, and 'failed' for a converter that broke down. */
export type FailureKind = ImportErrorKind | 'failed';

export class ImportFailure extends Error {
  /** `message` is the converter's own line (English), kept for the log; the user sees messages.ts's. */
  constructor(readonly kind: FailureKind, message: string) {
    super(message);
  }
}

export interface Converter {
  /** Converts one file; rejects with an ImportFailure (kind 'cancelled' once `signal` fires). */
  convert(bytes: Uint8Array, fileName: string, signal: AbortSignal): Promise<ImportedText>;
}

const KINDS: readonly FailureKind[] = ['unsupported-format', 'too-large', 'corrupt', 'encrypted', 'no-text', 'unavailable', 'cancelled', 'failed'];

/** Any error a converter threw, as an ImportFailure: an ImportError keeps its kind. */
export function toFailure(error: unknown): ImportFailure {
  if (error instanceof ImportFailure) { return error; }
  const kind = (error as { kind?: unknown } | null)?.kind;
  const message = error instanceof Error ? error.message : String(error);
  return new ImportFailure(KINDS.includes(kind as FailureKind) ? kind as FailureKind : 'failed', message.split('\n')[0]);
}

export function cancelled(fileName: string): ImportFailure {
  return new ImportFailure('cancelled', `${fileName}: the conversion was cancelled.`);
}
