// The ledger view's page (src/extension/ledger/html.ts): a strict Content-Security-Policy, one
// nonce'd script, no inline handlers or styles, every piece of document text and file name
// escaped, and the table's figures as buttons that name their place.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { buildLedger, ledgerTable } from '../../src/core/ledger';
import { escapeHtml, ledgerBodyHtml, ledgerPageHtml, type LedgerUiStrings } from '../../src/extension/ledger/html';

const ui: LedgerUiStrings = {
  exportCsv: 'Export CSV…', exportMarkdown: 'Export Markdown…', setDocumentDate: 'Set Document Date…',
  summary: '2 documents · 1 indicators', empty: 'Nothing.', leftOut: '',
  openIn: (figure, document) => `Open ${figure} in ${document}`,
};
const assets = { nonce: 'abc123', cspSource: 'https://webview.example', scriptUri: 'https://webview.example/ledger.js', styleUri: 'https://webview.example/ledger.css' };
const header = (year: number): string => `${year}年某县政府工作报告\n\n——${year}年2月1日在某县人民代表大会上\n\n`;

describe('ledger view: the page', () => {
  const a = `${header(2061)}今年发展主要预期目标是：国内生产总值增长6%左右。\n`;
  const b = `${header(2062)}一、2061年工作回顾\n\n过去一年，国内生产总值增长6.2%。\n\n二、今年目标\n\n今年发展主要预期目标是：国内生产总值增长5%左右。\n`;
  const hostile = '<img src=x onerror=alert(1)>"&\'.txt';
  const ledger = buildLedger([
    { name: hostile, analysis: analyze(a) },
    { name: 'b.txt', analysis: analyze(b) },
    { name: 'undated.txt', analysis: analyze('某县要点\n\n今年发展主要预期目标是：国内生产总值增长7%左右。\n') },
  ]);
  const table = ledgerTable(ledger, 'en');
  const page = ledgerPageHtml(table, ui, assets);

  it('allows nothing but the extension\'s style sheet and its one nonce\'d script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    assert.equal(csp, "default-src 'none'; style-src https://webview.example; script-src 'nonce-abc123'; img-src https://webview.example; font-src https://webview.example".replace(/'/g, '&#39;'));
    assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map(m => m[0]), ['<script nonce="abc123" src="https://webview.example/ledger.js">']);
    // attributes of the tags, their quoted values left out: no handler, no inline style, no script URL
    const attributes = [...page.matchAll(/<[a-z][^>]*>/gi)].map(m => m[0].replace(/"[^"]*"/g, '""'));
    assert.deepEqual(attributes.filter(t => /\son\w+=|\sstyle=/i.test(t)), []);
    assert.doesNotMatch(page, /javascript:/i);
  });
  it('escapes file names and document text wherever they stand', () => {
    assert.ok(!page.includes('<img'), 'no element from a file name');
    assert.ok(page.includes(escapeHtml(hostile)));
    assert.equal(escapeHtml('<a href="x">\'&'), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });
  it('makes each figure a button naming its row, column and place', () => {
    assert.match(page, /<button class="place target" data-row="0" data-col="0" data-which="target" tabindex="-1" title="Open 6%左右 in &lt;img[^"]*" aria-label="[^"]+">6%左右<\/button>/);
    assert.match(page, /<button class="place outcome" data-row="0" data-col="0" data-which="outcome" [^>]*>achieved 6\.2%<\/button><span class="met yes">✓ met<\/span>/);
  });
  it('says why the undated document has no year, and offers to set its date', () => {
    assert.match(page, /<th scope="col" class="undated"><span class="year">undated\.txt<\/span><span class="note">no year: no document date was found in it, so it has no year<\/span><button class="link" data-action="setDate" data-col="2">Set Document Date…<\/button><\/th>/);
  });
  it('is readable in Chinese, with the language of the page set', () => {
    const zh = ledgerPageHtml(ledgerTable(ledger, 'zh-cn'), ui, assets);
    assert.match(zh, /<html lang="zh-CN">/);
    assert.match(zh, /<h1>目标台账<\/h1>/);
    assert.match(zh, />实际 6\.2%<\/button><span class="met yes">✓ 完成<\/span>/);
  });
  it('says so when no document names an indicator', () => {
    const none = ledgerBodyHtml(ledgerTable(buildLedger([{ name: 'x.txt', analysis: analyze('力争到2030年建成100个示范园区。') }]), 'en'), ui);
    assert.match(none, /<p class="empty">Nothing\.<\/p>/);
    assert.doesNotMatch(none, /<table/);
  });
});
