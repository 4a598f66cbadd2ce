// The HTML converter: the 45 gov.cn pages against their text (../shared/corpus, read at test time),
// then the rules one by one on small pages.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importBytes } from '../../../src/import/node';
import { assertImportError, paragraphs } from './helpers';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const html = (body: string): Uint8Array => enc(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);
const convert = async (bytes: Uint8Array, name = 'page.html'): Promise<string> => (await importBytes(bytes, name)).text;

describe('import: HTML', () => {
  describe('the gov.cn corpus converts to its text, paragraph for paragraph', () => {
    const pages = existsSync(path.join(CORPUS, 'gov-cn-html')) ? readdirSync(path.join(CORPUS, 'gov-cn-html')).filter((n) => n.endsWith('.html')).sort() : [];
    it('has the 45 pages', function () {
      if (pages.length === 0) { this.skip(); }
      assert.equal(pages.length, 45);
    });
    for (const name of pages) {
      it(name, async () => {
        const expected = readFileSync(path.join(CORPUS, 'gov-cn', name.replace(/\.html$/, '.txt')), 'utf8').trim();
        const result = await importBytes(new Uint8Array(readFileSync(path.join(CORPUS, 'gov-cn-html', name))), name);
        assert.deepEqual(paragraphs(result.text), paragraphs(expected));
        assert.equal(result.format, 'html');
        assert.equal(result.origins.length, paragraphs(expected).length);
      });
    }
  });

  const cases: { name: string; body: string; text: string }[] = [
    { name: 'one paragraph per <p> and <div>', body: '<p>第一段。</p><div>第二段。</div>', text: '第一段。\n\n第二段。' },
    { name: '<br> ends a line', body: '<p>国务院办公厅关于加强<br>绩效考核工作的意见</p>', text: '国务院办公厅关于加强\n\n绩效考核工作的意见' },
    { name: 'scripts, styles and navigation are dropped', body: '<nav>首页 | 政策</nav><header>中国政府网</header><script>var a = "不要";</script><style>p{}</style><div class="breadcrumb">当前位置</div><div role="navigation">菜单</div><p>正文。</p><footer>版权所有</footer>', text: '正文。' },
    { name: 'a table row of two cells or more is one TAB line; trailing empty cells go', body: '<table><tr><th>指标</th><th>目标</th></tr><tr><td>就业</td><td><p>1100万人</p><p>以上</p></td><td></td></tr></table>', text: '指标\t目标\n\n就业\t1100万人 以上' },
    { name: 'a one-cell row is a layout box: its blocks stay paragraphs', body: '<table><tr><td><p>一、总体要求</p><p>（一）指导思想。</p></td></tr></table>', text: '一、总体要求\n\n（一）指导思想。' },
    { name: 'the full-width indentation and source line breaks go', body: '<p>　　为进一步深化改革，\n  推进制度建设。</p>', text: '为进一步深化改革， 推进制度建设。' },
    { name: 'entities are decoded, a no-break space is a space', body: '<p>第一章&nbsp; 总&amp;则 &lt;1&gt;</p>', text: '第一章  总&则 <1>' },
    { name: 'a form around the whole page (ASP.NET) keeps its text', body: '<form id="form1"><p>正文。</p><input value="搜索"></form>', text: '正文。' },
    { name: 'a header inside an article is the document\'s own title', body: '<header>网站标题</header><article><header><h1>国务院关于印发通知</h1></header><p>正文。</p><footer>2018年12月13日</footer></article><footer>网站地图</footer>', text: '国务院关于印发通知\n\n正文。\n\n2018年12月13日' },
    { name: 'hidden elements are dropped', body: '<p style="display: none">隐藏</p><p hidden>也隐藏</p><p>可见。</p>', text: '可见。' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      assert.equal(await convert(html(c.body)), c.text);
    });
  }

  it('each paragraph maps back to its element', async () => {
    const r = await importBytes(html('<div><p>甲。</p><p>乙。</p></div><table><tr><td>a</td><td>b</td></tr></table>'), 'x.html');
    assert.deepEqual(r.origins.map((o) => [r.text.slice(o.start, o.end), o.element]), [
      ['甲。', 'html[1]/body[1]/div[1]/p[1]'],
      ['乙。', 'html[1]/body[1]/div[1]/p[2]'],
      ['a\tb', 'html[1]/body[1]/table[1]/tr[1]'], // the source's path: htmlparser2 adds no tbody
    ]);
  });

  describe('the encoding comes from the page', () => {
    // 国务院关于印发通知 in GBK
    const gbk = Uint8Array.from(Buffer.from('b9facef1d4bab9d8d3dad3a1b7a2cda8d6aa', 'hex'));
    const join = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
    const encodings: { name: string; bytes: Uint8Array }[] = [
      { name: '<meta charset="gb2312">', bytes: join(enc('<html><head><meta charset="gb2312"></head><body><p>'), gbk, enc('</p></body></html>')) },
      { name: 'http-equiv Content-Type with charset=GBK', bytes: join(enc('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body><p>'), gbk, enc('</p></body></html>')) },
      { name: 'no declaration, not UTF-8: GB18030', bytes: join(enc('<html><body><p>'), gbk, enc('</p></body></html>')) },
      { name: 'a UTF-8 byte-order mark', bytes: join(Uint8Array.from([0xef, 0xbb, 0xbf]), enc('<p>国务院关于印发通知</p>')) },
      { name: 'a UTF-16LE byte-order mark', bytes: Uint8Array.from([0xff, 0xfe, ...Buffer.from('<p>国务院关于印发通知</p>', 'utf16le')]) },
    ];
    for (const e of encodings) {
      it(e.name, async () => {
        assert.equal(await convert(e.bytes), '国务院关于印发通知');
      });
    }
  });

  it('a page without text is refused with a message', async () => {
    await assertImportError(() => importBytes(html('<nav>首页</nav><img src="x.png">'), 'empty.html'), 'no-text', 'empty.html', /no text/);
  });

  it('a 50 MB page is refused before it is parsed', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    big.set(enc('<html><body><p>'));
    await assertImportError(() => importBytes(big, 'huge.html'), 'too-large', 'huge.html', /larger than 16 MB/);
  });
});
