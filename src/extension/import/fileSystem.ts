// The read-only file system behind opened PDF, Word and HTML files (docs/architecture.md, "Opening
// PDF, Word and web pages"): a `policy-lens-import:` file is the converted text of its original,
// served with the original's modification time, so VS Code shows it read-only, never dirty, reloads
// it when the original changes (watchers.ts fires the change) and offers File > Save As on it.
import * as vscode from 'vscode';
import type { ImportFailure } from './converter';
import type { ImportedDocuments } from './documents';
import { originalUri } from './scheme';

export class ImportFileSystem implements vscode.FileSystemProvider {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  /**
   * `describe` words a failed conversion for the editor that could not open (and tells the user
   * once); the error VS Code shows carries that line.
   */
  constructor(private readonly documents: ImportedDocuments, private readonly describe: (uri: vscode.Uri, failure: ImportFailure) => string | undefined) {}

  /** Tells VS Code that a document's original changed (or went away). */
  fire(uri: vscode.Uri, type: vscode.FileChangeType): void {
    this.changes.fire([{ type, uri }]);
  }

  watch(): vscode.Disposable {
    // The originals are watched while their documents are open (watchers.ts).
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const original = originalUri(uri);
    if (!original) { throw vscode.FileSystemError.FileNotFound(uri); }
    const stat = await vscode.workspace.fs.stat(original);
    if (stat.type & vscode.FileType.Directory) { throw vscode.FileSystemError.FileNotFound(uri); }
    const converted = this.documents.get(uri);
    const current = converted !== undefined && converted.mtime === stat.mtime && converted.size === stat.size;
    return {
      type: vscode.FileType.File,
      ctime: stat.ctime,
      mtime: stat.mtime,
      size: current ? converted.content.length : stat.size,
      permissions: vscode.FilePermission.Readonly,
    };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    try {
      return (await this.documents.load(uri)).content;
    } catch (error) {
      if (error instanceof vscode.FileSystemError) { throw error; }
      const failure = error as ImportFailure;
      throw vscode.FileSystemError.Unavailable(this.describe(uri, failure) ?? failure.message);
    }
  }

  readDirectory(uri: vscode.Uri): never { throw vscode.FileSystemError.FileNotADirectory(uri); }
  createDirectory(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }
  writeFile(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }
  delete(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }
  rename(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }

  dispose(): void {
    this.changes.dispose();
  }
}
