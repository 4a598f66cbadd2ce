// The last comparison of "Compare Targets…": the files compared, their analyses and the ledger
// built from them (src/core/ledger). It keeps up with the files: an open document that is edited
// (its new analysis lands in the cache), a file changed on disk, a file added to or removed from a
// compared folder, a document date set for one of them — each rebuilds the ledger, once per burst.
import * as vscode from 'vscode';
import { buildLedger, type Ledger } from '../../core/ledger';
import type { AnalysisCache } from '../analysisCache';
import { comparedFiles, displayNames } from './files';
import { analyseSource, openDocument, type SourceAnalysis } from './sources';

export interface ComparedDocument {
  uri: vscode.Uri;
  /** Its name in the table (unique). */
  name: string;
  /** Undefined when it could not be analysed (`skipped`: not Chinese enough, too large, switched off). */
  source?: SourceAnalysis;
  status: 'ok' | 'skipped' | 'unreadable';
}

export interface Comparison {
  documents: readonly ComparedDocument[];
  ledger: Ledger;
  /** A folder held more files than are compared. */
  capped: boolean;
}

const REBUILD_DELAY_MS = 200;

export class LedgerSession implements vscode.Disposable {
  private selection: vscode.Uri[] = [];
  private current: Comparison | undefined;
  private readonly changed = new vscode.EventEmitter<Comparison>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private stale = new Set<string>();
  private reexpand = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts comparisons: a build of an earlier one stops as soon as a new one is asked for. */
  private generation = 0;
  /** Builds run one after another, so that a partial build never reads a comparison being replaced. */
  private queue: Promise<unknown> = Promise.resolve();

  /** The comparison was made or brought up to date. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions.push(
      this.changed,
      cache.onDidAnalyze(e => { if (e.analysis && this.has(e.document.uri) && this.analysisOf(e.document.uri) !== e.analysis) { this.schedule(e.document.uri); } }),
      // A compared document that is closed is read again from disk (its unsaved edits are gone).
      vscode.workspace.onDidCloseTextDocument(d => { if (this.has(d.uri)) { this.schedule(d.uri); } }),
    );
  }

  get comparison(): Comparison | undefined { return this.current; }

  /** Compares the files of a selection (folders stand for their text files); undefined if a newer comparison replaced it first. */
  compare(selection: readonly vscode.Uri[]): Promise<Comparison | undefined> {
    this.selection = [...selection];
    this.generation++;
    if (this.timer !== undefined) { clearTimeout(this.timer); this.timer = undefined; }
    this.stale = new Set();
    this.reexpand = false;
    return this.enqueue(true);
  }

  /** Reads one compared file again (after its document date was set, say). */
  refresh(uri: vscode.Uri): void {
    if (this.has(uri)) { this.schedule(uri); }
  }

  /** The compared document of a table name. */
  documentNamed(name: string): ComparedDocument | undefined {
    return this.current?.documents.find(d => d.name === name);
  }

  dispose(): void {
    if (this.timer !== undefined) { clearTimeout(this.timer); }
    vscode.Disposable.from(...this.subscriptions, ...this.watchers).dispose();
  }

  private analysisOf(uri: vscode.Uri) {
    const key = uri.toString();
    return this.current?.documents.find(d => d.uri.toString() === key)?.source?.analysis;
  }

  private has(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.current?.documents.some(d => d.uri.toString() === key) ?? false;
  }

  private schedule(uri?: vscode.Uri): void {
    if (uri) { this.stale.add(uri.toString()); } else { this.reexpand = true; }
    if (this.timer !== undefined) { return; }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.enqueue(false);
    }, REBUILD_DELAY_MS);
  }

  private enqueue(full: boolean): Promise<Comparison | undefined> {
    const generation = this.generation;
    const build = this.queue.then(() => this.rebuild(full, generation));
    this.queue = build.catch(error => { console.error('[policy-lens] the ledger could not be built:', error); });
    return build;
  }

  /** Watches the compared files and folders on disk (changes, and files added to a folder). */
  private watch(folders: readonly vscode.Uri[]): void {
    vscode.Disposable.from(...this.watchers).dispose();
    const folderKeys = new Set(folders.map(f => f.toString()));
    this.watchers = this.selection.map(uri => {
      const slash = uri.path.lastIndexOf('/');
      const pattern = folderKeys.has(uri.toString())
        ? new vscode.RelativePattern(uri, '*.{txt,md}')
        : new vscode.RelativePattern(uri.with({ path: uri.path.slice(0, slash) || '/' }), uri.path.slice(slash + 1));
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      return vscode.Disposable.from(
        watcher,
        watcher.onDidChange(u => { if (!openDocument(u)) { this.refresh(u); } }),
        watcher.onDidCreate(() => this.schedule()),
        watcher.onDidDelete(() => this.schedule()),
      );
    });
  }

  /**
   * Builds the comparison: every file read on the first build and when the folders changed,
   * otherwise only the stale ones. A build of an earlier comparison stops without showing anything.
   */
  private async rebuild(full: boolean, generation: number): Promise<Comparison | undefined> {
    const superseded = () => generation !== this.generation;
    if (superseded()) { return undefined; }
    const reexpand = full || this.reexpand;
    const stale = this.stale;
    this.stale = new Set();
    this.reexpand = false;
    const previous = new Map((this.current?.documents ?? []).map(d => [d.uri.toString(), d]));
    const expanded = reexpand
      ? await comparedFiles(this.selection)
      : { files: (this.current?.documents ?? []).map(d => d.uri), capped: this.current?.capped ?? false, folders: undefined };
    if (superseded()) { return undefined; }
    if (expanded.folders) { this.watch(expanded.folders); }
    const names = displayNames(expanded.files);
    const documents: ComparedDocument[] = [];
    for (let i = 0; i < expanded.files.length; i++) {
      const uri = expanded.files[i];
      const known = previous.get(uri.toString());
      if (known && !stale.has(uri.toString()) && !full) { documents.push({ ...known, name: names[i] }); continue; }
      const result = await analyseSource(uri, this.cache, superseded);
      if (superseded()) { return undefined; }
      documents.push(result.ok
        ? { uri, name: names[i], source: result.source, status: 'ok' }
        : { uri, name: names[i], status: result.reason === 'unreadable' ? 'unreadable' : 'skipped' });
    }
    return this.settle(documents, expanded.capped);
  }

  private settle(documents: ComparedDocument[], capped: boolean): Comparison {
    const ledger = buildLedger(documents.flatMap(d => (d.source ? [{ name: d.name, analysis: d.source.analysis }] : [])));
    this.current = { documents, ledger, capped };
    this.changed.fire(this.current);
    return this.current;
  }
}
