// Inlay hints (off by default): after a number its normalised value where the text does not show
// it plainly, after a relative date its resolved range. Only the requested range is visited, found
// by binary search over the sorted spans.
import * as vscode from 'vscode';
import { explainAnnotation, type ExplainedKind } from '../core/explain';
import { inlineHint } from '../core/explainText';
import { previousSpanBefore } from '../core/spanIndex';
import type { Analysis, Span } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { explanationLanguage, HIGHLIGHT_SECTION, inlayHintsEnabled, kindEnabled, SECTION } from './settings';

/** Index of the first span ending after `offset`: where a visit of [offset, …) starts. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  return previousSpanBefore(spans, offset) + 1;
}

export function hintsIn(document: vscode.TextDocument, analysis: Analysis, range: vscode.Range): vscode.InlayHint[] {
  const lang = explanationLanguage(document);
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const hints: vscode.InlayHint[] = [];
  const visit = (kind: ExplainedKind, spans: readonly Span[]): void => {
    if (!kindEnabled(kind, document)) { return; }
    for (let i = firstEndingAfter(spans, from); i < spans.length && spans[i].start < to; i++) {
      const label = inlineHint(explainAnnotation(kind, spans[i], analysis), lang);
      if (label === null) { continue; }
      const hint = new vscode.InlayHint(document.positionAt(spans[i].end), label, vscode.InlayHintKind.Type);
      hint.paddingLeft = true;
      hints.push(hint);
    }
  };
  visit('number', analysis.numbers);
  visit('date', analysis.dates);
  return hints.sort((a, b) => a.position.compareTo(b.position));
}

export function registerInlayHintSupport(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    async provideInlayHints(document, range, token) {
      if (!inlayHintsEnabled(document)) { return []; }
      const analysis = await cache.get(document);
      if (!analysis || token.isCancellationRequested) { return []; }
      return hintsIn(document, analysis, range);
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerInlayHintsProvider(selector, provider),
    // A new analysis moves or changes the hints; a settings change may switch them or their language.
    cache.onDidAnalyze(() => changed.fire()),
    cache.onDidInvalidate(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${SECTION}.inlayHints`) || e.affectsConfiguration(`${SECTION}.explanationLanguage`)
        || e.affectsConfiguration(HIGHLIGHT_SECTION)) { changed.fire(); }
    }),
  );
}
