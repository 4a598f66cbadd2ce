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

  it('orders the settings by what readers change first, the limits last', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const properties = (ext?.packageJSON as { contributes: { configuration: { properties: Record<string, { order?: number }> } } }).contributes.configuration.properties;
    const ids = Object.entries(properties).sort((a, b) => (a[1].order ?? Infinity) - (b[1].order ?? Infinity)).map(([id]) => id);
    assert.deepStrictEqual(ids.slice(0, 6), [
      'policyLens.explanationLanguage', 'policyLens.highlight.numbers', 'policyLens.highlight.dates', 'policyLens.highlight.targets',
      'policyLens.highlight.terms', 'policyLens.inlayHints.enabled',
    ]);
    assert.ok(ids.indexOf('policyLens.referenceDate') < ids.indexOf('policyLens.glossary'));
    assert.deepStrictEqual(ids.slice(-3).sort(), ['policyLens.analysisDelay', 'policyLens.maxDocumentSize', 'policyLens.maxLineLength']);
    const orders = Object.values(properties).map(p => p.order);
    assert.strictEqual(new Set(orders).size, orders.length, 'every setting has an order of its own');
  });

  it('labels and describes each explanation language in words, not as auto / en / zh-cn', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const p = (ext?.packageJSON as { contributes: { configuration: { properties: Record<string, { enum: string[]; enumItemLabels: string[]; enumDescriptions: string[] }> } } })
      .contributes.configuration.properties['policyLens.explanationLanguage'];
    assert.deepStrictEqual(p.enum, ['auto', 'en', 'zh-cn']);
    // The test host runs in English: the manifest's %keys% are resolved from package.nls.json.
    assert.deepStrictEqual(p.enumItemLabels, ['Auto (display language)', 'English', '简体中文 (Simplified Chinese)']);
    for (const d of p.enumDescriptions) { assert.ok(d.length > 10 && !d.startsWith('%'), d); }
  });
});
