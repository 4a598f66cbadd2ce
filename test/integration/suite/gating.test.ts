// Only substantially Chinese documents of the three languages, within the size limit, are analysed,
// and a skipped document says why in the language status item.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { chineseShare } from '../../../src/core/language';
import { api, closeAllEditors, ENGLISH, find, folding, INTERVIEW, openUntitled, outline, waitFor } from './helpers';

async function setSetting(key: string, value: unknown, languageId?: string): Promise<void> {
  const scope = languageId ? { languageId } : undefined;
  await vscode.workspace.getConfiguration('policyLens', scope).update(key, value, vscode.ConfigurationTarget.Global, languageId !== undefined);
}

async function show(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  const document = await openUntitled(content, language);
  await vscode.window.showTextDocument(document);
  return document;
}

describe('gating', () => {
  afterEach(async () => {
    await setSetting('enable', undefined);
    await setSetting('enable', undefined, 'markdown');
    await setSetting('maxDocumentSize', undefined);
    await setSetting('minChineseRatio', undefined);
    await closeAllEditors();
  });

  it('leaves an English plaintext document alone and says why', async () => {
    const a = await api();
    const document = await show(ENGLISH);
    assert.deepStrictEqual(await outline(document.uri), []);
    assert.deepStrictEqual(await folding(document.uri), []);
    assert.strictEqual(await a.analysisFor(document.uri), undefined);
    const share = chineseShare(ENGLISH).ratio;
    assert.deepStrictEqual(await a.gateFor(document.uri), { ok: false, reason: 'notChinese', share, minimum: 0.3 });
    const status = await waitFor('the skip in the status item', () => {
      const s = a.languageStatus();
      return s?.text === 'Policy Lens: skipped' ? s : undefined;
    });
    assert.strictEqual(status.detail, `${Math.round(share * 100)} % Chinese (minimum 30 %)`);
    assert.strictEqual(status.severity, vscode.LanguageStatusSeverity.Information);
    assert.deepStrictEqual([status.command?.command, status.command?.arguments], ['workbench.action.openSettings', ['policyLens.minChineseRatio']]);
  });

  it('shows the count of each kind with its icon, the document date, and a link to the Targets view', async () => {
    const a = await api();
    const document = await show(INTERVIEW);
    const analysis = await a.analysisFor(document.uri);
    assert.ok(analysis);
    const status = await waitFor('the counts in the status item', () => {
      const s = a.languageStatus();
      return s?.counts ? s : undefined;
    });
    assert.deepStrictEqual(status.counts, {
      number: analysis.numbers.length, date: analysis.dates.length, target: analysis.targets.length, term: analysis.terms.length,
    });
    assert.strictEqual(status.text,
      `$(symbol-number) ${analysis.numbers.length}  $(calendar) ${analysis.dates.length}  $(target) ${analysis.targets.length}  $(book) ${analysis.terms.length}`);
    // Short enough that the pop-up fits beside the status bar's right end.
    assert.ok(status.text.length + status.detail.length < 90, `${status.text} | ${status.detail}`);
    assert.strictEqual(status.detail, analysis.documentDate
      ? `document date ${analysis.documentDate.date} (${analysis.documentDate.source})`
      : 'no document date found');
    assert.strictEqual(status.command?.command, 'policyLens.targets.focus');
    await vscode.commands.executeCommand(status.command.command);
  });

  it('skips a document over policyLens.maxDocumentSize and says how to raise it', async () => {
    const a = await api();
    await setSetting('maxDocumentSize', 50);
    const document = await show(INTERVIEW);
    assert.deepStrictEqual(await outline(document.uri), []);
    const status = await waitFor('the size limit in the status item', () => {
      const s = a.languageStatus();
      return s?.detail.startsWith('too large') ? s : undefined;
    });
    assert.strictEqual(status.detail, `too large: ${INTERVIEW.length} characters (limit 50) — raise policyLens.maxDocumentSize`);
    assert.strictEqual(status.severity, vscode.LanguageStatusSeverity.Warning);
    assert.deepStrictEqual(status.command?.arguments, ['policyLens.maxDocumentSize']);
  });

  it('follows policyLens.minChineseRatio', async () => {
    const a = await api();
    const document = await openUntitled(ENGLISH, 'plaintext');
    await setSetting('minChineseRatio', 0);
    assert.ok(await a.analysisFor(document.uri), 'a minimum of 0 analyses English too');
    await setSetting('minChineseRatio', 1);
    const mixed = await openUntitled(INTERVIEW, 'plaintext');
    assert.strictEqual(await a.analysisFor(mixed.uri), undefined, 'a minimum of 1 needs pure Han');
  });

  it('turns off with policyLens.enable, also for an open, analysed document', async () => {
    const a = await api();
    const document = await show(INTERVIEW);
    assert.ok(await a.analysisFor(document.uri));
    await setSetting('enable', false);
    const status = await waitFor('"off" in the status item', () => {
      const s = a.languageStatus();
      return s?.text === 'Policy Lens: off' ? s : undefined;
    });
    assert.deepStrictEqual(status.command?.arguments, ['policyLens.enable']);
    assert.deepStrictEqual(await outline(document.uri), []);
    assert.strictEqual(await a.analysisFor(document.uri), undefined);
  });

  it('can be turned off for Markdown only ("[markdown]": {"policyLens.enable": false})', async () => {
    const a = await api();
    await setSetting('enable', false, 'markdown');
    const markdown = await openUntitled(INTERVIEW, 'markdown');
    const plain = await openUntitled(INTERVIEW, 'plaintext');
    assert.deepStrictEqual(await a.gateFor(markdown.uri), { ok: false, reason: 'disabled' });
    assert.ok(find(await outline(plain.uri), 'question', 2));
  });

  it('leaves other languages alone', async () => {
    const document = await openUntitled(JSON.stringify({ text: INTERVIEW }), 'json');
    assert.deepStrictEqual((await outline(document.uri)).filter(n => ['article', 'question', 'answer'].includes(n.kind)), []);
    assert.deepStrictEqual(await (await api()).gateFor(document.uri), { ok: false, reason: 'language', languageId: 'json' });
  });
});
