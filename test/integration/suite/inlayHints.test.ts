// Inlay hints in a real VS Code (vscode.executeInlayHintProvider): off by default; once enabled, the
// resolved range after a relative date and the normalised value after a number, only in the range asked.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, fixture, INTERVIEW, openUntitled } from './helpers';

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update(key, value, vscode.ConfigurationTarget.Global);
}

function label(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map(p => p.value).join('');
}

async function hints(document: vscode.TextDocument, range?: vscode.Range): Promise<vscode.InlayHint[]> {
  const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  return await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range ?? whole) ?? [];
}

/** Hints as [offset, label] pairs in document order. */
function shown(document: vscode.TextDocument, list: readonly vscode.InlayHint[]): [number, string][] {
  return list.map(h => [document.offsetAt(h.position), label(h)]);
}

/** The hint expected right after the first occurrence of `word`. */
function after(document: vscode.TextDocument, word: string, hint: string): [number, string] {
  const i = document.getText().indexOf(word);
  assert.ok(i >= 0, `"${word}" in the document`);
  return [i + word.length, hint];
}

function has(all: readonly [number, string][], want: [number, string]): boolean {
  return all.some(([o, l]) => o === want[0] && l === want[1]);
}

describe('inlay hints', () => {
  afterEach(async () => {
    await setSetting('inlayHints.enabled', undefined);
    await setSetting('explanationLanguage', undefined);
    await closeAllEditors();
  });

  it('are off by default', async () => {
    assert.strictEqual(vscode.workspace.getConfiguration('policyLens').get('inlayHints.enabled'), false);
    const document = await openUntitled(INTERVIEW, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    assert.deepStrictEqual(await hints(document), []);
  });

  it('show the resolved range after 今年上半年 and normalised values once enabled (seed)', async function () {
    const uri = await fixture('seed-2024-09-03.txt');
    if (!uri) { this.skip(); return; }
    await setSetting('explanationLanguage', 'en');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.deepStrictEqual(await hints(document), [], 'off before the setting');
    await setSetting('inlayHints.enabled', true);
    const all = shown(document, await hints(document));
    const dump = JSON.stringify(all);
    for (const [word, hint] of [
      ['今年上半年', '= 2024 H1'], ['32.5万亿元', '= 32.5 trillion yuan'],
      ['993万千瓦', '= 9.93 GW'], ['近1.1倍', '= +110 %'],
    ]) {
      assert.ok(has(all, after(document, word, hint)), `${word} ${hint} in ${dump}`);
    }
    // 27% already shows its value: no hint repeats it.
    const p27 = after(document, '占GDP比重为27%', '')[0];
    assert.ok(!all.some(([o]) => o === p27), dump);

    await setSetting('explanationLanguage', 'zh-cn');
    const zh = shown(document, await hints(document));
    // A Chinese reader reads 32.5万亿元 as written: no hint repeats it; the conversion is new to the line.
    assert.ok(!zh.some(([o]) => o === after(document, '32.5万亿元', '')[0]), JSON.stringify(zh));
    assert.ok(has(zh, after(document, '993万千瓦', '= 9.93 GW')), JSON.stringify(zh));
    assert.ok(has(zh, after(document, '今年上半年', '= 2024年上半年')), JSON.stringify(zh));
  });

  it('answer only for the range asked', async () => {
    await setSetting('inlayHints.enabled', true);
    await setSetting('explanationLanguage', 'en');
    const content = ['（新华社北京9月2日电）2024年以来，工业运行平稳。', '今年上半年，收入达到32.5万亿元。', '去年底，企业超过14万家。', ''].join('\n');
    const document = await openUntitled(content, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    assert.deepStrictEqual(shown(document, await hints(document)), [
      after(document, '9月2日', '= 2024-09-02'),
      after(document, '2024年以来', '= 2024-01-01…2024-09-02'),
      after(document, '今年上半年', '= 2024 H1'),
      after(document, '32.5万亿元', '= 32.5 trillion yuan'),
      after(document, '去年底', '= 2023-12-31'),
      after(document, '超过14万家', '= 140,000 companies'),
    ]);
    const line1 = await hints(document, document.lineAt(1).range);
    assert.deepStrictEqual(shown(document, line1), [
      after(document, '今年上半年', '= 2024 H1'),
      after(document, '32.5万亿元', '= 32.5 trillion yuan'),
    ]);
    for (const h of line1) { assert.strictEqual(h.position.line, 1); }
  });

  it('are short and never cut: each line\'s hints fit editor.inlayHints.maximumLength whole, and 上半年 is not repeated', async function () {
    const uri = await fixture('seed-2024-09-03.txt');
    if (!uri) { this.skip(); return; }
    await setSetting('explanationLanguage', 'en');
    await setSetting('inlayHints.enabled', true);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const perLine = new Map<number, string[]>();
    for (const h of await hints(document)) { perLine.set(h.position.line, [...(perLine.get(h.position.line) ?? []), label(h)]); }
    assert.ok(perLine.size > 5, 'the seed has hints on several lines');
    for (const [line, labels] of perLine) {
      assert.ok(labels.join('').length <= 43, `line ${line}: ${JSON.stringify(labels)} fits VS Code's 43 characters`);
      assert.strictEqual(new Set(labels).size, labels.length, `line ${line}: no label twice`);
    }
    // A tighter budget in the editor's own setting is kept too.
    await vscode.workspace.getConfiguration('editor').update('inlayHints.maximumLength', 12, vscode.ConfigurationTarget.Global);
    try {
      const tight = await hints(document);
      assert.ok(tight.length > 0 && tight.length < [...perLine.values()].flat().length);
      const sums = new Map<number, number>();
      for (const h of tight) { sums.set(h.position.line, (sums.get(h.position.line) ?? 0) + label(h).length); }
      for (const [line, n] of sums) { assert.ok(n <= 12, `line ${line}: ${n} characters`); }
    } finally {
      await vscode.workspace.getConfiguration('editor').update('inlayHints.maximumLength', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
