// Hover: the explanation of every annotation under the pointer (innermost first), worded by
// core/explainText in the explanation language and shown as Markdown in which every piece of text
// is escaped: document text is never trusted markup.
import * as vscode from 'vscode';
import { explain, localIsoDate, type ExplainedKind, type Explanation } from '../core/explain';
import { renderExplanation, type ExplanationLanguage, type ExplanationText } from '../core/explainText';
import type { GlossaryEntry } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { Seams } from './seams';
import { SECTION } from './settings';

/** The user's glossary entries for a document (as given to analyze), when the extension loads any. */
export type GlossaryLookup = (document: vscode.TextDocument) => readonly GlossaryEntry[] | undefined;

export type ExplanationLanguageSetting = 'auto' | 'en' | 'zh-cn';

/** `policyLens.explanationLanguage`; `auto` follows VS Code's display language (any zh-* → 简体中文). */
export function explanationLanguage(scope?: vscode.ConfigurationScope): ExplanationLanguage {
  const v = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('explanationLanguage');
  if (v === 'en' || v === 'zh-cn') { return v; }
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

const KIND_SETTING: Readonly<Record<ExplainedKind, string>> = {
  number: 'numbers', date: 'dates', target: 'targets', term: 'terms',
};

/** Per-kind switches (`policyLens.highlight.numbers` …): a kind switched off is not explained either. */
export function kindEnabled(kind: ExplainedKind, scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<unknown>(`highlight.${KIND_SETTING[kind]}`) !== false;
}

const MARKDOWN_SPECIALS = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', ':', '$', '=']);

/**
 * Text made inert in Markdown: Markdown punctuation backslash-escaped, `<`, `>` and `&` as
 * entities (no HTML, no autolinks, no `command:` links), line breaks as spaces.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const c of text) {
    if (c === '<') { out += '&lt;'; } else if (c === '>') { out += '&gt;'; } else if (c === '&') { out += '&amp;'; }
    else if (c === '\n' || c === '\r') { out += ' '; }
    else if (MARKDOWN_SPECIALS.has(c)) { out += `\\${c}`; }
    else { out += c; }
  }
  return out;
}

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

export function registerHoverSupport(
  selector: vscode.DocumentSelector, cache: AnalysisCache, seams: Seams, glossaryFor?: GlossaryLookup,
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
      return new vscode.Hover(
        explanations.map(e => explanationMarkdown(renderExplanation(e, lang), lang)),
        new vscode.Range(document.positionAt(inner.start), document.positionAt(inner.end)),
      );
    },
  });
}
