// What an opened file's document says about its origin: a language status item of its own (the
// format and file it came from; a warning when pages were left out, with what to do) and, once per
// document and session, a notification naming the pages left out.
import * as vscode from 'vscode';
import type { Seams } from '../seams';
import type { ImportedDocument, ImportedDocuments } from './documents';
import { describeProblems, formatLabel, leftOutSummary } from './messages';
import { baseName, IMPORT_SCHEME } from './scheme';

export interface ImportStatusView {
  text: string;
  detail: string;
  severity: vscode.LanguageStatusSeverity;
}

export const SAVE_AS_POLICY_TEXT = 'policyLens.saveAsPolicyText';

const ICONS: Readonly<Record<ImportedDocument['format'], string>> = { pdf: '$(file-pdf)', docx: '$(file)', html: '$(globe)' };

function describeImport(document: ImportedDocument): ImportStatusView {
  const leftOut = leftOutSummary(document.problems);
  const name = baseName(document.original);
  return {
    text: `${ICONS[document.format]} ${leftOut ?? formatLabel(document.format)}`,
    detail: describeProblems(name, document.problems) ?? vscode.l10n.t('{0}, read-only', name),
    severity: leftOut ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
  };
}

export interface ImportStatus extends vscode.Disposable {
  /** What the item shows now; undefined when the active editor is no opened file. */
  current(): ImportStatusView | undefined;
  /** Tells once per document what was left out of it. */
  notifyProblems(document: ImportedDocument): void;
}

export function registerImportStatus(documents: ImportedDocuments, seams: Seams): ImportStatus {
  const item = vscode.languages.createLanguageStatusItem('policyLens.importedFile', { scheme: IMPORT_SCHEME });
  item.name = vscode.l10n.t('Policy Lens: opened file');
  item.command = { title: vscode.l10n.t('Save as Policy Text…'), command: SAVE_AS_POLICY_TEXT };
  let view: ImportStatusView | undefined;
  const notified = new Set<string>();

  const update = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const document = uri?.scheme === IMPORT_SCHEME ? documents.get(uri) : undefined;
    view = document ? describeImport(document) : undefined;
    if (view) {
      item.text = view.text;
      item.detail = view.detail;
      item.severity = view.severity;
    }
  };

  const notifyProblems = (document: ImportedDocument): void => {
    const key = document.uri.toString();
    const message = describeProblems(baseName(document.original), document.problems);
    if (!message || notified.has(key)) { return; }
    notified.add(key);
    void seams.showWarning(message);
  };

  update();
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    documents.onDidConvert(({ document, replaced }) => {
      update();
      if (replaced) { notifyProblems(document); }
    }),
    // Opened by a command, restored with the window or reopened: the document says what it lacks.
    vscode.workspace.onDidOpenTextDocument(document => {
      const converted = document.uri.scheme === IMPORT_SCHEME ? documents.get(document.uri) : undefined;
      if (converted) { notifyProblems(converted); }
    }),
  );
  return { current: () => view, notifyProblems, dispose: () => disposable.dispose() };
}
