// Limits that speak (docs/architecture.md, "Limits are visible"): besides the language status item, a document
// skipped for its size, a very long line or a wrong encoding gets one notification per session that
// says what was skipped and what to do, with the action that does it. Unusable setting values get
// one warning each, naming the setting and the value used instead.
import * as vscode from 'vscode';
import { CHINESE_SAMPLE_SIZE, chineseShare } from '../core/language';
import { plainText } from '../core/markdown';
import type { AnalysisCache } from './analysisCache';
import { LANGUAGES, type GateResult } from './gate';
import type { Seams } from './seams';
import { describeInvalidSetting, onInvalidSetting, readSettings, SECTION } from './settings';

/** Below this share of U+FFFD a document is more likely a few stray bytes than a wrong encoding. */
const MISDECODED_NOTICE_RATIO = 0.1;

const CHANGE_ENCODING = 'workbench.action.editor.changeEncoding';

function documentName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri);
}

type NoticedGate = Extract<GateResult, { reason: 'tooLarge' | 'lineTooLong' | 'misdecoded' }>;

/** The notice for a skipped document; `name` (a file name, which can hold link syntax) is shown as plain text. */
export function describeLimit(name: string, gate: NoticedGate): string {
  const shown = plainText(name);
  switch (gate.reason) {
    case 'tooLarge':
      return vscode.l10n.t('Policy Lens skipped {0}: it has {1} characters, more than policyLens.maxDocumentSize ({2}). Raise the limit to analyse it.',
        shown, gate.size, gate.limit);
    case 'lineTooLong':
      return vscode.l10n.t('Policy Lens skipped {0}: line {1} has {2} characters, more than policyLens.maxLineLength ({3}). Raise the limit to analyse it.',
        shown, gate.line + 1, gate.length, gate.limit);
    case 'misdecoded':
      return vscode.l10n.t('Policy Lens skipped {0}: {1} % of its characters could not be decoded (U+FFFD). It was probably opened with the wrong encoding; reopen it with the right one (e.g. GB 18030 for older Chinese files).',
        shown, Math.round(gate.replacementRatio * 100));
  }
}

/** True when the document's beginning is Chinese enough: a size limit is news only for such a document. */
function looksChinese(document: vscode.TextDocument): boolean {
  const sample = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(CHINESE_SAMPLE_SIZE)));
  return chineseShare(sample).ratio >= readSettings(document).minChineseRatio;
}

export function registerLimitNotices(cache: AnalysisCache, seams: Seams, log: vscode.LogOutputChannel): vscode.Disposable {
  const notified = new Set<string>();
  const openSettings = vscode.l10n.t('Open Settings');

  const offerSetting = (message: string, setting: string): void => {
    void seams.showWarning(message, openSettings).then(answer => {
      if (answer === openSettings) { void vscode.commands.executeCommand('workbench.action.openSettings', setting); }
    });
  };

  const notify = (document: vscode.TextDocument, gate: Exclude<GateResult, { ok: true }>): void => {
    const key = `${document.uri.toString()}|${gate.reason}`;
    if (notified.has(key)) { return; }
    switch (gate.reason) {
      case 'tooLarge':
        if (!looksChinese(document)) { return; }
        notified.add(key);
        log.info(`[limits] ${document.uri.toString()}: ${gate.size} characters, over ${SECTION}.maxDocumentSize (${gate.limit}); not analysed.`);
        offerSetting(describeLimit(documentName(document), gate), `${SECTION}.maxDocumentSize`);
        return;
      case 'lineTooLong':
        notified.add(key);
        log.info(`[limits] ${document.uri.toString()}: line ${gate.line + 1} has ${gate.length} characters, over ${SECTION}.maxLineLength (${gate.limit}); not analysed.`);
        offerSetting(describeLimit(documentName(document), gate), `${SECTION}.maxLineLength`);
        return;
      case 'misdecoded': {
        if (gate.replacementRatio < MISDECODED_NOTICE_RATIO) { return; }
        notified.add(key);
        log.info(`[limits] ${document.uri.toString()}: ${Math.round(gate.replacementRatio * 100)} % U+FFFD; probably opened with the wrong encoding.`);
        const reopen = vscode.l10n.t('Reopen with Encoding');
        void seams.showWarning(describeLimit(documentName(document), gate), reopen).then(async answer => {
          if (answer !== reopen) { return; }
          // The command acts on the active editor.
          await vscode.window.showTextDocument(document);
          await vscode.commands.executeCommand(CHANGE_ENCODING);
        });
        return;
      }
      default:
        // disabled, language, notChinese, binary: the status item says it; nothing the user asked for was lost.
        return;
    }
  };

  const visible = (document: vscode.TextDocument) => vscode.window.visibleTextEditors.some(e => e.document === document);
  const consider = (document: vscode.TextDocument): void => {
    if (!LANGUAGES.includes(document.languageId) || !visible(document)) { return; }
    const gate = cache.gate(document);
    if (!gate.ok) { notify(document, gate); }
  };
  const considerVisible = (): void => { for (const e of vscode.window.visibleTextEditors) { consider(e.document); } };

  const initial = setTimeout(considerVisible, 0);
  return vscode.Disposable.from(
    { dispose: () => clearTimeout(initial) },
    vscode.window.onDidChangeVisibleTextEditors(considerVisible),
    cache.onDidAnalyze(e => { if (!e.gate.ok && visible(e.document)) { notify(e.document, e.gate); } }),
    vscode.workspace.onDidCloseTextDocument(d => {
      // A new untitled document may reuse a closed one's name: it is another document.
      if (!d.isUntitled) { return; }
      const prefix = `${d.uri.toString()}|`;
      for (const key of [...notified]) { if (key.startsWith(prefix)) { notified.delete(key); } }
    }),
    onInvalidSetting(problem => {
      const message = describeInvalidSetting(problem);
      log.warn(`[settings] ${message}`);
      offerSetting(message, problem.id);
    }),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(SECTION)) { return; }
      // Read at once so an unusable value is reported now, not when the next document is gated.
      for (const folder of vscode.workspace.workspaceFolders ?? []) { readSettings(folder.uri); }
      const active = vscode.window.activeTextEditor?.document;
      if (active) { readSettings(active); }
    }),
  );
}
