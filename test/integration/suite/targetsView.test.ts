// The "Targets & Deadlines" view, read through its data provider: open documents' targets grouped
// by document and sorted by deadline, revealing a target, and the workspace scan.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ScanSummary, TargetsTreeNode } from '../../../src/extension/targetsView';
import { api, closeAllEditors, ENGLISH, fixture, openUntitled, waitFor, workspaceFolder } from './helpers';

interface Row { label: string; description: string; tooltip: string }

async function documentNode(uri: vscode.Uri): Promise<TargetsTreeNode | undefined> {
  const tree = (await api()).targetsTree;
  const roots = (await tree.getChildren()) ?? [];
  return roots.find(n => n.uri.toString() === uri.toString());
}

async function rows(uri: vscode.Uri, what: string, ok: (rows: Row[]) => boolean = r => r.length > 0): Promise<{ nodes: TargetsTreeNode[]; rows: Row[] }> {
  const tree = (await api()).targetsTree;
  return waitFor(what, async () => {
    const node = await documentNode(uri);
    if (!node) { return undefined; }
    const nodes = (await tree.getChildren(node)) ?? [];
    const items = await Promise.all(nodes.map(n => tree.getTreeItem(n)));
    const r = items.map(i => ({ label: String(i.label), description: String(i.description), tooltip: String(i.tooltip) }));
    return ok(r) ? { nodes, rows: r } : undefined;
  });
}

// Deadlines 2030, 2025 and two undated targets, out of order in the text.
const PLAN = [
  '关于推进服务平台建设的通知',
  '',
  '力争到2030年建成100个左右示范园区。',
  '',
  '确保到2025年实现乡镇服务站全覆盖。',
  '',
  '今年计划新建20个服务平台。',
  '',
  '预计新增就业岗位5万个。',
  '',
].join('\n');

describe('the Targets & Deadlines view', () => {
  afterEach(async () => {
    (await api()).resetSeams();
    await closeAllEditors();
  });

  it('lists both seed targets, labelled deadline · value · object, with strength and text', async function () {
    const seed = await fixture('seed-2024-09-03.txt');
    if (!seed) { this.skip(); }
    await vscode.window.showTextDocument(seed);
    assert.ok(await (await api()).analysisFor(seed));
    const { rows: got } = await rows(seed, 'the seed in the view');
    assert.deepStrictEqual(got, [
      { label: '2027 · ≈200个 · 高标准数字园区', description: 'strive (力争)', tooltip: '力争到2027年建成200个左右高标准数字园区' },
      { label: '2027 · 100% · 专精特新“小巨人”企业数字化改造', description: 'strive (力争)', tooltip: '力争到2027年实现专精特新“小巨人”企业数字化改造全覆盖' },
    ]);
  });

  it('sorts by deadline, undated last in document order', async () => {
    const document = await openUntitled(PLAN, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    const { rows: got } = await rows(document.uri, 'the plan in the view');
    assert.deepStrictEqual(got.map(r => [r.label, r.description]), [
      ['2025 · 100% · 乡镇服务站', 'ensure (确保)'],
      ['2030 · ≈100个 · 示范园区', 'strive (力争)'],
      ['no deadline · 20个 · 服务平台', 'plan (计划)'],
      ['no deadline · 5万个 · 新增就业岗位', 'expect (预计)'],
    ]);
  });

  it('reveals and selects a target from its item', async () => {
    const document = await openUntitled(PLAN, 'plaintext');
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    const { nodes } = await rows(document.uri, 'the plan in the view');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const item = await (await api()).targetsTree.getTreeItem(nodes[1]);
    assert.ok(item.command);
    const [uri, range] = item.command.arguments as [vscode.Uri, vscode.Range];
    assert.strictEqual(uri.toString(), document.uri.toString());
    assert.strictEqual(document.getText(range), '力争到2030年建成100个左右示范园区');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document.getText(active.selection), '力争到2030年建成100个左右示范园区');
  });

  it('follows edits', async () => {
    const document = await openUntitled(PLAN, 'plaintext');
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    await rows(document.uri, 'four targets', r => r.length === 4);
    await editor.edit(b => b.insert(new vscode.Position(document.lineCount - 1, 0), '\n力争到2028年培育10家链主企业。\n'));
    await (await api()).analysisFor(document.uri);
    const { rows: got } = await rows(document.uri, 'five targets', r => r.length === 5);
    assert.strictEqual(got[1].label, '2028 · 10家 · 链主企业');
  });

  it('scans the workspace for targets: dev fixture 14 (到2025年 … 2万亿元) and files never opened', async function () {
    const fourteen = await fixture('14-opinion-tiyu-jingsai.txt');
    if (!fourteen) { this.skip(); }
    const a = await api();
    const shown: string[] = [];
    a.seams.showInformation = async (message: string) => { shown.push(message); return undefined; };
    // Files no editor has opened are read from disk; node_modules is left out.
    const root = workspaceFolder();
    const onDisk = vscode.Uri.joinPath(root, 'it-scan', 'plan.policy.txt');
    const markdown = vscode.Uri.joinPath(root, 'it-scan', 'plan.md');
    const english = vscode.Uri.joinPath(root, 'it-scan', 'notes.txt');
    const ignored = vscode.Uri.joinPath(root, 'node_modules', 'some-package', 'plan.txt');
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(onDisk, encode(PLAN));
    await vscode.workspace.fs.writeFile(markdown, encode(`# 通知\n\n${PLAN}`));
    await vscode.workspace.fs.writeFile(english, encode(ENGLISH));
    await vscode.workspace.fs.writeFile(ignored, encode(PLAN));
    try {
      const summary = await vscode.commands.executeCommand<ScanSummary>('policyLens.scanWorkspaceTargets');
      assert.ok(summary);
      assert.strictEqual(summary.capped, false);
      assert.strictEqual(summary.cancelled, false);
      assert.ok(summary.skipped >= 1, 'the English notes are skipped');
      const { rows: got } = await rows(fourteen, 'fixture 14 in the view');
      assert.deepStrictEqual(got[0], {
        label: '2025 · 2万亿元 · 体育竞赛表演产业总规模',
        description: 'target (目标)',
        tooltip: got[0].tooltip,
      });
      assert.ok(got[0].tooltip.startsWith('到2025年，体育竞赛表演产业总规模达到2万亿元'), got[0].tooltip);
      for (const uri of [onDisk, markdown]) {
        assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString()), `${uri.path} is not open`);
        const { rows: plan } = await rows(uri, `${uri.path} in the view`);
        assert.deepStrictEqual(plan.map(r => r.label), ['2025 · 100% · 乡镇服务站', '2030 · ≈100个 · 示范园区', 'no deadline · 20个 · 服务平台', 'no deadline · 5万个 · 新增就业岗位']);
      }
      assert.strictEqual(await documentNode(english), undefined);
      assert.strictEqual(await documentNode(ignored), undefined, 'node_modules is not scanned');
      assert.deepStrictEqual(shown, [`Policy Lens: ${summary.targets} targets in ${summary.documents} of ${summary.analysed} files scanned.`]);

      // A scanned item reveals its span in the file (opening it).
      const { nodes } = await rows(onDisk, 'the scanned plan');
      const item = await a.targetsTree.getTreeItem(nodes[1]);
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      const active = vscode.window.activeTextEditor;
      assert.strictEqual(active?.document.uri.toString(), onDisk.toString());
      assert.strictEqual(active.document.getText(active.selection), '力争到2030年建成100个左右示范园区');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'it-scan'), { recursive: true });
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'node_modules'), { recursive: true });
    }
  });

  it('contributes the view in the Explorer with the scan button on its title', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const c = (ext?.packageJSON as { contributes: { views: Record<string, { id: string }[]>; menus: Record<string, { command: string; when?: string }[]> } }).contributes;
    assert.ok(c.views.explorer.some(v => v.id === 'policyLens.targets'));
    assert.ok(c.menus['view/title'].some(m => m.command === 'policyLens.scanWorkspaceTargets' && m.when === 'view == policyLens.targets'));
  });
});
