// Double-click: PDF and Word files open as policy text by default, web pages on request ("Open
// With…"), through two custom editors (docs/architecture.md, "Opening PDF, Word and web pages").
// A custom editor here is only a doorway: it converts the file, opens the read-only policy-text
// document in its place (same group, same preview state) and closes itself. While the file converts,
// and if it cannot be, the tab says so in a page with no script and no remote content.
import * as vscode from 'vscode';
import { escapeHtml } from '../ledger/html';
import type { Opener } from './commands';
import { baseName } from './scheme';

/** PDF and Word files (priority "default" in package.json). */
export const DOCUMENT_EDITOR = 'policyLens.importedDocument';
/** HTML files (priority "option": the user's own web pages stay in the HTML editor). */
export const WEB_PAGE_EDITOR = 'policyLens.importedWebPage';

function page(message: string): string {
  return `<!DOCTYPE html><html lang="${escapeHtml(vscode.env.language)}"><head><meta charset="utf-8">`
    + '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';">'
    + `</head><body><p>${escapeHtml(message)}</p></body></html>`;
}

function tabOf(uri: vscode.Uri, viewType: string): vscode.Tab | undefined {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (tab.input instanceof vscode.TabInputCustom && tab.input.viewType === viewType && tab.input.uri.toString() === uri.toString()) { return tab; }
    }
  }
  return undefined;
}

class Doorway implements vscode.CustomReadonlyEditorProvider {
  constructor(private readonly viewType: string, private readonly opener: Opener) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    let closed = false;
    panel.onDidDispose(() => { closed = true; });
    panel.webview.options = { enableScripts: false, enableCommandUris: false, localResourceRoots: [] };
    panel.webview.html = page(vscode.l10n.t('Converting {0} to policy text…', baseName(document.uri)));
    const tab = tabOf(document.uri, this.viewType);
    const opened = await this.opener.open(document.uri, { viewColumn: panel.viewColumn, preview: tab?.isPreview ?? false });
    if (closed) { return; }
    if (!opened.editor) {
      // The notification said it too; the tab keeps the line until it is closed.
      panel.webview.html = page(opened.message ?? vscode.l10n.t('The conversion of {0} was cancelled.', baseName(document.uri)));
      return;
    }
    const stillOpen = tabOf(document.uri, this.viewType);
    if (stillOpen) { await vscode.window.tabGroups.close(stillOpen); } else { panel.dispose(); }
  }
}

export function registerCustomEditors(opener: Opener): vscode.Disposable {
  const options = { supportsMultipleEditorsPerDocument: true };
  return vscode.Disposable.from(
    vscode.window.registerCustomEditorProvider(DOCUMENT_EDITOR, new Doorway(DOCUMENT_EDITOR, opener), options),
    vscode.window.registerCustomEditorProvider(WEB_PAGE_EDITOR, new Doorway(WEB_PAGE_EDITOR, opener), options),
  );
}
