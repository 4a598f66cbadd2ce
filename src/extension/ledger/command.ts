// "Compare Targets…" (docs/annotation.md §3, "Indicators"): from the palette, the Targets view's
// title bar, or the Explorer's context menu on several files or a folder. It builds the ledger of
// the chosen documents (session.ts) and shows it (panel.ts); the ledger's exports are commands of
// the panel's title bar as well.
import * as vscode from 'vscode';
import { plainText } from '../../core/markdown';
import type { AnalysisCache } from '../analysisCache';
import { LANGUAGES } from '../gate';
import type { Seams } from '../seams';
import { LedgerPanel } from './panel';
import { LedgerSession, type Comparison } from './session';

export const COMPARE_TARGETS = 'policyLens.compareTargets';
export const EXPORT_LEDGER_CSV = 'policyLens.exportLedgerCsv';
export const EXPORT_LEDGER_MARKDOWN = 'policyLens.exportLedgerMarkdown';

interface SourcePick extends vscode.QuickPickItem {
  uris: () => Thenable<readonly vscode.Uri[] | undefined> | readonly vscode.Uri[];
}

function folderOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) || '/' });
}

/** Asks what to compare: the active document's folder, the open documents, or files and folders chosen in a dialog. */
async function pickSelection(seams: Seams): Promise<readonly vscode.Uri[] | undefined> {
  const picks: SourcePick[] = [];
  const active = vscode.window.activeTextEditor?.document;
  if (active && !active.isUntitled) {
    const folder = folderOf(active.uri);
    picks.push({
      label: vscode.l10n.t('Documents in the folder {0}', plainText(folder.path.slice(folder.path.lastIndexOf('/') + 1) || '/')),
      description: plainText(vscode.workspace.asRelativePath(folder)),
      uris: () => [folder],
    });
  }
  const open = vscode.workspace.textDocuments.filter(d => LANGUAGES.includes(d.languageId) && !d.isClosed && d.uri.scheme !== 'output');
  if (open.length > 0) {
    picks.push({ label: vscode.l10n.t('The open documents ({0})', open.length), uris: () => open.map(d => d.uri) });
  }
  picks.push({
    label: vscode.l10n.t('Choose Files or a Folder…'),
    uris: () => vscode.window.showOpenDialog({
      canSelectFiles: true, canSelectFolders: true, canSelectMany: true,
      defaultUri: active && !active.isUntitled ? folderOf(active.uri) : vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: vscode.l10n.t('Compare'),
    }),
  });
  const pick = await seams.showQuickPick(picks, { title: vscode.l10n.t('Compare Targets'), placeHolder: vscode.l10n.t('Which documents?') });
  return pick ? pick.uris() : undefined;
}

/** The selection a command was given: the Explorer passes the clicked item and the selected ones; code may pass a list. */
function selectionOf(clicked: unknown, selected: unknown): vscode.Uri[] | undefined {
  const uris = (v: unknown): vscode.Uri[] => (Array.isArray(v) ? v.filter((u): u is vscode.Uri => u instanceof vscode.Uri) : v instanceof vscode.Uri ? [v] : []);
  const many = uris(selected);
  if (many.length > 0) { return many; }
  const one = uris(clicked);
  return one.length > 0 ? one : undefined;
}

export interface LedgerFeature extends vscode.Disposable {
  session: LedgerSession;
  panel: LedgerPanel;
}

export function registerLedger(extensionUri: vscode.Uri, cache: AnalysisCache, seams: Seams): LedgerFeature {
  const session = new LedgerSession(cache);
  const panel = new LedgerPanel(extensionUri, session, seams);

  const compare = async (clicked?: unknown, selected?: unknown): Promise<Comparison | undefined> => {
    const selection = selectionOf(clicked, selected) ?? await pickSelection(seams);
    if (!selection || selection.length === 0) { return undefined; }
    const comparison = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Comparing targets…') },
      () => session.compare(selection),
    );
    if (!comparison) { return undefined; }
    if (comparison.documents.length === 0) {
      void seams.showInformation(vscode.l10n.t('There are no .txt or .md files to compare there.'));
      return comparison;
    }
    panel.show();
    return comparison;
  };

  const disposable = vscode.Disposable.from(
    session,
    panel,
    vscode.commands.registerCommand(COMPARE_TARGETS, compare),
    vscode.commands.registerCommand(EXPORT_LEDGER_CSV, () => panel.export('csv')),
    vscode.commands.registerCommand(EXPORT_LEDGER_MARKDOWN, () => panel.export('md')),
  );
  return { session, panel, dispose: () => disposable.dispose() };
}
