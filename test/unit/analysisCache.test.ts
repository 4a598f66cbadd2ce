// The analysis cache against a fake `vscode`: one analysis per version, slicing, debounce,
// abandonment, gating, eviction and invalidation.
import './fakes/installFakeVscode';
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { AnalysisCache, type AnalyzedEvent } from '../../src/extension/analysisCache';
import type { GateResult } from '../../src/extension/gate';
import { CHUNK_SIZE } from '../../src/core/analyze';
import { didChange, didClose, window, type FakeDocument } from './fakes/vscode';

const OK: GateResult = { ok: true, share: 0.9, size: 0 };
const line = '加快推进新型工业化，为推进中国式现代化提供坚实支撑。\n';
/** Enough whole lines for several analysis chunks. */
const LONG = line.repeat(Math.ceil((CHUNK_SIZE * 3) / line.length));

let counter = 0;
function doc(text = line, languageId = 'plaintext'): FakeDocument & vscode.TextDocument {
  const name = `untitled:doc-${++counter}`;
  const d: FakeDocument = { uri: { toString: () => name }, languageId, version: 1, isClosed: false, getText: () => text };
  return d as FakeDocument & vscode.TextDocument;
}

function edit(d: FakeDocument): void {
  d.version++;
  didChange.fire({ document: d });
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('AnalysisCache', () => {
  let cache: AnalysisCache;
  let gates: Map<FakeDocument, GateResult>;
  let getTextCalls: number;
  let events: AnalyzedEvent[];

  function make(options: { delay?: number; sliceBudgetMs?: number } = {}): AnalysisCache {
    gates = new Map();
    events = [];
    getTextCalls = 0;
    cache = new AnalysisCache({
      gate: d => gates.get(d as FakeDocument) ?? OK,
      optionsFor: () => { getTextCalls++; return {}; },
      delay: () => options.delay ?? 20,
      sliceBudgetMs: options.sliceBudgetMs ?? 8,
    });
    cache.onDidAnalyze(e => events.push(e));
    return cache;
  }

  afterEach(() => { cache.dispose(); window.visibleTextEditors = []; });

  it('analyses a version once, however many ask', async () => {
    make();
    const d = doc();
    const [a, b] = await Promise.all([cache.get(d), cache.get(d)]);
    const c = await cache.get(d);
    assert.ok(a);
    assert.equal(a, b);
    assert.equal(a, c);
    assert.equal(cache.stats.completed, 1);
    assert.equal(getTextCalls, 1);
    assert.deepEqual(events.map(e => [e.version, e.analysis === a]), [[1, true]]);
  });

  it('runs a long document in several slices and records the longest', async () => {
    make({ sliceBudgetMs: 0 });
    assert.ok(await cache.get(doc(LONG)));
    assert.ok(cache.stats.slices >= 3, `slices: ${cache.stats.slices}`);
    assert.ok(cache.stats.longestSliceMs > 0);
    assert.ok(cache.stats.lastAnalysisMs >= cache.stats.longestSliceMs);
  });

  it('abandons the analysis of a version as soon as a newer one arrives', async () => {
    make({ sliceBudgetMs: 0, delay: 10_000 });
    const d = doc(LONG);
    const first = cache.get(d);
    edit(d);
    assert.equal(await first, undefined);
    assert.equal(cache.stats.abandoned, 1);
    assert.equal(cache.stats.completed, 0);
    // The provider asking for version 2 does not wait for the debounce.
    const second = await cache.get(d);
    assert.ok(second);
    assert.equal(cache.stats.completed, 1);
    assert.deepEqual(events.map(e => e.version), [2]);
  });

  it('re-analyses an edited document after the debounce, once for a burst of edits', async () => {
    make({ delay: 30 });
    const d = doc();
    await cache.get(d);
    edit(d); edit(d); edit(d);
    await sleep(10);
    assert.equal(cache.stats.completed, 1, 'nothing before the delay');
    await sleep(60);
    assert.equal(cache.stats.completed, 2);
    assert.deepEqual(events.map(e => e.version), [1, 4]);
    assert.equal(cache.peek(d.uri as vscode.Uri)?.version, 4);
  });

  it('keeps the last analysis visible through peek while a new version is pending', async () => {
    make({ delay: 10_000 });
    const d = doc();
    const a = await cache.get(d);
    edit(d);
    assert.deepEqual(cache.peek(d.uri as vscode.Uri), { version: 1, analysis: a });
  });

  it('ignores edits to documents nobody asked about, unless they are visible', async () => {
    make({ delay: 0 });
    const hidden = doc();
    const shown = doc();
    window.visibleTextEditors = [{ document: shown }];
    edit(hidden);
    edit(shown);
    await sleep(20);
    assert.deepEqual(events.map(e => e.document), [shown]);
  });

  it('answers undefined for a skipped document and announces the skip once per version', async () => {
    make();
    const d = doc();
    const skip: GateResult = { ok: false, reason: 'notChinese', share: 0.05, minimum: 0.3 };
    gates.set(d, skip);
    assert.equal(await cache.get(d), undefined);
    assert.equal(await cache.get(d), undefined);
    assert.equal(cache.stats.completed, 0);
    assert.deepEqual(events.map(e => [e.version, e.analysis, e.gate]), [[1, undefined, skip]]);
    assert.deepEqual(cache.gate(d), skip);
  });

  it('drops a document on close: pending work resolves undefined, nothing is kept', async () => {
    make({ sliceBudgetMs: 0 });
    const d = doc(LONG);
    const pending = cache.get(d);
    d.isClosed = true;
    didClose.fire(d);
    assert.equal(await pending, undefined);
    assert.equal(cache.peek(d.uri as vscode.Uri), undefined);
  });

  it('analyses the same version again after invalidate (settings changed)', async () => {
    make();
    const d = doc();
    const a = await cache.get(d);
    let invalidated = 0;
    cache.onDidInvalidate(() => invalidated++);
    cache.invalidate();
    assert.equal(invalidated, 1);
    const b = await cache.get(d);
    assert.ok(b);
    assert.notEqual(a, b);
    assert.equal(cache.stats.completed, 2);
  });

  it('hands waiters of interrupted work the analysis made under the new settings', async () => {
    make({ sliceBudgetMs: 0 });
    const d = doc(LONG);
    const pending = cache.get(d);
    cache.invalidate();
    const analysis = await pending;
    assert.ok(analysis, 'the waiter got an analysis, not undefined');
    assert.equal(analysis, await cache.get(d));
  });

  it('invalidates one document without touching the others', async () => {
    make();
    const a = doc();
    const b = doc();
    const [first, other] = await Promise.all([cache.get(a), cache.get(b)]);
    cache.invalidate(a.uri as unknown as vscode.Uri);
    assert.notEqual(await cache.get(a), first, 'a was analysed again');
    assert.equal(await cache.get(b), other, 'b kept its analysis');
  });

  it('does not retry a version whose analysis threw', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => { errors.push(args); };
    try {
      gates = new Map();
      let calls = 0;
      cache = new AnalysisCache({
        gate: () => OK,
        optionsFor: () => { calls++; throw new Error('boom'); },
        delay: () => 0,
      });
      const d = doc();
      assert.equal(await cache.get(d), undefined);
      assert.equal(await cache.get(d), undefined);
      assert.equal(calls, 1);
      assert.equal(cache.stats.failed, 1);
      assert.equal(errors.length, 1);
    } finally {
      console.error = original;
    }
  });

  it('starts no analysis before `ready` settles, then analyses the version asked for', async () => {
    let open!: () => void;
    const ready = new Promise<void>(resolve => { open = resolve; });
    cache = new AnalysisCache({ gate: () => OK, optionsFor: () => ({}), delay: () => 0, ready });
    const d = doc();
    const pending = cache.get(d);
    await sleep(30);
    assert.equal(cache.stats.slices, 0);
    assert.equal(cache.stats.completed, 0);
    open();
    const a = await pending;
    assert.ok(a && a.terms.length > 0, 'the line holds glossary terms');
    assert.equal(cache.stats.completed, 1);
  });

  it('drops a version edited while it waited for `ready`', async () => {
    let open!: () => void;
    const ready = new Promise<void>(resolve => { open = resolve; });
    cache = new AnalysisCache({ gate: () => OK, optionsFor: () => ({}), delay: () => 0, ready });
    const d = doc();
    const first = cache.get(d);
    await sleep(5);
    edit(d);
    const second = cache.get(d);
    open();
    assert.equal(await first, undefined);
    assert.ok(await second);
    assert.equal(cache.stats.completed, 1);
  });

  it('resets its statistics', async () => {
    make();
    await cache.get(doc());
    cache.stats.reset();
    assert.deepEqual({ ...cache.stats, reset: undefined }, { longestSliceMs: 0, slices: 0, completed: 0, abandoned: 0, failed: 0, lastAnalysisMs: 0, reset: undefined });
  });
});
