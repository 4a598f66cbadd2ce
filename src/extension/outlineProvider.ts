// The core outline as document symbols: one provider feeds the Outline view, breadcrumbs, sticky
// scroll and Go to Symbol.
//
// Markdown documents have VS Code's own outline of their # headings. A second provider with
// symbols splits the Outline view into two collapsed groups and puts "Policy Lens ›" in the
// breadcrumbs, so for Markdown this provider gives nothing unless `policyLens.outline.markdown`
// asks for Policy Lens's structure (questions, answers, numbered points) as well; folding of those
// structures is added either way (folding ranges of several providers merge without a split).
import * as vscode from 'vscode';
import type { OutlineKind, OutlineNode } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { OriginLabel } from './import/originHover';
import { MARKDOWN_OUTLINE, markdownOutline } from './settings';

/**
 * One distinct symbol kind (and so icon) per node kind:
 * - article  → File:       a piece standing on its own (title + body)
 * - section  → Namespace:  a heading that groups what follows
 * - question → Interface:  what is asked …
 * - answer   → Class:      … and what fills it in
 * - point    → EnumMember: the enumerated items 一是/二是, （一）, 第一条
 * - speaker  → Event:      a turn in a transcript
 */
export const SYMBOL_KIND: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
  article: vscode.SymbolKind.File,
  section: vscode.SymbolKind.Namespace,
  question: vscode.SymbolKind.Interface,
  answer: vscode.SymbolKind.Class,
  point: vscode.SymbolKind.EnumMember,
  speaker: vscode.SymbolKind.Event,
};

export function kindLabel(kind: OutlineKind): string {
  switch (kind) {
    case 'article': return vscode.l10n.t('article');
    case 'section': return vscode.l10n.t('section');
    case 'question': return vscode.l10n.t('question');
    case 'answer': return vscode.l10n.t('answer');
    case 'point': return vscode.l10n.t('point');
    case 'speaker': return vscode.l10n.t('speaker');
  }
}

/** `originOf`: where a node's text came from in an opened PDF or Word file (`p. 3`), added to its detail. */
export function toSymbols(document: vscode.TextDocument, nodes: readonly OutlineNode[], originOf?: OriginLabel): vscode.DocumentSymbol[] {
  const labels = new Map<OutlineKind, string>();
  const convert = (node: OutlineNode): vscode.DocumentSymbol => {
    const range = new vscode.Range(document.positionAt(node.start), document.positionAt(node.end));
    // VS Code rejects a selection outside the full range; clamp rather than lose the node.
    const selection = range.intersection(new vscode.Range(document.positionAt(node.selectionStart), document.positionAt(node.selectionEnd)))
      ?? new vscode.Range(range.start, range.start);
    let label = labels.get(node.kind);
    if (label === undefined) { label = kindLabel(node.kind); labels.set(node.kind, label); }
    const origin = originOf?.(document.uri, node.start);
    const symbol = new vscode.DocumentSymbol(node.name || label, origin ? `${label} · ${origin}` : label, SYMBOL_KIND[node.kind], range, selection);
    symbol.children = node.children.map(convert);
    return symbol;
  };
  return nodes.map(convert);
}

export function registerOutlineSupport(selector: vscode.DocumentSelector, cache: AnalysisCache, originOf?: OriginLabel): vscode.Disposable {
  let registration = registerProvider(selector, cache, originOf);
  return vscode.Disposable.from(
    // VS Code keeps a document's outline until its text changes; registering the provider anew is
    // what makes the Outline view and the breadcrumbs ask again when the setting is switched.
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(MARKDOWN_OUTLINE)) { registration.dispose(); registration = registerProvider(selector, cache, originOf); }
    }),
    { dispose: () => registration.dispose() },
  );
}

function registerProvider(selector: vscode.DocumentSelector, cache: AnalysisCache, originOf?: OriginLabel): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(selector, {
    async provideDocumentSymbols(document, token) {
      // undefined, not []: the built-in Markdown outline stays the only group.
      if (document.languageId === 'markdown' && !markdownOutline(document)) { return undefined; }
      const analysis = await cache.get(document);
      // undefined (not []) for skipped documents, so other providers and fallbacks still apply.
      if (!analysis || token.isCancellationRequested) { return undefined; }
      return toSymbols(document, analysis.outline, originOf);
    },
  }, { label: vscode.l10n.t('Policy Lens') });
}
