// The Word converter: the generated test files against their source texts, Word's numbering formats
// and list rules on small documents built here, and the zip reader's bounds.
import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { formatNumber } from '../../../src/import/docx/numberFormats';
import { ZipReader } from '../../../src/import/docx/zip';
import { ImportError, importBytes } from '../../../src/import/node';
import { assertImportError, expectedText, fixtureBytes, paragraphs } from './helpers';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx from a body and optional numbering levels (abstractNum 0, num 1) and extra nums. */
function docx(body: string, levels = '', extraNums = '', styles = ''): Uint8Array {
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(`<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${extraNums}</w:numbering>`),
    'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`),
  });
}
const lvl = (ilvl: number, numFmt: string, lvlText: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
const p = (text: string, ilvl?: number, numId = 1): string =>
  `<w:p>${ilvl === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const text = async (bytes: Uint8Array): Promise<string> => (await importBytes(bytes, 'draft.docx')).text;

describe('import: Word (.docx)', () => {
  for (const name of ['numbered-articles.docx', 'numbered-table.docx']) {
    it(`${name} converts to its source text exactly (numbering restored, table rows as TAB lines)`, async () => {
      const r = await importBytes(fixtureBytes(name), name);
      assert.deepEqual(paragraphs(r.text), paragraphs(expectedText(name)));
      assert.equal(r.format, 'docx');
      assert.deepEqual(r.problems, []);
      assert.equal(r.origins.length, paragraphs(r.text).length);
      for (const o of r.origins) { assert.match(o.element ?? '', /^w:body\/w:(p|tbl)\[\d+\]/); }
    });
  }

  it('numbered-articles.docx: 第N章 come from a heading style, 第N条 run on across chapters', async () => {
    const t = await text(fixtureBytes('numbered-articles.docx'));
    assert.match(t, /^第二章\u3000子女教育$/m);
    assert.match(t, /^第五条\u3000/m);
    assert.match(t, /^第三十二条\u3000/m);
  });

  it('numbered-table.docx: the indicator table is one TAB line per row', async () => {
    const r = await importBytes(fixtureBytes('numbered-table.docx'), 'numbered-table.docx');
    const rows = paragraphs(r.text).filter((l) => l.includes('\t'));
    assert.equal(rows[0], '一级指标\t二级指标\t三级指标\t指标性质\t指标说明');
    assert.ok(rows.length > 50);
    const first = r.origins.find((o) => r.text.slice(o.start, o.end) === rows[0]);
    assert.match(first?.element ?? '', /^w:body\/w:tbl\[1\]\/w:tr\[1\]$/);
  });

  const formats: [string, number, string][] = [
    ['chineseCounting', 1, '一'], ['chineseCounting', 10, '十'], ['chineseCounting', 11, '十一'], ['chineseCounting', 20, '二十'],
    ['chineseCounting', 105, '一百零五'], ['chineseCountingThousand', 1010, '一千零一十'],
    ['chineseLegalSimplified', 1, '壹'], ['chineseLegalSimplified', 10, '壹拾'], ['chineseLegalSimplified', 23, '贰拾叁'],
    ['ideographTraditional', 1, '甲'], ['ideographTraditional', 10, '癸'], ['ideographTraditional', 11, '甲'],
    ['ideographZodiac', 12, '亥'], ['ideographDigital', 2026, '二〇二六'],
    ['decimal', 7, '7'], ['decimalZero', 7, '07'], ['decimalFullWidth', 12, '１２'],
    ['decimalEnclosedCircle', 3, '③'], ['decimalEnclosedParen', 3, '⑶'], ['decimalEnclosedFullstop', 3, '⒊'], ['decimalEnclosedCircle', 21, '21'],
    ['upperRoman', 14, 'XIV'], ['lowerRoman', 4, 'iv'], ['upperLetter', 27, 'AA'], ['lowerLetter', 2, 'b'],
    ['somethingNew', 5, '5'],
  ];
  for (const [fmt, n, out] of formats) {
    it(`numFmt ${fmt}: ${n} → ${out}`, () => { assert.equal(formatNumber(n, fmt), out); });
  }

  const lists: { name: string; levels: string; body: string; nums?: string; styles?: string; text: string }[] = [
    { name: 'lvlText patterns with a nested level restarting under its parent',
      levels: lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>') + lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>') + lvl(2, 'decimal', '%3.', '<w:suff w:val="nothing"/>'),
      body: p('总体要求', 0) + p('指导思想。', 1) + p('基本原则。', 1) + p('细则', 2) + p('主要任务', 0) + p('加强领导。', 1),
      text: '一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n1.细则\n\n二、主要任务\n\n（一）加强领导。' },
    { name: '第%1条 is followed by an ideographic space (Word\'s tab)',
      levels: lvl(0, 'chineseCounting', '第%1条'), body: p('为了规范管理，制定本办法。', 0) + p('本办法适用于全国。', 0),
      text: '第一条\u3000为了规范管理，制定本办法。\n\n第二条\u3000本办法适用于全国。' },
    { name: 'lvlRestart 0: a level never restarts',
      levels: lvl(0, 'chineseCounting', '第%1章') + lvl(1, 'chineseCounting', '第%2条', '<w:lvlRestart w:val="0"/>'),
      body: p('总则', 0) + p('甲。', 1) + p('分则', 0) + p('乙。', 1),
      text: '第一章\u3000总则\n\n第一条\u3000甲。\n\n第二章\u3000分则\n\n第二条\u3000乙。' },
    { name: 'a list instance with a start override counts on its own',
      levels: lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>'), nums: '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
      body: p('甲', 0) + p('乙', 0) + p('丙', 0, 2) + p('丁', 0, 2),
      text: '1.甲\n\n2.乙\n\n5.丙\n\n6.丁' },
    { name: 'isLgl writes every level in decimal',
      levels: lvl(0, 'chineseCounting', '第%1章') + lvl(1, 'chineseCounting', '%1.%2', '<w:isLgl/>'),
      body: p('总则', 0) + p('定义', 1),
      text: '第一章\u3000总则\n\n1.1 定义' },
    { name: 'a style carries the numbering (w:basedOn followed)',
      levels: lvl(0, 'chineseLegalSimplified', '%1、', '<w:suff w:val="nothing"/>'),
      styles: '<w:style w:styleId="ListBase"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="Item"><w:basedOn w:val="ListBase"/></w:style>',
      body: '<w:p><w:pPr><w:pStyle w:val="Item"/></w:pPr><w:r><w:t>第一项</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Item"/></w:pPr><w:r><w:t>第二项</w:t></w:r></w:p>',
      text: '壹、第一项\n\n贰、第二项' },
    { name: 'bullets, numId 0, deleted text, field codes and hidden runs add nothing',
      levels: lvl(0, 'bullet', '•'),
      body: p('要点', 0) + p('无编号', 0, 0) + '<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>',
      text: '要点\n\n无编号\n\n保留插入' },
    { name: 'a manual line break starts a new line; a tab inside text is a space',
      levels: '', body: '<w:p><w:r><w:t>国务院办公厅关于</w:t><w:br/><w:t>加强管理的意见</w:t></w:r></w:p><w:p><w:r><w:t>附件</w:t><w:tab/><w:t>1</w:t></w:r></w:p>',
      text: '国务院办公厅关于\n\n加强管理的意见\n\n附件 1' },
  ];
  for (const c of lists) {
    it(c.name, async () => {
      assert.equal(await text(docx(c.body, c.levels, c.nums, c.styles)), c.text);
    });
  }

  describe('bad files', () => {
    it('a .docx that is not a zip', async () => {
      await assertImportError(() => importBytes(new TextEncoder().encode('这不是Word文件'), 'plain.docx'), 'corrupt', 'plain.docx', /not a zip archive/);
    });
    it('a zip without word/document.xml', async () => {
      await assertImportError(() => importBytes(zipSync({ 'a.txt': strToU8('x') }), 'other.docx'), 'unsupported-format', 'other.docx', /without word\/document\.xml/);
    });
    it('a truncated .docx', async () => {
      const whole = fixtureBytes('numbered-table.docx');
      await assertImportError(() => importBytes(whole.subarray(0, whole.length >> 1), 'cut.docx'), 'corrupt', 'cut.docx', /cut short or damaged/);
    });
    it('a password-protected .docx (an OLE container)', async () => {
      const ole = new Uint8Array(4096);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      await assertImportError(() => importBytes(ole, 'secret.docx'), 'encrypted', 'secret.docx', /password-protected/);
    });
    it('an old .doc', async () => {
      const ole = new Uint8Array(4096);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      await assertImportError(() => importBytes(ole, 'old.doc'), 'unsupported-format', 'old.doc', /Save it as \.docx/);
    });
  });

  describe('the zip reader is bounded', () => {
    const limits = { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 1500 };
    const zeros = (n: number): Uint8Array => new Uint8Array(n);
    const refuse = (run: () => unknown, words: RegExp): void => {
      assert.throws(run, (e: unknown) => e instanceof ImportError && e.kind === 'too-large' && words.test(e.message) && !e.message.includes('\n'));
    };
    it('too many entries', () => {
      const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.xml`, strToU8('x')]));
      refuse(() => new ZipReader(zipSync(files), 'many.docx', limits), /11 entries, more than 10/);
    });
    it('a declared inflated size past the limit', () => {
      const zip = new ZipReader(zipSync({ 'word/document.xml': zeros(2000) }), 'big.docx', limits);
      refuse(() => zip.read('word/document.xml'), /declares 2 KB inflated/);
    });
    it('an entry that inflates past the limit although it declares less (a zip bomb)', () => {
      const bytes = zipSync({ 'word/document.xml': zeros(50_000) });
      // Rewrite the declared sizes in the local header (offset 22) and the central directory to 10 bytes.
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      view.setUint32(22, 10, true);
      for (let i = bytes.length - 22; i > 0; i--) {
        if (view.getUint32(i, true) === 0x02014b50) { view.setUint32(i + 24, 10, true); break; }
      }
      const zip = new ZipReader(bytes, 'bomb.docx', limits);
      refuse(() => zip.read('word/document.xml'), /inflates past 1 KB/);
    });
    it('all entries together past the total', () => {
      const zip = new ZipReader(zipSync({ 'a.xml': zeros(900), 'b.xml': zeros(900) }), 'sum.docx', limits);
      zip.read('a.xml');
      refuse(() => zip.read('b.xml'), /inflate past 1 KB/);
    });
    it('within the bounds the bytes come back whole', () => {
      const zip = new ZipReader(zipSync({ 'a.xml': strToU8('国务院'.repeat(100)) }), 'ok.docx', limits);
      assert.equal(new TextDecoder().decode(zip.read('a.xml')), '国务院'.repeat(100));
      assert.equal(zip.read('missing.xml'), undefined);
    });
  });
});
