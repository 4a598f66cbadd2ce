// "Every paragraph knows its page": over an annotation of an opened file the hover adds where its
// paragraph came from (`p. 3 · report.pdf`, or the Word table row). A provider of its own, next to the
// explanations of hoverProvider.ts, answering only where that one does.
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/markdown';
import { findSpanAt } from '../../core/spanIndex';
import type { Span } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';
import { type AnnotationKind, kindEnabled } from '../settings';
import { baseName, IMPORT_SCHEME, originalUri } from './scheme';

/** Where the text at an offset of a document came from, as a short label; undefined when unknown. */
export type OriginLabel = (uri: vscode.Uri, offset: number) => string | undefined;

/** The innermost highlighted annotation at `offset` (the one the explanation hover's range covers). */
function innermost(analysis: NonNullable<Awaited<ReturnType<AnalysisCache['get']>>>, offset: number, document: vscode.TextDocument): Span | undefined {
  const kinds: [AnnotationKind, readonly Span[]][] = [['number', analysis.numbers], ['date', analysis.dates], ['term', analysis.terms], ['target', analysis.targets]];
  let inner: Span | undefined;
  for (const [kind, spans] of kinds) {
    const i = findSpanAt(spans, offset);
    if (i < 0 || !kindEnabled(kind, document)) { continue; }
    if (!inner || spans[i].end - spans[i].start < inner.end - inner.start) { inner = spans[i]; }
  }
  return inner;
}

export function registerOriginHover(cache: AnalysisCache, labelAt: OriginLabel): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ scheme: IMPORT_SCHEME }, {
    async provideHover(document, position, token) {
      const offset = document.offsetAt(position);
      const label = labelAt(document.uri, offset);
      const original = originalUri(document.uri);
      if (!label || !original) { return undefined; }
      const analysis = await cache.get(document);
      if (!analysis || token.isCancellationRequested) { return undefined; }
      const span = innermost(analysis, offset, document);
      if (!span) { return undefined; }
      const md = new vscode.MarkdownString(undefined, false);
      md.isTrusted = false;
      md.supportHtml = false;
      md.appendMarkdown(escapeMarkdown(`${label} · ${baseName(original)}`));
      return new vscode.Hover(md, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
    },
  });
}
