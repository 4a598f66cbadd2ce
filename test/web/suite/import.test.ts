// PDF, Word and web pages in the web-worker host (VS Code for the Web): the converters are imported
// from dist/web/import.js by URL and pdf.js's CMaps fetched from dist/cmaps/, so an opened file is
// the same read-only policy-text document, with its pages, as on the desktop.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from '../../integration/suite/helpers';

const SCHEME = 'policy-lens-import';

function fixtures(): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'import');
}

function folder(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'the runner opens a folder');
  return vscode.Uri.joinPath(root, 'imported');
}

async function copied(name: string): Promise<vscode.Uri> {
  const target = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(fixtures(), name)));
  return target;
}

async function expected(name: string): Promise<string[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(fixtures(), `${name}.txt`)));
  return text.replace(/\r\n/g, '\n').trim().split('\n\n');
}

describe('PDF, Word and web pages in the web worker', function () {
  this.timeout(60000);

  for (const [name, format] of [['running-header.pdf', 'pdf'], ['cmap.pdf', 'pdf'], ['numbered-table.docx', 'docx'], ['web-page.html', 'html']] as const) {
    it(`opens ${name} as read-only policy text`, async () => {
      const a = await api();
      const original = await copied(name);
      const editor = await a.imports.open(original);
      assert.ok(editor, `${name} opened`);
      assert.strictEqual(editor.document.uri.scheme, SCHEME);
      assert.strictEqual(editor.document.languageId, 'policy-text');
      assert.deepStrictEqual(editor.document.getText().split('\n\n'), await expected(name));
      assert.strictEqual(a.imports.describe(editor.document.uri)?.format, format);
      assert.strictEqual(vscode.workspace.fs.isWritableFileSystem(SCHEME), false);
    });
  }

  it('knows the page of every paragraph of a PDF (the outline says it)', async () => {
    const a = await api();
    const editor = await a.imports.open(await copied('running-header.pdf'));
    assert.ok(editor);
    const text = editor.document.getText();
    assert.strictEqual(a.imports.originAt(editor.document.uri, text.indexOf('到2022年')), 'p. 2');
    assert.strictEqual(a.imports.originAt(editor.document.uri, text.indexOf('五、强化保障措施')), 'p. 7');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const sections = (symbols ?? []).flatMap(s => s.children).map(s => `${s.name} (${s.detail})`);
    assert.ok(sections.includes('二、明确工作职责 (section · p. 3)'), sections.join(' | '));
  });

  it('refuses an encrypted PDF in one line naming it', async () => {
    const a = await api();
    const errors: string[] = [];
    a.seams.showError = async (message: string) => { errors.push(message); return undefined; };
    try {
      assert.strictEqual(await a.imports.open(await copied('encrypted.pdf')), undefined);
      assert.strictEqual(errors.length, 1);
      assert.match(errors[0], /^encrypted\.pdf is password-protected\./);
    } finally {
      a.resetSeams();
    }
  });
});
