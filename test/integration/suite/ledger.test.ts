// "Compare Targets…" in the real VS Code: the command on a folder of reports builds the table, a
// figure opens its place, the table follows an edit and exports, the hover of a target says the
// previous year. Made-up reports (written into the workspace) give exact expectations; the shipped
// work-report samples (samples/work-reports) are compared too.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Comparison } from '../../../src/extension/ledger/session';
import { api, closeAllEditors, waitFor, workspaceFolder } from './helpers';

const header = (year: number): string => `${year}年某市政府工作报告\n\n——${year}年1月10日在某市人民代表大会上\n\n`;
const REPORTS: Record<string, string> = {
  'report-2071.txt': `${header(2071)}今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业12万人以上；居民消费价格涨幅3%左右。\n`,
  'report-2072.txt': `${header(2072)}一、2071年工作回顾\n\n过去一年，国内生产总值增长5.3%，城镇新增就业11万人。居民消费价格上涨1.1%。\n\n`
    + '二、今年目标\n\n今年发展主要预期目标是：国内生产总值增长4.5%—5%；城镇新增就业12万人以上。\n',
  'notes.txt': '某市经济工作要点\n\n今年发展主要预期目标是：国内生产总值增长7%左右。\n',
};

const encode = (text: string) => new TextEncoder().encode(text);

async function writeReports(folder: vscode.Uri): Promise<void> {
  for (const [name, text] of Object.entries(REPORTS)) { await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), encode(text)); }
}

interface Shown { titles: string[]; rows: Record<string, string[]> }

async function shown(what: string, ok: (s: Shown) => boolean = () => true, timeoutMs = 10000): Promise<Shown> {
  const a = await api();
  return waitFor(what, async () => {
    const s = a.ledgerView.shown();
    if (!s) { return undefined; }
    const result: Shown = {
      titles: s.table.columns.map(c => (c.subtitle ? `${c.title} ${c.subtitle}` : c.title)),
      rows: Object.fromEntries(s.table.rows.map(r => [r.id, r.cells.map(c => c.summary)])),
    };
    return ok(result) ? result : undefined;
  }, timeoutMs);
}

describe('the target ledger (Compare Targets…)', () => {
  const folder = vscode.Uri.joinPath(workspaceFolder(), 'it-ledger');

  before(async () => { await writeReports(folder); });
  afterEach(async () => {
    (await api()).resetSeams();
    await closeAllEditors();
  });
  after(async () => { await vscode.workspace.fs.delete(folder, { recursive: true }); });

  it('builds the table of a folder: one column per report by year, the undated one last and named by file', async () => {
    const comparison = await vscode.commands.executeCommand<Comparison>('policyLens.compareTargets', folder);
    assert.ok(comparison);
    assert.deepStrictEqual(comparison.documents.map(d => [d.name, d.status]), [['notes.txt', 'ok'], ['report-2071.txt', 'ok'], ['report-2072.txt', 'ok']]);
    const s = await shown('the ledger panel');
    assert.deepStrictEqual(s.titles, ['2071 report-2071.txt', '2072 report-2072.txt', 'notes.txt']);
    assert.deepStrictEqual(s.rows['gdp-growth'], ['5%左右 · achieved 5.3% · ✓ met', '4.5%—5% · ↓ lowered', '7%左右']);
    assert.deepStrictEqual(s.rows['urban-jobs'], ['12万人以上 · achieved 11万人 · ✗ missed', '12万人以上 · = unchanged', '']);
    assert.deepStrictEqual(s.rows.cpi, ['3%左右 · achieved 1.1% · ✓ met', '− dropped', '']);
    const page = (await api()).ledgerView.shown()?.page ?? '';
    assert.match(page, /Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.match(page, /no document date was found in it, so it has no year/);
  });

  it('opens the place of a target and of an achieved figure', async () => {
    await vscode.commands.executeCommand('policyLens.compareTargets', folder);
    await shown('the ledger panel');
    const a = await api();
    const row = a.ledgerView.shown()?.table.rows.findIndex(r => r.id === 'gdp-growth') ?? -1;
    const target = await a.ledgerView.open(row, 0, 'target');
    assert.ok(target);
    assert.ok(target.document.uri.path.endsWith('/it-ledger/report-2071.txt'), target.document.uri.path);
    assert.strictEqual(target.document.getText(target.selection), '国内生产总值增长5%左右');
    const outcome = await a.ledgerView.open(row, 0, 'outcome');
    assert.ok(outcome);
    assert.ok(outcome.document.uri.path.endsWith('/it-ledger/report-2072.txt'), outcome.document.uri.path);
    assert.strictEqual(outcome.document.getText(outcome.selection), '国内生产总值增长5.3%');
  });

  it('compares the files selected in the Explorer, and follows an edit of one of them', async () => {
    const first = vscode.Uri.joinPath(folder, 'report-2071.txt');
    const second = vscode.Uri.joinPath(folder, 'report-2072.txt');
    await vscode.commands.executeCommand('policyLens.compareTargets', first, [first, second]);
    await shown('two reports', s => s.titles.length === 2);
    const editor = await vscode.window.showTextDocument(second);
    const text = editor.document.getText();
    const at = text.indexOf('4.5%—5%');
    await editor.edit(b => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + '4.5%—5%'.length)), '5.5%左右'));
    const s = await shown('the edited target', x => x.rows['gdp-growth']?.[1] === '5.5%左右 · ↑ raised');
    assert.deepStrictEqual(s.rows['gdp-growth'], ['5%左右 · achieved 5.3% · ✓ met', '5.5%左右 · ↑ raised']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows a compared file changed on disk, and a file added to the compared folder', async () => {
    const extra = vscode.Uri.joinPath(folder, 'report-2073.txt');
    const notes = vscode.Uri.joinPath(folder, 'notes.txt');
    try {
      await vscode.commands.executeCommand('policyLens.compareTargets', folder);
      await shown('the ledger panel');
      await vscode.workspace.fs.writeFile(notes, encode('某市经济工作要点\n\n今年发展主要预期目标是：国内生产总值增长8%左右。\n'));
      await shown('the changed notes', x => x.rows['gdp-growth']?.[2] === '8%左右', 20000);
      await vscode.workspace.fs.writeFile(extra, encode(`${header(2073)}一、2072年工作回顾\n\n过去一年，国内生产总值增长4.6%。\n`));
      const s = await shown('the added report', x => x.titles.length === 4, 20000);
      assert.deepStrictEqual(s.rows['gdp-growth'], ['5%左右 · achieved 5.3% · ✓ met', '4.5%—5% · ↓ lowered · achieved 4.6% · ✓ met', '', '8%左右']);
    } finally {
      await vscode.workspace.fs.writeFile(notes, encode(REPORTS['notes.txt']));
      await vscode.workspace.fs.delete(extra);
    }
  });

  it('exports the table as CSV and as Markdown', async () => {
    await vscode.commands.executeCommand('policyLens.compareTargets', folder);
    await shown('the ledger panel');
    const a = await api();
    const csv = vscode.Uri.joinPath(folder, 'out', 'ledger.csv');
    const md = vscode.Uri.joinPath(folder, 'out', 'ledger.md');
    a.seams.showInformation = async () => undefined;
    a.seams.showSaveDialog = async () => csv;
    assert.strictEqual((await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportLedgerCsv'))?.toString(), csv.toString());
    const bytes = await vscode.workspace.fs.readFile(csv);
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark for Excel');
    const rows = new TextDecoder().decode(bytes).split('\r\n');
    assert.ok(rows[0].startsWith('indicator_id,indicator,'), rows[0]);
    assert.deepStrictEqual(rows.filter(r => r.startsWith('gdp-growth,')), [
      'gdp-growth,国内生产总值增长,GDP growth,2071,report-2071.txt,5%左右,5,%,approx,5,5.3%,5.3,report-2072.txt,7,,met',
      'gdp-growth,国内生产总值增长,GDP growth,2072,report-2072.txt,4.5%—5%,4.5–5,%,range,11,,,,,lowered,',
      'gdp-growth,国内生产总值增长,GDP growth,,notes.txt,7%左右,7,%,approx,3,,,,,,',
    ]);
    a.seams.showSaveDialog = async () => md;
    await vscode.commands.executeCommand('policyLens.exportLedgerMarkdown');
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
    assert.match(markdown, /^# Target ledger\n/);
    assert.match(markdown, /\| 国内生产总值增长 \(GDP growth\) \| 5%左右 · achieved 5\\\.3% · ✓ met \|/);
  });

  it('shows the previous year in the hover of a target, from the documents of the last comparison', async () => {
    const first = vscode.Uri.joinPath(folder, 'report-2071.txt');
    const second = vscode.Uri.joinPath(folder, 'report-2072.txt');
    await vscode.commands.executeCommand('policyLens.compareTargets', first, [first, second]);
    await shown('two reports', s => s.titles.length === 2);
    await closeAllEditors();
    const document = await vscode.workspace.openTextDocument(second);
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(second));
    const position = document.positionAt(document.getText().indexOf('4.5%—5%'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', second, position);
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Target ledger\*\* · GDP growth \\\(国内生产总值增长\\\) · ↓ lowered/);
    assert.match(text, /2071 target 5%左右 · achieved 5\\\.3% · ✓ met/);
  });

  it('compares the shipped work reports (samples/work-reports): a column per year, reviews beside targets', async function () {
    const reports = vscode.Uri.joinPath(workspaceFolder(), 'work-reports');
    try { await vscode.workspace.fs.stat(reports); } catch { this.skip(); }
    await vscode.commands.executeCommand('policyLens.compareTargets', reports);
    const s = await shown('the work reports', x => x.titles.length > 6);
    assert.deepStrictEqual(s.titles, ['2018', '2019 gzbg-2019.txt', '2020 gzbg-2020.txt', '2021 gzbg-2021.txt', '2022 gzbg-2022.txt', '2023', '2024 gzbg-2024.txt', '2025', '2026 gzbg-2026.txt']);
    assert.strictEqual(s.rows['gdp-growth']?.[6], '5%左右 · ↓ lowered');
    assert.strictEqual(s.rows['gdp-growth']?.[7], 'achieved 5%');
    assert.ok(s.rows['special-bonds']?.[8].startsWith('4.4万亿元'), s.rows['special-bonds']?.[8]);
  });
});
