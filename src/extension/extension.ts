// Entry of both bundles (Node extension host and web worker): no Node built-ins here or below.
// Activation only registers; analysis starts when a provider or view first asks for it.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { loadBuiltinGlossary } from './builtinGlossary';
import type { PolicyLensApi } from './api';
import { registerDecorationSupport } from './decorations';
import { registerExportCommands } from './exportCommands';
import { documentGate } from './documentGate';
import { registerFoldingSupport } from './foldingProvider';
import { registerHoverSupport } from './hoverProvider';
import { registerImportSupport } from './import';
import { registerIgnoreSupport } from './ignoreList';
import { registerInlayHintSupport } from './inlayHints';
import { LANGUAGES } from './gate';
import { registerLanguageStatus } from './languageStatus';
import { registerLedger } from './ledger/command';
import { registerLedgerHover } from './ledger/hover';
import { registerLimitNotices } from './limitNotices';
import { trackLineLengths } from './lineLengths';
import { registerNavigationSupport } from './navigation';
import { registerOutlineSupport } from './outlineProvider';
import { registerPolicyTextCommand } from './policyTextCommand';
import { registerPolicyTextOffer } from './policyTextOffer';
import { createDocumentDates, registerReferenceDateSupport } from './referenceDate';
import { registerSampleCommand } from './sampleCommand';
import { defaultSeams, resetSeams } from './seams';
import { affectsAnalysis, readIgnoreList, readSettings } from './settings';
import { registerStatusCounts } from './statusCounts';
import { registerTargetsView } from './targetsView';
import { registerGlossaryStatus, UserGlossary } from './userGlossary';

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const activateStarted = performance.now();
  const selector: vscode.DocumentFilter[] = LANGUAGES.map(language => ({ language }));
  const seams = defaultSeams();
  const documentDates = createDocumentDates(context, seams);
  const log = vscode.window.createOutputChannel('Policy Lens', { log: true });
  const userGlossary = new UserGlossary(seams, log);
  const builtinGlossary = loadBuiltinGlossary(context.extensionUri, seams, log);
  const cache = new AnalysisCache({
    ready: builtinGlossary,
    gate: documentGate,
    optionsFor: ({ uri, languageId }) => {
      const given = documentDates.givenDateFor(uri);
      return {
        markdown: languageId === 'markdown',
        referenceDate: given?.date,
        referenceDateSetBy: given?.setBy,
        glossary: userGlossary.entriesFor(uri),
        ignore: readIgnoreList(uri).entries,
      };
    },
    delay: document => readSettings(document).analysisDelay,
  });
  const status = registerLanguageStatus(selector, cache);
  const decorations = registerDecorationSupport(context, cache);
  const imports = registerImportSupport(context, seams, log);
  const counts = registerStatusCounts(cache, () => decorations.highlightsOn(), decorations.onDidToggle);
  const targets = registerTargetsView(cache, seams, imports.labelAt);
  const ledger = registerLedger(context.extensionUri, cache, seams);
  const glossaryStatus = registerGlossaryStatus(selector, userGlossary, document => cache.gate(document).ok, cache.onDidAnalyze);
  const policyTextOffer = registerPolicyTextOffer(context, cache, seams);

  context.subscriptions.push(vscode.Disposable.from(
    cache,
    status,
    registerOutlineSupport(selector, cache, imports.labelAt),
    registerFoldingSupport(selector, cache),
    registerHoverSupport(selector, cache, seams, document => userGlossary.entriesFor(document.uri), imports.hoverLine),
    registerInlayHintSupport(selector, cache),
    registerPolicyTextCommand(seams),
    decorations,
    registerNavigationSupport(cache),
    documentDates,
    registerReferenceDateSupport(context, documentDates, cache, seams),
    targets,
    ledger,
    registerLedgerHover(selector, cache, ledger.session),
    vscode.workspace.onDidChangeConfiguration(e => { if (affectsAnalysis(e)) { cache.invalidate(); } }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => cache.invalidate()),
    log,
    userGlossary,
    userGlossary.onDidChange(() => cache.invalidate()),
    glossaryStatus,
    counts,
    policyTextOffer,
    registerIgnoreSupport(selector, cache, seams),
    registerSampleCommand(context.extensionUri, seams),
    registerExportCommands(cache, seams),
    registerLimitNotices(cache, seams, log),
    trackLineLengths(),
    imports,
  ));

  const documentFor = async (uri: vscode.Uri | string): Promise<vscode.TextDocument> => {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find(d => d.uri.toString() === key)
      ?? vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  };

  // Measured for the benchmark: registration time, and proof that no analysis ran in activate().
  const activation = { ms: performance.now() - activateStarted, analysesDuringActivate: cache.stats.slices + cache.stats.completed };
  return {
    activation,
    analysisFor: async uri => cache.get(await documentFor(uri)),
    gateFor: async uri => cache.gate(await documentFor(uri)),
    settingsFor: uri => readSettings(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri),
    languageStatus: () => status.current(),
    seams,
    resetSeams: () => resetSeams(seams),
    stats: cache.stats,
    userGlossary: uri => userGlossary.entriesFor(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri),
    userGlossaryLoaded: () => userGlossary.ready(),
    userGlossaryStatus: () => userGlossary.status(),
    decorationsFor: editor => decorations.decorationsFor(editor),
    highlightsOn: () => decorations.highlightsOn(),
    targetsTree: targets.provider,
    ledgerView: {
      comparison: () => ledger.session.comparison,
      shown: () => ledger.panel.shown,
      open: (row, column, which) => ledger.panel.open(row, column, which),
    },
    documentDateOverride: uri => documentDates.overrideFor(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri),
    imports: imports.api,
    statusCounts: () => counts.current(),
    glossaryStatusVisible: () => glossaryStatus.visible(),
    policyTextOffer: uri => policyTextOffer.outcomeFor(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
