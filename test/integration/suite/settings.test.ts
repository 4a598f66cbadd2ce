// Settings as the extension reads them in a trusted workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, workspaceFolder } from './helpers';

describe('settings (trusted workspace)', () => {
  it('has the documented defaults', async () => {
    assert.deepStrictEqual((await api()).settingsFor(workspaceFolder()), {
      enable: true, minChineseRatio: 0.3, maxDocumentSize: 5_000_000, analysisDelay: 300, glossaryFiles: [], maxLineLength: 100_000,
    });
  });

  it('reads policyLens.glossaryFiles from the workspace settings', async () => {
    const config = () => vscode.workspace.getConfiguration('policyLens');
    await config().update('glossaryFiles', ['glossary/terms.json'], vscode.ConfigurationTarget.Workspace);
    try {
      assert.deepStrictEqual((await api()).settingsFor(workspaceFolder()).glossaryFiles, ['glossary/terms.json']);
    } finally {
      await config().update('glossaryFiles', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('declares every setting with a title section and a markdownDescription', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const configuration = (ext?.packageJSON as { contributes: { configuration: { title: string; properties: Record<string, { markdownDescription?: string }> } } }).contributes.configuration;
    assert.strictEqual(configuration.title, 'Policy Lens');
    for (const id of ['policyLens.enable', 'policyLens.minChineseRatio', 'policyLens.maxDocumentSize', 'policyLens.analysisDelay', 'policyLens.glossaryFiles', 'policyLens.maxLineLength', 'policyLens.glossary']) {
      assert.ok(id in configuration.properties, id);
    }
    for (const [id, p] of Object.entries(configuration.properties)) {
      assert.ok(p.markdownDescription && !p.markdownDescription.startsWith('%'), `${id} has a localized description`);
    }
  });
});
