// The opened PDF, Word and HTML files, by the URI of their policy-text document: the converted text
// as the read-only file system serves it, and where each paragraph came from (origins), which the
// hover, the outline and the Targets view read. A document is converted again only when its original
// changed (its modification time or size); a conversion shows a cancellable notification when it
// takes longer than a moment. The core never sees any of this (docs/architecture.md).
import * as vscode from 'vscode';
import { plainText } from '../../core/markdown';
import { byteLimitFor, extensionOf } from '../../import/detect';
import type { ImportFormat, Origin, Problem } from '../../import/types';
import { cancelled, type Converter, ImportFailure, toFailure } from './converter';
import { baseName, originalUri } from './scheme';

export interface ImportedDocument {
  /** The policy-text document's URI (scheme.ts). */
  readonly uri: vscode.Uri;
  readonly original: vscode.Uri;
  readonly format: ImportFormat;
  readonly text: string;
  /** What the file system serves: the text in UTF-8 after a byte order mark, so no `files.encoding` setting can misread it. */
  readonly content: Uint8Array;
  readonly origins: readonly Origin[];
  readonly problems: readonly Problem[];
  /** The original's modification time and size when it was converted. */
  readonly mtime: number;
  readonly size: number;
}

/** A conversion done within this time shows no notification. */
const PROGRESS_DELAY_MS = 400;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function encode(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM);
  out.set(body, UTF8_BOM.length);
  return out;
}

/** Refuses a file by its size before a byte of it is read (the converters' limits, src/import/limits.ts). */
function checkSize(original: vscode.Uri, size: number): void {
  const limit = byteLimitFor(extensionOf(baseName(original)));
  if (size > limit) {
    throw new ImportFailure('too-large', `${baseName(original)}: the file has ${size} bytes, more than the ${limit} the converters read.`);
  }
}

export class ImportedDocuments implements vscode.Disposable {
  private readonly loaded = new Map<string, ImportedDocument>();
  private readonly pending = new Map<string, Promise<ImportedDocument>>();
  private readonly runningControllers = new Set<AbortController>();
  private readonly converted = new vscode.EventEmitter<{ document: ImportedDocument; replaced: boolean }>();
  /** A document was converted; `replaced` when it had been converted before (its original changed). */
  readonly onDidConvert = this.converted.event;
  readonly stats = { conversions: 0, failures: 0 };

  constructor(private readonly converter: Converter, private readonly log: vscode.LogOutputChannel) {}

  /** The last conversion of a policy-text document of ours, if any. */
  get(uri: vscode.Uri): ImportedDocument | undefined {
    return this.loaded.get(uri.toString());
  }

  /** The converted document, converted now if it never was or its original changed since. Rejects with an ImportFailure or a FileSystemError. */
  async load(uri: vscode.Uri): Promise<ImportedDocument> {
    const original = originalUri(uri);
    if (!original) { throw vscode.FileSystemError.FileNotFound(uri); }
    const key = uri.toString();
    const stat = await vscode.workspace.fs.stat(original);
    const current = this.loaded.get(key);
    if (current && current.mtime === stat.mtime && current.size === stat.size) { return current; }
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.convert(uri, original, stat).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** Drops a document's conversion (its editor closed). */
  forget(uri: vscode.Uri): void {
    this.loaded.delete(uri.toString());
  }

  /** How many conversions are under way. */
  get running(): number {
    return this.runningControllers.size;
  }

  /** Cancels every conversion under way. */
  cancelAll(): void {
    for (const controller of this.runningControllers) { controller.abort(); }
  }

  private async convert(uri: vscode.Uri, original: vscode.Uri, stat: vscode.FileStat): Promise<ImportedDocument> {
    const name = baseName(original);
    const controller = new AbortController();
    this.runningControllers.add(controller);
    try {
      checkSize(original, stat.size);
      const result = await withDelayedProgress(name, controller, async () => {
        const bytes = await vscode.workspace.fs.readFile(original);
        // The file may have grown since it was measured.
        checkSize(original, bytes.length);
        if (controller.signal.aborted) { throw cancelled(name); }
        return this.converter.convert(bytes, name, controller.signal);
      });
      const replaced = this.loaded.has(uri.toString());
      const document: ImportedDocument = {
        uri, original, format: result.format, text: result.text, content: encode(result.text),
        origins: result.origins, problems: result.problems, mtime: stat.mtime, size: stat.size,
      };
      this.loaded.set(uri.toString(), document);
      this.stats.conversions++;
      this.log.info(`converted ${original.toString(true)}: ${result.format}, ${result.text.length} characters, ${result.origins.length} paragraphs, ${result.problems.length} problems`);
      this.converted.fire({ document, replaced });
      return document;
    } catch (error) {
      if (error instanceof vscode.FileSystemError) { throw error; }
      const failure = toFailure(error);
      if (failure.kind !== 'cancelled') { this.stats.failures++; }
      this.log.warn(`could not convert ${original.toString(true)} (${failure.kind}): ${failure.message}`);
      throw failure;
    } finally {
      this.runningControllers.delete(controller);
    }
  }

  dispose(): void {
    this.cancelAll();
    this.converted.dispose();
  }
}

/** Runs `work`; once it has taken PROGRESS_DELAY_MS, a notification shows it with a Cancel button that aborts `controller`. */
async function withDelayedProgress<T>(name: string, controller: AbortController, work: () => Promise<T>): Promise<T> {
  const done = work();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = await Promise.race([
    done.then(() => false, () => false),
    new Promise<boolean>(resolve => { timer = setTimeout(() => resolve(true), PROGRESS_DELAY_MS); }),
  ]);
  clearTimeout(timer);
  if (late) {
    void vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Converting {0} to policy text…', plainText(name)),
      cancellable: true,
    }, async (_progress, token) => {
      const subscription = token.onCancellationRequested(() => controller.abort());
      try { await done; } catch { /* reported by the caller */ } finally { subscription.dispose(); }
    });
  }
  return done;
}
