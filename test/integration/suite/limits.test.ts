// Limits that speak: an oversized document, a very long line or a wrong encoding gets a one-time
// notification with the action that helps, besides the reason in the status item; unusable setting
// values are reported once, by name and value, and the default stays in use.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/api';
import { api, closeAllEditors, INTERVIEW, openUntitled, waitFor, workspaceFolder } from './helpers';

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update(key, value, vscode.ConfigurationTarget.Global);
}

async function show(content: string): Promise<vscode.TextDocument> {
  const document = await openUntitled(content, 'plaintext');
  await vscode.window.showTextDocument(document);
  return document;
}

const settle = () => new Promise(resolve => setTimeout(resolve, 500));

describe('limits that speak', () => {
  let a: PolicyLensApi;
  let warnings: { message: string; items: string[] }[];

  beforeEach(async () => {
    a = await api();
    warnings = [];
    a.seams.showWarning = async (message: string, ...items: string[]) => { warnings.push({ message, items }); return undefined; };
  });

  afterEach(async () => {
    await setSetting('maxDocumentSize', undefined);
    await setSetting('maxLineLength', undefined);
    await setSetting('minChineseRatio', undefined);
    await closeAllEditors();
    a.resetSeams();
  });

  it('tells once that a document is over policyLens.maxDocumentSize, and how to raise it', async () => {
    await setSetting('maxDocumentSize', 50);
    const document = await show(INTERVIEW);
    const warning = await waitFor('the size notification', () => warnings.find(w => w.message.includes('maxDocumentSize')));
    assert.strictEqual(warning.message,
      `Policy Lens skipped ${document.uri.path}: it has ${INTERVIEW.length} characters, more than policyLens.maxDocumentSize (50). Raise the limit to analyse it.`);
    assert.deepStrictEqual(warning.items, ['Open Settings']);
    const status = await waitFor('the reason in the status item', () => {
      const s = a.languageStatus();
      return s?.detail.startsWith('too large') ? s : undefined;
    });
    assert.strictEqual(status.severity, vscode.LanguageStatusSeverity.Warning);

    // Asked again, shown again, re-gated after a settings change: still one notification.
    assert.strictEqual(await a.analysisFor(document.uri), undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(document);
    await setSetting('maxDocumentSize', 60);
    await settle();
    assert.strictEqual(await a.analysisFor(document.uri), undefined);
    assert.strictEqual(warnings.length, 1, JSON.stringify(warnings));
  });

  it('says nothing extra about a large document that is not Chinese anyway', async () => {
    await setSetting('maxDocumentSize', 50);
    await show('An English log line that is longer than fifty characters, easily.\n'.repeat(3));
    await settle();
    assert.deepStrictEqual(warnings, []);
  });

  it('skips a document with a line over policyLens.maxLineLength and says which line', async () => {
    await setSetting('maxLineLength', 100);
    const long = '加快推进新型工业化'.repeat(20); // 180 characters
    const document = await show(`标题\n\n${long}\n结尾。\n`);
    assert.deepStrictEqual(await a.gateFor(document.uri), { ok: false, reason: 'lineTooLong', line: 2, length: long.length, limit: 100 });
    const warning = await waitFor('the line-length notification', () => warnings.find(w => w.message.includes('maxLineLength')));
    assert.strictEqual(warning.message,
      `Policy Lens skipped ${document.uri.path}: line 3 has ${long.length} characters, more than policyLens.maxLineLength (100). Raise the limit to analyse it.`);
    const status = await waitFor('the reason in the status item', () => {
      const s = a.languageStatus();
      return s?.detail.startsWith('line 3') ? s : undefined;
    });
    assert.strictEqual(status.detail, `line 3 has ${long.length} characters (limit 100) — raise policyLens.maxLineLength`);
    assert.deepStrictEqual(status.command?.arguments, ['policyLens.maxLineLength']);

    await setSetting('maxLineLength', undefined);
    assert.ok(await waitFor('the analysis under the default limit', () => a.analysisFor(document.uri)));
  });

  it('follows edits that make a line too long and short again', async () => {
    await setSetting('maxLineLength', 100);
    const line = '加快推进新型工业化。'.repeat(5); // 50 characters
    const document = await show(`${line}\n${line}\n${line}\n`);
    assert.strictEqual((await a.gateFor(document.uri)).ok, true);
    const edit = async (apply: (e: vscode.WorkspaceEdit) => void) => {
      const e = new vscode.WorkspaceEdit();
      apply(e);
      assert.ok(await vscode.workspace.applyEdit(e));
    };
    // Typing a line of 60 more characters into line 2 (index 1).
    await edit(e => e.insert(document.uri, new vscode.Position(1, 10), '中'.repeat(60)));
    assert.deepStrictEqual(await a.gateFor(document.uri), { ok: false, reason: 'lineTooLong', line: 1, length: 110, limit: 100 });
    await edit(e => e.delete(document.uri, new vscode.Range(1, 10, 1, 70)));
    assert.strictEqual((await a.gateFor(document.uri)).ok, true);
    // A paste of several lines, the last of them too long.
    await edit(e => e.insert(document.uri, new vscode.Position(2, 0), `短\n短\n${'长'.repeat(101)}\n`));
    assert.deepStrictEqual(await a.gateFor(document.uri), { ok: false, reason: 'lineTooLong', line: 4, length: 101, limit: 100 });
  });

  it('suggests "Reopen with Encoding" for a document full of U+FFFD', async () => {
    const document = await show(`${'\uFFFD\uFFFD\uFFFD 12 \uFFFD\uFFFD\n'.repeat(200)}`);
    const gate = await a.gateFor(document.uri);
    assert.strictEqual(gate.ok ? 'ok' : gate.reason, 'misdecoded');
    const warning = await waitFor('the encoding notification', () => warnings.find(w => w.message.includes('U+FFFD')));
    // An untitled document is named by its path (the test gives each one a name of its own).
    const shown = document.uri.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(warning.message, new RegExp(`^Policy Lens skipped ${shown}: \\d+ % of its characters could not be decoded \\(U\\+FFFD\\)\\. It was probably opened with the wrong encoding; reopen it with the right one \\(e\\.g\\. GB 18030 for older Chinese files\\)\\.$`));
    assert.deepStrictEqual(warning.items, ['Reopen with Encoding']);
    const status = await waitFor('the reason in the status item', () => {
      const s = a.languageStatus();
      return s?.detail.includes('U+FFFD') ? s : undefined;
    });
    assert.strictEqual(status.command?.command, 'workbench.action.editor.changeEncoding');
    assert.ok((await vscode.commands.getCommands(true)).includes('workbench.action.editor.changeEncoding'), 'the action\'s command exists');
  });

  it('skips a binary-looking document with a reason and no notification', async () => {
    const document = await show(`PK\u0003\u0004${'\u0000\u0001\u0002中'.repeat(300)}`);
    assert.deepStrictEqual(await a.gateFor(document.uri), { ok: false, reason: 'binary' });
    const status = await waitFor('the reason in the status item', () => {
      const s = a.languageStatus();
      return s?.detail === 'looks like a binary file' ? s : undefined;
    });
    assert.strictEqual(status.text, 'Policy Lens: skipped');
    await settle();
    assert.deepStrictEqual(warnings, []);
  });

  describe('bad configuration', () => {
    const cases: { key: string; value: unknown; message: string; used: Record<string, unknown> }[] = [
      {
        key: 'maxDocumentSize', value: 'big',
        message: 'Policy Lens: the setting policyLens.maxDocumentSize is "big", which is not a number from 0 to ∞. 5000000 is used instead.',
        used: { maxDocumentSize: 5_000_000 },
      },
      {
        key: 'minChineseRatio', value: 1.5,
        message: 'Policy Lens: the setting policyLens.minChineseRatio is 1.5, which is not a number from 0 to 1. 0.3 is used instead.',
        used: { minChineseRatio: 0.3 },
      },
      {
        key: 'maxLineLength', value: -5,
        message: 'Policy Lens: the setting policyLens.maxLineLength is -5, which is not a number from 1 to ∞. 100000 is used instead.',
        used: { maxLineLength: 100_000 },
      },
    ];
    for (const c of cases) {
      it(`warns once about policyLens.${c.key} = ${JSON.stringify(c.value)} and uses ${JSON.stringify(Object.values(c.used)[0])}`, async () => {
        await setSetting(c.key, c.value);
        const warning = await waitFor('the settings warning', () => warnings.find(w => w.message.includes(`policyLens.${c.key}`)));
        assert.strictEqual(warning.message, c.message);
        assert.deepStrictEqual(warning.items, ['Open Settings']);
        const settings = a.settingsFor(workspaceFolder()) as unknown as Record<string, unknown>;
        for (const [k, v] of Object.entries(c.used)) { assert.strictEqual(settings[k], v, k); }
        // Analysis goes on with the value in force, and the warning is not repeated.
        const document = await show(INTERVIEW);
        assert.ok(await a.analysisFor(document.uri));
        await settle();
        assert.strictEqual(warnings.length, 1, JSON.stringify(warnings));
      });
    }
  });
});
