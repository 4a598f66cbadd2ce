// "Targets & Deadlines": the targets of every analysed open document (and, on request, of the
// workspace's text files), grouped by document and sorted by deadline. A tree view because it is a
// list across documents (docs/architecture.md, "Editor conventions").
import * as vscode from 'vscode';
import { analyzeSteps } from '../core/analyze';
import { CHINESE_SAMPLE_SIZE } from '../core/language';
import { plainText } from '../core/markdown';
import { runInSlices } from '../core/sliceRunner';
import type { Analysis, TargetAnnotation, TargetStrength } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { OriginLabel } from './import/originHover';
import { decideGate } from './gate';
import type { DocumentDates } from './referenceDate';
import type { Seams } from './seams';
import { readSettings } from './settings';
import { yieldToHost } from './yieldToHost';

export const TARGETS_VIEW = 'policyLens.targets';
export const SCAN_WORKSPACE_TARGETS = 'policyLens.scanWorkspaceTargets';
export const REVEAL_TARGET = 'policyLens.revealTarget';
/** More files than this are not scanned, and the summary says so. */
export const MAX_SCANNED_FILES = 2000;
const SCAN_GLOB = '**/*.{txt,md}';
const SCAN_EXCLUDE = '**/node_modules/**';

export interface TargetEntry {
  target: TargetAnnotation;
  range: vscode.Range;
}

export interface DocumentNode {
  type: 'document';
  uri: vscode.Uri;
  /** From a workspace scan rather than an open document. */
  scanned: boolean;
  targets: TargetEntry[];
}

export interface TargetNode {
  type: 'target';
  uri: vscode.Uri;
  target: TargetAnnotation;
  range: vscode.Range;
}

export type TargetsTreeNode = DocumentNode | TargetNode;

export interface ScanSummary {
  /** Files the search found (at most MAX_SCANNED_FILES + 1). */
  found: number;
  /** True when there were more files than MAX_SCANNED_FILES. */
  capped: boolean;
  /** Files read and analysed (open documents are taken from the editor instead). */
  analysed: number;
  /** Files left out: too large, not Chinese enough, unreadable. */
  skipped: number;
  /** Documents with at least one target, and their targets. */
  documents: number;
  targets: number;
  cancelled: boolean;
}

function strengthLabel(strength: TargetStrength): string {
  switch (strength) {
    case 'strive': return vscode.l10n.t('strive (力争)');
    case 'ensure': return vscode.l10n.t('ensure (确保)');
    case 'target': return vscode.l10n.t('target (目标)');
    case 'plan': return vscode.l10n.t('plan (计划)');
    case 'expect': return vscode.l10n.t('expect (预计)');
  }
}

/** Undated last; equal deadlines keep document order. ISO prefixes (2027, 2027-06) compare as strings. */
function byDeadline(a: TargetEntry, b: TargetEntry): number {
  const da = a.target.deadline;
  const db = b.target.deadline;
  if (da !== db) {
    if (da === null) { return 1; }
    if (db === null) { return -1; }
    return da < db ? -1 : 1;
  }
  return a.target.start - b.target.start;
}

/** Line starts of a text, for offset → position without a TextDocument. */
function positionsOf(text: string): (offset: number) => vscode.Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { starts.push(i + 1); }
  }
  return offset => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) { lo = mid; } else { hi = mid - 1; }
    }
    return new vscode.Position(lo, offset - starts[lo]);
  };
}

function entriesOf(analysis: Analysis, positionAt: (offset: number) => vscode.Position): TargetEntry[] {
  return analysis.targets
    .map(target => ({ target, range: new vscode.Range(positionAt(target.start), positionAt(target.end)) }))
    .sort(byDeadline);
}

function languageOf(uri: vscode.Uri): string {
  const path = uri.path.toLowerCase();
  if (path.endsWith('.policy.txt')) { return 'policy-text'; }
  return path.endsWith('.md') ? 'markdown' : 'plaintext';
}

export interface TargetsView extends vscode.Disposable {
  /** The view's data provider (tests call getChildren/getTreeItem on it). */
  readonly provider: vscode.TreeDataProvider<TargetsTreeNode>;
  scan(): Promise<ScanSummary>;
}

/** `originOf`: where a target's text came from in an opened PDF or Word file (`p. 3`), shown beside its strength. */
export function registerTargetsView(cache: AnalysisCache, dates: DocumentDates, seams: Seams, originOf?: OriginLabel): TargetsView {
  const documents = new Map<string, DocumentNode>();
  const changed = new vscode.EventEmitter<TargetsTreeNode | undefined>();
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  // Analyses land in bursts (invalidate redoes every visible editor): one refresh per burst.
  const refresh = () => {
    if (refreshTimer === undefined) {
      refreshTimer = setTimeout(() => { refreshTimer = undefined; changed.fire(undefined); }, 50);
    }
  };

  const put = (uri: vscode.Uri, scanned: boolean, targets: TargetEntry[]) => {
    const key = uri.toString();
    if (targets.length === 0) {
      if (documents.delete(key)) { refresh(); }
      return;
    }
    documents.set(key, { type: 'document', uri, scanned, targets });
    refresh();
  };

  const openDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());

  const provider: vscode.TreeDataProvider<TargetsTreeNode> = {
    onDidChangeTreeData: changed.event,
    getChildren: element => {
      if (!element) {
        return [...documents.values()].sort((a, b) =>
          vscode.workspace.asRelativePath(a.uri).localeCompare(vscode.workspace.asRelativePath(b.uri)));
      }
      if (element.type === 'document') {
        return element.targets.map(e => ({ type: 'target', uri: element.uri, target: e.target, range: e.range }));
      }
      return [];
    },
    getTreeItem: node => {
      if (node.type === 'document') {
        const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Expanded);
        item.description = vscode.l10n.t('{0} targets', node.targets.length);
        item.tooltip = vscode.workspace.asRelativePath(node.uri);
        item.contextValue = 'policyLens.targetsDocument';
        return item;
      }
      const t = node.target;
      // Document text: plain, so that `$(name)` in it stays text rather than an icon.
      const label = plainText([t.deadline ?? vscode.l10n.t('no deadline'), t.value, t.object].filter((p): p is string => !!p).join(' · '));
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
      const origin = originOf?.(node.uri, t.start);
      item.description = origin ? `${strengthLabel(t.strength)} · ${origin}` : strengthLabel(t.strength);
      item.tooltip = t.text; // plain text: document content is never rendered as markup
      item.iconPath = new vscode.ThemeIcon('milestone');
      item.contextValue = 'policyLens.target';
      item.command = { title: vscode.l10n.t('Reveal Target'), command: REVEAL_TARGET, arguments: [node.uri, node.range] };
      return item;
    },
  };

  const reveal = async (uri: vscode.Uri, range: vscode.Range) => {
    const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  };

  const scan = async (): Promise<ScanSummary> => {
    const summary: ScanSummary = { found: 0, capped: false, analysed: 0, skipped: 0, documents: 0, targets: 0, cancelled: false };
    await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Scanning workspace for targets'),
      cancellable: true,
    }, async (progress, token) => {
      const files = await vscode.workspace.findFiles(SCAN_GLOB, SCAN_EXCLUDE, MAX_SCANNED_FILES + 1, token);
      summary.found = files.length;
      summary.capped = files.length > MAX_SCANNED_FILES;
      const list = files.slice(0, MAX_SCANNED_FILES).sort((a, b) => a.toString().localeCompare(b.toString()));
      const step = list.length > 0 ? 100 / list.length : 0;
      for (const uri of list) {
        if (token.isCancellationRequested) { summary.cancelled = true; break; }
        // A file name can hold link syntax, and a progress message is a notification.
        progress.report({ increment: step, message: plainText(vscode.workspace.asRelativePath(uri)) });
        const open = openDocument(uri);
        let analysis: Analysis | undefined;
        let positionAt: ((offset: number) => vscode.Position) | undefined;
        if (open) {
          // The editor's text (possibly unsaved) is what the user sees: use its analysis.
          analysis = await cache.get(open);
          positionAt = offset => open.positionAt(offset);
        } else {
          const settings = readSettings(uri);
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            // UTF-8 takes at least one byte per UTF-16 code unit and at most three.
            if (stat.size > settings.maxDocumentSize * 3) { summary.skipped++; continue; }
            const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
            const language = languageOf(uri);
            const gate = decideGate(language, text.length, text.slice(0, CHINESE_SAMPLE_SIZE), settings);
            if (!gate.ok) { summary.skipped++; continue; }
            analysis = await runInSlices(analyzeSteps(text, { markdown: language === 'markdown', referenceDate: dates.referenceDateFor(uri) }), {
              yieldFn: yieldToHost,
              isCancelled: () => token.isCancellationRequested,
            });
            positionAt = positionsOf(text);
          } catch (error) {
            console.error(`[policy-lens] could not scan ${uri.toString()}:`, error);
            summary.skipped++;
            continue;
          }
        }
        if (!analysis || !positionAt) {
          if (token.isCancellationRequested) { summary.cancelled = true; break; }
          summary.skipped++;
          continue;
        }
        summary.analysed++;
        const entries = entriesOf(analysis, positionAt);
        put(uri, !open, entries);
        if (entries.length > 0) { summary.documents++; summary.targets += entries.length; }
      }
    });
    const found = vscode.l10n.t('Policy Lens: {0} targets in {1} of {2} files scanned.', summary.targets, summary.documents, summary.analysed);
    const message = summary.cancelled
      ? vscode.l10n.t('{0} The scan was cancelled.', found)
      : summary.capped
        ? vscode.l10n.t('{0} Only the first {1} files were scanned.', found, MAX_SCANNED_FILES)
        : found;
    void seams.showInformation(message);
    return summary;
  };

  const treeView = vscode.window.createTreeView(TARGETS_VIEW, { treeDataProvider: provider, showCollapseAll: true });

  const disposable = vscode.Disposable.from(
    treeView,
    changed,
    { dispose: () => { if (refreshTimer !== undefined) { clearTimeout(refreshTimer); } } },
    cache.onDidAnalyze(e => {
      const key = e.document.uri.toString();
      if (e.analysis) {
        // A scanned file that is opened stays in the list when closed again.
        put(e.document.uri, documents.get(key)?.scanned ?? false, entriesOf(e.analysis, offset => e.document.positionAt(offset)));
      } else if (documents.get(key)?.scanned === false) {
        put(e.document.uri, false, []);
      }
    }),
    // A closed document leaves the list unless a scan put it there (then it is on disk, as scanned).
    vscode.workspace.onDidCloseTextDocument(d => {
      const node = documents.get(d.uri.toString());
      if (node && !node.scanned) { put(d.uri, false, []); }
    }),
    vscode.commands.registerCommand(SCAN_WORKSPACE_TARGETS, scan),
    vscode.commands.registerCommand(REVEAL_TARGET, reveal),
  );

  return { provider, scan, dispose: () => disposable.dispose() };
}
