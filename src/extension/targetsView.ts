// "Targets & Deadlines": the targets of every analysed open document (and, on request, of the
// workspace's text files), grouped by document or by indicator (docs/annotation.md §3,
// "Indicators"), filtered by strength and by deadline, sorted by deadline, with passed deadlines
// marked, and exported as shown. A tree view because it is a list across documents
// (docs/architecture.md, "Editor conventions"). What it shows is computed in targetsModel.ts.
import * as vscode from 'vscode';
import { localIsoDate } from '../core/explain';
import { plainText } from '../core/markdown';
import type { TargetStrength } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { saveText } from './exportCommands';
import type { OriginLabel } from './import/originHover';
import { analyseSource } from './ledger/sources';
import type { Seams } from './seams';
import { targetsCsv, targetsMarkdown, type TargetsExportWords } from './targetsExport';
import {
  DEADLINE_STATUSES, NO_FILTER, STRENGTHS, targetGroups, textFingerprint,
  type DeadlineStatus, type DocumentTargets, type Grouping, type TargetFilter, type TargetGroup, type TargetRow,
} from './targetsModel';

export const TARGETS_VIEW = 'policyLens.targets';
export const SCAN_WORKSPACE_TARGETS = 'policyLens.scanWorkspaceTargets';
export const REVEAL_TARGET = 'policyLens.revealTarget';
export const GROUP_TARGETS_BY_INDICATOR = 'policyLens.groupTargetsByIndicator';
export const GROUP_TARGETS_BY_DOCUMENT = 'policyLens.groupTargetsByDocument';
export const FILTER_TARGETS = 'policyLens.filterTargets';
export const CLEAR_TARGETS_FILTER = 'policyLens.clearTargetsFilter';
export const EXPORT_TARGETS_CSV = 'policyLens.exportTargetsCsv';
export const EXPORT_TARGETS_MARKDOWN = 'policyLens.exportTargetsMarkdown';
/** More files than this are not scanned, and the summary says so. */
export const MAX_SCANNED_FILES = 2000;
const SCAN_GLOB = '**/*.{txt,md}';
const SCAN_EXCLUDE = '**/node_modules/**';

export interface DocumentNode {
  type: 'document';
  uri: vscode.Uri;
  group: TargetGroup<vscode.Range>;
}

export interface IndicatorNode {
  type: 'indicator';
  group: TargetGroup<vscode.Range>;
}

export interface TargetNode {
  type: 'target';
  uri: vscode.Uri;
  row: TargetRow<vscode.Range>;
  /** The group it is listed under (a target naming two indicators is listed twice). */
  groupKey: string;
}

export type TargetsTreeNode = DocumentNode | IndicatorNode | TargetNode;

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

function statusLabel(status: DeadlineStatus): string {
  switch (status) {
    case 'passed': return vscode.l10n.t('deadline passed');
    case 'thisYear': return vscode.l10n.t('due this year');
    case 'later': return vscode.l10n.t('due later');
    case 'none': return vscode.l10n.t('no deadline');
  }
}

function groupLabel(group: TargetGroup<unknown>): string {
  if (group.kind === 'document') { return group.label; }
  return group.key === '' ? vscode.l10n.t('Targets without an indicator') : group.label;
}

function filterText(filter: TargetFilter): string {
  const parts = [...filter.strengths.map(strengthLabel), ...filter.deadlines.map(statusLabel)];
  return parts.length === 0 ? '' : vscode.l10n.t('Filtered: {0}', parts.join(', '));
}

function exportWords(filter: TargetFilter): TargetsExportWords {
  return {
    title: vscode.l10n.t('Targets & Deadlines'),
    filter: filterText(filter),
    columns: {
      group: vscode.l10n.t('Group'), document: vscode.l10n.t('Document'), line: vscode.l10n.t('Line'), deadline: vscode.l10n.t('Deadline'),
      status: vscode.l10n.t('Status'), value: vscode.l10n.t('Value'), object: vscode.l10n.t('Object'), strength: vscode.l10n.t('Strength'),
      indicators: vscode.l10n.t('Indicators'), text: vscode.l10n.t('Text'),
    },
    status: row => statusLabel(row.status),
    strength: row => strengthLabel(row.target.strength),
    group: groupLabel,
    none: vscode.l10n.t('No targets.'),
  };
}

export interface TargetsView extends vscode.Disposable {
  /** The view's data provider (tests call getChildren/getTreeItem on it). */
  readonly provider: vscode.TreeDataProvider<TargetsTreeNode>;
  scan(): Promise<ScanSummary>;
}

/** `originOf`: where a target's text came from in an opened PDF or Word file (`p. 3`), shown beside its strength. */
export function registerTargetsView(cache: AnalysisCache, seams: Seams, originOf?: OriginLabel): TargetsView {
  const documents = new Map<string, DocumentTargets<vscode.Range> & { uri: vscode.Uri }>();
  const changed = new vscode.EventEmitter<TargetsTreeNode | undefined>();
  let grouping: Grouping = 'document';
  let filter: TargetFilter = NO_FILTER;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  // Analyses land in bursts (invalidate redoes every visible editor): one refresh per burst.
  const refresh = () => {
    if (refreshTimer === undefined) {
      refreshTimer = setTimeout(() => { refreshTimer = undefined; changed.fire(undefined); }, 50);
    }
  };

  const put = (uri: vscode.Uri, scanned: boolean, fingerprint: string, targets: { target: DocumentTargets<vscode.Range>['targets'][number]['target']; range: vscode.Range }[]) => {
    const key = uri.toString();
    if (targets.length === 0) {
      if (documents.delete(key)) { refresh(); }
      return;
    }
    documents.set(key, { key, uri, path: vscode.workspace.asRelativePath(uri), scanned, fingerprint, targets });
    refresh();
  };
  const entriesOf = (targets: readonly DocumentTargets<vscode.Range>['targets'][number]['target'][], positionAt: (offset: number) => vscode.Position) =>
    targets.map(target => ({ target, range: new vscode.Range(positionAt(target.start), positionAt(target.end)) }));

  const uriOf = (key: string) => documents.get(key)?.uri ?? vscode.Uri.parse(key);
  const groups = () => targetGroups([...documents.values()], grouping, filter, localIsoDate(seams.now()));
  const rowNodes = (group: TargetGroup<vscode.Range>): TargetNode[] =>
    group.rows.map(row => ({ type: 'target', uri: uriOf(row.key), row, groupKey: `${group.kind}:${group.key}` }));

  const provider: vscode.TreeDataProvider<TargetsTreeNode> = {
    onDidChangeTreeData: changed.event,
    getChildren: element => {
      if (!element) {
        return groups().map((group): TargetsTreeNode => (group.kind === 'document'
          ? { type: 'document', uri: uriOf(group.key), group }
          : { type: 'indicator', group }));
      }
      return element.type === 'target' ? [] : rowNodes(element.group);
    },
    getTreeItem: node => targetsTreeItem(node, originOf),
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
      // one file once, however often the search found it (overlapping workspace folders)
      const list = [...new Map(files.slice(0, MAX_SCANNED_FILES).map(f => [f.toString(), f])).values()]
        .sort((a, b) => a.toString().localeCompare(b.toString()));
      const step = list.length > 0 ? 100 / list.length : 0;
      const seen = new Set<string>();
      for (const uri of list) {
        if (token.isCancellationRequested) { summary.cancelled = true; break; }
        // A file name can hold link syntax, and a progress message is a notification.
        progress.report({ increment: step, message: plainText(vscode.workspace.asRelativePath(uri)) });
        const result = await analyseSource(uri, cache, () => token.isCancellationRequested);
        if (!result.ok) {
          if (result.reason === 'cancelled' || token.isCancellationRequested) { summary.cancelled = true; break; }
          summary.skipped++;
          continue;
        }
        const { source } = result;
        summary.analysed++;
        // the fingerprint serves only a file with targets (put drops one without)
        const hasTargets = source.analysis.targets.length > 0;
        const fingerprint = hasTargets ? source.fingerprint() : '';
        put(uri, !source.document, fingerprint, entriesOf(source.analysis.targets, source.positionAt));
        // a linked folder or a copy lists the same text again: counted once, shown once
        if (hasTargets && !seen.has(fingerprint)) {
          seen.add(fingerprint);
          summary.documents++;
          summary.targets += source.analysis.targets.length;
        }
      }
      // a complete scan also says which files scanned before are gone
      if (!summary.cancelled && !summary.capped) {
        const found = new Set(list.map(f => f.toString()));
        for (const [key, d] of documents) { if (d.scanned && !found.has(key)) { documents.delete(key); refresh(); } }
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
  const showState = () => {
    treeView.description = filterText(filter) || undefined;
    void vscode.commands.executeCommand('setContext', 'policyLens.targetsGrouping', grouping);
    void vscode.commands.executeCommand('setContext', 'policyLens.targetsFiltered', filter !== NO_FILTER);
    changed.fire(undefined);
  };
  showState();

  const setGrouping = (to: Grouping) => { grouping = to; showState(); return grouping; };
  const setFilter = async (given?: Partial<TargetFilter>): Promise<TargetFilter> => {
    if (given && typeof given === 'object' && !(given instanceof vscode.Uri)) {
      filter = normalizedFilter(given);
    } else {
      const picked = await pickFilter(seams, filter);
      if (picked) { filter = picked; }
    }
    showState();
    return filter;
  };
  const exportShown = async (format: 'csv' | 'md'): Promise<vscode.Uri | undefined> => {
    const shown = groups();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await seams.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `targets.${format}`) : undefined,
      filters: format === 'csv' ? { [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'] } : { [vscode.l10n.t('Markdown')]: ['md'] },
      title: format === 'csv' ? vscode.l10n.t('Export Targets as CSV') : vscode.l10n.t('Export Targets as Markdown'),
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) { return undefined; }
    const lineOf = (range: vscode.Range) => range.start.line;
    const count = shown.reduce((n, g) => n + g.rows.length, 0);
    const written = await saveText(target, () => {
      const words = exportWords(filter);
      return format === 'csv' ? targetsCsv(shown, words, lineOf) : targetsMarkdown(shown, words, lineOf);
    }, seams, {
      shownTarget: vscode.workspace.asRelativePath(target),
      saved: vscode.l10n.t('Exported {0} targets to {1}.', count, plainText(vscode.workspace.asRelativePath(target))),
      offerOpen: false,
    });
    return written ? target : undefined;
  };

  const disposable = vscode.Disposable.from(
    treeView,
    changed,
    { dispose: () => { if (refreshTimer !== undefined) { clearTimeout(refreshTimer); } } },
    cache.onDidAnalyze(e => {
      const key = e.document.uri.toString();
      if (e.analysis) {
        // A scanned file that is opened stays in the list when closed again. The text is hashed
        // only when the document has targets (put drops one without).
        const fingerprint = e.analysis.targets.length > 0 ? textFingerprint(e.document.getText()) : '';
        put(e.document.uri, documents.get(key)?.scanned ?? false, fingerprint, entriesOf(e.analysis.targets, offset => e.document.positionAt(offset)));
      } else if (documents.get(key)?.scanned === false) {
        put(e.document.uri, false, '', []);
      }
    }),
    // A closed document leaves the list unless a scan put it there (then it is on disk, as scanned).
    vscode.workspace.onDidCloseTextDocument(d => {
      const node = documents.get(d.uri.toString());
      if (node && !node.scanned) { put(d.uri, false, '', []); }
    }),
    // a scanned file deleted in the editor leaves the list (with the folder it was in)
    vscode.workspace.onDidDeleteFiles(e => {
      for (const gone of e.files) {
        const prefix = `${gone.toString()}/`;
        for (const [key, d] of documents) { if (d.scanned && (key === gone.toString() || key.startsWith(prefix))) { documents.delete(key); refresh(); } }
      }
    }),
    // "this year" and "passed" move with the calendar: a new day may change them
    vscode.window.onDidChangeWindowState(s => { if (s.focused) { refresh(); } }),
    vscode.commands.registerCommand(SCAN_WORKSPACE_TARGETS, scan),
    vscode.commands.registerCommand(REVEAL_TARGET, reveal),
    vscode.commands.registerCommand(GROUP_TARGETS_BY_INDICATOR, () => setGrouping('indicator')),
    vscode.commands.registerCommand(GROUP_TARGETS_BY_DOCUMENT, () => setGrouping('document')),
    vscode.commands.registerCommand(FILTER_TARGETS, setFilter),
    vscode.commands.registerCommand(CLEAR_TARGETS_FILTER, () => setFilter(NO_FILTER)),
    vscode.commands.registerCommand(EXPORT_TARGETS_CSV, () => exportShown('csv')),
    vscode.commands.registerCommand(EXPORT_TARGETS_MARKDOWN, () => exportShown('md')),
  );

  return { provider, scan, dispose: () => disposable.dispose() };
}

/** A filter given by code (tests, other commands): only known strengths and statuses kept. */
function normalizedFilter(given: Partial<TargetFilter>): TargetFilter {
  const strengths = (given.strengths ?? []).filter(s => STRENGTHS.includes(s));
  const deadlines = (given.deadlines ?? []).filter(d => DEADLINE_STATUSES.includes(d));
  return strengths.length === 0 && deadlines.length === 0 ? NO_FILTER : { strengths, deadlines };
}

interface FilterPick extends vscode.QuickPickItem {
  strength?: TargetStrength;
  deadline?: DeadlineStatus;
}

/** Asks which strengths and deadlines to show; undefined when dismissed. */
async function pickFilter(seams: Seams, current: TargetFilter): Promise<TargetFilter | undefined> {
  const items: FilterPick[] = [
    { label: vscode.l10n.t('Strength'), kind: vscode.QuickPickItemKind.Separator },
    ...STRENGTHS.map(strength => ({ label: strengthLabel(strength), strength, picked: current.strengths.includes(strength) })),
    { label: vscode.l10n.t('Deadline'), kind: vscode.QuickPickItemKind.Separator },
    ...DEADLINE_STATUSES.map(deadline => ({ label: statusLabel(deadline), deadline, picked: current.deadlines.includes(deadline) })),
  ];
  const picked = await seams.showQuickPickMany(items, { title: vscode.l10n.t('Filter Targets'), placeHolder: vscode.l10n.t('Show only these (none checked: all)') });
  if (!picked) { return undefined; }
  return normalizedFilter({
    strengths: picked.flatMap(p => (p.strength ? [p.strength] : [])),
    deadlines: picked.flatMap(p => (p.deadline ? [p.deadline] : [])),
  });
}

/** The tree item of a node: a document or an indicator with its count, or a target with its deadline, value and object. */
function targetsTreeItem(node: TargetsTreeNode, originOf: OriginLabel | undefined): vscode.TreeItem {
  if (node.type === 'document') {
    const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `document:${node.group.key}`;
    const copies = node.group.copies;
    item.description = copies.length > 0
      ? vscode.l10n.t('{0} targets · same text as {1}', node.group.rows.length, plainText(copies.join(', ')))
      : vscode.l10n.t('{0} targets', node.group.rows.length);
    item.tooltip = [vscode.workspace.asRelativePath(node.uri), ...copies].join('\n');
    item.contextValue = 'policyLens.targetsDocument';
    return item;
  }
  if (node.type === 'indicator') {
    const item = new vscode.TreeItem(plainText(groupLabel(node.group)), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `indicator:${node.group.key}`;
    item.description = vscode.l10n.t('{0} targets', node.group.rows.length);
    item.iconPath = new vscode.ThemeIcon(node.group.key === '' ? 'circle-outline' : 'graph-line');
    item.contextValue = 'policyLens.targetsIndicator';
    return item;
  }
  const t = node.row.target;
  const passed = node.row.status === 'passed';
  // Document text: plain, so that `$(name)` in it stays text rather than an icon.
  const label = plainText([t.deadline ?? vscode.l10n.t('no deadline'), t.value, t.object].filter((p): p is string => !!p).join(' · '));
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.groupKey}|${node.row.key}|${t.start}`;
  const where = node.groupKey.startsWith('indicator:') ? ` · ${plainText(node.row.path)}` : '';
  const origin = originOf?.(node.uri, t.start);
  item.description = `${strengthLabel(t.strength)}${passed ? ` · ${statusLabel('passed')}` : ''}${where}${origin ? ` · ${origin}` : ''}`;
  item.tooltip = t.text; // plain text: document content is never rendered as markup
  item.iconPath = passed ? new vscode.ThemeIcon('history', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('milestone');
  item.contextValue = passed ? 'policyLens.target.passed' : 'policyLens.target';
  item.command = { title: vscode.l10n.t('Reveal Target'), command: REVEAL_TARGET, arguments: [node.uri, node.row.range] };
  return item;
}
