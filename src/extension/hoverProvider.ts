// Hover: the explanation of every annotation under the pointer (innermost first), worded by
// core/explainText in the explanation language and shown as Markdown in which every piece of text
// is escaped (core/markdown.ts, the same escaping as the exports): document text is never trusted markup.
import * as vscode from 'vscode';
import { explain, localIsoDate, type Explanation } from '../core/explain';
import { renderExplanation, type ExplanationLanguage, type ExplanationText } from '../core/explainText';
import { escapeMarkdown } from '../core/markdown';
import type { GlossaryEntry } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { OriginLine } from './import/originHover';
import type { Seams } from './seams';
import { explanationLanguage, kindEnabled } from './settings';

/** The user's glossary entries for a document (as given to analyze), when the extension loads any. */
export type GlossaryLookup = (document: vscode.TextDocument) => readonly GlossaryEntry[] | undefined;

/** One explanation as an untrusted MarkdownString: no HTML, no theme icons, no command links. */
export function explanationMarkdown(text: ExplanationText, lang: ExplanationLanguage): vscode.MarkdownString {
  const colon = lang === 'zh-cn' ? '：' : ': ';
  const lines = [
    `**${escapeMarkdown(text.title)}** · ${escapeMarkdown(text.subject)}`,
    ...text.rows.map(r => `${escapeMarkdown(r.label)}${colon}${escapeMarkdown(r.value)}`),
  ];
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  md.appendMarkdown(lines.join('  \n'));
  return md;
}

/** `originOf`: in an opened PDF or Word file, the line saying where the annotation's paragraph came from (`p. 3 · report.pdf`), shown first. */
export function registerHoverSupport(
  selector: vscode.DocumentSelector, cache: AnalysisCache, seams: Seams, glossaryFor?: GlossaryLookup, originOf?: OriginLine,
): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position, token) {
      const analysis = await cache.get(document);
      if (!analysis || token.isCancellationRequested) { return undefined; }
      const explanations: Explanation[] = explain(analysis, document.offsetAt(position), {
        today: localIsoDate(seams.now()),
        glossary: glossaryFor?.(document),
      }).filter(e => kindEnabled(e.kind, document));
      if (explanations.length === 0) { return undefined; }
      const lang = explanationLanguage(document);
      const inner = explanations[0];
      const origin = originOf?.(document.uri, inner.start);
      return new vscode.Hover(
        [...(origin ? [origin] : []), ...explanations.map(e => explanationMarkdown(renderExplanation(e, lang), lang))],
        new vscode.Range(document.positionAt(inner.start), document.positionAt(inner.end)),
      );
    },
  });
}
