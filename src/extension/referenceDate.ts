// The document date relative dates (今年, 去年底…) resolve against, when the text has none or the
// reader knows better: a per-file override (workspace state, "Set Document Date…") or the
// `policyLens.referenceDate` setting for every document without its own. Both reach the core as
// AnalyzeOptions.referenceDate, where the date's source becomes `setting`, with
// referenceDateSetBy saying which of the two gave it (so the hover names the command or the
// setting). Both accept a date typed the Chinese way (2025年7月15日, 2025/7/15: core/dateInput.ts).
import * as vscode from 'vscode';
import { parseDateInput } from '../core/dateInput';
import { plainText } from '../core/markdown';
import type { AnalysisCache } from './analysisCache';
import { LANGUAGES } from './gate';
import type { DocumentDateSetBy } from '../core/types';
import type { Seams } from './seams';
import { describeInvalidReferenceDate, REFERENCE_DATE, referenceDateSetting } from './settings';

export const SET_REFERENCE_DATE = 'policyLens.setReferenceDate';
const STATE_KEY = 'policyLens.referenceDates';

/** What the date prompt says about an entry that is no calendar date (the entry shown as plain text). */
export function describeInvalidEntry(value: string): string {
  return vscode.l10n.t('"{0}" is not a calendar date: enter it as 2024-09-02, 2024/9/2 or 2024年9月2日, or nothing to use the date found in the document.', plainText(value, 59));
}

/** A date given from outside the text, and who gave it. */
export interface GivenDate {
  /** YYYY-MM-DD */
  date: string;
  setBy: Extract<DocumentDateSetBy, 'command' | 'setting'>;
}

export interface DocumentDates {
  /** The date to analyse the document with, or undefined to let the text decide. */
  referenceDateFor(document: vscode.TextDocument | vscode.Uri): string | undefined;
  /** The same, with who gave it: the command for this file, or the setting. */
  givenDateFor(document: vscode.TextDocument | vscode.Uri): GivenDate | undefined;
  /** The per-file override of a document, if any. */
  overrideFor(uri: vscode.Uri): string | undefined;
}

/** Created before the cache (its optionsFor reads it); the command is registered separately. */
export function createDocumentDates(context: vscode.ExtensionContext, seams: Seams): DocumentDates & vscode.Disposable {
  // Last valid setting value per scope: an invalid value is reported and ignored, not applied.
  const lastGood = new Map<string, string>();
  const warned = new Set<string>();

  const scopeKey = (uri: vscode.Uri | undefined) => (uri && vscode.workspace.getWorkspaceFolder(uri)?.uri.toString()) ?? '';

  const settingFor = (uri: vscode.Uri | undefined): string | undefined => {
    const value = referenceDateSetting(uri);
    const key = scopeKey(uri);
    if (value === '') { lastGood.set(key, ''); return undefined; }
    const iso = parseDateInput(value);
    if (iso) { lastGood.set(key, iso); return iso; }
    return lastGood.get(key) || undefined;
  };

  /** Warns once per distinct invalid value, naming the setting. */
  const check = () => {
    const scopes: (vscode.Uri | undefined)[] = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map(f => f.uri)];
    for (const scope of scopes) {
      // Refreshes lastGood from a good value; a bad one leaves it as it was.
      settingFor(scope);
      const value = referenceDateSetting(scope);
      if (value === '' || parseDateInput(value) || warned.has(value)) { continue; }
      warned.add(value);
      const kept = lastGood.get(scopeKey(scope));
      void seams.showWarning(describeInvalidReferenceDate(value, kept));
    }
  };

  const overrides = () => context.workspaceState.get<Record<string, string>>(STATE_KEY) ?? {};
  const overrideFor = (uri: vscode.Uri) => overrides()[uri.toString()];

  // Seed lastGood (and warn about a bad value already in the settings), after activation returns.
  const initial = setTimeout(check, 0);
  const disposable = vscode.Disposable.from(
    { dispose: () => clearTimeout(initial) },
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(REFERENCE_DATE)) { warned.clear(); check(); }
    }),
  );

  const givenDateFor = (document: vscode.TextDocument | vscode.Uri): GivenDate | undefined => {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    const override = overrideFor(uri);
    if (override) { return { date: override, setBy: 'command' }; }
    const setting = settingFor(uri);
    return setting ? { date: setting, setBy: 'setting' } : undefined;
  };

  return {
    referenceDateFor: document => givenDateFor(document)?.date,
    givenDateFor,
    overrideFor,
    dispose: () => disposable.dispose(),
  };
}

/** Writes or clears a per-file override. */
async function storeOverride(context: vscode.ExtensionContext, uri: vscode.Uri, date: string | undefined): Promise<void> {
  const all = { ...(context.workspaceState.get<Record<string, string>>(STATE_KEY) ?? {}) };
  if (date) { all[uri.toString()] = date; } else { delete all[uri.toString()]; }
  await context.workspaceState.update(STATE_KEY, Object.keys(all).length > 0 ? all : undefined);
}

export function registerReferenceDateSupport(context: vscode.ExtensionContext, dates: DocumentDates, cache: AnalysisCache, seams: Seams): vscode.Disposable {
  /** Returns the override now in force for the document (undefined: none), or undefined when nothing changed. */
  const setDate = async (target?: vscode.Uri): Promise<string | undefined> => {
    const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void seams.showInformation(vscode.l10n.t('Open a document to set its document date.'));
      return undefined;
    }
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    const override = dates.overrideFor(uri);
    const current = override
      ?? (document && LANGUAGES.includes(document.languageId) ? (await cache.get(document))?.documentDate?.date : undefined)
      ?? dates.referenceDateFor(uri)
      ?? '';
    const answer = await seams.showInputBox({
      title: vscode.l10n.t('Document date'),
      prompt: vscode.l10n.t('The date relative dates (今年, 去年底, 上月…) resolve against: 2024-09-02, 2024/9/2 or 2024年9月2日. Leave empty to use the date found in the document or policyLens.referenceDate.'),
      placeHolder: vscode.l10n.t('2024-09-02 or 2024年9月2日'),
      value: current,
      validateInput: value => (value.trim() === '' || parseDateInput(value) ? undefined : describeInvalidEntry(value.trim())),
    });
    if (answer === undefined) { return override; } // dismissed
    const typed = answer.trim();
    const value = typed === '' ? '' : parseDateInput(typed);
    if (value === null) {
      void seams.showError(describeInvalidEntry(typed));
      return override;
    }
    if ((value || undefined) === override) { return override; }
    await storeOverride(context, uri, value || undefined);
    // The options of this document changed: drop its analysis so hovers and highlights follow.
    cache.invalidate(uri);
    return value || undefined;
  };

  return vscode.commands.registerCommand(SET_REFERENCE_DATE, setDate);
}
