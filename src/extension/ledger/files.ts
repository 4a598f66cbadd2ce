// What "Compare Targets…" compares: the files chosen, a folder standing for its .txt and .md files
// (not those of its subfolders, as in `policy-lens ledger DIR`), each file once, and the names the
// table gives them.
import * as vscode from 'vscode';

/** At most this many files are compared; more are left out and the command says so. */
export const MAX_COMPARED_FILES = 100;
const TEXT_FILES = '*.{txt,md}';

export interface ComparedFiles {
  files: vscode.Uri[];
  /** The folders of the selection. */
  folders: vscode.Uri[];
  /** Files a folder held beyond MAX_COMPARED_FILES. */
  capped: boolean;
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** The files of a selection: a folder's text files sorted by path, files as chosen; none twice. */
export async function comparedFiles(selection: readonly vscode.Uri[]): Promise<ComparedFiles> {
  const seen = new Set<string>();
  const files: vscode.Uri[] = [];
  const folders: vscode.Uri[] = [];
  let capped = false;
  const add = (uri: vscode.Uri) => {
    const key = uri.toString();
    if (seen.has(key)) { return; }
    if (files.length >= MAX_COMPARED_FILES) { capped = true; return; }
    seen.add(key);
    files.push(uri);
  };
  for (const uri of selection) {
    if (!await isFolder(uri)) { add(uri); continue; }
    folders.push(uri);
    const inside = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, TEXT_FILES), undefined, MAX_COMPARED_FILES + 1);
    inside.sort((a, b) => a.path.localeCompare(b.path)).forEach(add);
  }
  return { files, folders, capped };
}

/**
 * A file's name in the table: its base name, or its workspace-relative path where two share a
 * name, or its URI where even those agree (names key the ledger's columns, so they are unique).
 */
export function displayNames(files: readonly vscode.Uri[]): string[] {
  const clash = (names: readonly string[], i: number) => names.indexOf(names[i]) !== names.lastIndexOf(names[i]);
  const base = files.map(f => f.path.slice(f.path.lastIndexOf('/') + 1));
  const relative = files.map((f, i) => (clash(base, i) ? vscode.workspace.asRelativePath(f) : base[i]));
  return files.map((f, i) => (clash(relative, i) ? f.toString() : relative[i]));
}
