// The language status item: what Policy Lens found in the active document — the count of each
// kind with the icon its coloured count in the status bar carries (statusCounts.ts, the legend) and
// the document date — with a link to the Targets view; or why it skipped the document
// (docs/architecture.md: limits are visible). The row stays short, so the pop-up fits the window.
import * as vscode from 'vscode';
import { plainText } from '../core/markdown';
import { ANNOTATION_KINDS } from '../core/spanIndex';
import type { Analysis, AnnotationKind, DocumentDate } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { GateResult } from './gate';

export interface StatusView {
  text: string;
  detail: string;
  severity: vscode.LanguageStatusSeverity;
  /** Command id behind the item's link, and its arguments. */
  command?: vscode.Command;
  /** For an analysed document: how many of each kind it holds. */
  counts?: Readonly<Record<AnnotationKind, number>>;
}

/** The codicon of each kind, in the pop-up and on its coloured count in the status bar. */
export const KIND_ICON: Readonly<Record<AnnotationKind, string>> = {
  number: '$(symbol-number)', date: '$(calendar)', target: '$(target)', term: '$(book)',
};

/** The command that shows the Targets & Deadlines view (VS Code makes `<view id>.focus`). */
const SHOW_TARGETS = 'policyLens.targets.focus';

export function countsOf(analysis: Analysis): Record<AnnotationKind, number> {
  return { number: analysis.numbers.length, date: analysis.dates.length, target: analysis.targets.length, term: analysis.terms.length };
}

/** "12 numbers", "3 dates": one kind's count in words. */
export function countWords(kind: AnnotationKind, n: number): string {
  switch (kind) {
    case 'number': return vscode.l10n.t('{0} numbers', n);
    case 'date': return vscode.l10n.t('{0} dates', n);
    case 'target': return vscode.l10n.t('{0} targets', n);
    case 'term': return vscode.l10n.t('{0} terms', n);
  }
}

/** Where the document date came from, naming the command or the setting that gave it. */
function sourceLabel(date: DocumentDate): string {
  switch (date.source) {
    case 'dateline': return vscode.l10n.t('dateline');
    case 'header': return vscode.l10n.t('header');
    case 'signature': return vscode.l10n.t('signature');
    case 'setting':
      return date.setBy === 'command' ? vscode.l10n.t('Set Document Date…')
        : date.setBy === 'setting' ? vscode.l10n.t('setting policyLens.referenceDate') : vscode.l10n.t('setting');
  }
}

function openSetting(id: string): vscode.Command {
  return { title: vscode.l10n.t('Open Setting'), command: 'workbench.action.openSettings', arguments: [id] };
}

/** The kind an analysis limit names (Analysis.limit), as the counts name it. */
const LIMIT_KIND: Readonly<Record<NonNullable<Analysis['limit']>['kind'], AnnotationKind>> = {
  numbers: 'number', dates: 'date', targets: 'target', terms: 'term',
};

export function describeAnalysis(analysis: Analysis): StatusView {
  const date = analysis.documentDate;
  const counts = countsOf(analysis);
  const dated = date
    ? vscode.l10n.t('document date {0} ({1})', date.date, sourceLabel(date))
    : vscode.l10n.t('no document date found');
  // A text denser than any document keeps only its first MAX_PER_KIND annotations of a kind (src/core/analyze.ts): say where they stop.
  const limit = analysis.limit;
  const format = new Intl.NumberFormat(vscode.env.language);
  return {
    text: ANNOTATION_KINDS.map(k => `${KIND_ICON[k]} ${counts[k]}`).join('  '),
    detail: limit
      ? vscode.l10n.t('{0}; annotated only up to character {1}: more than {2}', dated, format.format(limit.end), countWords(LIMIT_KIND[limit.kind], limit.max))
      : dated,
    severity: limit ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
    command: { title: vscode.l10n.t('Targets'), tooltip: vscode.l10n.t('Show the Targets & Deadlines view'), command: SHOW_TARGETS },
    counts,
  };
}

export function describeSkip(gate: Exclude<GateResult, { ok: true }>): StatusView {
  const format = new Intl.NumberFormat(vscode.env.language);
  const skipped = vscode.l10n.t('Policy Lens: skipped');
  switch (gate.reason) {
    case 'disabled':
      return { text: vscode.l10n.t('Policy Lens: off'), detail: vscode.l10n.t('disabled by policyLens.enable'),
        severity: vscode.LanguageStatusSeverity.Information, command: openSetting('policyLens.enable') };
    case 'language':
      return { text: skipped, detail: vscode.l10n.t('language {0} is not supported', plainText(gate.languageId)),
        severity: vscode.LanguageStatusSeverity.Information };
    case 'notChinese':
      return { text: skipped,
        detail: vscode.l10n.t('{0} % Chinese (minimum {1} %)', Math.round(gate.share * 100), Math.round(gate.minimum * 100)),
        severity: vscode.LanguageStatusSeverity.Information, command: openSetting('policyLens.minChineseRatio') };
    case 'tooLarge':
      return { text: skipped,
        detail: vscode.l10n.t('too large: {0} characters (limit {1}) — raise policyLens.maxDocumentSize', format.format(gate.size), format.format(gate.limit)),
        severity: vscode.LanguageStatusSeverity.Warning, command: openSetting('policyLens.maxDocumentSize') };
    case 'lineTooLong':
      return { text: skipped,
        detail: vscode.l10n.t('line {0} has {1} characters (limit {2}) — raise policyLens.maxLineLength', gate.line + 1, format.format(gate.length), format.format(gate.limit)),
        severity: vscode.LanguageStatusSeverity.Warning, command: openSetting('policyLens.maxLineLength') };
    case 'binary':
      return { text: skipped, detail: vscode.l10n.t('looks like a binary file'), severity: vscode.LanguageStatusSeverity.Information };
    case 'misdecoded':
      return { text: skipped,
        detail: vscode.l10n.t('{0} % undecodable characters (U+FFFD) — reopen with the right encoding', Math.round(gate.replacementRatio * 100)),
        severity: vscode.LanguageStatusSeverity.Warning,
        command: { title: vscode.l10n.t('Reopen with Encoding'), command: 'workbench.action.editor.changeEncoding' } };
  }
}

export interface LanguageStatus extends vscode.Disposable {
  /** What the item shows now (for tests), or undefined before the first update. */
  current(): StatusView | undefined;
}

export function registerLanguageStatus(selector: vscode.DocumentSelector, cache: AnalysisCache): LanguageStatus {
  const item = vscode.languages.createLanguageStatusItem('policyLens.status', selector);
  item.name = vscode.l10n.t('Policy Lens');
  let shown: StatusView | undefined;

  const show = (view: StatusView, busy: boolean) => {
    shown = view;
    item.text = view.text;
    item.detail = view.detail;
    // Screen readers hear the counts in words, not the icons.
    item.accessibilityInformation = view.counts
      ? { label: `${ANNOTATION_KINDS.map(k => countWords(k, view.counts![k])).join(', ')}. ${view.detail}` }
      : undefined;
    item.severity = view.severity;
    item.command = view.command;
    item.busy = busy;
  };

  const isActive = (document: vscode.TextDocument) => vscode.window.activeTextEditor?.document === document;

  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || vscode.languages.match(selector, document) === 0) { return; }
    const gate = cache.gate(document);
    if (!gate.ok) { show(describeSkip(gate), false); return; }
    // Keep the last counts while the new version is analysed: no flicker.
    const last = cache.peek(document.uri);
    if (last) {
      show(describeAnalysis(last.analysis), last.version !== document.version);
    } else {
      show({ text: vscode.l10n.t('Policy Lens: analysing…'), detail: '', severity: vscode.LanguageStatusSeverity.Information }, true);
    }
    const analysis = await cache.get(document);
    if (analysis && isActive(document)) { show(describeAnalysis(analysis), false); }
  };

  // Deferred: activation only registers; the first analysis starts on the next turn.
  const initial = setTimeout(() => { void update(); }, 0);

  const disposable = vscode.Disposable.from(
    item,
    { dispose: () => clearTimeout(initial) },
    vscode.window.onDidChangeActiveTextEditor(() => { void update(); }),
    cache.onDidAnalyze(e => {
      if (!isActive(e.document)) { return; }
      if (e.analysis) { show(describeAnalysis(e.analysis), false); } else if (!e.gate.ok) { show(describeSkip(e.gate), false); }
    }),
  );
  return { current: () => shown, dispose: () => disposable.dispose() };
}
