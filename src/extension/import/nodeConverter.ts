// The converters in the Node extension host: each file is converted in a worker thread running
// dist/import-worker.js (which loads dist/import.js), so pdf.js never runs on the extension host's
// thread, a conversion is cancelled by ending its thread whatever it is doing, and a file that makes
// the converter run out of memory ends that thread, not the host. This file is in the Node bundle
// only: scripts/build.mjs puts webConverter.ts in its place in the web bundle.
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { ImportedText } from '../../import/types';
import { cancelled, type Converter, ImportFailure, toFailure } from './converter';
import type { WorkerReply, WorkerRequest } from './worker';

/** The heap a conversion may take; a larger need ends the thread with an out-of-memory failure. */
const WORKER_HEAP_MB = 2048;

export function createConverter(extensionUri: vscode.Uri): Converter {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'import-worker.js').fsPath;
  return {
    convert: (bytes, fileName, signal) => new Promise<ImportedText>((resolve, reject) => {
      if (signal.aborted) { reject(cancelled(fileName)); return; }
      let settled = false;
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const finish = (settle: () => void): void => {
        if (settled) { return; }
        settled = true;
        signal.removeEventListener('abort', onAbort);
        void worker.terminate();
        settle();
      };
      const onAbort = (): void => finish(() => reject(cancelled(fileName)));
      signal.addEventListener('abort', onAbort, { once: true });
      worker.once('message', (reply: WorkerReply) => finish(() => {
        if (reply.ok) { resolve(reply.result); } else { reject(new ImportFailure(reply.kind, reply.message)); }
      }));
      worker.once('error', error => finish(() => {
        const code = (error as { code?: string }).code;
        reject(code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportFailure('too-large', `${fileName}: converting it needs more than ${WORKER_HEAP_MB} MB of memory.`)
          : toFailure(error));
      }));
      worker.once('exit', code => finish(() => reject(new ImportFailure('failed', `${fileName}: the converter stopped (exit code ${code}).`))));
      const request: WorkerRequest = { bytes, fileName };
      worker.postMessage(request);
    }),
  };
}
