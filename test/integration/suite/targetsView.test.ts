// The "Targets & Deadlines" view, read through its data provider: open documents' targets grouped
// by document or by indicator and sorted by deadline, filters by strength and deadline, passed
// deadlines marked against the clock seam, revealing a target, the workspace scan (each text once)
// and the export of what the view shows.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ScanSummary, TargetsTreeNode } from '../../../src/extension/targetsView';
import { api, closeAllEditors, ENGLISH, fixture, openUntitled, waitFor, workspaceFolder } from './helpers';

interface Row { label: string; description: string; tooltip: string }

async function documentNode(uri: vscode.Uri): Promise<TargetsTreeNode | undefined> {
  const tree = (await api()).targetsTree;
  const roots = (await tree.getChildren()) ?? [];
  return roots.find(n => n.type === 'document' && n.uri.toString() === uri.toString());
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

/** The clock of the view's "passed" and "this year": noon of a day, local time. */
async function today(iso: string): Promise<void> {
  const [y, m, d] = iso.split('-').map(Number);
  (await api()).seams.now = () => new Date(y, m - 1, d, 12);
}

describe('the Targets & Deadlines view', () => {
  beforeEach(async () => { await today('2024-06-01'); });
  afterEach(async () => {
    (await api()).resetSeams();
    await vscode.commands.executeCommand('policyLens.clearTargetsFilter');
    await vscode.commands.executeCommand('policyLens.groupTargetsByDocument');
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
    // A plan with a generated line over policyLens.maxLineLength (100,000): its editor skips it, and so does the scan.
    const longLine = vscode.Uri.joinPath(root, 'it-scan', 'generated.txt');
    const ignored = vscode.Uri.joinPath(root, 'node_modules', 'some-package', 'plan.txt');
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(onDisk, encode(PLAN));
    await vscode.workspace.fs.writeFile(markdown, encode(`# 通知\n\n${PLAN}`));
    await vscode.workspace.fs.writeFile(english, encode(ENGLISH));
    await vscode.workspace.fs.writeFile(longLine, encode(`${PLAN}\n${'数'.repeat(100_001)}\n`));
    await vscode.workspace.fs.writeFile(ignored, encode(PLAN));
    try {
      const summary = await vscode.commands.executeCommand<ScanSummary>('policyLens.scanWorkspaceTargets');
      assert.ok(summary);
      assert.strictEqual(summary.capped, false);
      assert.strictEqual(summary.cancelled, false);
      assert.ok(summary.skipped >= 2, 'the English notes and the file with a long line are skipped');
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
      assert.strictEqual(await documentNode(longLine), undefined, 'a file with a line over policyLens.maxLineLength is skipped');
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

  it('marks a passed deadline, against today\'s date as the clock seam gives it', async () => {
    await today('2026-06-01');
    const document = await openUntitled(PLAN, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    const { nodes, rows: got } = await rows(document.uri, 'the plan in the view');
    assert.deepStrictEqual(got.map(r => [r.label, r.description]).slice(0, 2), [
      ['2025 · 100% · 乡镇服务站', 'ensure (确保) · deadline passed'],
      ['2030 · ≈100个 · 示范园区', 'strive (力争)'],
    ]);
    const item = await (await api()).targetsTree.getTreeItem(nodes[0]);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'history');
  });

  it('filters by strength and by deadline (passed, this year, later, none), from a quick pick or a command', async () => {
    await today('2025-03-01');
    const document = await openUntitled(PLAN, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    await rows(document.uri, 'the plan in the view', r => r.length === 4);
    await vscode.commands.executeCommand('policyLens.filterTargets', { strengths: ['strive', 'ensure'] });
    assert.deepStrictEqual((await rows(document.uri, 'strive and ensure', r => r.length === 2)).rows.map(r => r.label), ['2025 · 100% · 乡镇服务站', '2030 · ≈100个 · 示范园区']);
    await vscode.commands.executeCommand('policyLens.filterTargets', { deadlines: ['thisYear'] });
    assert.deepStrictEqual((await rows(document.uri, 'due this year', r => r.length === 1)).rows.map(r => r.label), ['2025 · 100% · 乡镇服务站']);
    // the quick pick: the items checked are the filter
    const a = await api();
    let offered: string[] = [];
    a.seams.showQuickPickMany = async items => {
      offered = items.filter(i => i.kind !== vscode.QuickPickItemKind.Separator).map(i => `${i.label}${i.picked ? ' ✓' : ''}`);
      return items.filter(i => i.label === 'no deadline' || i.label === 'due later');
    };
    await vscode.commands.executeCommand('policyLens.filterTargets');
    assert.deepStrictEqual(offered, ['strive (力争)', 'ensure (确保)', 'target (目标)', 'plan (计划)', 'expect (预计)', 'deadline passed', 'due this year ✓', 'due later', 'no deadline']);
    const { rows: got } = await rows(document.uri, 'later and undated', r => r.length === 3);
    assert.deepStrictEqual(got.map(r => r.label), ['2030 · ≈100个 · 示范园区', 'no deadline · 20个 · 服务平台', 'no deadline · 5万个 · 新增就业岗位']);
    await vscode.commands.executeCommand('policyLens.clearTargetsFilter');
    await rows(document.uri, 'all four again', r => r.length === 4);
  });

  it('groups by indicator, each target under the indicators it sets, the others last', async () => {
    const report = ['某市2032年政府工作报告', '', '——2032年1月10日在某市人民代表大会上', '',
      '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业12万人以上。', ''].join('\n');
    const first = await openUntitled(report, 'plaintext');
    const second = await openUntitled(PLAN, 'plaintext');
    await vscode.window.showTextDocument(second);
    assert.ok(await (await api()).analysisFor(first.uri));
    assert.ok(await (await api()).analysisFor(second.uri));
    await vscode.commands.executeCommand('policyLens.groupTargetsByIndicator');
    const tree = (await api()).targetsTree;
    const groups = await waitFor('indicator groups', async () => {
      const roots = (await tree.getChildren()) ?? [];
      const labels = await Promise.all(roots.map(async r => String((await tree.getTreeItem(r)).label)));
      return labels.includes('国内生产总值增长 · GDP growth') ? { roots, labels } : undefined;
    });
    assert.deepStrictEqual(groups.labels.filter(l => !l.startsWith('Targets without')).slice(0, 2), ['国内生产总值增长 · GDP growth', '城镇新增就业 · new urban jobs']);
    assert.strictEqual(groups.labels[groups.labels.length - 1], 'Targets without an indicator');
    // targets of documents scanned before are listed too: this report's is found by its path
    const gdp = (await tree.getChildren(groups.roots[0])) ?? [];
    const descriptions = await Promise.all(gdp.map(async n => String((await tree.getTreeItem(n)).description)));
    assert.ok(descriptions.includes(`target (目标) · ${vscode.workspace.asRelativePath(first.uri)}`), descriptions.join('\n'));
  });

  it('exports what it shows, as CSV and as Markdown', async () => {
    const document = await openUntitled(PLAN, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri));
    await rows(document.uri, 'the plan in the view', r => r.length === 4);
    await vscode.commands.executeCommand('policyLens.filterTargets', { strengths: ['strive', 'ensure'] });
    const a = await api();
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'it-targets-export');
    a.seams.showInformation = async () => undefined;
    try {
      a.seams.showSaveDialog = async () => vscode.Uri.joinPath(folder, 'targets.csv');
      const csv = await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportTargetsCsv');
      assert.ok(csv);
      const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).split('\r\n').filter(Boolean);
      const path = vscode.workspace.asRelativePath(document.uri);
      assert.strictEqual(lines[0], 'Group,Document,Line,Deadline,Status,Value,Object,Strength,Indicators,Text');
      // documents scanned by earlier tests are in the view too: every row it shows, and only those
      const tree = a.targetsTree;
      let shownRows = 0;
      for (const root of (await tree.getChildren()) ?? []) { shownRows += ((await tree.getChildren(root)) ?? []).length; }
      assert.strictEqual(lines.length - 1, shownRows);
      assert.ok(lines.slice(1).every(l => /,(strive \(力争\)|ensure \(确保\)),/.test(l)), lines.join('\n'));
      assert.deepStrictEqual(lines.filter(l => l.startsWith(`${path},`)), [
        `${path},${path},5,2025,due later,100%,乡镇服务站,ensure (确保),,确保到2025年实现乡镇服务站全覆盖`,
        `${path},${path},3,2030,due later,≈100个,示范园区,strive (力争),,力争到2030年建成100个左右示范园区`,
      ]);
      a.seams.showSaveDialog = async () => vscode.Uri.joinPath(folder, 'targets.md');
      const md = await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportTargetsMarkdown');
      assert.ok(md);
      const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
      assert.match(markdown, /^# Targets &amp; Deadlines\n\n_Filtered\\: strive \\\(力争\\\), ensure \\\(确保\\\)_\n/);
      assert.match(markdown, /\| 2025 \| due later \| 100% \| 乡镇服务站 \| ensure \\\(确保\\\) \| {2}\| 5 \| 确保到2025年实现乡镇服务站全覆盖 \|/);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('lists a text once in a scan, however many paths lead to it (a copy, a linked folder)', async () => {
    const a = await api();
    a.seams.showInformation = async () => undefined;
    const root = workspaceFolder();
    const folder = vscode.Uri.joinPath(root, 'it-dup');
    const original = vscode.Uri.joinPath(folder, 'plan.txt');
    const copy = vscode.Uri.joinPath(folder, 'copy', 'plan-copy.txt');
    const text = PLAN.replace('示范园区', '重复示范园区');
    await vscode.workspace.fs.writeFile(original, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(text));
    // a linked folder: the search follows links, so its files come back under a second path
    const linked = vscode.Uri.joinPath(root, 'it-dup-link');
    fs.symlinkSync(folder.fsPath, linked.fsPath);
    try {
      await vscode.commands.executeCommand('policyLens.scanWorkspaceTargets');
      const tree = a.targetsTree;
      const roots = (await tree.getChildren()) ?? [];
      const mine = roots.filter(r => r.type === 'document' && r.group.rows.some(x => x.target.text.includes('重复示范园区')));
      assert.strictEqual(mine.length, 1, mine.map(r => (r.type === 'document' ? r.uri.path : '')).join(', '));
      const item = await tree.getTreeItem(mine[0]);
      assert.match(String(item.description), /^4 targets · same text as /);
      assert.strictEqual(String(item.tooltip).split('\n').length, 4, String(item.tooltip));
    } finally {
      fs.unlinkSync(linked.fsPath);
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
    // gone from disk: the next scan takes them out of the list
    await vscode.commands.executeCommand('policyLens.scanWorkspaceTargets');
    const after = (await a.targetsTree.getChildren()) ?? [];
    assert.ok(!after.some(r => r.type === 'document' && r.group.rows.some(x => x.target.text.includes('重复示范园区'))));
  });

  it('contributes the view in the Explorer with the scan button on its title', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const c = (ext?.packageJSON as { contributes: { views: Record<string, { id: string }[]>; menus: Record<string, { command: string; when?: string }[]> } }).contributes;
    assert.ok(c.views.explorer.some(v => v.id === 'policyLens.targets'));
    assert.ok(c.menus['view/title'].some(m => m.command === 'policyLens.scanWorkspaceTargets' && m.when === 'view == policyLens.targets'));
    for (const command of ['policyLens.compareTargets', 'policyLens.groupTargetsByIndicator', 'policyLens.groupTargetsByDocument', 'policyLens.filterTargets',
      'policyLens.clearTargetsFilter', 'policyLens.exportTargetsCsv', 'policyLens.exportTargetsMarkdown']) {
      assert.ok(c.menus['view/title'].some(m => m.command === command && m.when?.startsWith('view == policyLens.targets')), command);
    }
  });
});
