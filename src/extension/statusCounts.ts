// The legend in the status bar: one count per kind for the active document, each in its kind's
// colour (a contributed theme colour, `policyLens.numberForeground` …) with the icon the language
// status pop-up shows for it, and each a button that goes to the next annotation of its kind.
// Its tooltip shows the kind as the editor highlights it (the decoration's own theme colours).
// Hidden while the document is skipped or the kind is switched off (policyLens.highlight.*, Toggle
// Highlights). Each item has a name, so the status bar's context menu can hide it.
import * as vscode from 'vscode';
import { ANNOTATION_KINDS } from '../core/spanIndex';
import type { AnnotationKind } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { countsOf, countWords, KIND_ICON } from './languageStatus';
import { commandId } from './navigation';
import { HIGHLIGHT_SECTION, kindEnabled } from './settings';
import { LANGUAGES } from './gate';

/** Right of the editor's position and indentation items, left of the language status. */
const PRIORITY = 100.2;

/** The decoration colours of each kind (contributes.colors), for the tooltip's sample. */
const SAMPLE_STYLE: Readonly<Record<AnnotationKind, string>> = {
  number: 'color:var(--vscode-policyLens-numberForeground);background-color:var(--vscode-policyLens-numberBackground);border-radius:3px;',
  date: 'color:var(--vscode-policyLens-dateForeground);background-color:var(--vscode-policyLens-dateBackground);border-radius:3px;',
  target: 'color:var(--vscode-policyLens-targetForeground);',
  term: 'color:var(--vscode-policyLens-termForeground);',
};

function kindName(kind: AnnotationKind): string {
  switch (kind) {
    case 'number': return vscode.l10n.t('Policy Lens: Numbers');
    case 'date': return vscode.l10n.t('Policy Lens: Dates');
    case 'target': return vscode.l10n.t('Policy Lens: Targets');
    case 'term': return vscode.l10n.t('Policy Lens: Terms');
  }
}

function nextLabel(kind: AnnotationKind): string {
  switch (kind) {
    case 'number': return vscode.l10n.t('Click to go to the next number.');
    case 'date': return vscode.l10n.t('Click to go to the next date.');
    case 'target': return vscode.l10n.t('Click to go to the next target.');
    case 'term': return vscode.l10n.t('Click to go to the next term.');
  }
}

/** What one count shows (for tests through the API). */
export interface CountItem {
  kind: AnnotationKind;
  text: string;
  /** The theme colour id of its text. */
  color: string;
  command: string;
  visible: boolean;
}

export interface StatusCounts extends vscode.Disposable {
  current(): CountItem[];
}

export function registerStatusCounts(cache: AnalysisCache, highlightsOn: () => boolean, onDidToggle: vscode.Event<void>): StatusCounts {
  const items = new Map<AnnotationKind, { item: vscode.StatusBarItem; view: CountItem }>();
  for (const kind of ANNOTATION_KINDS) {
    const item = vscode.window.createStatusBarItem(`policyLens.count.${kind}`, vscode.StatusBarAlignment.Right, PRIORITY);
    item.name = kindName(kind);
    const color = `policyLens.${kind}Foreground`;
    item.color = new vscode.ThemeColor(color);
    item.command = commandId('next', kind);
    items.set(kind, { item, view: { kind, text: '', color, command: item.command, visible: false } });
  }

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const ours = document !== undefined && LANGUAGES.includes(document.languageId);
    const last = ours ? cache.peek(document.uri) : undefined;
    const analysed = ours && last !== undefined && cache.gate(document).ok;
    const counts = analysed ? countsOf(last.analysis) : undefined;
    for (const [kind, { item, view }] of items) {
      const visible = counts !== undefined && highlightsOn() && kindEnabled(kind, document);
      view.visible = visible;
      if (!visible || !counts) { item.hide(); continue; }
      view.text = `${KIND_ICON[kind]} ${counts[kind]}`;
      item.text = view.text;
      const words = countWords(kind, counts[kind]);
      const tooltip = new vscode.MarkdownString(undefined, true);
      tooltip.supportHtml = true;
      tooltip.isTrusted = false;
      tooltip.appendMarkdown(`<span style="${SAMPLE_STYLE[kind]}">&nbsp;${words}&nbsp;</span>`);
      tooltip.appendText(`\n\n${nextLabel(kind)}`);
      item.tooltip = tooltip;
      item.accessibilityInformation = { label: `${words}. ${nextLabel(kind)}` };
      item.show();
    }
  };

  const initial = setTimeout(update, 0);
  const disposable = vscode.Disposable.from(
    ...[...items.values()].map(x => x.item),
    { dispose: () => clearTimeout(initial) },
    vscode.window.onDidChangeActiveTextEditor(update),
    cache.onDidAnalyze(e => { if (e.document === vscode.window.activeTextEditor?.document) { update(); } }),
    onDidToggle(update),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(HIGHLIGHT_SECTION)) { update(); } }),
  );
  return {
    current: () => [...items.values()].map(x => ({ ...x.view })),
    dispose: () => disposable.dispose(),
  };
}
