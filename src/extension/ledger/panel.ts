// The ledger view: one webview panel showing the last comparison (session.ts) as a table
// (html.ts, media/ledger/). A figure opens its place in its document; the table is exported as CSV
// or Markdown; an undated document's column offers "Set Document Date…". The panel follows the
// comparison as it changes, and the explanation language as it is set.
import * as vscode from 'vscode';
import { ledgerCsvPieces, ledgerMarkdownPieces, ledgerTable, type LedgerPlace, type LedgerTable } from '../../core/ledger';
import { plainText } from '../../core/markdown';
import { saveText } from '../exportCommands';
import { SET_REFERENCE_DATE } from '../referenceDate';
import type { Seams } from '../seams';
import { explanationLanguage, SECTION } from '../settings';
import { ledgerBodyHtml, ledgerPageHtml, type LedgerUiStrings } from './html';
import type { Comparison, LedgerSession } from './session';

export const LEDGER_VIEW_TYPE = 'policyLens.ledger';

export type LedgerExportFormat = 'csv' | 'md';

type Message =
  | { type: 'open'; row: number; col: number; which: 'target' | 'outcome' }
  | { type: 'export'; format: LedgerExportFormat }
  | { type: 'setDate'; col: number };

function isMessage(m: unknown): m is Message {
  if (typeof m !== 'object' || m === null) { return false; }
  const x = m as Record<string, unknown>;
  switch (x.type) {
    case 'open': return Number.isInteger(x.row) && Number.isInteger(x.col) && (x.which === 'target' || x.which === 'outcome');
    case 'export': return x.format === 'csv' || x.format === 'md';
    case 'setDate': return Number.isInteger(x.col);
    default: return false;
  }
}

function uiStrings(c: Comparison): LedgerUiStrings {
  const read = c.documents.filter(d => d.status === 'ok').length;
  const leftOut = c.documents.filter(d => d.status !== 'ok').map(d => plainText(d.name));
  const parts = [
    leftOut.length > 0 ? vscode.l10n.t('Left out (not Chinese enough, too large, or unreadable): {0}', leftOut.join(', ')) : '',
    c.capped ? vscode.l10n.t('A folder held more files than are compared.') : '',
  ].filter(Boolean);
  return {
    exportCsv: vscode.l10n.t('Export CSV…'),
    exportMarkdown: vscode.l10n.t('Export Markdown…'),
    setDocumentDate: vscode.l10n.t('Set Document Date…'),
    summary: vscode.l10n.t('{0} documents · {1} indicators', read, c.ledger.rows.length),
    empty: vscode.l10n.t('None of these documents sets or reports a figure for an indicator the ledger knows (GDP growth, new urban jobs, …).'),
    leftOut: parts.join(' '),
    openIn: (figure, document) => vscode.l10n.t('Open {0} in {1}', figure, document),
  };
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export class LedgerPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private table: LedgerTable | undefined;
  private body = '';
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly media: vscode.Uri;

  constructor(extensionUri: vscode.Uri, private readonly session: LedgerSession, private readonly seams: Seams) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media', 'ledger');
    this.subscriptions.push(
      session.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(`${SECTION}.explanationLanguage`)) { this.update(); } }),
    );
  }

  /** What the panel shows now: the table (in the explanation language), the page and its current body; undefined while closed. */
  get shown(): { table: LedgerTable; page: string; body: string } | undefined {
    return this.panel && this.table ? { table: this.table, page: this.panel.webview.html, body: this.body } : undefined;
  }

  /** Shows the panel (opening it beside the editor), with the current comparison. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(LEDGER_VIEW_TYPE, vscode.l10n.t('Target Ledger'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      localResourceRoots: [this.media],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    panel.onDidDispose(() => { this.panel = undefined; this.table = undefined; }, undefined, this.subscriptions);
    panel.webview.onDidReceiveMessage(m => { if (isMessage(m)) { void this.handle(m); } }, undefined, this.subscriptions);
    // a hidden webview loses its page: it is rendered whole when shown again
    panel.onDidChangeViewState(e => { if (e.webviewPanel.visible) { this.render(true); } }, undefined, this.subscriptions);
    this.render(true);
  }

  /** Opens the place of a cell's target or achieved figure in its document. */
  async open(row: number, col: number, which: 'target' | 'outcome'): Promise<vscode.TextEditor | undefined> {
    const cell = this.table?.rows[row]?.cells[col];
    const place = which === 'target' ? cell?.targetPlace : cell?.outcomePlace;
    return place ? this.reveal(place) : undefined;
  }

  /** Writes the table as CSV or Markdown to a file the user picks; the file written, or undefined. */
  async export(format: LedgerExportFormat): Promise<vscode.Uri | undefined> {
    const c = this.session.comparison;
    const table = this.table ?? (c ? ledgerTable(c.ledger, explanationLanguage()) : undefined);
    if (!c || !table) {
      void this.seams.showInformation(vscode.l10n.t('Compare the targets of some documents first (Compare Targets…).'));
      return undefined;
    }
    const folder = c.documents[0] ? vscode.Uri.joinPath(c.documents[0].uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `target-ledger.${format}`;
    const target = await this.seams.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'csv' ? { [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'] } : { [vscode.l10n.t('Markdown')]: ['md'] },
      title: format === 'csv' ? vscode.l10n.t('Export Target Ledger as CSV') : vscode.l10n.t('Export Target Ledger as Markdown'),
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) { return undefined; }
    const lineOf = (document: string, offset: number) => this.session.documentNamed(document)?.source?.positionAt(offset).line;
    const written = await saveText(target, () => [...(format === 'csv' ? ledgerCsvPieces(c.ledger, table, lineOf) : ledgerMarkdownPieces(table))].join(''), this.seams, {
      shownTarget: vscode.workspace.asRelativePath(target),
      saved: vscode.l10n.t('Exported the target ledger to {0}.', plainText(vscode.workspace.asRelativePath(target))),
      offerOpen: false,
    });
    return written ? target : undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async handle(m: Message): Promise<void> {
    if (m.type === 'open') { await this.open(m.row, m.col, m.which); return; }
    if (m.type === 'export') { await this.export(m.format); return; }
    const column = this.table?.columns[m.col];
    const doc = column?.document ? this.session.documentNamed(column.document) : undefined;
    if (doc) {
      await vscode.commands.executeCommand(SET_REFERENCE_DATE, doc.uri);
      this.session.refresh(doc.uri);
    }
  }

  private async reveal(place: LedgerPlace): Promise<vscode.TextEditor | undefined> {
    const doc = this.session.documentNamed(place.document);
    const source = doc?.source;
    if (!doc || !source) { return undefined; }
    const range = new vscode.Range(source.positionAt(place.start), source.positionAt(place.end));
    const editor = await vscode.window.showTextDocument(doc.uri, { selection: range, viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private update(): void {
    if (this.panel) { this.render(false); }
  }

  /** The page (whole, or only its body, which keeps the focus in the table). */
  private render(whole: boolean): void {
    const c = this.session.comparison;
    if (!this.panel || !c) { return; }
    this.table = ledgerTable(c.ledger, explanationLanguage());
    const ui = uiStrings(c);
    this.body = ledgerBodyHtml(this.table, ui);
    const webview = this.panel.webview;
    if (whole) {
      webview.html = ledgerPageHtml(this.table, ui, {
        nonce: nonce(),
        cspSource: webview.cspSource,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'ledger.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'ledger.css')).toString(),
      });
    } else {
      void webview.postMessage({ type: 'body', html: this.body });
    }
  }
}
