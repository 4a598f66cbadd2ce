// The document date: "Set Document Date…" (a per-file override answered through the input-box
// seam) and the policyLens.referenceDate setting, as the analysis and the language status see them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/core/types';
import { api, closeAllEditors, fixture, hoverText, waitFor } from './helpers';

async function setSetting(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update('referenceDate', value, vscode.ConfigurationTarget.Global);
}

/** Answers the next input box with `answer` and returns the options it was shown with. */
async function answerInputBox(answer: string | undefined): Promise<vscode.InputBoxOptions[]> {
  const a = await api();
  const shown: vscode.InputBoxOptions[] = [];
  a.seams.showInputBox = async options => { shown.push(options ?? {}); return answer; };
  return shown;
}

async function analysisWith(uri: vscode.Uri, what: string, ok: (a: Analysis) => boolean): Promise<Analysis> {
  const a = await api();
  return waitFor(what, async () => {
    const analysis = await a.analysisFor(uri);
    return analysis && ok(analysis) ? analysis : undefined;
  });
}

const firstHalf = (analysis: Analysis) => analysis.dates.find(d => d.text === '今年上半年')?.resolved;

describe('the document date', () => {
  let seed: vscode.Uri | undefined;
  before(async () => { seed = await fixture('seed-2024-09-03.txt'); });
  beforeEach(function () { if (!seed) { this.skip(); } });
  afterEach(async () => {
    const a = await api();
    if (seed && a.documentDateOverride(seed)) {
      await answerInputBox('');
      await vscode.commands.executeCommand('policyLens.setReferenceDate', seed);
    }
    await setSetting(undefined);
    a.resetSeams();
    await closeAllEditors();
  });

  it('is set for one file with Set Document Date…, prefilled with the current date', async () => {
    const a = await api();
    await vscode.window.showTextDocument(seed!);
    const before = await a.analysisFor(seed!);
    assert.deepStrictEqual([before?.documentDate?.date, before?.documentDate?.source], ['2024-09-02', 'dateline']);
    assert.deepStrictEqual(firstHalf(before!), { start: '2024-01-01', end: '2024-06-30' });

    const shown = await answerInputBox('2030-05-01');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.setReferenceDate'), '2030-05-01');
    assert.strictEqual(shown.length, 1);
    assert.strictEqual(shown[0].value, '2024-09-02', 'prefilled with the date in force');
    assert.strictEqual(a.documentDateOverride(seed!), '2030-05-01');

    const after = await analysisWith(seed!, 'the new document date', x => x.documentDate?.date === '2030-05-01');
    assert.strictEqual(after.documentDate?.source, 'setting');
    assert.strictEqual(after.documentDate?.setBy, 'command', 'the command, not the setting, gave it');
    assert.deepStrictEqual(firstHalf(after), { start: '2030-01-01', end: '2030-06-30' });
    await waitFor('the date in the language status', () => {
      const s = a.languageStatus();
      return s?.detail === 'document date 2030-05-01 (Set Document Date…)' ? s : undefined;
    });

    // The next prompt is prefilled with the override.
    const again = await answerInputBox(undefined);
    await vscode.commands.executeCommand('policyLens.setReferenceDate');
    assert.strictEqual(again[0].value, '2030-05-01');
    assert.strictEqual(a.documentDateOverride(seed!), '2030-05-01', 'dismissing changes nothing');
  });

  it('validates a real calendar date in the input box, typed as 2024-09-02, 2024/9/2 or 2024年9月2日', async () => {
    const shown = await answerInputBox(undefined);
    await vscode.window.showTextDocument(seed!);
    await vscode.commands.executeCommand('policyLens.setReferenceDate');
    const validate = shown[0].validateInput;
    assert.ok(validate);
    const cases: [string, boolean][] = [
      ['2024-02-29', true], ['', true], ['2023-02-29', false], ['2024-13-01', false], ['2024-9-2', true], ['2024/09/02', true],
      ['2024年9月2日', true], ['２０２４年９月２日', true], ['二〇二四年九月二日', true], ['2024年2月30日', false], ['明天', false], ['20240902', false],
    ];
    for (const [input, ok] of cases) {
      const message = await validate(input);
      assert.strictEqual(message === undefined || message === null, ok, `${input}: ${String(message)}`);
    }
  });

  it('refuses an invalid answer with a message and keeps the date in force', async () => {
    const a = await api();
    await vscode.window.showTextDocument(seed!);
    await answerInputBox('2031-03-04');
    await vscode.commands.executeCommand('policyLens.setReferenceDate');
    await analysisWith(seed!, 'the first override', x => x.documentDate?.date === '2031-03-04');

    await answerInputBox('2031-02-30');
    const errors: string[] = [];
    a.seams.showError = async (message: string) => { errors.push(message); return undefined; };
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.setReferenceDate'), '2031-03-04');
    assert.deepStrictEqual(errors, ['"2031-02-30" is not a calendar date: enter it as 2024-09-02, 2024/9/2 or 2024年9月2日, or nothing to use the date found in the document.']);
    assert.strictEqual(a.documentDateOverride(seed!), '2031-03-04');
    assert.strictEqual((await a.analysisFor(seed!))?.documentDate?.date, '2031-03-04');
  });

  it('clears the override on an empty answer: the dateline is back', async () => {
    const a = await api();
    await vscode.window.showTextDocument(seed!);
    await answerInputBox('2030-05-01');
    await vscode.commands.executeCommand('policyLens.setReferenceDate');
    await analysisWith(seed!, 'the override', x => x.documentDate?.date === '2030-05-01');
    await answerInputBox('');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.setReferenceDate'), undefined);
    assert.strictEqual(a.documentDateOverride(seed!), undefined);
    const back = await analysisWith(seed!, 'the dateline again', x => x.documentDate?.source === 'dateline');
    assert.strictEqual(back.documentDate?.date, '2024-09-02');
  });

  it('applies policyLens.referenceDate to documents without their own, and warns about (and ignores) a bad value', async () => {
    const a = await api();
    const warnings: string[] = [];
    a.seams.showWarning = async (message: string) => { warnings.push(message); return undefined; };
    await setSetting('2031-01-15');
    const set = await analysisWith(seed!, 'the setting', x => x.documentDate?.date === '2031-01-15');
    assert.strictEqual(set.documentDate?.source, 'setting');
    assert.deepStrictEqual(firstHalf(set), { start: '2031-01-01', end: '2031-06-30' });

    await setSetting('2031-02-30');
    const warning = await waitFor('the warning', () => warnings[0]);
    assert.strictEqual(warning, 'policyLens.referenceDate: "2031-02-30" is not a calendar date (write it as 2024-09-02, 2024/9/2 or 2024年9月2日). It is ignored; 2031-01-15 stays in use.');
    assert.strictEqual((await a.analysisFor(seed!))?.documentDate?.date, '2031-01-15', 'the last good value stays');

    // A file's own date wins over the setting.
    await setSetting('2031-01-15');
    await vscode.window.showTextDocument(seed!);
    await answerInputBox('2030-05-01');
    await vscode.commands.executeCommand('policyLens.setReferenceDate');
    await analysisWith(seed!, 'the override over the setting', x => x.documentDate?.date === '2030-05-01');

    await answerInputBox('');
    await vscode.commands.executeCommand('policyLens.setReferenceDate');
    await analysisWith(seed!, 'the setting again', x => x.documentDate?.date === '2031-01-15');
    await setSetting(undefined);
    await analysisWith(seed!, 'the dateline again', x => x.documentDate?.source === 'dateline');
  });

  it('declares policyLens.referenceDate with an empty default and no YYYY-MM-DD pattern (2024年9月2日 is a date too)', () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const props = (ext?.packageJSON as { contributes: { configuration: { properties: Record<string, { default: unknown; pattern?: string }> } } }).contributes.configuration.properties;
    assert.strictEqual(props['policyLens.referenceDate'].default, '');
    assert.strictEqual(props['policyLens.referenceDate'].pattern, undefined);
  });

  /** The hover's text at the first 今年上半年 of the seed. */
  async function hoverAtFirstHalf(): Promise<string> {
    const document = await vscode.workspace.openTextDocument(seed!);
    return hoverText(seed!, document.positionAt(document.getText().indexOf('今年上半年') + 1));
  }

  it('takes 2030年5月1日 typed the Chinese way, and the hover names the command that set it', async () => {
    const a = await api();
    await vscode.workspace.getConfiguration('policyLens').update('explanationLanguage', 'en', vscode.ConfigurationTarget.Global);
    try {
      await vscode.window.showTextDocument(seed!);
      await answerInputBox('２０３０年５月１日');
      assert.strictEqual(await vscode.commands.executeCommand('policyLens.setReferenceDate'), '2030-05-01');
      assert.strictEqual(a.documentDateOverride(seed!), '2030-05-01', 'stored as YYYY-MM-DD');
      await analysisWith(seed!, 'the override', x => x.documentDate?.date === '2030-05-01');
      const hover = await hoverAtFirstHalf();
      assert.ok(hover.includes('the document date 2030-05-01, set for this file with Set Document Date…'), hover);
      assert.ok(!hover.includes('in the settings'), hover);
    } finally {
      await vscode.workspace.getConfiguration('policyLens').update('explanationLanguage', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('takes policyLens.referenceDate as 2031年1月15日 too, and the hover names the setting', async () => {
    const a = await api();
    const warnings: string[] = [];
    a.seams.showWarning = async (message: string) => { warnings.push(message); return undefined; };
    await vscode.workspace.getConfiguration('policyLens').update('explanationLanguage', 'zh-cn', vscode.ConfigurationTarget.Global);
    try {
      await setSetting('2031年1月15日');
      const set = await analysisWith(seed!, 'the setting', x => x.documentDate?.date === '2031-01-15');
      assert.deepStrictEqual([set.documentDate?.source, set.documentDate?.setBy], ['setting', 'setting']);
      const hover = await hoverAtFirstHalf();
      assert.ok(hover.includes('文档日期 2031-01-15，来自设置 policyLens.referenceDate'), hover);
      assert.deepStrictEqual(warnings, [], 'no warning about a date written the Chinese way');
    } finally {
      await vscode.workspace.getConfiguration('policyLens').update('explanationLanguage', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
