// Smoke test of the browser bundle (package.json "browser") in the web-worker extension host:
// the core runs there and feeds the outline of an untitled Chinese document.
import * as assert from 'assert';
import * as vscode from 'vscode';

const TEXT = [
  '国务院关于加快发展体育产业的指导意见',
  '',
  '一、总体要求',
  '',
  '到2025年，产业总规模达到2万亿元，推出100项精品赛事。',
  '',
  '二、主要任务',
  '',
  '各地区要在2024年底前完成规划编制。',
  '',
].join('\n');

function flatten(symbols: readonly vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap(s => [s.name, ...flatten(s.children)]);
}

/** Symbols arrive after the debounced analysis: ask until they do, within the test's timeout. */
async function symbolsOf(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  for (let i = 0; ; i++) {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
    if ((symbols && symbols.length > 0) || i >= 50) { return symbols ?? []; }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('web extension host smoke', () => {
  it('runs in a web worker', () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.strictEqual(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });

  it('outlines an untitled Chinese document', async () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    assert.ok(ext, 'the extension under development is loaded');
    const doc = await vscode.workspace.openTextDocument({ language: 'policy-text', content: TEXT });
    await vscode.window.showTextDocument(doc);
    await ext.activate();
    const symbols = await symbolsOf(doc);
    assert.deepStrictEqual(flatten(symbols), ['国务院关于加快发展体育产业的指导意见', '一、总体要求', '二、主要任务']);
  });
});
