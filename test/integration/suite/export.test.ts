// "Export Annotations as JSON / CSV / Markdown…": the file lands beside the document by default,
// parses, asks before overwriting, and a skipped document says why instead of exporting nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { numberEnglish } from '../../../src/core/numbers';
import type { PolicyLensApi } from '../../../src/extension/api';
import { api, closeAllEditors, ENGLISH, INTERVIEW, openUntitled, workspaceFolder } from './helpers';

const DOC = 'export-sample.txt';

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function remove(uri: vscode.Uri): Promise<void> {
  try { await vscode.workspace.fs.delete(uri); } catch { /* not there */ }
}

describe('export', () => {
  let a: PolicyLensApi;
  let dialogs: vscode.SaveDialogOptions[];
  let confirms: vscode.Uri[];
  let infos: string[];
  let errors: string[];
  /** What the save dialog answers: the default it was offered unless a test says otherwise. */
  let pick: ((options: vscode.SaveDialogOptions) => vscode.Uri | undefined);
  let overwrite: boolean;
  const folder = () => workspaceFolder();
  const docUri = () => vscode.Uri.joinPath(folder(), DOC);
  const created: vscode.Uri[] = [];

  beforeEach(async () => {
    a = await api();
    dialogs = []; confirms = []; infos = []; errors = [];
    pick = options => options.defaultUri;
    overwrite = false;
    a.seams.showSaveDialog = async options => { dialogs.push(options); const uri = pick(options); if (uri) { created.push(uri); } return uri; };
    a.seams.confirmOverwrite = async uri => { confirms.push(uri); return overwrite; };
    a.seams.showInformation = async (message: string) => { infos.push(message); return undefined; };
    a.seams.showError = async (message: string) => { errors.push(message); return undefined; };
    await vscode.workspace.fs.writeFile(docUri(), new TextEncoder().encode(INTERVIEW));
    await vscode.window.showTextDocument(docUri());
  });

  afterEach(async () => {
    a.resetSeams();
    await closeAllEditors();
    for (const uri of created.splice(0)) { await remove(uri); }
    await remove(docUri());
  });

  it('exports JSON beside the document: the analysis, with each number\'s English words', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('policyLens.exportJson');
    assert.strictEqual(dialogs.length, 1);
    assert.strictEqual(dialogs[0].defaultUri?.toString(), vscode.Uri.joinPath(folder(), 'export-sample.policy-lens.json').toString());
    assert.deepStrictEqual(dialogs[0].filters, { JSON: ['json'] });
    assert.ok(target);
    const json = JSON.parse(await read(target)) as { schemaVersion: number };
    assert.strictEqual(json.schemaVersion, 1);
    const analysis = await a.analysisFor(docUri());
    assert.ok(analysis && analysis.numbers.length > 0);
    // The analysis keeps no English words (a presentation string); the export adds them after `kind`.
    const expected = JSON.parse(JSON.stringify(analysis)) as { numbers: Record<string, unknown>[] };
    expected.numbers = analysis.numbers.map((n, i) => {
      const { start, end, text, value, unit, qualifier, kind, ...rest } = n;
      return { start, end, text, value, unit, qualifier, kind, english: numberEnglish(n, analysis.numbers, i), ...rest };
    });
    assert.deepStrictEqual(json, JSON.parse(JSON.stringify(expected)));
    assert.strictEqual((json as unknown as { numbers: { english: string }[] }).numbers[0].english, '2 units');
    assert.deepStrictEqual(confirms, [], 'no question for a new file');
    const count = analysis ? analysis.numbers.length + analysis.dates.length + analysis.targets.length + analysis.terms.length : -1;
    assert.deepStrictEqual(infos, [`Exported ${count} annotations to export-sample.policy-lens.json.`]);
    assert.deepStrictEqual(errors, []);
  });

  it('exports CSV with the header row and one row per annotation', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('policyLens.exportCsv', docUri());
    assert.ok(target);
    assert.ok(target.path.endsWith('/export-sample.policy-lens.csv'), target.path);
    const text = await read(target);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    assert.strictEqual(lines[0], 'kind,text,value,unit,qualifier,start_date,end_date,deadline,line,column,start,end');
    const analysis = await a.analysisFor(docUri());
    assert.ok(analysis);
    assert.strictEqual(lines.length - 2, analysis.numbers.length + analysis.dates.length + analysis.targets.length + analysis.terms.length);
    assert.strictEqual(lines[lines.length - 1], '', 'ends with a line break');
  });

  it('exports Markdown with the targets table', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('policyLens.exportMarkdown');
    assert.ok(target);
    assert.ok(target.path.endsWith('/export-sample.policy-lens.md'), target.path);
    const text = await read(target);
    const analysis = await a.analysisFor(docUri());
    assert.ok(analysis && analysis.targets.length > 0, 'the interview has targets');
    // The title is the file name, escaped as all document-derived text (core/markdown.ts).
    assert.ok(text.startsWith('# export\\-sample\\.txt\n'), text.slice(0, 80));
    assert.ok(text.includes(`## Targets (${analysis.targets.length})\n\n| Deadline | Value | Object | Strength | Text | Line |\n`), text);
  });

  it('asks before overwriting: "no" leaves the file, "yes" replaces it', async () => {
    const target = vscode.Uri.joinPath(folder(), 'export-sample.policy-lens.json');
    created.push(target);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('old content'));

    overwrite = false;
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.exportJson'), undefined);
    assert.deepStrictEqual(confirms.map(u => u.toString()), [target.toString()]);
    assert.strictEqual(await read(target), 'old content');

    overwrite = true;
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('policyLens.exportJson');
    assert.strictEqual(written?.toString(), target.toString());
    assert.strictEqual(confirms.length, 2);
    assert.strictEqual((JSON.parse(await read(target)) as { schemaVersion: number }).schemaVersion, 1);
    const leftovers = (await vscode.workspace.fs.readDirectory(folder())).filter(([name]) => name.endsWith('.tmp'));
    assert.deepStrictEqual(leftovers, [], 'no temporary file left behind');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    pick = () => undefined;
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.exportJson'), undefined);
    assert.deepStrictEqual(infos, []);
    assert.deepStrictEqual(errors, []);
  });

  it('reports a failed write with the path', async () => {
    // A file cannot be a folder: writing "inside" the document fails.
    const target = vscode.Uri.joinPath(docUri(), 'out.json');
    pick = () => target;
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.exportJson'), undefined);
    assert.strictEqual(errors.length, 1, JSON.stringify(errors));
    assert.ok(errors[0].startsWith(`Could not write ${target.scheme === 'file' ? target.fsPath : target.toString(true)}: `), errors[0]);
    assert.deepStrictEqual(infos, []);
  });

  it('says why a skipped document is not exported instead of writing an empty file', async () => {
    const document = await openUntitled(ENGLISH, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.exportJson'), undefined);
    assert.deepStrictEqual(dialogs, [], 'no save dialog');
    assert.strictEqual(infos.length, 1);
    assert.match(infos[0], /^Nothing to export: only \d+ % of this document is Chinese \(policyLens\.minChineseRatio asks for 30 %\)\.$/);
  });

  it('contributes the three commands with the Policy Lens category', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['policyLens.exportJson', 'policyLens.exportCsv', 'policyLens.exportMarkdown']) { assert.ok(commands.includes(id), id); }
    const contributed = (vscode.extensions.getExtension('policy-lens.policy-lens')?.packageJSON as { contributes: { commands: { command: string; title: string; category: string }[] } }).contributes.commands;
    // the annotation exports (the Targets view and the ledger have export commands of their own)
    const titles = contributed.filter(c => /^policyLens\.export(Json|Csv|Markdown)$/.test(c.command)).map(c => `${c.category}: ${c.title}`);
    assert.deepStrictEqual(titles, ['Policy Lens: Export Annotations as JSON…', 'Policy Lens: Export Annotations as CSV…', 'Policy Lens: Export Annotations as Markdown…']);
  });
});
