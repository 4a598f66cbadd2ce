// Restricted mode (workspace trust on, folder untrusted): the extension still works on open
// documents, reads no workspace files, and settings in restrictedConfigurations are ignored.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, find, fixture, INTERVIEW, openUntitled, outline, workspaceFolder } from './helpers';

describe('restricted mode', () => {
  after(closeAllEditors);

  it('runs in an untrusted workspace', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('activates and returns its API', async () => {
    const a = await api();
    assert.strictEqual(typeof a.analysisFor, 'function');
    assert.ok(vscode.extensions.getExtension('policy-lens.policy-lens')?.isActive);
  });

  it('outlines an open document', async () => {
    const document = await openUntitled(INTERVIEW, 'plaintext');
    const nodes = await outline(document.uri);
    assert.ok(find(nodes, 'question', 2), JSON.stringify(nodes));
    assert.ok(find(nodes, 'answer', 4));
  });

  it('outlines a workspace document (the seed: its first article)', async function () {
    const uri = await fixture('seed-2024-09-03.txt');
    if (!uri) { this.skip(); }
    const top = await outline(uri);
    assert.strictEqual(top[0]?.kind, 'article');
    assert.strictEqual(top[0]?.line, 2);
    assert.deepStrictEqual(top[0].children.map(c => `${c.kind}@${c.line}`), ['section@10', 'section@28', 'section@46', 'section@62']);
  });

  it('ignores policyLens.glossaryFiles from the workspace settings', async () => {
    const settingsFile = vscode.Uri.joinPath(workspaceFolder(), '.vscode', 'settings.json');
    const config = () => vscode.workspace.getConfiguration('policyLens');
    await config().update('glossaryFiles', ['glossary/terms.json'], vscode.ConfigurationTarget.Workspace);
    try {
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsFile));
      assert.match(written, /"policyLens\.glossaryFiles"\s*:\s*\[\s*"glossary\/terms\.json"\s*\]/, 'the value is in the workspace settings');
      assert.deepStrictEqual(config().get('glossaryFiles'), [], 'VS Code ignores the restricted setting');
      assert.deepStrictEqual((await api()).settingsFor(workspaceFolder()).glossaryFiles, []);
    } finally {
      await config().update('glossaryFiles', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reads no glossary file even when the user settings name one', async () => {
    const config = () => vscode.workspace.getConfiguration('policyLens');
    await config().update('glossaryFiles', ['glossary/terms.json'], vscode.ConfigurationTarget.Global);
    try {
      assert.deepStrictEqual(config().get('glossaryFiles'), ['glossary/terms.json'], 'user settings are trusted by VS Code');
      assert.deepStrictEqual((await api()).settingsFor(workspaceFolder()).glossaryFiles, [], 'but they name workspace files');
    } finally {
      await config().update('glossaryFiles', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
