// The ledger as a table, its exports and the history a hover shows, on made-up reports in the
// shapes work reports use (none copied from a report).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { toMarkdown } from '../../src/core/exportFormats';
import {
  buildLedger, indicatorHistory, ledgerCsvPieces, ledgerJsonPieces, ledgerMarkdownPieces, ledgerTable, ledgerTextPieces, type LedgerDocument,
} from '../../src/core/ledger';

const header = (year: number): string => `${year}年某省政府工作报告\n\n——${year}年1月20日在某省人民代表大会上\n\n`;
const doc = (name: string, text: string): LedgerDocument & { text: string } => ({ name, text, analysis: analyze(text) });

const first = doc('a-2031.txt', header(2031)
  + '今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。\n');
const second = doc('b-2032.txt', header(2032)
  + '一、2031年工作回顾\n\n过去一年，国内生产总值增长5.3%。城镇调查失业率平均为5.9%。居民消费价格上涨1.1%。\n\n'
  + '二、2032年总体要求\n\n今年发展主要预期目标是：国内生产总值增长4.5%—5%；城镇调查失业率5.5%左右。\n');
const sameYear = doc('c-2032-city.txt', header(2032) + '今年发展主要预期目标是：国内生产总值增长6%以上。\n');
const undated = doc('notes.txt', '某市经济工作要点\n\n今年发展主要预期目标是：国内生产总值增长7%左右。\n');
const later = doc('d-2033.txt', header(2033) + '一、2032年工作回顾\n\n过去一年，国内生产总值增长4.8%。\n');

describe('ledger: the table', () => {
  const ledger = buildLedger([undated, later, sameYear, second, first]);
  const en = ledgerTable(ledger, 'en');
  const zh = ledgerTable(ledger, 'zh-cn');
  const gdp = en.rows.find((r) => r.id === 'gdp-growth');

  it('has one column per document by year, two of one year side by side by name, the undated one last', () => {
    assert.deepEqual(en.columns.map((c) => [c.title, c.subtitle, c.note]), [
      ['2031', 'a-2031.txt', null], ['2032', 'b-2032.txt', null], ['2032', 'c-2032-city.txt', null], ['2033', 'd-2033.txt', null], ['notes.txt', null, 'undated'],
    ]);
  });
  it('says why an undated document has no year, in either language', () => {
    assert.match(en.columns[4].noteText ?? '', /no document date/);
    assert.match(zh.columns[4].noteText ?? '', /未找到文档日期/);
  });
  it('puts the achieved figure beside the target of its year, in every document of that year', () => {
    assert.deepEqual(gdp?.cells.map((c) => c.summary), [
      '5%左右 · achieved 5.3% · ✓ met',
      '4.5%—5% · ↓ lowered · achieved 4.8% · ✓ met',
      '6%以上 · ↑ raised · achieved 4.8% · ✗ missed',
      '',
      '7%左右',
    ]);
  });
  it('words the cells in Chinese', () => {
    assert.equal(zh.rows.find((r) => r.id === 'gdp-growth')?.cells[0].summary, '5%左右 · 实际 5.3% · ✓ 完成');
    assert.equal(zh.rows.find((r) => r.id === 'cpi')?.cells[1].changeText, '− 不再设定');
  });
  it('gives each figure its place: the target from its naming through its value, the outcome in the later report', () => {
    const cell = gdp?.cells[0];
    assert.equal(cell?.targetPlace?.document, 'a-2031.txt');
    assert.equal(first.text.slice(cell?.targetPlace?.start, cell?.targetPlace?.end), '国内生产总值增长5%左右');
    assert.equal(cell?.outcomePlace?.document, 'b-2032.txt');
    assert.equal(second.text.slice(cell?.outcomePlace?.start, cell?.outcomePlace?.end), '国内生产总值增长5.3%');
  });
});

describe('ledger: what a hover knows', () => {
  const ledger = buildLedger([first, second, later]);
  it('the previous target with what it achieved, and the change', () => {
    const h = indicatorHistory(ledger, 'b-2032.txt', 'gdp-growth', 'en');
    assert.equal(h?.previous?.text, '2031 target 5%左右 · achieved 5.3% · ✓ met');
    assert.equal(h?.change, '↓ lowered');
    assert.equal(h?.current?.text, '2032 target 4.5%—5% · achieved 4.8% · ✓ met');
  });
  it('a year only a review reports, after the last target', () => {
    const h = indicatorHistory(ledger, 'd-2033.txt', 'gdp-growth', 'zh-cn');
    assert.equal(h?.previous?.text, '2032年目标 4.5%—5% · 实际 4.8% · ✓ 完成');
    assert.equal(h?.since, null);
  });
  it('nothing for a document outside the ledger or an indicator it has no row for', () => {
    assert.equal(indicatorHistory(ledger, 'elsewhere.txt', 'gdp-growth', 'en'), null);
    assert.equal(indicatorHistory(ledger, 'b-2032.txt', 'forest-coverage', 'en'), null);
  });
  it('no previous line in the first year', () => {
    assert.equal(indicatorHistory(ledger, 'a-2031.txt', 'gdp-growth', 'en')?.previous, null);
  });
});

describe('ledger: exports', () => {
  const ledger = buildLedger([first, second]);
  const table = ledgerTable(ledger, 'en');
  const lineOf = (document: string, offset: number): number => (document === 'a-2031.txt' ? first.text : second.text).slice(0, offset).split('\n').length - 1;

  it('CSV: one row per indicator and year with something in it, values as numbers, lines 1-based', () => {
    const rows = [...ledgerCsvPieces(ledger, table, lineOf, { bom: false })].join('').split('\r\n');
    assert.equal(rows[0], 'indicator_id,indicator,indicator_en,year,document,target,target_value,target_unit,target_qualifier,target_line,achieved,achieved_value,achieved_document,achieved_line,change,met');
    assert.ok(rows.includes('gdp-growth,国内生产总值增长,GDP growth,2031,a-2031.txt,5%左右,5,%,approx,5,5.3%,5.3,b-2032.txt,7,,met'), rows.join('\n'));
    assert.ok(rows.includes('gdp-growth,国内生产总值增长,GDP growth,2032,b-2032.txt,4.5%—5%,4.5–5,%,range,11,,,,,lowered,'), rows.join('\n'));
    assert.ok(rows.includes('cpi,居民消费价格涨幅,CPI inflation,2032,b-2032.txt,,,,,,,,,,dropped,'));
  });
  it('CSV starts with a byte order mark unless told not to', () => {
    assert.ok([...ledgerCsvPieces(ledger, table, lineOf)][0].startsWith('\uFEFF'));
  });
  it('CSV guards a file name that a spreadsheet would run', () => {
    const evil = buildLedger([{ ...first, name: '=HYPERLINK(1).txt' }]);
    const csv = [...ledgerCsvPieces(evil, ledgerTable(evil, 'en'), () => 0, { bom: false })].join('');
    assert.match(csv, /,'=HYPERLINK\(1\)\.txt,/);
  });
  it('Markdown: a row per indicator, escaped, with the legend', () => {
    const md = [...ledgerMarkdownPieces(table, 'Reports *2031*')].join('');
    assert.match(md, /^# Reports \\\*2031\\\*\n/);
    assert.match(md, /\| 国内生产总值增长 \(GDP growth\) \| 5%左右 · achieved 5\\\.3% · ✓ met \| 4\\\.5%—5% · ↓ lowered \|/);
    assert.match(md, /↑ raised · ↓ lowered/);
  });
  it('JSON: columns, and rows whose cells hold places with lines and values', () => {
    const json = JSON.parse([...ledgerJsonPieces(ledger, lineOf)].join('')) as {
      schemaVersion: number; columns: { year: number; document: string }[];
      rows: { indicator: { id: string }; cells: { target: { line: number; value: { value: number } } | null; change: string | null; met: boolean | null }[] }[];
    };
    assert.equal(json.schemaVersion, 1);
    assert.deepEqual(json.columns, [{ year: 2031, document: 'a-2031.txt' }, { year: 2032, document: 'b-2032.txt' }]);
    const gdp = json.rows.find((r) => r.indicator.id === 'gdp-growth');
    assert.equal(gdp?.cells[0].target?.line, 4);
    assert.equal(gdp?.cells[0].target?.value.value, 5);
    assert.equal(gdp?.cells[0].met, true);
    assert.equal(gdp?.cells[1].change, 'lowered');
  });
  it('JSON of an empty ledger is still JSON', () => {
    assert.deepEqual(JSON.parse([...ledgerJsonPieces(buildLedger([]), () => 0)].join('')), { schemaVersion: 1, columns: [], rows: [] });
  });
  it('text: a block per indicator, a line per year with something in it', () => {
    const text = [...ledgerTextPieces(table)].join('');
    assert.match(text, /\n国内生产总值增长 \(GDP growth\)\n {2}2031 {2}a-2031\.txt {2}5%左右 · achieved 5\.3% · ✓ met\n/);
  });
});

describe('ledger: the indicators in a document\'s Markdown report', () => {
  it('lists the targets\' indicators and the review\'s outcomes in document order, with year and line', () => {
    const md = toMarkdown(second.analysis, second.text, { locale: 'en' });
    assert.match(md, /## Indicators \(5\)\n\n\| Indicator \| Role \| Year \| Value \| Line \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| 国内生产总值增长 \| achieved \| 2031 \| 5\\\.3% \| 7 \|\n/);
    assert.match(md, /\| 国内生产总值增长 \| target \| 2032 \| 4\\\.5%—5% \| 11 \|\n/);
    assert.match(toMarkdown(second.analysis, second.text, { locale: 'zh-cn' }), /## 指标 \(5\)\n\n\| 指标 \| 类别 \| 年份 \| 数值 \| 行 \|/);
  });
  it('has no such section when the document names no indicator', () => {
    const plain = analyze('力争到2030年建成100个示范园区。');
    assert.doesNotMatch(toMarkdown(plain, '力争到2030年建成100个示范园区。'), /## Indicators/);
  });
});
