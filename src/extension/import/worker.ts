// The entry of dist/import-worker.js: one conversion in a worker thread of the Node extension host
// (nodeConverter.ts starts it). The converters come from dist/import.js beside it: scripts/build.mjs
// leaves `../../import/node` out of this bundle and points it there.
import { parentPort } from 'node:worker_threads';
import type { ImportedText } from '../../import/types';
import { toFailure, type FailureKind } from './converter';

export interface WorkerRequest { readonly bytes: Uint8Array; readonly fileName: string }

export type WorkerReply =
  | { readonly ok: true; readonly result: ImportedText }
  | { readonly ok: false; readonly kind: FailureKind; readonly message: string };

parentPort?.once('message', (request: WorkerRequest) => {
  void (async (): Promise<WorkerReply> => {
    try {
      const { importBytes } = await import('../../import/node');
      return { ok: true, result: await importBytes(request.bytes, request.fileName) };
    } catch (error) {
      const failure = toFailure(error);
      return { ok: false, kind: failure.kind, message: failure.message };
    }
  })().then(reply => parentPort?.postMessage(reply));
});
