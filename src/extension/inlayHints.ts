// Inlay hints (off by default): after a number its magnitude where the text does not show it
// plainly, after a relative date its calendar days — only what the line does not already show, and
// never more than VS Code draws uncut on one line (core/inlineHints.ts). The requested range is
// widened to whole lines, so a line spends its budget the same way however it is asked for; only
// those lines are visited, by binary search over the sorted spans.
import * as vscode from 'vscode';
import type { ExplainedKind } from '../core/explain';
import { hintsBetween } from '../core/inlineHints';
import type { Analysis } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { explanationLanguage, HIGHLIGHT_SECTION, inlayHintsEnabled, kindEnabled, SECTION } from './settings';

/** VS Code's own default for editor.inlayHints.maximumLength (characters of hints per line). */
const DEFAULT_MAX_PER_LINE = 43;

function maxPerLine(document: vscode.TextDocument): number {
  const v = vscode.workspace.getConfiguration('editor.inlayHints', document).get<unknown>('maximumLength');
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : DEFAULT_MAX_PER_LINE;
}

export function hintsIn(document: vscode.TextDocument, analysis: Analysis, range: vscode.Range): vscode.InlayHint[] {
  const kinds = new Set<ExplainedKind>((['number', 'date'] as const).filter(k => kindEnabled(k, document)));
  if (kinds.size === 0) { return []; }
  const from = document.offsetAt(new vscode.Position(range.start.line, 0));
  const to = document.offsetAt(document.lineAt(Math.min(range.end.line, document.lineCount - 1)).rangeIncludingLineBreak.end);
  const hints = hintsBetween(analysis, {
    from, to, kinds,
    lang: explanationLanguage(document),
    lineOf: offset => document.positionAt(offset).line,
    maxPerLine: maxPerLine(document),
  });
  return hints.map(h => {
    const hint = new vscode.InlayHint(document.positionAt(h.offset), h.label, vscode.InlayHintKind.Type);
    hint.paddingLeft = true;
    return hint;
  });
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
    // A new analysis moves or changes the hints; a settings change may switch them, their language or their budget.
    cache.onDidAnalyze(() => changed.fire()),
    cache.onDidInvalidate(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${SECTION}.inlayHints`) || e.affectsConfiguration(`${SECTION}.explanationLanguage`)
        || e.affectsConfiguration(HIGHLIGHT_SECTION) || e.affectsConfiguration('editor.inlayHints.maximumLength')) { changed.fire(); }
    }),
  );
}
