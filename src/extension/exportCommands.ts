// "Export Annotations as JSON / CSV / Markdown…": the active document's analysis written to a file
// the user picks (default: beside the document). The file is written to a temporary name in the
// same folder and renamed over the target, so a failed write never leaves half a file behind.
import * as vscode from 'vscode';
import { toCsv, toJson, toMarkdown } from '../core/exportFormats';
import { plainText } from '../core/markdown';
import type { Analysis } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { GateResult } from './gate';
import { originalUri } from './import/scheme';
import type { Seams } from './seams';
import { explanationLanguage } from './settings';

export type ExportFormat = 'json' | 'csv' | 'md';

export const EXPORT_COMMANDS: Record<ExportFormat, string> = {
  json: 'policyLens.exportJson',
  csv: 'policyLens.exportCsv',
  md: 'policyLens.exportMarkdown',
};

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `report.txt` → `report.policy-lens.json`; `x.policy.txt` → `x.policy-lens.json`. */
export function exportName(documentUri: vscode.Uri, format: ExportFormat): string {
  let name = baseName(documentUri) || 'document';
  const dot = name.lastIndexOf('.');
  if (dot > 0) { name = name.slice(0, dot); }
  if (name.endsWith('.policy')) { name = name.slice(0, -'.policy'.length); }
  return `${name}.policy-lens.${format}`;
}

function defaultTarget(document: vscode.TextDocument, format: ExportFormat): vscode.Uri | undefined {
  // An opened PDF, Word or HTML file exports beside its original (its own folder is read-only).
  const source = originalUri(document.uri) ?? document.uri;
  const name = exportName(source, format);
  if (!document.isUntitled) { return vscode.Uri.joinPath(source, '..', name); }
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
}

/** Why nothing is exported, and the setting that decides it. The language id is shown as plain text. */
export function skipReason(gate: Exclude<GateResult, { ok: true }>): { message: string; setting?: string } {
  switch (gate.reason) {
    case 'disabled':
      return { message: vscode.l10n.t('Policy Lens is turned off for this document (policyLens.enable): nothing to export.'), setting: 'policyLens.enable' };
    case 'language':
      return { message: vscode.l10n.t('Policy Lens does not analyse documents of language {0}: nothing to export.', plainText(gate.languageId)) };
    case 'notChinese':
      return {
        message: vscode.l10n.t('Nothing to export: only {0} % of this document is Chinese (policyLens.minChineseRatio asks for {1} %).', Math.round(gate.share * 100), Math.round(gate.minimum * 100)),
        setting: 'policyLens.minChineseRatio',
      };
    case 'tooLarge':
      return {
        message: vscode.l10n.t('Nothing to export: the document has {0} characters, more than policyLens.maxDocumentSize ({1}).', gate.size, gate.limit),
        setting: 'policyLens.maxDocumentSize',
      };
    case 'lineTooLong':
      return {
        message: vscode.l10n.t('Nothing to export: line {0} has {1} characters, more than policyLens.maxLineLength ({2}).', gate.line + 1, gate.length, gate.limit),
        setting: 'policyLens.maxLineLength',
      };
    case 'binary':
      return { message: vscode.l10n.t('Nothing to export: the document looks like a binary file.') };
    case 'misdecoded':
      return { message: vscode.l10n.t('Nothing to export: the document is full of undecodable characters; reopen it with the right encoding.') };
  }
}

/** Whether a file or folder is there (any error of stat counts as no). */
async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes beside the target and renames over it: the target is either old or complete. */
async function writeAtomically(target: vscode.Uri, content: string): Promise<void> {
  const temp = vscode.Uri.joinPath(target, '..', `.${baseName(target)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    try { await vscode.workspace.fs.delete(temp); } catch { /* already gone */ }
    throw error;
  }
}

/** The analysis and the text it was made from, for the document's current version. */
async function analysisWithText(cache: AnalysisCache, document: vscode.TextDocument): Promise<{ analysis: Analysis; text: string } | undefined> {
  // Typing during the analysis supersedes it; a few tries catch up with a document being edited.
  for (let attempt = 0; attempt < 5; attempt++) {
    const version = document.version;
    const analysis = await cache.get(document);
    if (analysis && document.version === version) { return { analysis, text: document.getText() }; }
    if (document.isClosed || (!analysis && document.version === version)) { return undefined; }
  }
  return undefined;
}

/** CSV headers and the Markdown report speak the reader's language (policyLens.explanationLanguage); JSON is for programs. */
function render(format: ExportFormat, analysis: Analysis, text: string, document: vscode.TextDocument): string {
  const locale = explanationLanguage(document);
  switch (format) {
    case 'json': return toJson(analysis);
    case 'csv': return toCsv(analysis, text, { locale });
    case 'md': return toMarkdown(analysis, text, { title: baseName(document.uri), locale });
  }
}

const FILTERS: Record<ExportFormat, () => Record<string, string[]>> = {
  json: () => ({ [vscode.l10n.t('JSON')]: ['json'] }),
  csv: () => ({ [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'] }),
  md: () => ({ [vscode.l10n.t('Markdown')]: ['md'] }),
};

const TITLES: Record<ExportFormat, () => string> = {
  json: () => vscode.l10n.t('Export Annotations as JSON'),
  csv: () => vscode.l10n.t('Export Annotations as CSV'),
  md: () => vscode.l10n.t('Export Annotations as Markdown'),
};

// The messages name files, whose names can hold link syntax: each is shown as plain text.

export function describeUnanalysable(name: string): string {
  return vscode.l10n.t('Policy Lens could not analyse {0}; nothing was exported.', plainText(name));
}

export function describeWriteFailure(name: string, reason: string): string {
  return vscode.l10n.t('Could not write {0}: {1}', plainText(name), plainText(reason));
}

export function describeExported(count: number, name: string): string {
  return vscode.l10n.t('Exported {0} annotations to {1}.', count, plainText(name));
}

/** A file's full path (any other file system: its URI), as a failure to write it names it. */
export function fullPath(target: vscode.Uri): string {
  return target.scheme === 'file' ? target.fsPath : target.toString(true);
}

/** How a save command ends, in its own words. */
export interface SaveEnding {
  /** The target as the failure message names it: a full path (fullPath) or a workspace-relative one. */
  shownTarget: string;
  /** The message once the file is written. */
  saved: string;
  /** Whether that message offers to open the written file. */
  offerOpen: boolean;
}

/**
 * The end of every command that saves text to a file the user picked (the exports, "Save as Policy
 * Text…"): asks before replacing an existing file, writes `content()` atomically, reports a failure
 * (describeWriteFailure) or says it is done. True when the file was written.
 */
export async function saveText(target: vscode.Uri, content: () => string, seams: Seams, ending: SaveEnding): Promise<boolean> {
  if (await exists(target) && !await seams.confirmOverwrite(target)) { return false; }
  try {
    await writeAtomically(target, content());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void seams.showError(describeWriteFailure(ending.shownTarget, reason));
    return false;
  }
  if (ending.offerOpen) {
    const open = vscode.l10n.t('Open');
    void seams.showInformation(ending.saved, open).then(answer => {
      if (answer === open) { void vscode.window.showTextDocument(target); }
    });
  } else {
    void seams.showInformation(ending.saved);
  }
  return true;
}

/** Runs one export; resolves to the written file, or undefined when nothing was written. */
export async function exportDocument(format: ExportFormat, cache: AnalysisCache, seams: Seams, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = uri instanceof vscode.Uri
    ? vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) ?? await vscode.workspace.openTextDocument(uri)
    : vscode.window.activeTextEditor?.document;
  if (!document) {
    void seams.showInformation(vscode.l10n.t('Open a document to export its annotations.'));
    return undefined;
  }

  const gate = cache.gate(document);
  if (!gate.ok) {
    const { message, setting } = skipReason(gate);
    const openSettings = vscode.l10n.t('Open Settings');
    void (setting ? seams.showInformation(message, openSettings) : seams.showInformation(message)).then(answer => {
      if (setting && answer === openSettings) { void vscode.commands.executeCommand('workbench.action.openSettings', setting); }
    });
    return undefined;
  }

  const result = await analysisWithText(cache, document);
  if (!result) {
    void seams.showError(describeUnanalysable(vscode.workspace.asRelativePath(document.uri)));
    return undefined;
  }

  const target = await seams.showSaveDialog({
    defaultUri: defaultTarget(document, format),
    filters: FILTERS[format](),
    title: TITLES[format](),
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) { return undefined; }
  const a = result.analysis;
  const count = a.numbers.length + a.dates.length + a.targets.length + a.terms.length;
  const written = await saveText(target, () => render(format, a, result.text, document), seams, {
    shownTarget: fullPath(target),
    saved: describeExported(count, vscode.workspace.asRelativePath(target)),
    offerOpen: true,
  });
  return written ? target : undefined;
}

export function registerExportCommands(cache: AnalysisCache, seams: Seams): vscode.Disposable {
  return vscode.Disposable.from(...(Object.keys(EXPORT_COMMANDS) as ExportFormat[]).map(format =>
    vscode.commands.registerCommand(EXPORT_COMMANDS[format], (uri?: vscode.Uri) => exportDocument(format, cache, seams, uri))));
}
