// Commands, the contributed language and the API seams.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, find, INTERVIEW, openUntitled, outline } from './helpers';

describe('the policy-text language and its command', () => {
  afterEach(async () => {
    (await api()).resetSeams();
    await closeAllEditors();
  });

  it('is contributed with its aliases and *.policy.txt', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('policy-text'));
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const languages = (ext?.packageJSON as { contributes: { languages: { id: string; aliases: string[]; extensions: string[] }[] } }).contributes.languages;
    const policyText = languages.find(l => l.id === 'policy-text');
    assert.deepStrictEqual(policyText?.aliases, ['Policy Text', '政策文本']);
    assert.deepStrictEqual(policyText?.extensions, ['.policy.txt']);
  });

  it('switches the active document to policy-text, which is outlined too', async () => {
    const a = await api();
    const document = await openUntitled(INTERVIEW, 'plaintext');
    await vscode.window.showTextDocument(document);
    const switched = await vscode.commands.executeCommand<vscode.TextDocument>('policyLens.switchToPolicyText');
    assert.strictEqual(switched?.languageId, 'policy-text');
    assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'policy-text');
    assert.deepStrictEqual(await a.gateFor(switched.uri), { ok: true, share: (await a.gateFor(document.uri) as { share: number }).share, size: INTERVIEW.length });
    assert.ok(find(await outline(switched.uri), 'question', 2));
  });

  it('opens a *.policy.txt file as policy-text', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const uri = vscode.Uri.joinPath(folder.uri, 'it-interview.policy.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(INTERVIEW));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(document.languageId, 'policy-text');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('tells the user, through the notification seam, when no document is open', async () => {
    const a = await api();
    await closeAllEditors();
    const shown: string[] = [];
    a.seams.showInformation = async (message: string) => { shown.push(message); return undefined; };
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.switchToPolicyText'), undefined);
    assert.deepStrictEqual(shown, ['Open a document to switch it to Policy Text.']);
  });

  it('has the Policy Lens category on every command', async () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const commands = (ext?.packageJSON as { contributes: { commands: { command: string; category: string }[] } }).contributes.commands;
    assert.ok(commands.length > 0);
    for (const c of commands) {
      assert.strictEqual(c.category, 'Policy Lens', c.command);
      assert.ok((await vscode.commands.getCommands(true)).includes(c.command), `${c.command} is registered`);
    }
  });
});

describe('the analysis cache seen from VS Code', () => {
  it('runs one analysis per document version for every provider that asks', async () => {
    const a = await api();
    const document = await openUntitled(`${INTERVIEW}\n三是${Date.now()}。\n`, 'plaintext');
    const before = a.stats.completed;
    const [symbols, ranges, analysis] = await Promise.all([
      vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri),
      vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', document.uri),
      a.analysisFor(document.uri),
    ]);
    assert.ok(symbols && ranges && analysis);
    assert.strictEqual(await a.analysisFor(document.uri), analysis, 'the same object from the cache');
    assert.strictEqual(a.stats.completed - before, 1);
  });

  it('re-analyses after an edit, for the new version only', async () => {
    const a = await api();
    const document = await openUntitled(INTERVIEW, 'plaintext');
    const first = await a.analysisFor(document.uri);
    const lastLine = document.lineCount - 1; // the empty line after the final newline
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(lastLine, 0), '三是加强组织保障。\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const second = await a.analysisFor(document.uri);
    assert.ok(first && second);
    assert.notStrictEqual(second, first);
    assert.ok(find(await outline(document.uri), 'point', lastLine), 'the new point is outlined');
  });

  it('has the clock seam, replaceable and restorable', async () => {
    const a = await api();
    const fixed = new Date('2024-09-03T08:00:00Z');
    a.seams.now = () => fixed;
    assert.strictEqual(a.seams.now(), fixed);
    a.resetSeams();
    assert.notStrictEqual(a.seams.now(), fixed);
  });
});
