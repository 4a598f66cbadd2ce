// A file's analysis whether or not an editor has it open, for the views that read many files (the
// ledger, the workspace scan of the Targets view): an open document is what the user sees, so its
// analysis comes from the cache; a file on disk is read, gated and analysed in slices here, with
// the gate (line length included), options, glossary and document date its editor would use.
import * as vscode from 'vscode';
import { analyzeSteps } from '../../core/analyze';
import { LineIndex } from '../../core/exportFormats';
import { CHINESE_SAMPLE_SIZE } from '../../core/language';
import { firstLongLine } from '../../core/text';
import { runInSlices } from '../../core/sliceRunner';
import type { Analysis } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';
import { decideGate } from '../gate';
import { readSettings } from '../settings';
import { textFingerprint } from '../targetsModel';
import { yieldToHost } from '../yieldToHost';

export interface SourceAnalysis {
  uri: vscode.Uri;
  analysis: Analysis;
  /** The open document it came from, if any (its version is the analysed one). */
  document?: vscode.TextDocument;
  /**
   * Length and hash of the analysed text (targetsModel.ts): documents of identical text are one.
   * Computed when asked (only a file with targets needs it), so asked before any await.
   */
  fingerprint(): string;
  positionAt(offset: number): vscode.Position;
}

export type SourceResult =
  | { ok: true; source: SourceAnalysis }
  /** skipped: too large, not Chinese enough, switched off; unreadable: the read failed; cancelled. */
  | { ok: false; reason: 'skipped' | 'unreadable' | 'cancelled' };

/** The open document of a URI, if any. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
}

/** The language a file on disk would open in (the gate and the Markdown option depend on it). */
function languageOf(uri: vscode.Uri): string {
  const path = uri.path.toLowerCase();
  if (path.endsWith('.policy.txt')) { return 'policy-text'; }
  return path.endsWith('.md') ? 'markdown' : 'plaintext';
}

/** Offset → position in a text without a TextDocument (core/exportFormats.ts LineIndex: \r\n, \n and a lone \r end a line). */
function positionsOf(text: string): (offset: number) => vscode.Position {
  const lines = new LineIndex(text);
  return offset => {
    const { line, column } = lines.position(offset);
    return new vscode.Position(line, column);
  };
}

async function fromDocument(document: vscode.TextDocument, cache: AnalysisCache): Promise<SourceResult> {
  // Typing during the analysis supersedes it; a few tries catch up with a document being edited.
  for (let attempt = 0; attempt < 5; attempt++) {
    const version = document.version;
    const analysis = await cache.get(document);
    if (analysis && document.version === version) {
      return { ok: true, source: { uri: document.uri, analysis, document, fingerprint: () => textFingerprint(document.getText()), positionAt: offset => document.positionAt(offset) } };
    }
    if (document.isClosed || (!analysis && document.version === version)) { break; }
  }
  return { ok: false, reason: 'skipped' };
}

/** The analysis of a file: from its open document, else read from disk (gated as the editor gates). */
export async function analyseSource(uri: vscode.Uri, cache: AnalysisCache, isCancelled: () => boolean = () => false): Promise<SourceResult> {
  const open = openDocument(uri);
  if (open) { return fromDocument(open, cache); }
  const settings = readSettings(uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // UTF-8 takes at least one byte per UTF-16 code unit and at most three.
    if (stat.size > settings.maxDocumentSize * 3) { return { ok: false, reason: 'skipped' }; }
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const language = languageOf(uri);
    const gate = decideGate(language, text.length, text.slice(0, CHINESE_SAMPLE_SIZE), settings, limit => firstLongLine(text, limit));
    if (!gate.ok) { return { ok: false, reason: 'skipped' }; }
    const analysis = await runInSlices(analyzeSteps(text, cache.optionsFor({ uri, languageId: language })), {
      yieldFn: yieldToHost,
      isCancelled,
    });
    if (!analysis) { return { ok: false, reason: 'cancelled' }; }
    return { ok: true, source: { uri, analysis, fingerprint: () => textFingerprint(text), positionAt: positionsOf(text) } };
  } catch (error) {
    console.error(`[policy-lens] could not read ${uri.toString()}:`, error);
    return { ok: false, reason: 'unreadable' };
  }
}
