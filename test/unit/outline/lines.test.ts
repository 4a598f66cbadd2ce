// The rule functions of line patterns and Markdown lines (src/core/outline/dateLines.ts,
// furniture.ts, markdown.ts; docs/annotation.md §4, §7 "Structure").
import assert from 'node:assert/strict';
import { endsWithDate, isDateline, isDateOnly, isVersionLine } from '../../../src/core/outline/dateLines';
import { BracketLines, hasDocNumberMark, isByline, isEndLine, isOrderNumber, isPageLabel } from '../../../src/core/outline/furniture';
import { MarkdownAct, markdownAct, markdownKind, skipBullet, skipEmphasis } from '../../../src/core/outline/markdown';
import { FenceState } from '../../../src/core/outline/state';
import { newLine, type LineKind } from '../../../src/core/outline/types';

/** `fn` on the whole of each text: the texts it holds for and those it does not. */
function table(name: string, fn: (t: string) => boolean, yes: string[], no: string[]): void {
  for (const t of yes) { it(`${name}: ${t}`, () => { assert.equal(fn(t), true); }); }
  for (const t of no) { it(`not ${name}: ${t}`, () => { assert.equal(fn(t), false); }); }
}

describe('outline date lines', () => {
  table('a date only', (t) => isDateOnly(t, 0, t.length),
    ['2018年12月13日', '二〇一八年十二月十三日', '中華民國101年6月6日（星期三）上午9時7分', '2024-03-05', '2024/3/5', '民國102年'],
    ['国务院 2018年12月13日', '2018', '中華民國', '12月13日下午召开', '3.5']);
  table('an issuer and a date', (t) => endsWithDate(t, 0, t.length),
    ['国务院办公厅 2018年12月11日', '国家发展改革委二〇一八年十二月十一日'],
    ['2018年12月11日印发', '国务院办公厅', '12月11日']);
  table('a dateline', (t) => isDateline(t, 0, t.length, Math.min(t.length, 80)),
    ['本报北京9月2日讯（记者张三）今天，', '新华社北京9月2日电 记者今天获悉', '本报讯 记者获悉', '（新华社北京9月2日电）'],
    ['北京9月2日，记者获悉电讯', '他说新华社电', '本报记者张三']);
  // docs/annotation.md §7 "Structure": a regulation's version lines under its title are header lines
  table('a version line', (t) => isVersionLine(t, 0, t.length),
    [
      '2009年3月2日 国务院令第551号公布', '根据2016年2月6日《国务院关于修改部分行政法规的决定》修订', '（1998年4月6日中华人民共和国国务院令第246号发布）',
      '二〇一一年一月八日第一次修订', '2015年4月24日第十二届全国人民代表大会常务委员会第十四次会议通过。', '（根据2019年3月2日《国务院关于修改部分行政法规的决定》修订）。',
      '2020 年 8 月 7 日 第二次修正',
    ],
    ['2009年3月 国务院令第551号公布', '国务院令第551号公布', '本条例自2009年3月2日起施行', '2009年3月2日，省政府召开会议研究修订', '2009年3月2日']);
});

describe('outline page furniture', () => {
  table('a byline', (t) => isByline(t, 0, t.length),
    ['本报记者　张三', '本报记者 张三 李四', '新华社记者', '文／张三', '记者 王小明'],
    ['新华社记者 张三 摄', '记者表示，今年', '记者王小明表示', '作者简介']);
  table('a page label', (t) => isPageLabel(t, 0, t.length), ['第2版', '第三版 要闻'], ['第2条', '第版', '第三版要闻要闻要闻要闻要闻']);
  table('a document number', (t) => hasDocNumberMark(t, 0, t.length), ['国发〔2021〕29号', '府都規字第10237422403號', '[2021]5号'], ['2021年29号', '第29号']);
  table('the number of an order', (t) => isOrderNumber(t, 0, t.length),
    ['第707号', '第 707 号', '中华人民共和国国务院令第551号', '中华人民共和国主席令　第二十四号', '国家税务总局公告2018年第60号'],
    ['第707号文件', '关于第3号台风的通报', '国发〔2021〕29号', '第号', '令第号']);
  table('an end line inside brackets', isEndLine, ['完', '新华社北京9月2日电', '记者 张三', '据新华社'], ['此件公开发布', '上接第三版']);

  it('a whole line in brackets gives its text; a bracket left open or closed early gives none', () => {
    // mixed brackets pass when no other closing bracket of the opening kind follows in the text
    const text = '（此件公开发布）\n（注）后面还有话\n(未闭合\n【政经要闻】\n（上接第三版)';
    const b = new BracketLines(text);
    const lines = text.split('\n');
    let at = 0;
    const got = lines.map((l) => { const r = b.inner(at, at + l.length); at += l.length + 1; return r; });
    assert.deepEqual(got, ['此件公开发布', null, null, '政经要闻', '上接第三版']);
  });
});

describe('outline Markdown lines', () => {
  const kinds: [string, LineKind | null][] = [
    ['# 标题', 'mdHeading'], ['###### 六级', 'mdHeading'], ['####### 七级', null], ['#标签', null],
    ['```js', 'mdFence'], ['~~~', 'mdFence'], ['| a | b |', 'mdSkip'], ['---', 'mdSkip'], ['* * *', 'mdSkip'], ['===', 'mdSkip'],
    ['--', null], ['- 一、总体要求', null],
  ];
  for (const [text, kind] of kinds) {
    it(`${text} → ${kind ?? 'not Markdown structure'}`, () => { assert.equal(markdownKind(text, 0, text.length), kind); });
  }

  it('bullets and emphasis before a paragraph\'s text are skipped', () => {
    assert.equal(skipBullet('- > * 一、', 0, 8), 6);
    assert.equal(skipBullet('-一、', 0, 3), 0);
    assert.equal(skipEmphasis('** 问', 0, 4), 3);
    assert.equal(skipEmphasis('问', 0, 1), 0);
  });

  it('a code fence hides its lines until the same fence closes it', () => {
    const text = '```\n# 不是标题\n~~~\n```\n# 标题';
    const fence = new FenceState();
    const acts: MarkdownAct[] = [];
    let at = 0;
    for (const l of text.split('\n')) {
      const line = newLine();
      line.ts = at;
      line.te = at + l.length;
      line.kind = markdownKind(text, at, at + l.length) ?? 'body';
      acts.push(markdownAct(text, line, fence));
      at += l.length + 1;
    }
    assert.deepEqual(acts, [MarkdownAct.Break, MarkdownAct.Skip, MarkdownAct.Skip, MarkdownAct.Skip, MarkdownAct.Heading]);
    assert.equal(fence.open, false);
  });
});
