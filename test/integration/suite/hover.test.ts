// Hover in a real VS Code (vscode.executeHoverProvider): the explanation of numbers, dates, targets
// and terms on the seed, in English and in 简体中文, and document text that is never markup.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, fixture, openUntitled, plainMarkdown } from './helpers';

type Lang = 'en' | 'zh-cn';

async function setLanguage(value: Lang | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update('explanationLanguage', value, vscode.ConfigurationTarget.Global);
}

interface Shown { markdown: vscode.MarkdownString[]; text: string; range: vscode.Range | undefined }

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<Shown> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset)) ?? [];
  const markdown: vscode.MarkdownString[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (c instanceof vscode.MarkdownString || (typeof c === 'object' && 'value' in c && !('language' in c))) { markdown.push(c as vscode.MarkdownString); }
    }
  }
  return { markdown, text: markdown.map(m => plainMarkdown(m.value)).join('\n\n'), range: hovers[0]?.range };
}

/** Hover over the first occurrence of `word` (plus `delta` characters into it). */
async function hoverOver(document: vscode.TextDocument, word: string, delta = 0): Promise<Shown & { offset: number }> {
  const offset = document.getText().indexOf(word);
  assert.ok(offset >= 0, `"${word}" in the document`);
  return { ...(await hoverAt(document, offset + delta)), offset };
}

function includesAll(shown: Shown, expected: readonly string[], where: string): void {
  for (const e of expected) { assert.ok(shown.text.includes(e), `${where}: hover shows "${e}":\n${shown.text}`); }
}

describe('hover', () => {
  const FIXED_NOW = new Date(2026, 10, 27, 12, 0, 0);

  afterEach(async () => {
    (await api()).resetSeams();
    await setLanguage(undefined);
    await closeAllEditors();
  });

  // word → what the hover says in each language.
  const SEED: { word: string; en: string[]; zh: string[] }[] = [
    {
      word: '32.5万亿元',
      en: ['Number · 32.5万亿元', '32,500,000,000,000', '32.5 trillion yuan', 'Kind: money'],
      zh: ['数字 · 32.5万亿元', '数值：32,500,000,000,000元', '英文：32.5 trillion yuan', '类型：金额'],
    },
    {
      word: '今年上半年',
      en: ['Resolves to: 2024-01-01 … 2024-06-30', 'relative (needs the document date)', 'the document date 2024-09-02, from the dateline “本报北京9月2日讯”'],
      zh: ['解析为：2024-01-01 … 2024-06-30', '相对日期', '文档日期 2024-09-02，取自电头“本报北京9月2日讯”'],
    },
    {
      word: '近1.1倍',
      en: ['Number · 近1.1倍', 'Reading: growth: +110 % (new value = 2.1 × base)', 'In words: about 1.1 times', 'Implied base: ≈ 4.7286 million kilowatts'],
      zh: ['数字 · 近1.1倍', '倍数含义：增长：+110 %（新值 = 基数 × 2.1）', '读作：约1.1倍', '推算基数：≈ 472.8571万千瓦'],
    },
    {
      word: '力争到2027年建成200个左右高标准数字园区',
      en: ['Target · 力争到2027年建成200个左右高标准数字园区', 'Deadline: 2027 (by 2027-12-31)', 'Value: ≈200个', 'Object: 高标准数字园区', 'Strength: strive (力争)',
        'Time left from the document date (2024-09-02): 3 years 3 months', 'Time left from today (2026-11-27): 1 year 1 month'],
      zh: ['目标 · 力争到2027年建成200个左右高标准数字园区', '期限：2027（2027-12-31 前）', '目标值：≈200个', '目标对象：高标准数字园区', '力度：力争',
        '距期限（自今天 2026-11-27）：还有 1年1个月'],
    },
    {
      word: '专精特新',
      en: ['Term · 专精特新', 'Meaning: Specialized, refined, distinctive and innovative', 'Origin: ', 'Source: built-in glossary'],
      zh: ['术语 · 专精特新', '释义：专业化、精细化、特色化、新颖化', '出处：', '来源：内置词表'],
    },
  ];

  for (const lang of ['en', 'zh-cn'] as const) {
    for (const c of SEED) {
      it(`explains ${c.word} on the seed (${lang})`, async function () {
        const uri = await fixture('seed-2024-09-03.txt');
        if (!uri) { this.skip(); return; }
        const a = await api();
        a.seams.now = () => FIXED_NOW;
        await setLanguage(lang);
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        const shown = await hoverOver(document, c.word);
        includesAll(shown, lang === 'en' ? c.en : c.zh, `${c.word} (${lang})`);
        // The hover covers the innermost annotation: here the whole word.
        assert.ok(shown.range, 'a hover range');
        assert.strictEqual(document.getText(shown.range), c.word);
        for (const md of shown.markdown) {
          assert.notStrictEqual(md.isTrusted, true, 'never trusted');
          assert.notStrictEqual(md.supportHtml, true, 'no HTML');
        }
      });
    }
  }

  it('shows the number and the target around it, innermost first', async function () {
    const uri = await fixture('seed-2024-09-03.txt');
    if (!uri) { this.skip(); return; }
    await setLanguage('en');
    const document = await vscode.workspace.openTextDocument(uri);
    const target = document.getText().indexOf('力争到2027年建成200个左右高标准数字园区');
    const shown = await hoverAt(document, target + '力争到2027年建成'.length);
    assert.strictEqual(shown.markdown.length, 2, shown.text);
    assert.ok(plainMarkdown(shown.markdown[0].value).startsWith('Number · 200个左右'), shown.text);
    assert.ok(plainMarkdown(shown.markdown[1].value).startsWith('Target · 力争到2027年'), shown.text);
    assert.ok(shown.range);
    assert.strictEqual(document.getText(shown.range), '200个左右');
  });

  it('follows VS Code\'s display language when set to auto', async function () {
    const uri = await fixture('seed-2024-09-03.txt');
    if (!uri) { this.skip(); return; }
    await setLanguage(undefined);
    assert.strictEqual(vscode.workspace.getConfiguration('policyLens').get('explanationLanguage'), 'auto');
    const document = await vscode.workspace.openTextDocument(uri);
    const shown = await hoverOver(document, '32.5万亿元');
    const expected = vscode.env.language.toLowerCase().startsWith('zh') ? '数字 · 32.5万亿元' : 'Number · 32.5万亿元';
    assert.ok(shown.text.startsWith(expected), shown.text);
  });

  it('escapes Markdown, HTML and command links in document text', async () => {
    await setLanguage('en');
    const content = [
      '今年上半年，全国规模以上工业增加值同比增长，制造业投资保持较快增长态势。',
      '力争到2027年建成**粗体** <img src=x onerror=alert(1)> [点我](command:workbench.action.quit) 增长30%的数字园区200个。',
      '',
    ].join('\n');
    const document = await openUntitled(content, 'plaintext');
    await vscode.window.showTextDocument(document);
    assert.ok(await (await api()).analysisFor(document.uri), 'the document is analysed');
    const shown = await hoverOver(document, '30%');
    assert.ok(shown.markdown.length >= 2, `the number and the target around it:\n${shown.text}`);
    const raw = shown.markdown.map(m => m.value).join('\n\n');
    assert.ok(raw.includes('\\*\\*粗体\\*\\*'), raw);
    assert.ok(raw.includes('&lt;img'), raw);
    assert.ok(!raw.includes('<img'), raw);
    assert.ok(!raw.includes('](command:'), raw);
    assert.ok(!raw.includes('[点我]'), raw);
    // The reader still sees the text as written.
    assert.ok(shown.text.includes('**粗体** <img src=x onerror=alert(1)> [点我](command:workbench.action.quit)'), shown.text);
    for (const md of shown.markdown) {
      assert.notStrictEqual(md.isTrusted, true);
      assert.notStrictEqual(md.supportHtml, true);
    }
  });

  it('explains a term from the user\'s policyLens.glossary, naming the setting', async () => {
    const a = await api();
    const TERM = '悬停测试专用词';
    const config = vscode.workspace.getConfiguration('policyLens');
    await setLanguage('en');
    await config.update('glossary', [{ term: TERM, en: 'A term defined for this test.', zh: '测试用词条。', origin: 'This test, 2026.' }], vscode.ConfigurationTarget.Workspace);
    try {
      await a.userGlossaryLoaded();
      const content = `今年上半年，各地积极推进${TERM}相关工作，全国规模以上工业增加值同比增长。\n`;
      const document = await openUntitled(content, 'plaintext');
      await vscode.window.showTextDocument(document);
      const analysis = await a.analysisFor(document.uri);
      assert.ok(analysis?.terms.some(t => t.entry === TERM), 'the user term is annotated');
      const shown = await hoverOver(document, TERM);
      includesAll(shown, [`Term · ${TERM}`, 'Meaning: A term defined for this test.', 'Chinese: 测试用词条。', 'Origin: This test, 2026.',
        'Source: setting policyLens.glossary'], TERM);
    } finally {
      await config.update('glossary', undefined, vscode.ConfigurationTarget.Workspace);
      await a.userGlossaryLoaded();
    }
  });

  it('shows nothing outside annotations', async function () {
    const uri = await fixture('seed-2024-09-03.txt');
    if (!uri) { this.skip(); return; }
    const document = await vscode.workspace.openTextDocument(uri);
    // The dash before the subtitle (——访…) is no number, date, target or term.
    const shown = await hoverAt(document, document.getText().indexOf('——'));
    assert.strictEqual(shown.markdown.length, 0, shown.text);
  });
});
