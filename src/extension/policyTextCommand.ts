// "Switch Document to Policy Text": the language that turns on the grammar's first-paint colouring.
import * as vscode from 'vscode';
import type { Seams } from './seams';

export const POLICY_TEXT = 'policy-text';
export const SWITCH_COMMAND = 'policyLens.switchToPolicyText';

export function registerPolicyTextCommand(seams: Seams): vscode.Disposable {
  return vscode.commands.registerCommand(SWITCH_COMMAND, async (uri?: vscode.Uri) => {
    // From the explorer or editor title the target arrives as a Uri; from the palette, the active editor.
    const document = uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void seams.showInformation(vscode.l10n.t('Open a document to switch it to Policy Text.'));
      return undefined;
    }
    if (document.languageId === POLICY_TEXT) { return document; }
    return vscode.languages.setTextDocumentLanguage(document, POLICY_TEXT);
  });
}
