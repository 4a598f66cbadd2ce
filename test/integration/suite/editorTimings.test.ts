// Editor figures for the benchmark (npm run bench reads test-output/editor-timings.json): how long
// activate() took, that it analysed nothing, and the first analysis of the seed in this real VS Code.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/api';
import { fixture, openUntitled } from './helpers';

describe('editor timings', () => {
  it('activate() registers without analysing; the seed is analysed on first request', async function () {
    const ext = vscode.extensions.getExtension<PolicyLensApi>('policy-lens.policy-lens');
    assert.ok(ext);
    const api = await ext.activate();
    assert.strictEqual(api.activation.analysesDuringActivate, 0, 'no analysis ran inside activate()');
    assert.ok(api.activation.ms >= 0);
    const uri = await fixture('seed-2024-09-03.txt');
    if (!uri) { this.skip(); return; }
    // A new untitled document with the seed's text: never analysed before, whatever other suites did.
    const seedText = (await vscode.workspace.openTextDocument(uri)).getText();
    const document = await openUntitled(seedText, 'plaintext');
    const started = performance.now();
    const analysis = await api.analysisFor(document.uri);
    const firstAnalysisMs = performance.now() - started;
    assert.ok(analysis, 'the seed is analysed');
    const out = path.join(ext.extensionPath, 'test-output', 'editor-timings.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ activateMs: api.activation.ms, firstAnalysisMs, analysesDuringActivate: api.activation.analysesDuringActivate }, null, 2));
    console.log(`      activate ${api.activation.ms.toFixed(1)} ms, first analysis of the seed ${firstAnalysisMs.toFixed(1)} ms`);
  });
});
