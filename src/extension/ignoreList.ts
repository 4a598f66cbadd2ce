// "Not a number here": what a spell checker's "Add to dictionary" is for words. A quick fix on any
// annotation (Ctrl+. / Quick Fix…) records its kind and text in the setting `policyLens.ignore`,
// in the workspace's settings, so the phrase is highlighted nowhere in the workspace again; the
// core drops it (AnalyzeOptions.ignore, docs/annotation.md §6), and the cache re-analyses when the
// setting changes (any policyLens.* change does). "Manage Ignored Phrases…" lists the entries and
// removes the chosen ones.
//
// The quick fixes are offered when asked for (Ctrl+., the context menu), not on every caret move:
// a light bulb on every number of a report would stand in the way of reading.
import * as vscode from 'vscode';
import { plainText } from '../core/markdown';
import { ANNOTATION_KINDS, findSpanAt, spansOfKind } from '../core/spanIndex';
import type { AnnotationKind, IgnoreEntry, Span } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { Seams } from './seams';
import { kindEnabled, readIgnoreList, SECTION } from './settings';

export const IGNORE_COMMAND = 'policyLens.ignoreAnnotation';
export const MANAGE_IGNORED = 'policyLens.manageIgnored';

/** The quick fix's title, with the phrase (document text, shown as a plain-text title). */
function ignoreTitle(kind: AnnotationKind, text: string): string {
  const phrase = plainText(text, 40);
  switch (kind) {
    case 'number': return vscode.l10n.t('Not a number here: “{0}”', phrase);
    case 'date': return vscode.l10n.t('Not a date here: “{0}”', phrase);
    case 'target': return vscode.l10n.t('Not a target here: “{0}”', phrase);
    case 'term': return vscode.l10n.t('Not a term here: “{0}”', phrase);
  }
}

function ignoredKindLabel(kind: AnnotationKind): string {
  switch (kind) {
    case 'number': return vscode.l10n.t('number');
    case 'date': return vscode.l10n.t('date');
    case 'target': return vscode.l10n.t('target');
    case 'term': return vscode.l10n.t('term');
  }
}

/**
 * Where the list is written: at the most specific level that holds it now (so what is in force
 * stays in force), else the workspace (it travels with the folder), else the user's settings
 * when no folder is open.
 */
async function writeList(scope: vscode.Uri | undefined, next: readonly IgnoreEntry[]): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const info = config.inspect<unknown>('ignore');
  const target = info?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : info?.workspaceValue !== undefined || (vscode.workspace.workspaceFolders?.length ?? 0) > 0 ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  // An emptied list stays [] where a less specific level holds one, so that one does not come back.
  const below = target === vscode.ConfigurationTarget.Global ? undefined
    : target === vscode.ConfigurationTarget.Workspace ? info?.globalValue : info?.workspaceValue ?? info?.globalValue;
  await config.update('ignore', next.length > 0 ? next.map(e => ({ kind: e.kind, text: e.text })) : below !== undefined ? [] : undefined, target);
}

/** Adds an entry (once) to the list in force for `scope`. */
async function ignorePhrase(scope: vscode.Uri | undefined, entry: IgnoreEntry): Promise<boolean> {
  const { entries } = readIgnoreList(scope);
  if (entries.some(e => e.kind === entry.kind && e.text === entry.text)) { return false; }
  await writeList(scope, [...entries, entry]);
  return true;
}

interface IgnoredItem extends vscode.QuickPickItem { entry: IgnoreEntry }

export function registerIgnoreSupport(selector: vscode.DocumentSelector, cache: AnalysisCache, seams: Seams): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(document, range, context, token) {
      if (context.triggerKind !== vscode.CodeActionTriggerKind.Invoke) { return undefined; }
      if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) { return undefined; }
      const analysis = await cache.get(document);
      if (!analysis || token.isCancellationRequested) { return undefined; }
      const offset = document.offsetAt(range.start);
      const hits: Span[] = [];
      const kinds: AnnotationKind[] = [];
      for (const kind of ANNOTATION_KINDS) {
        if (!kindEnabled(kind, document)) { continue; }
        const spans = spansOfKind(analysis, kind);
        const i = findSpanAt(spans, offset);
        if (i >= 0) { hits.push(spans[i]); kinds.push(kind); }
      }
      // The innermost first: a number inside a target is what the reader pointed at.
      const order = hits.map((_, i) => i).sort((x, y) => (hits[x].end - hits[x].start) - (hits[y].end - hits[y].start));
      return order.map(i => {
        const entry: IgnoreEntry = { kind: kinds[i], text: hits[i].text };
        const action = new vscode.CodeAction(ignoreTitle(entry.kind, entry.text), vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: IGNORE_COMMAND, arguments: [entry, document.uri] };
        return action;
      });
    },
  };

  const ignore = async (entry?: IgnoreEntry, uri?: vscode.Uri): Promise<boolean> => {
    if (!entry || !ANNOTATION_KINDS.includes(entry.kind) || typeof entry.text !== 'string' || entry.text === '') { return false; }
    const scope = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    const added = await ignorePhrase(scope, { kind: entry.kind, text: entry.text });
    vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Lens: “{0}” is no longer highlighted as a {1}. Manage Ignored Phrases… brings it back.',
      plainText(entry.text, 40), ignoredKindLabel(entry.kind)), 6000);
    return added;
  };

  /** Lists the entries in force; removes the chosen ones. Resolves to the removed entries. */
  const manage = async (): Promise<IgnoreEntry[]> => {
    const scope = vscode.window.activeTextEditor?.document.uri;
    const { entries } = readIgnoreList(scope);
    if (entries.length === 0) {
      void seams.showInformation(vscode.l10n.t('Policy Lens ignores no phrases yet. Use the quick fix “Not a number here” (Ctrl+.) on a wrong highlight.'));
      return [];
    }
    // Document text as plain text: a quick pick label would draw `$(name)` as an icon.
    const items: IgnoredItem[] = entries.map(entry => ({ label: plainText(entry.text, 120), description: ignoredKindLabel(entry.kind), entry }));
    const chosen = await seams.showQuickPickMany(items, {
      title: vscode.l10n.t('Ignored phrases'),
      placeHolder: vscode.l10n.t('Choose the phrases to highlight again'),
    });
    if (!chosen || chosen.length === 0) { return []; }
    const removed = new Set(chosen.map(c => c.entry));
    await writeList(scope, entries.filter(e => !removed.has(e)));
    return chosen.map(c => c.entry);
  };

  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(IGNORE_COMMAND, ignore),
    vscode.commands.registerCommand(MANAGE_IGNORED, manage),
  );
}
