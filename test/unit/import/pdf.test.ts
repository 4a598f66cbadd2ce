// The PDF converter: PDFs printed by Chromium from public-domain texts against those texts, the
// layout rules on synthetic lines, and bad PDFs.
import * as assert from 'node:assert/strict';
import { importBytes, importDocument } from '../../../src/import/node';
import { isDecodable } from '../../../src/import/pdf/decodable';
import { isPageNumber, removeFurniture } from '../../../src/import/pdf/furniture';
import { pageLines, unspace } from '../../../src/import/pdf/lines';
import { type Line, lineText } from '../../../src/import/pdf/model';
import { buildBlocks } from '../../../src/import/pdf/paragraphs';
import { toPageText } from '../../../src/import/pdf/runs';
import { findTables, joinLines, tableRows } from '../../../src/import/pdf/tables';
import { assertImportError, expectedText, fixtureBytes, paragraphs } from './helpers';

const convert = (name: string) => importBytes(fixtureBytes(name), name);

describe('import: PDF', function () {
  this.timeout(60000);

  for (const name of ['gongwen.pdf', 'running-header.pdf', 'table.pdf', 'cmap.pdf']) {
    it(`${name} converts to its source text exactly`, async () => {
      const r = await convert(name);
      assert.deepEqual(paragraphs(r.text), paragraphs(expectedText(name)));
      assert.equal(r.format, 'pdf');
      assert.deepEqual(r.problems, []);
    });
  }

  it('gongwen.pdf (A4, GB/T 9704 margins): every paragraph knows its page; paragraphs broken across pages are whole', async () => {
    const r = await convert('gongwen.pdf');
    const pages = r.origins.map((o) => o.page ?? 0);
    assert.equal(pages[0], 1);
    assert.deepEqual([...pages].sort((a, b) => a - b), pages, 'pages in order');
    assert.equal(pages[pages.length - 1], 6); // the PDF has 6 pages
    const at = (start: string): number | undefined => r.origins.find((o) => r.text.startsWith(start, o.start))?.page;
    // (pdftotext of each page shows where pages begin)
    assert.equal(at('二、鼓励支持就业创业'), 2);
    assert.equal(at('（五）扩大就业见习补贴范围。'), 3);
    assert.equal(at('（此件公开发布）'), 6);
    // （二） runs from page 1 onto page 2 (which begins 挥国家融资担保基金作用) and comes back as one paragraph on page 1
    assert.equal(at('（二）发挥政府性融资担保机构作用支持小微企业。'), 1);
    assert.ok(paragraphs(r.text).some((p) => p.startsWith('（二）发挥政府性融资担保机构作用') && p.includes('充分发挥国家融资担保基金作用')));
  });

  it('running-header.pdf: the running header and the page numbers `— N —` are gone', async () => {
    const r = await convert('running-header.pdf');
    assert.equal(r.text.match(/— \d+ —/g), null);
    assert.equal(r.text.split('国务院办公厅关于推进政务新媒体健康有序发展的意见').length - 1, 0);
    assert.ok(new Set(r.origins.map((o) => o.page)).size >= 8, 'paragraphs on every page');
  });

  it('table.pdf: each table row is one line of TAB-separated cells, wrapped cells joined', async () => {
    const r = await convert('table.pdf');
    const rows = paragraphs(r.text).filter((p) => p.includes('\t'));
    assert.equal(rows.length, paragraphs(expectedText('table.pdf')).filter((p) => p.includes('\t')).length);
    assert.equal(rows.length, 18);
    // The source's 主 要 内 容 is letter-spaced: in a PDF that cannot be told from justified text (see make-pdf.mjs).
    assert.equal(rows[0], '序号\t改革举措\t主要内容\t指导部门\t推广范围');
    for (const row of rows.slice(1)) { assert.equal(row.split('\t').length, 5, row); }
  });

  it('cmap.pdf: a font that is not embedded decodes only with the CMaps', async () => {
    const without = await importDocument(fixtureBytes('cmap.pdf'), 'cmap.pdf').catch((e: Error) => e);
    const decoded = without instanceof Error ? '' : without.text;
    assert.notEqual(decoded, expectedText('cmap.pdf'));
  });

  it('no-unicode.pdf: page 2 (fonts without a Unicode map) is reported, page 1 kept, nothing shown as mojibake', async () => {
    const r = await convert('no-unicode.pdf');
    assert.deepEqual(r.problems.map((p) => [p.kind, p.page]), [['undecodable-page', 2]]);
    assert.match(r.problems[0].message, /^Page 2 .*(HTML|OCR)/);
    assert.ok(r.origins.every((o) => o.page === 1));
    const gongwen = paragraphs(expectedText('gongwen.pdf'));
    const got = paragraphs(r.text);
    assert.deepEqual(got.slice(0, -1), gongwen.slice(0, got.length - 1));
    assert.ok(gongwen[got.length - 1].startsWith(got[got.length - 1]), 'the paragraph cut by the bad page is its first part');
  });

  describe('bad PDFs', () => {
    it('a scanned PDF (no text layer)', async () => {
      await assertImportError(() => convert('scanned.pdf'), 'no-text', 'scanned.pdf', /scanned PDF.*OCR/);
    });
    it('an encrypted PDF', async () => {
      await assertImportError(() => convert('encrypted.pdf'), 'encrypted', 'encrypted.pdf', /password-protected/);
    });
    it('a truncated PDF', async () => {
      const whole = fixtureBytes('gongwen.pdf');
      await assertImportError(() => importBytes(whole.subarray(0, whole.length >> 1), 'cut.pdf'), 'corrupt', 'cut.pdf', /cut short/);
    });
    it('a PDF header on garbage', async () => {
      const junk = new TextEncoder().encode(`%PDF-1.7\n${'垃圾'.repeat(500)}\n%%EOF\n`);
      await assertImportError(() => importBytes(junk, 'junk.pdf'), 'corrupt', 'junk.pdf', /(not a valid PDF|could not be read)/);
    });
    it('a .pdf without a PDF header', async () => {
      await assertImportError(() => importBytes(new TextEncoder().encode('hello'), 'fake.pdf'), 'corrupt', 'fake.pdf', /no PDF header/);
    });
  });

  describe('page numbers', () => {
    const cases: [string, boolean][] = [
      ['— 3 —', true], ['- 3 -', true], ['－12－', true], ['—3—', true], ['第3页', true], ['第 3 页 共 12 页', true], ['3/12', true],
      ['Page 3 of 12', true], ['12', true], ['（3）', true],
      ['第三条', false], ['2018年', false], ['— 附件 —', false], ['3. 加强领导', false],
    ];
    for (const [text, yes] of cases) {
      it(`${JSON.stringify(text)} ${yes ? 'is' : 'is not'} a page number`, () => { assert.equal(isPageNumber(text), yes); });
    }
  });

  const line = (page: number, y: number, text: string, x0 = 80, x1 = 520, size = 16): Line =>
    ({ page, y, size, x0, x1, segments: [{ text, x0, x1, gap: 0, pieces: [{ text, x0, x1 }] }] });

  it('a header repeated on most pages is removed at the top only, a body line with the same words stays', () => {
    const pages = [1, 2, 3].map((n) => [line(n, 800, '关于推进政务新媒体的意见'), line(n, 700, '关于推进政务新媒体的意见'), line(n, 60, `— ${n} —`, 280, 320)]);
    const kept = removeFurniture(pages, [842, 842, 842]);
    assert.deepEqual(kept.map((p) => p.map((l) => l.y)), [[700], [700], [700]]);
  });

  it('lines join into paragraphs by the right edge, the indent and the gap; a heading stays a line', () => {
    const lines = [
      line(1, 700, '一、总体要求', 112, 210),
      line(1, 672, '为进一步深化改革推进现代管理制度建设经国务院', 112, 520),
      line(1, 644, '同意现提出以下意见。', 80, 240),
      line(1, 616, '坚持公益性导向提高服务效率以满足人民群众健康', 112, 520),
      line(1, 588, '需求为出发点和立足点服务深化医药卫生体制改革', 80, 520),
    ];
    const next = [line(2, 760, '全局。', 80, 128), line(2, 732, '（二）基本原则。', 112, 240)];
    const blocks = buildBlocks([lines, next]);
    assert.deepEqual(blocks.map((b) => [b.text, b.page]), [
      ['一、总体要求', 1],
      ['为进一步深化改革推进现代管理制度建设经国务院同意现提出以下意见。', 1],
      ['坚持公益性导向提高服务效率以满足人民群众健康需求为出发点和立足点服务深化医药卫生体制改革全局。', 1],
      ['（二）基本原则。', 2],
    ]);
  });

  const joins: [string, string, string][] = [['经国务院', '同意', '经国务院同意'], ['GDP', 'growth', 'GDP growth'], ['2025', '年', '2025年'], ['', '甲', '甲']];
  for (const [a, b, out] of joins) {
    it(`joinLines(${JSON.stringify(a)}, ${JSON.stringify(b)}) = ${JSON.stringify(out)}`, () => { assert.equal(joinLines(a, b), out); });
  }

  const decodable: [string, string, boolean][] = [
    ['Chinese policy text', '为进一步深化公立医院改革，推进现代医院管理制度建设，经国务院同意，现就加强三级公立医院绩效考核工作提出以下意见。', true],
    ['English and digits', 'GDP growth of 6.5% in 2018', true],
    ['glyph numbers read as code points', 'Ⴌ౐們ଢ࠽ਉጬᤂ௼฻ࡹලޯᾥ⃎ߙॲ䦊ᗠ߉បऋ〳㲔ᠡ᪾䍰', false],
    ['private-use characters', '\ue001\ue002\ue003\ue004\ue005\ue006国', false],
    ['rare Han only (glyph numbers in the Han block)', '丂丄丅丆丏丒丗丟丠両丣並丩丮丯丱丳丵丷丼乀乁乂乄乆乊乑乕乗乚乛乢乣乤乥乧乨乪乫乬乭乮乯乲乴乵乶乷乸乹乺乻乼乽乿亀亁亂亃亄', false],
  ];
  for (const [name, text, yes] of decodable) {
    it(`decodable: ${name} → ${yes}`, () => { assert.equal(isDecodable(text), yes); });
  }
});

describe('import: PDF pages drawn turned', () => {
  // Two lines of a landscape table drawn at 90° on a portrait page (595 × 842), and a stamp at 45°.
  const items = [
    { str: '序号', transform: [0, 10, -10, 0, 100, 50], width: 20 },
    { str: '改革举措', transform: [0, 10, -10, 0, 100, 120], width: 40 },
    { str: '1', transform: [0, 10, -10, 0, 125, 50], width: 5 },
    { str: '知识产权', transform: [0, 10, -10, 0, 125, 120], width: 40 },
    { str: '印章', transform: [7, 7, -7, 7, 300, 300], width: 20 },
  ];
  it('reads a page whose text runs at 90° as upright, leaving out text at other angles', () => {
    const page = toPageText(1, [0, 0, 595, 842], items);
    assert.equal(page.width, 842);
    assert.equal(page.height, 595);
    assert.deepEqual(page.runs.map((r) => r.text), ['序号', '改革举措', '1', '知识产权']);
    const lines = pageLines(page);
    assert.deepEqual(lines.map((l) => l.segments.map((s) => s.text)), [['序号', '改革举措'], ['1', '知识产权']]);
  });
});

describe('import: PDF lines and tables on synthetic pages', () => {
  const run = (text: string, x: number, y: number, size = 10): { text: string; x: number; y: number; width: number; size: number } =>
    ({ text, x, y, width: [...text].length * size, size });
  const page = (runs: ReturnType<typeof run>[]) => pageLines({ page: 1, width: 595, height: 842, runs });

  const spaced: [string, string][] = [
    ['最 高 人 民 法', '最高人民法'], ['中共中央办公厅 国务院办公厅', '中共中央办公厅 国务院办公厅'], ['甲 乙', '甲 乙'],
    ['第一章 总 则', '第一章 总 则'], ['GDP 增长 6.5 %', 'GDP 增长 6.5 %'], ['国 务 院 工 作 规 则', '国务院工作规则'],
  ];
  for (const [raw, out] of spaced) {
    it(`unspace(${JSON.stringify(raw)}) = ${JSON.stringify(out)}`, () => { assert.equal(unspace(raw), out); });
  }

  it('a drawn blank of whole ems beside CJK text is ideographic spaces; other wide gaps split the line', () => {
    const lines = page([
      run('第一条', 60, 700), run(' ', 90, 700), run('根据本法制定本条例。', 100, 700),
      run('总理', 300, 680), run(' ', 320, 680), run('李克强', 340, 680),
      run('序号', 60, 660), run('指标', 97, 660),
    ]);
    assert.deepEqual(lines.map((l) => [l.segments.length, lineText(l)]), [[1, '第一条\u3000根据本法制定本条例。'], [1, '总理\u3000\u3000李克强'], [2, '序号 指标']]);
  });

  it('a table with a spanning heading row and vertically centred cells comes back row by row', () => {
    // 序号 | 举措 | 内容 ; a heading row across ; row 1: a three-line 内容 cell with 1 and 举措 centred on it.
    const lines = page([
      run('序号', 60, 700), run('举措', 120, 700), run('主要内容', 220, 700),
      run('一、知识产权保护方面', 60, 670),
      run('整合分散的审判资源', 220, 640), run('1', 64, 627), run('三合一审判', 120, 627), run('实现审判力量集中', 220, 627), run('缩短审判周期。', 220, 614),
      run('2', 64, 584), run('专利保险', 120, 584), run('降低侵权损失。', 220, 584),
    ]);
    const regions = findTables(lines);
    assert.deepEqual(regions, [{ start: 0, end: lines.length }]);
    assert.deepEqual(tableRows(lines).map((r) => r.join('\t')), [
      '序号\t举措\t主要内容',
      '一、知识产权保护方面',
      '1\t三合一审判\t整合分散的审判资源实现审判力量集中缩短审判周期。',
      '2\t专利保险\t降低侵权损失。',
    ]);
  });

  it('label and text lines of prose (第七条 …) are not a table', () => {
    const lines = page([
      run('第七条', 60, 700), run('对股票转让所得征收个人所得税的办法由国务', 108, 700),
      run('院另行规定。', 36, 686),
      run('第八条', 60, 672), run('个人所得的形式包括现金实物有价证券和其他', 108, 672),
      run('形式的经济利益。', 36, 658),
    ]);
    assert.deepEqual(findTables(lines), []);
  });
});
