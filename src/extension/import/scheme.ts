// The URIs of opened PDF, Word and HTML files (docs/architecture.md, "Opening PDF, Word and web
// pages"). A converted file is shown as `policy-lens-import:<its path>.policy.txt?<its URI>`: the
// `.policy.txt` ending gives the document the policy-text language wherever VS Code opens it
// (restored editors, the Targets view, Go to Symbol), the path keeps the folder in breadcrumbs, and
// the query says where the original is in any file system (local, remote, virtual).
import * as vscode from 'vscode';
import { isImportableName } from '../../import/detect';

export const IMPORT_SCHEME = 'policy-lens-import';

/** The ending that makes a name a policy-text document. */
const SUFFIX = '.policy.txt';

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** True for a file the converters read, by its name (src/import/detect.ts). */
export function isImportable(uri: vscode.Uri): boolean {
  return isImportableName(baseName(uri));
}

/** The read-only policy-text document of an original file. */
export function policyTextUri(original: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: IMPORT_SCHEME, path: `${original.path}${SUFFIX}`, query: original.toString() });
}

/** The original file of a policy-text document of ours; undefined for any other URI. */
export function originalUri(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme !== IMPORT_SCHEME || !uri.path.endsWith(SUFFIX)) { return undefined; }
  let original: vscode.Uri;
  try { original = vscode.Uri.parse(uri.query, true); } catch { return undefined; }
  // The path is the original's: a URI whose two halves disagree is not one we made.
  if (original.scheme === IMPORT_SCHEME || `${original.path}${SUFFIX}` !== uri.path || !isImportable(original)) { return undefined; }
  return original;
}

/** `report.pdf` → `report.policy.txt`, the name "Save as Policy Text…" proposes beside it. */
export function savedName(original: vscode.Uri): string {
  const name = baseName(original);
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}${SUFFIX}`;
}
