// Adversarial inputs as behaviour tests (not timing: the benchmark checks linear scaling). Each is
// analysed completely with the span contract intact, or skipped by the gate with a reason.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { assessText } from '../../src/core/textHealth';
import { decideGate, type GateSettings } from '../../src/extension/gate';
import { checkOutline, checkSpans } from './contract';

const SETTINGS: GateSettings = { enable: true, minChineseRatio: 0.3, maxDocumentSize: 5_000_000, maxLineLength: 100_000 };

function analyzeAndCheck(text: string) {
  const a = analyze(text);
  checkSpans(text, 'number', a.numbers);
  checkSpans(text, 'date', a.dates);
  checkSpans(text, 'target', a.targets);
  checkSpans(text, 'term', a.terms);
  checkOutline(text, a.outline);
  return a;
}

const longestLine = (text: string) => (limit: number) => {
  let start = 0;
  let line = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start > limit) { return { line, length: i - start }; }
      start = i + 1;
      line++;
    }
  }
  return undefined;
};

describe('adversarial inputs', function () {
  this.timeout(120000);

  it('a 1 MB line without a newline: analysed by the core, skipped by the gate with the line-length reason', () => {
    const unit = '今年上半年，我国制造业增加值增长5.2%，力争到2027年建成200个左右高标准数字园区，';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const a = analyzeAndCheck(text);
    assert.ok(a.numbers.length > 1000, `found ${a.numbers.length} numbers`);
    assert.ok(a.dates.length > 1000, `found ${a.dates.length} dates`);
    const gate = decideGate('plaintext', text.length, text.slice(0, 20000), SETTINGS, longestLine(text));
    assert.deepEqual(gate, { ok: false, reason: 'lineTooLong', line: 0, length: 1_000_000, limit: 100_000 });
  });

  it('100,000 digits in a row: at most one number, inside the text', () => {
    const text = `前言${'7'.repeat(100_000)}元。`;
    const a = analyzeAndCheck(text);
    assert.ok(a.numbers.length <= 1, `got ${a.numbers.length} numbers`);
  });

  it('100,000 一 in a row: analysed, no span runs wild', () => {
    const text = `开头${'一'.repeat(100_000)}结尾。`;
    const a = analyzeAndCheck(text);
    for (const n of a.numbers) { assert.ok(n.end - n.start <= 64, `number span of ${n.end - n.start} characters`); }
  });

  it('50,000 问： lines: one question node per line, nested consistently', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `问：第${i}个问题是什么？`).join('\n');
    const a = analyzeAndCheck(text);
    const count = (nodes: typeof a.outline): number => nodes.reduce((s, n) => s + (n.kind === 'question' ? 1 : 0) + count(n.children), 0);
    assert.equal(count(a.outline), 50_000);
  });

  it('a mostly binary file: the gate skips it as binary', () => {
    const bytes = Array.from({ length: 60_000 }, (_, i) => String.fromCharCode((i * 131) % 256)).join('');
    const text = `政策文件${bytes}`;
    assert.equal(assessText(text).binary, true);
    assert.deepEqual(decideGate('plaintext', text.length, text.slice(0, 20000), SETTINGS), { ok: false, reason: 'binary' });
    analyzeAndCheck(text); // and the core still never throws on it
  });

  it('a file decoded with the wrong encoding: the gate says so', () => {
    const text = '\uFFFD'.repeat(5000) + '2024年';
    const gate = decideGate('plaintext', text.length, text, SETTINGS);
    assert.equal(gate.ok, false);
    assert.equal(!gate.ok && gate.reason, 'misdecoded');
  });

  it('a document over the size limit is skipped with its size and the limit', () => {
    const gate = decideGate('plaintext', 6_000_000, '中文'.repeat(100), SETTINGS);
    assert.deepEqual(gate, { ok: false, reason: 'tooLarge', size: 6_000_000, limit: 5_000_000 });
  });

  it('deeply nested markers and labels on one line do not break nesting', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `（${i}）一是${i}。二是${i}。第一，问：答：主持人：`).join('');
    analyzeAndCheck(text);
  });
});
