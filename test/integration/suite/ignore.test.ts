// "Not a number here": the quick fix on an annotation records it in policyLens.ignore (workspace
// settings), the phrase is highlighted, explained and exported nowhere in the workspace any more,
// and "Manage Ignored Phrases…" lists the entries and brings back the chosen ones.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IgnoreEntry } from '../../../src/core/types';
import { api, closeAllEditors, waitFor, workspaceFolder } from './helpers';

const TEXT = '一是加快改造升级。到2027年完成1000家企业数字化改造。\n\n二是完善公共服务。今年新增1000家服务机构。\n';
const OTHER = '三是强化人才支撑。再培训1000家企业的技术人员。\n';

function ignoreSetting(): unknown {
  return vscode.workspace.getConfiguration('policyLens').inspect('ignore')?.workspaceValue;
}

async function quickFixes(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CodeAction[]> {
  return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(position, position), vscode.CodeActionKind.QuickFix.value) ?? [];
}

describe('not a number here', () => {
  const first = () => vscode.Uri.joinPath(workspaceFolder(), 'ignore-first.txt');
  const second = () => vscode.Uri.joinPath(workspaceFolder(), 'ignore-second.txt');

  before(async () => {
    await vscode.workspace.fs.writeFile(first(), new TextEncoder().encode(TEXT));
    await vscode.workspace.fs.writeFile(second(), new TextEncoder().encode(OTHER));
  });

  afterEach(async () => {
    (await api()).resetSeams();
    await vscode.workspace.getConfiguration('policyLens').update('ignore', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  after(async () => {
    for (const uri of [first(), second()]) { try { await vscode.workspace.fs.delete(uri); } catch { /* gone */ } }
  });

  it('offers a quick fix per annotation under the cursor, the innermost first', async () => {
    const document = await vscode.workspace.openTextDocument(first());
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(first()));
    const titles = (await quickFixes(first(), document.positionAt(TEXT.indexOf('1000家') + 1))).map(a => a.title);
    assert.deepStrictEqual(titles.filter(t => t.startsWith('Not a')), ['Not a number here: “1000家”', 'Not a target here: “到2027年完成1000家企业数字化改造”']);
    const onDate = (await quickFixes(first(), document.positionAt(TEXT.indexOf('2027年') + 1))).map(a => a.title);
    assert.ok(onDate.includes('Not a date here: “2027年”'), JSON.stringify(onDate));
    const nowhere = (await quickFixes(first(), document.positionAt(TEXT.indexOf('加快')))).map(a => a.title);
    assert.deepStrictEqual(nowhere.filter(t => t.startsWith('Not a')), []);
  });

  it('records the phrase in the workspace settings; it is highlighted and exported nowhere in the workspace', async () => {
    const a = await api();
    const document = await vscode.workspace.openTextDocument(first());
    const editor = await vscode.window.showTextDocument(document);
    const before = await a.analysisFor(first());
    assert.deepStrictEqual(before?.numbers.filter(n => n.text === '1000家').length, 2);
    const highlighted = () => (a.decorationsFor(editor)?.number ?? []).filter(r => document.getText(r) === '1000家').length;
    await waitFor('the numbers highlighted', () => (highlighted() === 2 ? true : undefined));
    assert.ok((await a.analysisFor(second()))?.numbers.some(n => n.text === '1000家'));

    const fix = (await quickFixes(first(), document.positionAt(TEXT.indexOf('1000家') + 1))).find(x => x.title === 'Not a number here: “1000家”');
    assert.ok(fix?.command);
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.deepStrictEqual(ignoreSetting(), [{ kind: 'number', text: '1000家' }]);

    const after = await waitFor('the re-analysis', async () => {
      const x = await a.analysisFor(first());
      return x && !x.numbers.some(n => n.text === '1000家') ? x : undefined;
    });
    assert.ok(after.dates.some(d => d.text === '2027年'), 'only numbers of that text are dropped');
    assert.ok(!(await a.analysisFor(second()))?.numbers.some(n => n.text === '1000家'), 'nor in another document of the workspace');
    await waitFor('the highlights gone', () => (highlighted() === 0 ? true : undefined));
    assert.ok((a.decorationsFor(editor)?.date ?? []).some(r => document.getText(r) === '2027年'), 'the date is still highlighted');

    let saved: vscode.Uri | undefined;
    a.seams.showSaveDialog = async options => { saved = options.defaultUri; return saved; };
    a.seams.confirmOverwrite = async () => true;
    a.seams.showInformation = async () => undefined;
    const target = await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportJson', first());
    try {
      const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { numbers: { text: string }[]; dates: { text: string }[] };
      assert.ok(!json.numbers.some(n => n.text === '1000家'), JSON.stringify(json.numbers));
      assert.ok(json.dates.some(d => d.text === '2027年'), JSON.stringify(json.dates));
    } finally {
      if (saved) { await vscode.workspace.fs.delete(saved); }
    }
  });

  it('lists the phrases with Manage Ignored Phrases… and brings back the chosen ones', async () => {
    const a = await api();
    await vscode.workspace.getConfiguration('policyLens').update('ignore', [{ kind: 'number', text: '1000家' }, { kind: 'date', text: '今年' }], vscode.ConfigurationTarget.Workspace);
    await vscode.window.showTextDocument(first());
    await waitFor('the phrases ignored', async () => {
      const x = await a.analysisFor(first());
      return x && !x.numbers.some(n => n.text === '1000家') && !x.dates.some(d => d.text === '今年') ? x : undefined;
    });
    const offered: { label: string; description?: string }[][] = [];
    a.seams.showQuickPickMany = async items => { offered.push([...items]); return items.filter(i => i.label === '1000家'); };
    const removed = await vscode.commands.executeCommand<IgnoreEntry[]>('policyLens.manageIgnored');
    assert.deepStrictEqual(offered.map(list => list.map(i => [i.label, i.description])), [[['1000家', 'number'], ['今年', 'date']]]);
    assert.deepStrictEqual(removed, [{ kind: 'number', text: '1000家' }]);
    assert.deepStrictEqual(ignoreSetting(), [{ kind: 'date', text: '今年' }]);
    await waitFor('the number back', async () => {
      const x = await a.analysisFor(first());
      return x && x.numbers.some(n => n.text === '1000家') && !x.dates.some(d => d.text === '今年') ? x : undefined;
    });
  });

  it('says so when nothing is ignored', async () => {
    const a = await api();
    const infos: string[] = [];
    a.seams.showInformation = async (message: string) => { infos.push(message); return undefined; };
    await vscode.window.showTextDocument(first());
    assert.deepStrictEqual(await vscode.commands.executeCommand('policyLens.manageIgnored'), []);
    assert.deepStrictEqual(infos, ['Policy Lens ignores no phrases yet. Use the quick fix “Not a number here” (Ctrl+.) on a wrong highlight.']);
  });
});
