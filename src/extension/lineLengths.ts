// Does a document have a line longer than policyLens.maxLineLength? Scanning every line of a 5 MB
// document costs about as much as copying its text, so the answer is kept per document and, after
// a single-range edit (typing), only the lines that edit touched are checked again.
import * as vscode from 'vscode';

export interface LongLine { line: number; length: number }

interface Known {
  version: number;
  limit: number;
  /** The first line over the limit at that version, or undefined when there is none. */
  long: LongLine | undefined;
}

const known = new WeakMap<vscode.TextDocument, Known>();

function scan(document: vscode.TextDocument, limit: number, from = 0, to = document.lineCount - 1): LongLine | undefined {
  for (let line = from; line <= to && line < document.lineCount; line++) {
    const length = document.lineAt(line).range.end.character;
    if (length > limit) { return { line, length }; }
  }
  return undefined;
}

/** The first line longer than `limit`, or undefined. */
export function findLongLine(document: vscode.TextDocument, limit: number): LongLine | undefined {
  const k = known.get(document);
  if (k && k.version === document.version && k.limit === limit) { return k.long; }
  const long = scan(document, limit);
  known.set(document, { version: document.version, limit, long });
  return long;
}

/** Keeps the answers current through edits; without it every new version is scanned in full. */
export function trackLineLengths(): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument(e => {
    const k = known.get(e.document);
    if (!k || e.contentChanges.length === 0) { return; }
    const change = e.contentChanges[0];
    // Only "no long line" survives a single edit cheaply: the edit can only lengthen the lines it wrote.
    if (k.long !== undefined || e.contentChanges.length > 1 || k.version + 1 !== e.document.version) {
      known.delete(e.document);
      return;
    }
    let newLines = 0;
    for (let i = change.text.indexOf('\n'); i >= 0; i = change.text.indexOf('\n', i + 1)) { newLines++; }
    const from = change.range.start.line;
    known.set(e.document, { version: e.document.version, limit: k.limit, long: scan(e.document, k.limit, from, from + newLines) });
  });
}
