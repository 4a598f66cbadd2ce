// "Next/previous number, date, target, term" (or any annotation): a binary search from the
// selection over the sorted spans (docs/architecture.md, rule 3), wrapping around at the ends.
import * as vscode from 'vscode';
import { ANNOTATION_KINDS, nextSpanAfter, spansOfKind } from '../core/spanIndex';
import type { Analysis, AnnotationKind, Span } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { LANGUAGES } from './gate';

export type Direction = 'next' | 'previous';

/** What a navigation command did (its return value, for tests and other commands). */
export interface NavigationResult {
  kind: AnnotationKind | 'any';
  /** Offsets of the span now selected. */
  start: number;
  end: number;
  text: string;
  /** True when the search ran off an end and started again at the other. */
  wrapped: boolean;
}

const CAPITALIZED: Record<AnnotationKind, string> = { number: 'Number', date: 'Date', target: 'Target', term: 'Term' };

/** Command ids, e.g. policyLens.nextNumber; the `any` pair is nextAnnotation/previousAnnotation. */
export function commandId(direction: Direction, kind: AnnotationKind | 'any'): string {
  return `policyLens.${direction}${kind === 'any' ? 'Annotation' : CAPITALIZED[kind]}`;
}

// Spans of one kind do not overlap; across kinds they nest (a target holds numbers), so the merged
// list is ordered by start (then end) and searched by start only.
const merged = new WeakMap<Analysis, Span[]>();
function spansOf(analysis: Analysis, kind: AnnotationKind | 'any'): readonly Span[] {
  if (kind !== 'any') { return spansOfKind(analysis, kind); }
  let all = merged.get(analysis);
  if (!all) {
    all = [...analysis.numbers, ...analysis.dates, ...analysis.targets, ...analysis.terms]
      .sort((a, b) => a.start - b.start || a.end - b.end);
    merged.set(analysis, all);
  }
  return all;
}

/**
 * Index of the span to go to from a selection, and whether it wrapped. A collapsed cursor counts a
 * span starting right at it as "next"; a selection (typically the span we went to last) does not.
 */
export function pick(spans: readonly Span[], selStart: number, collapsed: boolean, direction: Direction): { index: number; wrapped: boolean } | undefined {
  if (spans.length === 0) { return undefined; }
  if (direction === 'next') {
    const i = nextSpanAfter(spans, collapsed ? selStart - 1 : selStart);
    return i === -1 ? { index: 0, wrapped: true } : { index: i, wrapped: false };
  }
  // Last span starting before the selection: one before the first starting at or after it.
  const after = nextSpanAfter(spans, selStart - 1);
  const i = after === -1 ? spans.length - 1 : after - 1;
  return i < 0 ? { index: spans.length - 1, wrapped: true } : { index: i, wrapped: false };
}

function noneMessage(kind: AnnotationKind | 'any'): string {
  switch (kind) {
    case 'number': return vscode.l10n.t('Policy Lens: no numbers in this document');
    case 'date': return vscode.l10n.t('Policy Lens: no dates in this document');
    case 'target': return vscode.l10n.t('Policy Lens: no targets in this document');
    case 'term': return vscode.l10n.t('Policy Lens: no terms in this document');
    case 'any': return vscode.l10n.t('Policy Lens: no annotations in this document');
  }
}

const STATUS_MS = 4000;

export function registerNavigationSupport(cache: AnalysisCache): vscode.Disposable {
  const go = async (direction: Direction, kind: AnnotationKind | 'any'): Promise<NavigationResult | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !LANGUAGES.includes(editor.document.languageId)) { return undefined; }
    const document = editor.document;
    const version = document.version;
    // The current version's offsets; the last finished analysis only when this one is skipped.
    const analysis = await cache.get(document);
    if (!analysis) {
      const gate = cache.gate(document);
      if (gate.ok) { return undefined; } // superseded by an edit while waiting: the next keypress retries
      vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Lens does not analyse this document'), STATUS_MS);
      return undefined;
    }
    if (vscode.window.activeTextEditor !== editor || document.version !== version) { return undefined; }
    const spans = spansOf(analysis, kind);
    const selection = editor.selection;
    const found = pick(spans, document.offsetAt(selection.start), selection.isEmpty, direction);
    if (!found) {
      vscode.window.setStatusBarMessage(noneMessage(kind), STATUS_MS);
      return undefined;
    }
    const span = spans[found.index];
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (found.wrapped) {
      vscode.window.setStatusBarMessage(direction === 'next'
        ? vscode.l10n.t('Policy Lens: reached the end of the document, continued from the beginning')
        : vscode.l10n.t('Policy Lens: reached the beginning of the document, continued from the end'), STATUS_MS);
    }
    return { kind, start: span.start, end: span.end, text: span.text, wrapped: found.wrapped };
  };

  const disposables: vscode.Disposable[] = [];
  for (const kind of [...ANNOTATION_KINDS, 'any'] as const) {
    for (const direction of ['next', 'previous'] as const) {
      disposables.push(vscode.commands.registerCommand(commandId(direction, kind), () => go(direction, kind)));
    }
  }
  return vscode.Disposable.from(...disposables);
}
