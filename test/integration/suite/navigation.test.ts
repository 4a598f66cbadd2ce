// Next/previous annotation commands: what they select, in which order, and how they wrap.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NavigationResult } from '../../../src/extension/navigation';
import { api, closeAllEditors, fixture, INTERVIEW, openUntitled, waitFor } from './helpers';

async function run(command: string): Promise<NavigationResult | undefined> {
  return vscode.commands.executeCommand<NavigationResult | undefined>(`policyLens.${command}`);
}

function selected(editor: vscode.TextEditor): string {
  return editor.document.getText(editor.selection);
}

async function showAtStart(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri);
  assert.ok(await (await api()).analysisFor(uri), 'analysed');
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

describe('navigation between annotations', () => {
  let seed: vscode.Uri | undefined;
  before(async () => { seed = await fixture('seed-2024-09-03.txt'); });
  after(closeAllEditors);

  describe('on the seed', () => {
    beforeEach(function () { if (!seed) { this.skip(); } });

    it('goes from the start to the first number, 27%, then on to 32.5万亿元 and back', async () => {
      const editor = await showAtStart(seed!);
      const first = await run('nextNumber');
      assert.strictEqual(selected(editor), '27%');
      assert.deepStrictEqual([first?.text, first?.wrapped], ['27%', false]);
      await run('nextNumber');
      assert.strictEqual(selected(editor), '32.5万亿元');
      await run('previousNumber');
      assert.strictEqual(selected(editor), '27%');
    });

    it('goes to the first target, then the second, then wraps to the first', async () => {
      const editor = await showAtStart(seed!);
      await run('nextTarget');
      assert.strictEqual(selected(editor), '力争到2027年建成200个左右高标准数字园区');
      const second = await run('nextTarget');
      assert.strictEqual(selected(editor), '力争到2027年实现专精特新“小巨人”企业数字化改造全覆盖');
      assert.strictEqual(second?.wrapped, false);
      const wrapped = await run('nextTarget');
      assert.strictEqual(selected(editor), '力争到2027年建成200个左右高标准数字园区');
      assert.strictEqual(wrapped?.wrapped, true);
    });

    it('wraps backwards from the start to the last target', async () => {
      const editor = await showAtStart(seed!);
      const result = await run('previousTarget');
      assert.strictEqual(selected(editor), '力争到2027年实现专精特新“小巨人”企业数字化改造全覆盖');
      assert.strictEqual(result?.wrapped, true);
    });

    it('finds 今年上半年 among the dates, and selection reveals it', async () => {
      const editor = await showAtStart(seed!);
      const analysis = await (await api()).analysisFor(seed!);
      const index = analysis!.dates.findIndex(d => d.text === '今年上半年');
      assert.ok(index >= 0);
      for (let i = 0; i <= index; i++) { await run('nextDate'); }
      assert.strictEqual(selected(editor), '今年上半年');
      // visibleRanges follow the reveal once the workbench has scrolled.
      await waitFor('the span scrolled into view', () => (editor.visibleRanges.some(r => r.contains(editor.selection)) ? true : undefined));
    });

    it('visits every number once, in order, before wrapping', async () => {
      const editor = await showAtStart(seed!);
      const analysis = await (await api()).analysisFor(seed!);
      const seen: string[] = [];
      for (let i = 0; i < analysis!.numbers.length; i++) {
        const r = await run('nextNumber');
        assert.strictEqual(r?.wrapped, false, `no wrap before the end (${i})`);
        seen.push(selected(editor));
      }
      assert.deepStrictEqual(seen, analysis!.numbers.map(n => n.text));
      assert.strictEqual((await run('nextNumber'))?.wrapped, true);
      assert.strictEqual(selected(editor), analysis!.numbers[0].text);
    });

    it('steps through every annotation of any kind, ordered by where it starts', async () => {
      const editor = await showAtStart(seed!);
      const analysis = (await (await api()).analysisFor(seed!))!;
      const all = [...analysis.numbers, ...analysis.dates, ...analysis.targets, ...analysis.terms]
        .sort((a, b) => a.start - b.start || a.end - b.end);
      const first = await run('nextAnnotation');
      assert.deepStrictEqual([first?.start, first?.end], [all[0].start, all[0].end]);
      assert.strictEqual(selected(editor), all[0].text);
      // A target contains its numbers: from the target, "next" enters it.
      const target = analysis.targets[0];
      editor.selection = new vscode.Selection(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
      const inner = await run('nextAnnotation');
      const expected = all.find(s => s.start > target.start);
      assert.deepStrictEqual([inner?.start, inner?.text], [expected?.start, expected?.text]);
      const back = await run('previousAnnotation');
      const before = all.filter(s => s.start < expected!.start).pop();
      assert.deepStrictEqual([back?.start, back?.text], [before?.start, before?.text]);
    });
  });

  it('does nothing, with a message, where there is nothing of the kind', async () => {
    const document = await openUntitled(INTERVIEW, 'plaintext');
    const editor = await vscode.window.showTextDocument(document);
    const analysis = await (await api()).analysisFor(document.uri);
    assert.ok(analysis);
    assert.deepStrictEqual(analysis.terms, [], 'the interview has no glossary terms');
    editor.selection = new vscode.Selection(2, 1, 2, 1);
    assert.strictEqual(await run('nextTerm'), undefined);
    assert.deepStrictEqual([editor.selection.start.line, editor.selection.start.character, editor.selection.isEmpty], [2, 1, true]);
  });

  it('binds alt+] and alt+[ in the three languages, and puts every command in the palette', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const pkg = ext?.packageJSON as { contributes: { keybindings: { command: string; key: string; when: string }[]; commands: { command: string }[] } };
    const next = pkg.contributes.keybindings.find(k => k.command === 'policyLens.nextAnnotation');
    const previous = pkg.contributes.keybindings.find(k => k.command === 'policyLens.previousAnnotation');
    assert.deepStrictEqual([next?.key, previous?.key], ['alt+]', 'alt+[']);
    for (const k of [next!, previous!]) {
      assert.match(k.when, /editorTextFocus/);
      for (const language of ['plaintext', 'markdown', 'policy-text']) { assert.ok(k.when.includes(language), `${k.command}: ${language}`); }
    }
    const ids = pkg.contributes.commands.map(c => c.command);
    for (const kind of ['Annotation', 'Number', 'Date', 'Target', 'Term']) {
      for (const direction of ['next', 'previous']) { assert.ok(ids.includes(`policyLens.${direction}${kind}`), `${direction}${kind}`); }
    }
  });
});
