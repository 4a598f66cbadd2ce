// PDF, Word and web pages opened as policy text in a real VS Code (docs/architecture.md, "Opening
// PDF, Word and web pages"): double-click and "Open as Policy Text…" give a read-only policy-text
// document whose outline, hovers and Targets view say the page of each paragraph; "Save as Policy
// Text…" writes <name>.policy.txt; a file that cannot be converted is one line naming it, with no
// editor and nothing half-converted. The test files are copied from test/fixtures/import into the
// workspace; the bad ones are made here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/api';
import type { TargetsTreeNode } from '../../../src/extension/targetsView';
import { api, closeAllEditors, EXTENSION_ID, hoverText, openUntitled, symbols, waitFor, workspaceFolder } from './helpers';

const SCHEME = 'policy-lens-import';
const COPIED = ['gongwen.pdf', 'running-header.pdf', 'table.pdf', 'no-unicode.pdf', 'encrypted.pdf', 'scanned.pdf', 'numbered-table.docx', 'web-page.html'];

function fixtures(): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'import');
}

const folder = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), 'imported');
const file = (name: string): vscode.Uri => vscode.Uri.joinPath(folder(), name);
const policyUri = (original: vscode.Uri): vscode.Uri => vscode.Uri.from({ scheme: SCHEME, path: `${original.path}.policy.txt`, query: original.toString() });

/** The paragraphs a test file must convert to (its committed NAME.txt). */
function expected(name: string): string[] {
  return fs.readFileSync(vscode.Uri.joinPath(fixtures(), `${name}.txt`).fsPath, 'utf8').replace(/\r\n/g, '\n').trim().split('\n\n');
}

async function activePolicyEditor(original: vscode.Uri): Promise<vscode.TextEditor> {
  const want = policyUri(original).toString();
  return waitFor(`the policy-text editor of ${original.path}`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.toString() === want ? editor : undefined;
  }, 20000);
}

/** Sparse files: their size is what gets them refused, before a byte is read. */
function sparse(uri: vscode.Uri, size: number): void {
  const fd = fs.openSync(uri.fsPath, 'w');
  fs.ftruncateSync(fd, size);
  fs.closeSync(fd);
}

/** The hovers at `needle` as the reader sees them (escapeMarkdown escapes `.` and `-`; helpers' hoverText undoes it). */
async function hoverAt(document: vscode.TextDocument, needle: string): Promise<string> {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the document`);
  return hoverText(document.uri, document.positionAt(at + 1));
}

function flatten(list: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return list.flatMap(s => [s, ...flatten(s.children)]);
}

function customTabs(original: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap(g => g.tabs)
    .filter(t => t.input instanceof vscode.TabInputCustom && t.input.uri.toString() === original.toString());
}

async function targetRows(a: PolicyLensApi, uri: vscode.Uri): Promise<vscode.TreeItem[]> {
  return waitFor(`targets of ${uri.path}`, async () => {
    const roots: TargetsTreeNode[] = (await a.targetsTree.getChildren()) ?? [];
    const node = roots.find(n => n.type === 'document' && n.uri.toString() === uri.toString());
    if (!node) { return undefined; }
    const children = (await a.targetsTree.getChildren(node)) ?? [];
    return children.length > 0 ? Promise.all(children.map(c => a.targetsTree.getTreeItem(c))) : undefined;
  }, 20000);
}

describe('opening PDF, Word and web pages as policy text', function () {
  this.timeout(60000);
  let a: PolicyLensApi;
  let errors: string[];
  let warnings: string[];
  let infos: string[];

  before(async () => {
    await vscode.workspace.fs.createDirectory(folder());
    for (const name of COPIED) {
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(fixtures(), name), file(name), { overwrite: true });
    }
    const gongwen = await vscode.workspace.fs.readFile(file('gongwen.pdf'));
    await vscode.workspace.fs.writeFile(file('truncated.pdf'), gongwen.slice(0, gongwen.length >> 1));
    await vscode.workspace.fs.writeFile(file('not-a-zip.docx'), new TextEncoder().encode('这不是Word文件，只是改了名字的文本。'));
    sparse(file('huge.pdf'), 200 * 1024 * 1024);
    sparse(file('huge-page.html'), 50 * 1024 * 1024);
  });

  beforeEach(async () => {
    a = await api();
    errors = []; warnings = []; infos = [];
    a.seams.showError = async (message: string) => { errors.push(message); return undefined; };
    a.seams.showWarning = async (message: string) => { warnings.push(message); return undefined; };
    a.seams.showInformation = async (message: string) => { infos.push(message); return undefined; };
  });

  afterEach(async () => {
    a.resetSeams();
    await closeAllEditors();
  });

  after(async () => {
    try { await vscode.workspace.fs.delete(folder(), { recursive: true }); } catch { /* already gone */ }
  });

  it('double-click on a PDF (its default editor) opens its text as a read-only policy-text document in place of the PDF', async () => {
    const pdf = file('running-header.pdf');
    const before = await vscode.workspace.fs.readFile(pdf);
    await vscode.commands.executeCommand('vscode.open', pdf);
    const editor = await activePolicyEditor(pdf);
    const document = editor.document;
    assert.strictEqual(document.languageId, 'policy-text');
    assert.deepStrictEqual(document.getText().split('\n\n'), expected('running-header.pdf'));
    assert.ok(!document.getText().includes('\uFFFD'));
    assert.strictEqual(vscode.workspace.fs.isWritableFileSystem(SCHEME), false);
    assert.strictEqual(document.isDirty, false);
    // The doorway closes itself: only the text editor stays.
    await waitFor('the PDF tab to close', () => (customTabs(pdf).length === 0 ? true : undefined));
    // Typing does nothing (the editor is read-only), and the original is untouched.
    await vscode.commands.executeCommand('type', { text: '改' });
    assert.strictEqual(document.getText().startsWith('改'), false);
    assert.strictEqual(document.isDirty, false);
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(pdf), before);
    assert.strictEqual(errors.length, 0, errors.join('\n'));
    // The converters ran in a worker thread: the extension host never loaded them.
    assert.deepStrictEqual(Object.keys(require.cache).filter(k => /[\\/]dist[\\/]import\.js$/.test(k)), []);
    assert.deepStrictEqual(a.imports.describe(document.uri), {
      original: pdf.toString(), format: 'pdf', paragraphs: expected('running-header.pdf').length, problems: [],
    });
    // The control: the same command types into a writable editor.
    const writable = await openUntitled('');
    await vscode.window.showTextDocument(writable);
    await vscode.commands.executeCommand('type', { text: '改' });
    assert.strictEqual(writable.getText(), '改');
  });

  it('outlines the PDF, each node with the page it starts on', async () => {
    const pdf = file('running-header.pdf');
    const editor = (await a.imports.open(pdf)) ?? assert.fail('opened');
    const all = flatten(await waitFor('symbols', async () => { const s = await symbols(editor.document.uri); return s.length > 0 ? s : undefined; }));
    const detail = (name: string): string | undefined => all.find(s => s.name.startsWith(name))?.detail;
    assert.strictEqual(all[0].name, '国务院办公厅关于推进政务新媒体健康有序发展的意见');
    const pages: [string, string][] = [
      ['一、总体要求', 'section · p. 1'], ['（二）工作目标', 'point · p. 2'], ['二、明确工作职责', 'section · p. 3'],
      ['四、规范运维管理', 'section · p. 6'], ['五、强化保障措施', 'section · p. 7'], ['（一）加强组织领导', 'point · p. 8'],
    ];
    for (const [name, want] of pages) { assert.strictEqual(detail(name), want, name); }
    // Every node says its page, and it is the page of the text it starts at.
    for (const s of all) {
      const page = a.imports.originAt(editor.document.uri, editor.document.offsetAt(s.range.start));
      assert.match(page ?? '', /^p\. \d+$/);
      assert.ok(s.detail.endsWith(` · ${page}`), `${s.name}: ${s.detail}`);
    }
  });

  it('says the page in the hover over an annotation, and nothing over plain text', async () => {
    const pdf = file('running-header.pdf');
    const editor = (await a.imports.open(pdf)) ?? assert.fail('opened');
    await a.analysisFor(editor.document.uri);
    assert.match(await hoverAt(editor.document, '到2022年'), /p\. 2 · running-header\.pdf/);
    assert.match(await hoverAt(editor.document, '2018年12月7日'), /p\. 9 · running-header\.pdf/);
    assert.doesNotMatch(await hoverAt(editor.document, '政务新媒体是移动互联网时代'), /p\. \d/);
  });

  it('lists the PDF\'s targets in the Targets view with their page', async () => {
    const pdf = file('running-header.pdf');
    const editor = (await a.imports.open(pdf)) ?? assert.fail('opened');
    const rows = await targetRows(a, editor.document.uri);
    assert.strictEqual(rows.length, 1);
    // its deadline (2022) has passed by the wall clock, which the Targets view marks before the page
    assert.strictEqual(rows[0].description, 'target (目标) · deadline passed · p. 2');
    assert.match(String(rows[0].label), /^2022 · /);
  });

  it('opens a Word file through "Open as Policy Text…": its outline, and a hover in its table names the row', async () => {
    const docx = file('numbered-table.docx');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('policyLens.openAsPolicyText', docx);
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), policyUri(docx).toString());
    assert.deepStrictEqual(editor.document.getText().split('\n\n'), expected('numbered-table.docx'));
    const names = flatten(await waitFor('symbols', async () => { const s = await symbols(editor.document.uri); return s.length > 0 ? s : undefined; })).map(s => s.name);
    assert.ok(names.includes('三级公立医院绩效考核指标'), names.join(' | '));
    assert.match(await hoverAt(editor.document, '本年度'), /table 1, row 3 · numbered-table\.docx/);
    // dated by the notice's signature above its attachment (2019-01-16), 2019年，在全国启动… is a plan for that year
    assert.strictEqual((await targetRows(a, editor.document.uri)).length, 8);
  });

  it('opens a web page with "Open With…", while double-click leaves HTML to the HTML editor', async () => {
    const html = file('web-page.html');
    await vscode.commands.executeCommand('vscode.openWith', html, 'policyLens.importedWebPage');
    const editor = await activePolicyEditor(html);
    assert.deepStrictEqual(editor.document.getText().split('\n\n'), expected('web-page.html'));
    assert.strictEqual((await targetRows(a, editor.document.uri)).length, 3);
    await closeAllEditors();
    await vscode.commands.executeCommand('vscode.open', html);
    const plain = await waitFor('the HTML editor', () => vscode.window.activeTextEditor);
    assert.strictEqual(plain.document.uri.toString(), html.toString());
    assert.strictEqual(plain.document.languageId, 'html');
  });

  it('"Save as Policy Text…" writes <name>.policy.txt beside the original, asks before replacing, never writes the original', async () => {
    const pdf = file('gongwen.pdf');
    const original = await vscode.workspace.fs.readFile(pdf);
    const editor = (await a.imports.open(pdf)) ?? assert.fail('opened');
    const dialogs: vscode.SaveDialogOptions[] = [];
    let pick = (o: vscode.SaveDialogOptions): vscode.Uri | undefined => o.defaultUri;
    let asked = 0;
    a.seams.showSaveDialog = async o => { dialogs.push(o); return pick(o); };
    a.seams.confirmOverwrite = async () => { asked++; return false; };
    const target = file('gongwen.policy.txt');

    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('policyLens.saveAsPolicyText');
    assert.strictEqual(dialogs[0].defaultUri?.toString(), target.toString());
    assert.strictEqual(saved?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.strictEqual(text, `${editor.document.getText()}\n`);
    assert.deepStrictEqual(text.trimEnd().split('\n\n'), expected('gongwen.pdf'));
    assert.strictEqual(asked, 0);

    // Again: the file exists, the user declines, nothing is written.
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('旧的'));
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.saveAsPolicyText', editor.document.uri), undefined);
    assert.strictEqual(asked, 1);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), '旧的');

    // The original is never written, even when chosen.
    pick = () => pdf;
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.saveAsPolicyText', pdf), undefined);
    assert.match(errors.join('\n'), /gongwen\.pdf is the original file, which is never written/);
    assert.deepStrictEqual(await vscode.workspace.fs.readFile(pdf), original);
    await vscode.workspace.fs.delete(target);
  });

  it('exports the annotations beside the original', async () => {
    const pdf = file('running-header.pdf');
    await a.imports.open(pdf);
    const dialogs: vscode.SaveDialogOptions[] = [];
    a.seams.showSaveDialog = async o => { dialogs.push(o); return undefined; };
    await vscode.commands.executeCommand('policyLens.exportJson');
    assert.strictEqual(dialogs[0]?.defaultUri?.toString(), file('running-header.policy-lens.json').toString());
  });

  it('tells once, by page number and with what to do, which pages did not decode: in a notification and the status item', async () => {
    const pdf = file('no-unicode.pdf');
    const editor = (await a.imports.open(pdf)) ?? assert.fail('opened');
    assert.deepStrictEqual(warnings, ['no-unicode.pdf: page(s) 2 use fonts without a Unicode map and are left out. Find the HTML or Word original, or run OCR on those pages.']);
    assert.ok(!editor.document.getText().includes('\uFFFD'), 'no mojibake');
    const status = await waitFor('the status item', () => a.imports.status());
    assert.strictEqual(status.text, '$(file-pdf) Page(s) 2 left out');
    assert.strictEqual(status.severity, vscode.LanguageStatusSeverity.Warning);
    assert.match(status.detail, /run OCR/);
    // Opened again: not told again.
    await closeAllEditors();
    await a.imports.open(pdf);
    assert.strictEqual(warnings.length, 1);
  });

  describe('a file that cannot be converted is one line naming it and what to do; no editor opens', () => {
    const cases: [string, RegExp][] = [
      ['encrypted.pdf', /^encrypted\.pdf is password-protected\. Open it with its password/],
      ['scanned.pdf', /^scanned\.pdf has no text that can be read \(a scanned PDF.*run OCR/],
      ['truncated.pdf', /^truncated\.pdf is damaged, cut short or not what its name says.*Download it again/],
      ['not-a-zip.docx', /^not-a-zip\.docx is damaged, cut short or not what its name says/],
      ['huge.pdf', /^huge\.pdf is too large to convert .*Split it/],
      ['huge-page.html', /^huge-page\.html is too large to convert .*Split it/],
    ];
    for (const [name, message] of cases) {
      it(name, async () => {
        const started = Date.now();
        const opened = await vscode.commands.executeCommand('policyLens.openAsPolicyText', file(name));
        assert.strictEqual(opened, undefined);
        assert.strictEqual(errors.length, 1, errors.join('\n'));
        assert.match(errors[0], message);
        assert.ok(!errors[0].includes('\n'), 'one line');
        assert.ok(Date.now() - started < 15000, 'no hang');
        assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.scheme === SCHEME && d.uri.path.includes(name)), 'no document');
      });
    }

    it('double-click on an encrypted PDF: its tab says why, as the notification does', async () => {
      const pdf = file('encrypted.pdf');
      await vscode.commands.executeCommand('vscode.open', pdf);
      await waitFor('the error', () => errors[0], 20000);
      assert.match(errors[0], /^encrypted\.pdf is password-protected/);
      assert.strictEqual(customTabs(pdf).length, 1);
      assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.scheme === SCHEME && d.uri.path.includes('encrypted')));
    });

    it('a document reopened by URI (as a restored editor is) fails with the same line', async () => {
      await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(policyUri(file('encrypted.pdf')))), /encrypted\.pdf is password-protected/);
    });
  });

  it('converts a document reopened by URI (as a restored editor is) through the file system', async () => {
    const document = await vscode.workspace.openTextDocument(policyUri(file('gongwen.pdf')));
    assert.strictEqual(document.languageId, 'policy-text');
    assert.deepStrictEqual(document.getText().split('\n\n'), expected('gongwen.pdf'));
  });

  it('cancels a conversion: nothing opens, nothing is reported, and the file opens on the next try', async () => {
    const pdf = file('table.pdf');
    const pending = a.imports.open(pdf);
    await waitFor('the conversion to start', () => (a.imports.running() > 0 ? true : undefined));
    a.imports.cancelAll();
    assert.strictEqual(await pending, undefined);
    assert.deepStrictEqual(errors, []);
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === policyUri(pdf).toString()));
    const editor = await a.imports.open(pdf);
    assert.ok(editor);
    assert.deepStrictEqual(editor.document.getText().split('\n\n'), expected('table.pdf'));
  });

  it('reloads the document when the original changes', async () => {
    const pdf = file('changing.pdf');
    await vscode.workspace.fs.copy(file('gongwen.pdf'), pdf, { overwrite: true });
    const editor = (await a.imports.open(pdf)) ?? assert.fail('opened');
    assert.deepStrictEqual(editor.document.getText().split('\n\n'), expected('gongwen.pdf'));
    await vscode.workspace.fs.writeFile(pdf, await vscode.workspace.fs.readFile(file('running-header.pdf')));
    const want = expected('running-header.pdf').join('\n\n');
    await waitFor('the reloaded text', () => (editor.document.getText() === want ? true : undefined), 20000);
    assert.strictEqual(editor.document.isDirty, false);
    // The origins follow the new text.
    assert.strictEqual(a.imports.originAt(editor.document.uri, editor.document.getText().indexOf('到2022年')), 'p. 2');
  });
});
