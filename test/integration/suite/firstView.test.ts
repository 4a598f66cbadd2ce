// A first view that invites reading: Policy Text wraps by default, a Chinese plain-text document is
// offered Policy Text once (answered through the seams), the status bar shows each kind's count in
// its colour (the legend) and goes to the next one on a click, and the glossary's status line stays
// away from documents Policy Lens skips.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, ENGLISH, INTERVIEW, openUntitled, waitFor } from './helpers';

const KINDS = ['number', 'date', 'target', 'term'] as const;

async function show(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  const document = await openUntitled(content, language);
  await vscode.window.showTextDocument(document);
  return document;
}

describe('the first view', () => {
  afterEach(async () => {
    const a = await api();
    a.resetSeams();
    for (const kind of ['dates', 'terms']) {
      await vscode.workspace.getConfiguration('policyLens').update(`highlight.${kind}`, undefined, vscode.ConfigurationTarget.Global);
    }
    if (!a.highlightsOn()) { await vscode.commands.executeCommand('policyLens.toggleHighlights'); }
    await closeAllEditors();
  });

  it('wraps Policy Text by default (a language-scoped configuration default of this extension)', () => {
    const wrap = vscode.workspace.getConfiguration('editor', { languageId: 'policy-text' }).inspect('wordWrap');
    assert.strictEqual(wrap?.defaultLanguageValue, 'on');
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'policy-text' }).get('wordWrap'), 'on');
    // Plain text keeps VS Code's default: the offer below is how a plain-text document gets wrapped.
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'off');
  });

  describe('the offer of Policy Text', () => {
    it('switches a Chinese plain-text document on "Switch to Policy Text", once per document', async () => {
      const a = await api();
      const asked: string[][] = [];
      a.seams.offer = async (message: string, ...items: string[]) => { asked.push([message, ...items]); return items[0]; };
      const document = await show(INTERVIEW);
      const outcome = await waitFor('the offer', () => a.policyTextOffer(document.uri), 15000);
      assert.strictEqual(await outcome, 'switched');
      assert.deepStrictEqual(asked, [[
        'This looks like Chinese policy text. Open it as Policy Text, with wrapped lines and colours from the first moment?',
        'Switch to Policy Text', 'No',
      ]]);
      const switched = vscode.workspace.textDocuments.find(d => d.uri.toString() === document.uri.toString());
      assert.strictEqual(switched?.languageId, 'policy-text');
      // Analysed again as Policy Text: no second offer.
      await a.analysisFor(document.uri);
      assert.strictEqual(asked.length, 1);
    });

    it('never offers an English document', async () => {
      const a = await api();
      let asked = 0;
      a.seams.offer = async () => { asked++; return undefined; };
      const document = await show(ENGLISH);
      assert.strictEqual(await a.analysisFor(document.uri), undefined);
      await new Promise(resolve => setTimeout(resolve, 300));
      assert.strictEqual(a.policyTextOffer(document.uri), undefined);
      assert.strictEqual(asked, 0);
    });

    // Last of the offer's tests: "No" is remembered for the workspace, for the rest of the run.
    it('stops offering in this workspace after "No"', async () => {
      const a = await api();
      let asked = 0;
      a.seams.offer = async (_message: string, ...items: string[]) => { asked++; return items[1]; };
      const first = await show(INTERVIEW);
      assert.strictEqual(await waitFor('the offer', () => a.policyTextOffer(first.uri), 15000), 'declined');
      assert.strictEqual(first.languageId, 'plaintext');
      const second = await show(`${INTERVIEW}\n三是强化人才支撑。`);
      assert.ok(await a.analysisFor(second.uri));
      await new Promise(resolve => setTimeout(resolve, 300));
      assert.strictEqual(a.policyTextOffer(second.uri), undefined, 'no offer after No');
      assert.strictEqual(asked, 1);
    });
  });

  describe('the legend in the status bar', () => {
    it('shows each kind\'s count in its own theme colour, and a click goes to the next of that kind', async () => {
      const a = await api();
      const document = await show(INTERVIEW, 'policy-text');
      const analysis = await a.analysisFor(document.uri);
      assert.ok(analysis);
      const items = await waitFor('the counts', () => {
        const list = a.statusCounts();
        return list.every(i => i.visible) ? list : undefined;
      });
      const counts = { number: analysis.numbers.length, date: analysis.dates.length, target: analysis.targets.length, term: analysis.terms.length };
      const icons = { number: '$(symbol-number)', date: '$(calendar)', target: '$(target)', term: '$(book)' };
      assert.deepStrictEqual(items.map(i => [i.kind, i.text, i.color, i.command]), KINDS.map(k => [
        k, `${icons[k]} ${counts[k]}`, `policyLens.${k}Foreground`, `policyLens.next${k[0].toUpperCase()}${k.slice(1)}`,
      ]));
      // The same icons stand in the language status pop-up, beside each count.
      assert.strictEqual(a.languageStatus()?.text, KINDS.map(k => `${icons[k]} ${counts[k]}`).join('  '));
      const colors = (vscode.extensions.getExtension('policy-lens.policy-lens')?.packageJSON as { contributes: { colors: { id: string }[] } }).contributes.colors.map(c => c.id);
      for (const item of items) { assert.ok(colors.includes(item.color), `${item.color} is a contributed theme colour`); }

      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const number = items.find(i => i.kind === 'number');
      await vscode.commands.executeCommand(number!.command);
      const first = analysis.numbers[0];
      assert.deepStrictEqual([document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)], [first.start, first.end]);
    });

    it('hides a kind switched off, and every count while Toggle Highlights has them off', async () => {
      const a = await api();
      const document = await show(INTERVIEW, 'policy-text');
      assert.ok(await a.analysisFor(document.uri));
      await vscode.workspace.getConfiguration('policyLens').update('highlight.dates', false, vscode.ConfigurationTarget.Global);
      await waitFor('the date count hidden', () => (a.statusCounts().find(i => i.kind === 'date')?.visible === false ? true : undefined));
      assert.deepStrictEqual(a.statusCounts().filter(i => i.visible).map(i => i.kind), ['number', 'target', 'term']);
      await vscode.commands.executeCommand('policyLens.toggleHighlights');
      assert.deepStrictEqual(a.statusCounts().filter(i => i.visible).map(i => i.kind), []);
    });

    it('shows no counts beside a skipped document', async () => {
      const a = await api();
      const document = await show(ENGLISH);
      assert.strictEqual(await a.analysisFor(document.uri), undefined);
      await waitFor('the counts hidden', () => (a.statusCounts().every(i => !i.visible) ? true : undefined));
    });
  });

  describe('the glossary status line', () => {
    it('stands beside an analysed document, not beside a skipped one', async () => {
      const a = await api();
      const chinese = await show(INTERVIEW);
      assert.ok(await a.analysisFor(chinese.uri));
      await waitFor('the glossary line shown', () => (a.glossaryStatusVisible() ? true : undefined));
      const english = await show(ENGLISH);
      assert.strictEqual(await a.analysisFor(english.uri), undefined);
      await waitFor('the glossary line hidden', () => (a.glossaryStatusVisible() ? undefined : true));
      await vscode.window.showTextDocument(chinese);
      await waitFor('the glossary line back', () => (a.glossaryStatusVisible() ? true : undefined));
    });
  });
});
