// "Open as Policy Text…" and "Save as Policy Text…" (docs/architecture.md, "Opening PDF, Word and
// web pages"). Opening converts first and shows the document only when the whole file converted, so
// a failure is one line naming the file and what to do, never a half-converted document. Saving
// writes the text as `<name>.policy.txt` beside the original (or where the user chooses), asking
// before replacing a file, and never writes the original.
import * as vscode from 'vscode';
import { plainText } from '../../core/markdown';
import { fullPath, saveText } from '../exportCommands';
import type { Seams } from '../seams';
import { toFailure } from './converter';
import type { ImportedDocuments } from './documents';
import { describeFailure } from './messages';
import { IMPORT_EXTENSIONS } from '../../import/detect';
import { baseName, IMPORT_SCHEME, isImportable, originalUri, policyTextUri, savedName } from './scheme';
import { SAVE_AS_POLICY_TEXT, type ImportStatus } from './status';

export const OPEN_AS_POLICY_TEXT = 'policyLens.openAsPolicyText';

/** The editor of an opened file, or the line that told the user why there is none (undefined: cancelled). */
export type Opened = { editor: vscode.TextEditor } | { editor?: undefined; message: string | undefined };

export interface Opener {
  /** Converts `original` and shows its policy-text document, or tells the user why it could not. */
  open(original: vscode.Uri, options?: vscode.TextDocumentShowOptions): Promise<Opened>;
  /** The line that says why a file could not be opened (also shown as an error); undefined for a cancellation. */
  report(original: vscode.Uri, error: unknown): string | undefined;
}

export function createOpener(documents: ImportedDocuments, status: ImportStatus, seams: Seams): Opener {
  const report = (original: vscode.Uri, error: unknown): string | undefined => {
    const name = baseName(original);
    const message = error instanceof vscode.FileSystemError
      ? vscode.l10n.t('{0} could not be read: {1}', plainText(name), plainText(error.message))
      : describeFailure(name, toFailure(error).kind);
    if (message) { void seams.showError(message); }
    return message;
  };
  const open = async (original: vscode.Uri, options?: vscode.TextDocumentShowOptions): Promise<Opened> => {
    const uri = policyTextUri(original);
    let converted;
    try {
      converted = await documents.load(uri);
    } catch (error) {
      return { message: report(original, error) };
    }
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), options);
    status.notifyProblems(converted);
    return { editor };
  };
  return { open, report };
}

/** The policy-text document a command is about: given (ours or an original), else the active editor's. */
function policyDocumentOf(uri: vscode.Uri | undefined): vscode.Uri | undefined {
  const source = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!source) { return undefined; }
  if (source.scheme === IMPORT_SCHEME) { return originalUri(source) ? source : undefined; }
  return isImportable(source) ? policyTextUri(source) : undefined;
}

export async function saveAsPolicyText(documents: ImportedDocuments, opener: Opener, seams: Seams, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const policyUri = policyDocumentOf(uri);
  const original = policyUri && originalUri(policyUri);
  if (!policyUri || !original) {
    void seams.showInformation(vscode.l10n.t('Open a PDF, Word or HTML file as policy text first, then save it.'));
    return undefined;
  }
  // What the editor shows is what is saved; a file not open is converted for it.
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === policyUri.toString());
  let text: string;
  try {
    text = open ? open.getText() : (await documents.load(policyUri)).text;
  } catch (error) {
    opener.report(original, error);
    return undefined;
  }
  const target = await seams.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(original, '..', savedName(original)),
    filters: { [vscode.l10n.t('Policy Text')]: ['txt'] },
    title: vscode.l10n.t('Save as Policy Text'),
    saveLabel: vscode.l10n.t('Save'),
  });
  if (!target) { return undefined; }
  if (target.toString() === original.toString()) {
    void seams.showError(vscode.l10n.t('{0} is the original file, which is never written: choose another name.', plainText(baseName(original))));
    return undefined;
  }
  const written = await saveText(target, () => (text.endsWith('\n') ? text : `${text}\n`), seams, {
    shownTarget: fullPath(target),
    saved: vscode.l10n.t('Saved {0}.', plainText(vscode.workspace.asRelativePath(target))),
    offerOpen: true,
  });
  return written ? target : undefined;
}

export function registerImportCommands(documents: ImportedDocuments, opener: Opener, seams: Seams): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(OPEN_AS_POLICY_TEXT, async (uri?: vscode.Uri) => {
      let original = uri instanceof vscode.Uri ? uri : undefined;
      if (!original) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          filters: { [vscode.l10n.t('PDF, Word and web pages')]: [...IMPORT_EXTENSIONS] },
          openLabel: vscode.l10n.t('Open as Policy Text'),
          title: vscode.l10n.t('Open as Policy Text'),
        });
        original = picked?.[0];
      }
      if (!original) { return undefined; }
      if (!isImportable(original)) {
        void seams.showInformation(vscode.l10n.t('{0} is not a PDF, Word (.docx) or HTML file: Policy Lens opens those as policy text.', plainText(baseName(original))));
        return undefined;
      }
      return (await opener.open(original, { preview: false })).editor;
    }),
    vscode.commands.registerCommand(SAVE_AS_POLICY_TEXT, (uri?: vscode.Uri) => saveAsPolicyText(documents, opener, seams, uri)),
  );
}
