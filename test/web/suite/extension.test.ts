// The extension's own behaviour in the web-worker host: the API, gating, folding and the sliced
// analysis (there the slices yield through MessageChannel, not setImmediate).
import * as assert from 'assert';
import * as vscode from 'vscode';
// The interview text and the API accessor are the integration suites' own (browser-safe) helpers.
import { api, INTERVIEW } from '../../integration/suite/helpers';

describe('extension in the web worker', () => {
  it('returns its API from activate', async () => {
    const a = await api();
    assert.strictEqual(typeof a.analysisFor, 'function');
    assert.strictEqual(typeof a.stats.longestSliceMs, 'number');
  });

  it('analyses a long document in slices, once per version', async () => {
    const a = await api();
    // About 20 analysis chunks of whole lines.
    const content = `${INTERVIEW}\n`.repeat(1500);
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    const before = { completed: a.stats.completed, slices: a.stats.slices };
    const [analysis, again] = await Promise.all([a.analysisFor(document.uri), a.analysisFor(document.uri)]);
    assert.ok(analysis);
    assert.strictEqual(again, analysis);
    assert.strictEqual(a.stats.completed - before.completed, 1);
    assert.ok(a.stats.slices - before.slices >= 1);
    const questions = analysis.outline.flatMap(function all(n): typeof analysis.outline { return [n, ...n.children.flatMap(all)]; })
      .filter(n => n.kind === 'question');
    assert.strictEqual(questions.length, 1500);
  });

  it('folds the answer of an interview', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: INTERVIEW });
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const answer = ranges.find(r => r.start === 4);
    assert.ok(answer, JSON.stringify(ranges));
    assert.strictEqual(answer.end, 8);
  });

  it('reads the built-in glossary (dist/glossary.json) in the web worker too', async () => {
    const a = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '加快发展新质生产力，培育专精特新企业。' });
    const analysis = await a.analysisFor(document.uri);
    assert.ok(analysis);
    assert.deepStrictEqual(analysis.terms.map(t => t.entry), ['新质生产力', '专精特新']);
  });

  it('leaves English text alone', async () => {
    const a = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Release notes\n\nVersion 2.3 fixes 14 bugs.\n' });
    assert.strictEqual(await a.analysisFor(document.uri), undefined);
    assert.strictEqual((await a.gateFor(document.uri)).ok, false);
  });
});
