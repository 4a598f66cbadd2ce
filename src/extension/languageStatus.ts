// The language status item: what Policy Lens found in the active document, or why it skipped it
// (docs/architecture.md: limits are visible).
import * as vscode from 'vscode';
import { plainText } from '../core/markdown';
import type { Analysis, DocumentDateSource, OutlineNode } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { GateResult } from './gate';

export interface StatusView {
  text: string;
  detail: string;
  severity: vscode.LanguageStatusSeverity;
  /** Command id behind the item's link, and its arguments. */
  command?: vscode.Command;
}

function countNodes(nodes: readonly OutlineNode[]): number {
  let n = 0;
  for (const node of nodes) { n += 1 + countNodes(node.children); }
  return n;
}

function sourceLabel(source: DocumentDateSource): string {
  switch (source) {
    case 'dateline': return vscode.l10n.t('dateline');
    case 'header': return vscode.l10n.t('header');
    case 'signature': return vscode.l10n.t('signature');
    case 'setting': return vscode.l10n.t('setting');
  }
}

function openSetting(id: string): vscode.Command {
  return { title: vscode.l10n.t('Open Setting'), command: 'workbench.action.openSettings', arguments: [id] };
}

export function describeAnalysis(analysis: Analysis): StatusView {
  const date = analysis.documentDate;
  return {
    text: vscode.l10n.t('Policy Lens: {0} numbers · {1} dates · {2} targets · {3} outline nodes',
      analysis.numbers.length, analysis.dates.length, analysis.targets.length, countNodes(analysis.outline)),
    detail: date
      ? vscode.l10n.t('document date {0} ({1})', date.date, sourceLabel(date.source))
      : vscode.l10n.t('no document date found'),
    severity: vscode.LanguageStatusSeverity.Information,
    command: { title: vscode.l10n.t('Show Outline'), command: 'outline.focus' },
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
