// Highlights as VS Code received them: what setDecorations was called with, per kind, for every
// visible editor (diff sides included), the toggle command and the per-kind settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HighlightRanges } from '../../../src/extension/decorations';
import { api, closeAllEditors, ENGLISH, fixture, INTERVIEW, openUntitled, waitFor, workspaceFolder } from './helpers';

const KINDS = ['number', 'date', 'target', 'term'] as const;

function texts(document: vscode.TextDocument, ranges: HighlightRanges): Record<string, string[]> {
  return Object.fromEntries(KINDS.map(k => [k, ranges[k].map(r => document.getText(r))]));
}

async function decorated(editor: vscode.TextEditor, what = 'highlights', ok: (r: HighlightRanges) => boolean = r => r.number.length > 0): Promise<HighlightRanges> {
  const a = await api();
  return waitFor(`${what} in ${editor.document.uri.toString()}`, () => {
    const r = a.decorationsFor(editor);
    return r && ok(r) ? r : undefined;
  });
}

async function setHighlight(key: string, value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens.highlight').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('highlights (decorations)', () => {
  let seed: vscode.Uri | undefined;
  before(async () => { seed = await fixture('seed-2024-09-03.txt'); });
  afterEach(async () => {
    const a = await api();
    if (!a.highlightsOn()) { await vscode.commands.executeCommand('policyLens.toggleHighlights'); }
    for (const k of ['numbers', 'dates', 'targets', 'terms']) { await setHighlight(k, undefined); }
    await closeAllEditors();
  });

  describe('on the seed', () => {
    beforeEach(function () { if (!seed) { this.skip(); } });

    it('decorates numbers, dates, targets and terms exactly where the analysis found them', async () => {
      const editor = await vscode.window.showTextDocument(seed!);
      const analysis = await (await api()).analysisFor(seed!);
      assert.ok(analysis);
      const got = texts(editor.document, await decorated(editor));
      assert.ok(got.number.includes('32.5万亿元'), JSON.stringify(got.number));
      assert.ok(got.number.includes('27%'));
      assert.ok(got.date.includes('今年上半年'), JSON.stringify(got.date));
      assert.ok(got.target.includes('力争到2027年建成200个左右高标准数字园区'), JSON.stringify(got.target));
      assert.ok(got.term.includes('新型工业化'), JSON.stringify(got.term));
      assert.deepStrictEqual(got, {
        number: analysis.numbers.map(s => s.text), date: analysis.dates.map(s => s.text),
        target: analysis.targets.map(s => s.text), term: analysis.terms.map(s => s.text),
      });
    });

    it('turns every kind off and back on with Toggle Highlights', async () => {
      const a = await api();
      const editor = await vscode.window.showTextDocument(seed!);
      const before = texts(editor.document, await decorated(editor));
      assert.strictEqual(await vscode.commands.executeCommand('policyLens.toggleHighlights'), false);
      assert.strictEqual(a.highlightsOn(), false);
      assert.deepStrictEqual(a.decorationsFor(editor), { number: [], date: [], target: [], term: [] });
      assert.strictEqual(await vscode.commands.executeCommand('policyLens.toggleHighlights'), true);
      assert.deepStrictEqual(texts(editor.document, a.decorationsFor(editor)!), before);
    });

    it('keeps highlights off for editors opened while they are off', async () => {
      const a = await api();
      await vscode.commands.executeCommand('policyLens.toggleHighlights');
      const editor = await vscode.window.showTextDocument(seed!);
      await a.analysisFor(seed!);
      const r = await decorated(editor, 'a (blank) record', () => true);
      assert.deepStrictEqual(r, { number: [], date: [], target: [], term: [] });
    });

    const perKind: [string, typeof KINDS[number]][] = [['numbers', 'number'], ['dates', 'date'], ['targets', 'target'], ['terms', 'term']];
    for (const [setting, kind] of perKind) {
      it(`hides only ${kind}s with policyLens.highlight.${setting}: false`, async () => {
        const editor = await vscode.window.showTextDocument(seed!);
        const all = await decorated(editor);
        await setHighlight(setting, false);
        const r = await decorated(editor, `no ${kind}s`, x => x[kind].length === 0);
        for (const other of KINDS.filter(k => k !== kind)) {
          assert.strictEqual(r[other].length, all[other].length, `${other}s stay`);
        }
        await setHighlight(setting, undefined);
        await decorated(editor, `${kind}s back`, x => x[kind].length === all[kind].length);
      });
    }

    it('decorates both sides of a diff editor', async () => {
      const copy = vscode.Uri.joinPath(workspaceFolder(), 'it-seed-copy.txt');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seed!));
      await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(text.replace('32.5万亿元', '33.1万亿元')));
      try {
        await vscode.commands.executeCommand('vscode.diff', seed, copy, 'seed ↔ copy');
        const sides = await waitFor('both diff sides visible', () => {
          const editors = vscode.window.visibleTextEditors;
          const left = editors.find(e => e.document.uri.toString() === seed!.toString());
          const right = editors.find(e => e.document.uri.toString() === copy.toString());
          return left && right ? [left, right] : undefined;
        });
        const [left, right] = await Promise.all(sides.map(e => decorated(e)));
        assert.ok(texts(sides[0].document, left).number.includes('32.5万亿元'));
        assert.ok(texts(sides[1].document, right).number.includes('33.1万亿元'));
      } finally {
        await closeAllEditors();
        await vscode.workspace.fs.delete(copy);
      }
    });

    it('re-applies the known ranges as soon as an editor comes back, without waiting for analysis', async () => {
      const a = await api();
      const first = await vscode.window.showTextDocument(seed!);
      const ranges = await decorated(first);
      const other = await openUntitled(INTERVIEW, 'plaintext');
      await vscode.window.showTextDocument(other);
      const back = await vscode.window.showTextDocument(seed!);
      // No waitFor: the visible-editors event applied them before showTextDocument resolved.
      const now = a.decorationsFor(back);
      assert.ok(now, 'the returning editor is decorated at once');
      assert.deepStrictEqual(now.number.map(r => back.document.getText(r)), ranges.number.map(r => first.document.getText(r)));
    });
  });

  it('keeps the last ranges while typing and updates them when the new analysis lands', async () => {
    const a = await api();
    const document = await openUntitled(INTERVIEW, 'plaintext');
    const editor = await vscode.window.showTextDocument(document);
    const before = await decorated(editor);
    assert.ok(texts(document, before).number.includes('1000家'), JSON.stringify(texts(document, before)));
    const countBefore = before.number.length;
    await editor.edit(b => b.insert(new vscode.Position(document.lineCount - 1, 0), '三是扩大投资。全年新增投资300亿元。\n'));
    assert.strictEqual(a.decorationsFor(editor), before, 'the same record right after the edit: nothing was cleared');
    const after = await decorated(editor, 'the new number', r => r.number.length === countBefore + 1);
    assert.ok(texts(document, after).number.includes('300亿元'));
  });

  it('leaves English plain text undecorated', async () => {
    const a = await api();
    const document = await openUntitled(ENGLISH, 'plaintext');
    const editor = await vscode.window.showTextDocument(document);
    assert.strictEqual(await a.analysisFor(document.uri), undefined);
    const r = a.decorationsFor(editor);
    assert.ok(r === undefined || KINDS.every(k => r[k].length === 0), JSON.stringify(r));
  });

  it('declares its colours for dark, light and both high-contrast themes', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const colors = (ext?.packageJSON as { contributes: { colors: { id: string; defaults: Record<string, string> }[] } }).contributes.colors;
    const ids = colors.map(c => c.id);
    for (const id of ['policyLens.numberBackground', 'policyLens.numberBorder', 'policyLens.dateBackground', 'policyLens.dateBorder', 'policyLens.targetUnderline', 'policyLens.termUnderline']) {
      assert.ok(ids.includes(id), id);
    }
    for (const c of colors.filter(c => c.id.startsWith('policyLens.'))) {
      assert.deepStrictEqual(Object.keys(c.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], c.id);
    }
  });
});
