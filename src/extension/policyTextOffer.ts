// A first view that invites reading: a Chinese plain-text document (one Policy Lens analyses) is
// offered, once, the Policy Text language — wrapped lines and the grammar's first-paint colours
// (package.json configurationDefaults for [policy-text]). Asked through the seams (tests answer
// it), once per document per session; "No" is remembered for the workspace and nothing is asked
// there again. `policyLens.offerPolicyText: false` turns the offer off everywhere.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { POLICY_TEXT } from './policyTextCommand';
import type { Seams } from './seams';
import { offerPolicyText } from './settings';

const DECLINED_KEY = 'policyLens.policyTextDeclined';
/** Documents a reader opened, not output panes, diffs or git views. */
const SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata'];

export type OfferOutcome = 'switched' | 'declined' | 'dismissed';

export interface PolicyTextOffer extends vscode.Disposable {
  /** Settles with the answer to the offer made for a document (for tests), or undefined when none was made. */
  outcomeFor(uri: vscode.Uri): Promise<OfferOutcome> | undefined;
}

export function registerPolicyTextOffer(context: vscode.ExtensionContext, cache: AnalysisCache, seams: Seams): PolicyTextOffer {
  const offered = new Map<string, Promise<OfferOutcome>>();

  const ask = async (document: vscode.TextDocument): Promise<OfferOutcome> => {
    const yes = vscode.l10n.t('Switch to Policy Text');
    const no = vscode.l10n.t('No');
    const answer = await seams.offer(
      vscode.l10n.t('This looks like Chinese policy text. Open it as Policy Text, with wrapped lines and colours from the first moment?'),
      yes, no);
    if (answer === yes) {
      if (!document.isClosed && document.languageId === 'plaintext') { await vscode.languages.setTextDocumentLanguage(document, POLICY_TEXT); }
      return 'switched';
    }
    if (answer === no) {
      await context.workspaceState.update(DECLINED_KEY, true);
      return 'declined';
    }
    return 'dismissed';
  };

  const consider = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || !SCHEMES.includes(document.uri.scheme) || offered.has(key)) { return; }
    if (vscode.window.activeTextEditor?.document !== document) { return; }
    if (context.workspaceState.get<boolean>(DECLINED_KEY) === true || !offerPolicyText(document)) { return; }
    offered.set(key, ask(document));
  };

  const disposable = cache.onDidAnalyze(e => { if (e.analysis) { consider(e.document); } });
  return {
    outcomeFor: uri => offered.get(uri.toString()),
    dispose: () => disposable.dispose(),
  };
}
