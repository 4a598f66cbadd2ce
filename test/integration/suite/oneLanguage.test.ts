// One language throughout: with policyLens.explanationLanguage set to zh-cn the Markdown report,
// the CSV header row and every hover line (the glossary's 出处 included) are Chinese, whatever the
// display language; with en they are English.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, hoverText, workspaceFolder } from './helpers';

const DOC = 'one-language-sample.txt';
const TEXT = [
  '关于推进中小企业数字化转型的答记者问',
  '',
  '（2024年9月2日）',
  '',
  '问：下一步将如何推进？',
  '',
  '答：加快发展新质生产力。力争到2027年建成200个左右高标准数字园区，三分之一以上的企业完成改造。',
  '',
].join('\n');

async function setLanguage(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update('explanationLanguage', value, vscode.ConfigurationTarget.Global);
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('one language throughout', () => {
  const doc = () => vscode.Uri.joinPath(workspaceFolder(), DOC);
  const written: vscode.Uri[] = [];

  beforeEach(async () => {
    const a = await api();
    a.seams.showSaveDialog = async options => { if (options.defaultUri) { written.push(options.defaultUri); } return options.defaultUri; };
    a.seams.confirmOverwrite = async () => true;
    a.seams.showInformation = async () => undefined;
    await vscode.workspace.fs.writeFile(doc(), new TextEncoder().encode(TEXT));
    await vscode.window.showTextDocument(doc());
  });

  afterEach(async () => {
    (await api()).resetSeams();
    await setLanguage(undefined);
    await closeAllEditors();
    for (const uri of [...written.splice(0), doc()]) { try { await vscode.workspace.fs.delete(uri); } catch { /* gone */ } }
  });

  it('writes the Markdown report in Chinese when the explanation language is zh-cn (the display language is English)', async () => {
    assert.strictEqual(vscode.env.language, 'en');
    await setLanguage('zh-cn');
    const target = await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportMarkdown');
    const md = await read(target);
    for (const part of ['**文档日期**：2024-09-02（', '## 目标 (1)', '| 期限 | 数值 | 对象 | 力度 | 原文 | 行 |', '## 数字', '## 统计', '| 力争 |']) {
      assert.ok(md.includes(part), `"${part}" in\n${md}`);
    }
    for (const english of ['Document date', '## Targets', 'strive']) { assert.ok(!md.includes(english), `no "${english}" in\n${md}`); }
  });

  it('writes the CSV header and words in Chinese for zh-cn, the codes for en', async () => {
    await setLanguage('zh-cn');
    const zh = await read(await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportCsv'));
    const [header, ...rows] = zh.replace(/^\uFEFF/, '').split('\r\n');
    assert.strictEqual(header, '类别,原文,数值,单位,限定,起始日期,结束日期,期限,行,列,起始偏移,结束偏移');
    assert.ok(rows.some(r => r.startsWith('目标,力争到2027年') && r.includes(',力争,')), rows.join('\n'));
    assert.ok(rows.some(r => r.startsWith('数字,三分之一以上,') && r.includes(',以上,')), rows.join('\n'));
    await setLanguage('en');
    const en = await read(await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportCsv'));
    assert.strictEqual(en.replace(/^\uFEFF/, '').split('\r\n')[0], 'kind,text,value,unit,qualifier,start_date,end_date,deadline,line,column,start,end');
  });

  it('explains a term with its origin in Chinese (出处), and a fraction as a fraction', async () => {
    await setLanguage('zh-cn');
    const document = await vscode.workspace.openTextDocument(doc());
    assert.ok(await (await api()).analysisFor(doc()));
    const term = await hoverText(doc(), document.positionAt(TEXT.indexOf('新质生产力') + 1));
    assert.ok(term.includes('出处：2023年9月习近平在黑龙江考察时首次提出；写入2024年《政府工作报告》。'), term);
    assert.ok(!term.includes('First raised'), term);
    const fraction = await hoverText(doc(), document.positionAt(TEXT.indexOf('三分之一以上') + 1));
    assert.ok(fraction.includes('数值：三分之一（约33.3%）'), fraction);
    assert.ok(fraction.includes('读作：不少于三分之一'), fraction);
    await setLanguage('en');
    const en = await hoverText(doc(), document.positionAt(TEXT.indexOf('三分之一以上') + 1));
    assert.ok(en.includes('Value: one third (≈ 33.3 %)') && en.includes('In words: at least one third'), en);
    assert.ok(!en.includes('0.333'), en);
  });
});
