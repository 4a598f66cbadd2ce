// While a converted document is open, its original is watched: a change (a new download over the
// PDF, a re-saved .docx) tells the file system, and VS Code reloads the read-only document, which
// converts the original again. A closed document's conversion is dropped.
import * as vscode from 'vscode';
import type { ImportedDocuments } from './documents';
import type { ImportFileSystem } from './fileSystem';
import { baseName, IMPORT_SCHEME, originalUri } from './scheme';

export function watchOriginals(fileSystem: ImportFileSystem, documents: ImportedDocuments): vscode.Disposable {
  const watchers = new Map<string, vscode.Disposable>();
  const isOpen = (key: string): boolean => vscode.workspace.textDocuments.some(d => d.uri.toString() === key);

  const start = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.uri.scheme !== IMPORT_SCHEME || watchers.has(key)) { return; }
    const original = originalUri(document.uri);
    if (!original) { return; }
    const uri = document.uri;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(original, '..'), baseName(original)));
    const changed = (): void => fileSystem.fire(uri, vscode.FileChangeType.Changed);
    watchers.set(key, vscode.Disposable.from(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(() => fileSystem.fire(uri, vscode.FileChangeType.Deleted)),
    ));
  };

  const stop = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.uri.scheme !== IMPORT_SCHEME) { return; }
    // A document closed and opened again at once (a change of language) keeps its conversion.
    setTimeout(() => {
      if (isOpen(key)) { return; }
      watchers.get(key)?.dispose();
      watchers.delete(key);
      documents.forget(document.uri);
    }, 0);
  };

  vscode.workspace.textDocuments.forEach(start);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(start),
    vscode.workspace.onDidCloseTextDocument(stop),
    // A conversion that replaced an earlier one: the open document reloads to show it.
    documents.onDidConvert(({ document, replaced }) => { if (replaced) { fileSystem.fire(document.uri, vscode.FileChangeType.Changed); } }),
    { dispose: () => { for (const w of watchers.values()) { w.dispose(); } watchers.clear(); } },
  );
}
