// One analysis per document version (docs/architecture.md, rules 1 and 2). Every provider, view and decoration
// reads from here; none rescans the text.
//
// A version is analysed by running the core's `analyzeSteps` in slices of a few milliseconds with a
// turn of the event loop between them, so a 5 MB document never stalls the extension host. Work for
// a version is dropped as soon as a newer version exists. Typing is debounced; a provider that asks
// for the current version starts its analysis at once.
import * as vscode from 'vscode';
import { analyzeSteps } from '../core/analyze';
import { runInSlices } from '../core/sliceRunner';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { LANGUAGES, type GateResult } from './gate';
import { yieldToHost } from './yieldToHost';

export interface AnalysisStats {
  /** Longest synchronous stretch spent analysing (the getText before the first slice included), in ms. */
  longestSliceMs: number;
  slices: number;
  /** Analyses finished, each for a distinct (document, version, options). */
  completed: number;
  /** Analyses dropped because a newer version arrived, the document closed or settings changed. */
  abandoned: number;
  /** Analyses that threw (logged; the document shows nothing for that version). */
  failed: number;
  /** Wall time of the last finished analysis from start to end, yields included, in ms. */
  lastAnalysisMs: number;
  reset(): void;
}

function createStats(): AnalysisStats {
  return {
    longestSliceMs: 0, slices: 0, completed: 0, abandoned: 0, failed: 0, lastAnalysisMs: 0,
    reset() { Object.assign(this, { longestSliceMs: 0, slices: 0, completed: 0, abandoned: 0, failed: 0, lastAnalysisMs: 0 }); },
  };
}

export interface AnalyzedEvent {
  document: vscode.TextDocument;
  version: number;
  /** Undefined when the document is skipped; `gate` says why. */
  analysis: Analysis | undefined;
  gate: GateResult;
}

/** What the analysis options depend on: an open document, or a file read from disk (ledger/sources.ts). */
export interface AnalysisTarget {
  readonly uri: vscode.Uri;
  readonly languageId: string;
}

export interface AnalysisCacheHooks {
  gate(document: vscode.TextDocument): GateResult;
  /** The options of a document's analysis (settings, glossary, document date, ignore list). */
  optionsFor(target: AnalysisTarget): AnalyzeOptions;
  /** Debounce after an edit, in ms. */
  delay(document: vscode.TextDocument): number;
  /** Synchronous budget per slice, in ms (default: the slice runner's, 8 ms). */
  sliceBudgetMs?: number;
  /** Settles when the analysis may start (the built-in glossary has been read). */
  ready?: Promise<unknown>;
}

interface Job {
  readonly version: number;
  readonly promise: Promise<Analysis | undefined>;
  resolve(analysis: Analysis | undefined): void;
  timer: ReturnType<typeof setTimeout> | undefined;
  started: boolean;
  settled: boolean;
}

interface Entry {
  document: vscode.TextDocument;
  /** The last finished analysis (possibly of an older version: decorations keep showing it). */
  done?: { version: number; analysis: Analysis };
  job?: Job;
  gate?: { version: number; result: GateResult };
  /** A version whose analysis threw: not retried until the text changes. */
  failedVersion?: number;
  /** Last version reported through onDidAnalyze, so a skip is announced once per version. */
  announcedVersion?: number;
}

export class AnalysisCache implements vscode.Disposable {
  readonly stats: AnalysisStats = createStats();
  private readonly entries = new Map<string, Entry>();
  private readonly analyzed = new vscode.EventEmitter<AnalyzedEvent>();
  private readonly invalidated = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A document's analysis landed, or the document is now skipped. */
  readonly onDidAnalyze = this.analyzed.event;
  /** Every cached analysis was dropped (settings changed): pull-based providers should re-ask. */
  readonly onDidInvalidate = this.invalidated.event;

  constructor(private readonly hooks: AnalysisCacheHooks) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument(e => this.onDidChange(e.document)),
      vscode.workspace.onDidCloseTextDocument(d => this.evict(d.uri)),
      this.analyzed, this.invalidated,
    );
  }

  /** The analysis of exactly this version of the document, or undefined when it is skipped or superseded. */
  get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (document.isClosed) { return Promise.resolve(undefined); }
    const entry = this.entryFor(document);
    const version = document.version;
    const gate = this.gateOf(document, entry);
    if (!gate.ok) {
      this.skip(entry, gate);
      return Promise.resolve(undefined);
    }
    if (entry.done?.version === version) { return Promise.resolve(entry.done.analysis); }
    if (entry.failedVersion === version) { return Promise.resolve(undefined); }
    let job = entry.job;
    if (!job || job.version !== version) {
      this.cancel(entry);
      job = entry.job = this.createJob(version);
    }
    this.start(entry, job);
    return job.promise;
  }

  /** Last finished analysis of the document, whatever its version: for views that must not flicker. */
  /** The options an analysis of `target` runs with: a file read from disk gets what its open document would. */
  optionsFor(target: AnalysisTarget): AnalyzeOptions {
    return this.hooks.optionsFor(target);
  }

  peek(uri: vscode.Uri): { version: number; analysis: Analysis } | undefined {
    return this.entries.get(uri.toString())?.done;
  }

  /** Why the current version of the document is (not) analysed. */
  gate(document: vscode.TextDocument): GateResult {
    const entry = this.entries.get(document.uri.toString());
    return entry ? this.gateOf(document, entry) : this.hooks.gate(document);
  }

  /**
   * Drop the analyses and gate decisions of one document, or of all (settings changed); visible
   * documents are redone at once. Whoever awaits work that was under way for the current version
   * gets the analysis made under the new settings, not undefined: nothing about the text changed.
   */
  invalidate(uri?: vscode.Uri): void {
    const entries = uri ? [this.entries.get(uri.toString())].filter((e): e is Entry => e !== undefined) : [...this.entries.values()];
    for (const entry of entries) {
      const waiting = this.detach(entry);
      entry.done = undefined;
      entry.gate = undefined;
      entry.failedVersion = undefined;
      entry.announcedVersion = undefined;
      if (waiting && !entry.document.isClosed && waiting.version === entry.document.version) {
        void this.get(entry.document).then(analysis => waiting.resolve(analysis));
      } else {
        waiting?.resolve(undefined);
      }
    }
    for (const editor of vscode.window.visibleTextEditors) {
      if (entries.some(e => e.document === editor.document)) { void this.get(editor.document); }
    }
    this.invalidated.fire();
  }

  dispose(): void {
    for (const entry of this.entries.values()) { this.cancel(entry); }
    this.entries.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private entryFor(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry || entry.document !== document) {
      if (entry) { this.cancel(entry); }
      entry = { document };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private gateOf(document: vscode.TextDocument, entry: Entry): GateResult {
    if (entry.gate?.version !== document.version) {
      entry.gate = { version: document.version, result: this.hooks.gate(document) };
    }
    return entry.gate.result;
  }

  private onDidChange(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    // Documents nobody has asked about are left alone, unless they are on screen in one of our
    // languages (typing may have just made them Chinese enough).
    if (!this.entries.has(key)
      && !(LANGUAGES.includes(document.languageId) && vscode.window.visibleTextEditors.some(e => e.document === document))) { return; }
    const entry = this.entryFor(document);
    // Events without a new version (dirty-state flips) need nothing.
    if (entry.job?.version === document.version || entry.done?.version === document.version) { return; }
    this.cancel(entry);
    const job = entry.job = this.createJob(document.version);
    job.timer = setTimeout(() => {
      job.timer = undefined;
      if (entry.job !== job) { return; }
      const gate = this.gateOf(document, entry);
      if (gate.ok) { this.start(entry, job); } else { this.skip(entry, gate); }
    }, this.hooks.delay(document));
  }

  private evict(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry) { return; }
    this.cancel(entry);
    this.entries.delete(key);
  }

  private createJob(version: number): Job {
    let resolve!: (analysis: Analysis | undefined) => void;
    const promise = new Promise<Analysis | undefined>(r => { resolve = r; });
    const job: Job = {
      version, promise, timer: undefined, started: false, settled: false,
      resolve: (analysis) => { if (!job.settled) { job.settled = true; resolve(analysis); } },
    };
    return job;
  }

  /** Abandon the pending work of an entry; whoever awaits it gets undefined. */
  private cancel(entry: Entry): void {
    this.detach(entry)?.resolve(undefined);
  }

  /** Stop the pending work of an entry and hand back its job, unresolved. */
  private detach(entry: Entry): Job | undefined {
    const job = entry.job;
    if (!job) { return undefined; }
    entry.job = undefined;
    if (job.timer !== undefined) { clearTimeout(job.timer); job.timer = undefined; }
    if (job.started && !job.settled) { this.stats.abandoned++; }
    return job;
  }

  private skip(entry: Entry, gate: GateResult): void {
    this.cancel(entry);
    const hadAnalysis = entry.done !== undefined;
    entry.done = undefined;
    const version = entry.document.version;
    if (hadAnalysis || entry.announcedVersion !== version) {
      entry.announcedVersion = version;
      this.analyzed.fire({ document: entry.document, version, analysis: undefined, gate });
    }
  }

  private start(entry: Entry, job: Job): void {
    if (job.timer !== undefined) { clearTimeout(job.timer); job.timer = undefined; }
    if (job.started) { return; }
    job.started = true;
    void this.run(entry, job);
  }

  private async run(entry: Entry, job: Job): Promise<void> {
    const document = entry.document;
    const current = () => entry.job === job && !document.isClosed && document.version === job.version;
    if (this.hooks.ready) {
      await this.hooks.ready;
      if (!current()) {
        if (entry.job === job) { this.cancel(entry); }
        return;
      }
    }
    const before = performance.now();
    try {
      const text = document.getText();
      const getTextMs = performance.now() - before;
      const run = runInSlices(analyzeSteps(text, this.hooks.optionsFor(document)), {
        budgetMs: this.hooks.sliceBudgetMs,
        yieldFn: yieldToHost,
        isCancelled: () => !current(),
      });
      // The first slice ran synchronously right after getText: together they are one stretch.
      this.recordSlice(getTextMs + run.stats.longestSliceMs);
      const analysis = await run;
      this.stats.slices += run.stats.slices;
      this.recordSlice(run.stats.longestSliceMs);
      if (analysis === undefined) {
        // Normally cancel() already ran (edit, close, invalidate) and counted it.
        if (entry.job === job) { this.cancel(entry); }
        return;
      }
      this.finish(entry, job, analysis, getTextMs + run.stats.elapsedMs);
    } catch (error) {
      this.stats.failed++;
      console.error(`[policy-lens] analysis of ${document.uri.toString()} (version ${job.version}) failed:`, error);
      if (entry.job === job) { entry.job = undefined; entry.failedVersion = job.version; }
      job.resolve(undefined);
    }
  }

  private finish(entry: Entry, job: Job, analysis: Analysis, elapsedMs: number): void {
    this.stats.completed++;
    this.stats.lastAnalysisMs = elapsedMs;
    if (entry.job === job) { entry.job = undefined; }
    entry.done = { version: job.version, analysis };
    entry.announcedVersion = job.version;
    job.resolve(analysis);
    const gate = this.gateOf(entry.document, entry);
    this.analyzed.fire({ document: entry.document, version: job.version, analysis, gate });
  }

  private recordSlice(ms: number): void {
    if (ms > this.stats.longestSliceMs) { this.stats.longestSliceMs = ms; }
  }
}
