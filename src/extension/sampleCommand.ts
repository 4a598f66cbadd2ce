// "Open a Sample Document": a public-domain State Council document from the extension's samples/,
// opened as an untitled Policy Text copy (the reader may scribble on it; the installed file stays
// as it is). The walkthrough's first step runs it.
import * as vscode from 'vscode';
import { plainText } from '../core/markdown';
import { POLICY_TEXT } from './policyTextCommand';
import type { Seams } from './seams';

export const OPEN_SAMPLE = 'policyLens.openSample';
/** A State Council opinion with targets, numbers, dates and a signature date (samples/SOURCES.md). */
const SAMPLE = ['samples', 'guobanfa-2018-121-tiyu-jingsai.policy.txt'];

export function registerSampleCommand(extensionUri: vscode.Uri, seams: Seams): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE, async (): Promise<vscode.TextEditor | undefined> => {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE));
      const document = await vscode.workspace.openTextDocument({ content: new TextDecoder().decode(bytes), language: POLICY_TEXT });
      return await vscode.window.showTextDocument(document);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      void seams.showError(vscode.l10n.t('Policy Lens could not open its sample document: {0}', plainText(reason)));
      return undefined;
    }
  });
}
