// Restricted Mode: glossary files are not read (not even .vscode/policy-lens.glossary.json); the
// inline policyLens.glossary setting, which names no file, still works.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, openUntitled, waitFor, workspaceFolder } from './helpers';

const TERM = '透镜试点园区';
const TEXT = `各地要加快建设${TERM}。\n`;

describe('user glossary in restricted mode', () => {
  const discovered = () => vscode.Uri.joinPath(workspaceFolder(), '.vscode', 'policy-lens.glossary.json');
  const config = () => vscode.workspace.getConfiguration('policyLens');

  after(async () => {
    await config().update('glossary', undefined, vscode.ConfigurationTarget.Workspace);
    try { await vscode.workspace.fs.delete(discovered()); } catch { /* not there */ }
    await closeAllEditors();
  });

  it('does not read .vscode/policy-lens.glossary.json', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const a = await api();
    await vscode.workspace.fs.writeFile(discovered(), new TextEncoder().encode(JSON.stringify([{ term: TERM, en: 'file', zh: '文件' }])));
    await new Promise(resolve => setTimeout(resolve, 1500));
    await a.userGlossaryLoaded();
    assert.deepStrictEqual(a.userGlossary(workspaceFolder()), []);
    const document = await openUntitled(TEXT, 'plaintext');
    const analysis = await a.analysisFor(document.uri);
    assert.ok(analysis);
    assert.deepStrictEqual(analysis.terms.filter(t => t.entry === TERM), []);
    const status = a.userGlossaryStatus();
    assert.deepStrictEqual([status.text, status.detail, status.command.command],
      ['Glossary: files not read', 'Restricted Mode: trust the workspace to use glossary files', 'workbench.trust.manage']);
  });

  it('uses the inline policyLens.glossary entries', async () => {
    const a = await api();
    await config().update('glossary', [{ term: TERM, en: 'inline', zh: '设置' }], vscode.ConfigurationTarget.Workspace);
    const document = await openUntitled(TEXT, 'plaintext');
    await waitFor('the inline term', async () => (await a.analysisFor(document.uri))?.terms.some(t => t.entry === TERM) ? true : undefined, 20000);
  });
});
