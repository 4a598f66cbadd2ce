// The ledger's line in the hover of a target (docs/annotation.md §3, "Indicators"): for each
// indicator the target sets, what the ledger knows of it before the document's year — the previous
// target and what it achieved (2024 target 5%左右 · achieved 5% · ✓ met) — and what this target
// achieved when a later review is known. The ledger is that of the documents of the last
// comparison and the open policy documents. A hover provider of its own, so that it sits beside
// the explanations rather than inside them; every piece of text escaped (core/markdown.ts).
import * as vscode from 'vscode';
import { buildLedger, indicatorHistory, ledgerLabels, type LedgerDocument } from '../../core/ledger';
import { escapeMarkdown } from '../../core/markdown';
import type { Analysis } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';
import { LANGUAGES } from '../gate';
import { explanationLanguage, kindEnabled } from '../settings';
import type { LedgerSession } from './session';

/** The documents the hover's ledger is built from, keyed by URI: the comparison's, the open ones, and this one as analysed now. */
function knownDocuments(document: vscode.TextDocument, analysis: Analysis, cache: AnalysisCache, session: LedgerSession): LedgerDocument[] {
  const byUri = new Map<string, Analysis>();
  for (const d of session.comparison?.documents ?? []) {
    if (d.source) { byUri.set(d.uri.toString(), d.source.analysis); }
  }
  for (const d of vscode.workspace.textDocuments) {
    if (!LANGUAGES.includes(d.languageId)) { continue; }
    const done = cache.peek(d.uri);
    if (done) { byUri.set(d.uri.toString(), done.analysis); }
  }
  byUri.set(document.uri.toString(), analysis);
  return [...byUri].map(([name, a]) => ({ name, analysis: a }));
}

/** The hover's Markdown for a target at `offset`, or undefined when the ledger knows nothing more of its indicators. */
function ledgerHoverLines(document: vscode.TextDocument, analysis: Analysis, offset: number, cache: AnalysisCache, session: LedgerSession): { lines: string[]; start: number; end: number } | undefined {
  const target = analysis.targets.find(t => t.start <= offset && offset < t.end && (t.indicators?.length ?? 0) > 0);
  if (!target) { return undefined; }
  const ledger = buildLedger(knownDocuments(document, analysis, cache, session));
  const lang = explanationLanguage(document);
  const l = ledgerLabels(lang);
  const e = escapeMarkdown;
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const indicator of target.indicators ?? []) {
    if (seen.has(indicator.id)) { continue; }
    seen.add(indicator.id);
    const h = indicatorHistory(ledger, document.uri.toString(), indicator.id, lang);
    const known = h ? [h.previous, h.since, h.current].filter(x => x !== null).map(x => x.text) : [];
    if (!h || known.length === 0) { continue; }
    const name = lang === 'zh-cn' ? indicator.name : `${indicator.en} (${indicator.name})`;
    lines.push(`**${e(l.title)}** · ${e(name)}${h.change ? ` · ${e(h.change)}` : ''}`, ...known.map(e));
  }
  return lines.length > 0 ? { lines, start: target.start, end: target.end } : undefined;
}

export function registerLedgerHover(selector: vscode.DocumentSelector, cache: AnalysisCache, session: LedgerSession): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position, token) {
      if (!kindEnabled('target', document)) { return undefined; }
      const analysis = await cache.get(document);
      if (!analysis || token.isCancellationRequested) { return undefined; }
      const found = ledgerHoverLines(document, analysis, document.offsetAt(position), cache, session);
      if (!found) { return undefined; }
      const md = new vscode.MarkdownString(undefined, false);
      md.isTrusted = false;
      md.supportHtml = false;
      md.supportThemeIcons = false;
      md.appendMarkdown(found.lines.join('  \n'));
      return new vscode.Hover(md, new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
    },
  });
}
