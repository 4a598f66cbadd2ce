// Property tests on core.analyze: for any text — CJK, digits, full-width forms, punctuation, every
// newline style, surrogate pairs, lone surrogates, NUL and control characters — it never throws,
// every span lies inside the text and equals its slice, spans of a kind are sorted and disjoint,
// outline nodes nest inside their parents, and the result is deterministic.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { checkOutline, checkSpans } from './contract';

/** At least 10,000 generated cases per run (the floor); POLICY_LENS_PROPERTY_RUNS raises it. */
const RUNS = Math.max(10000, Number(process.env.POLICY_LENS_PROPERTY_RUNS ?? 0));

// Pieces that make the recognizers fire, mixed with noise, so generated texts reach deep paths.
const WORDS = [
  '今年上半年', '去年底', '去年同期', '上年同期', '上月', '今年前7个月', '连续15年', '11年来', '“十四五”时期', '二〇二四年九月二日',
  '２０２４年', '民國97年2月1日', '7.4—7.10', '5、6月份', '“12·21”', '本报北京9月2日讯', '(新华社北京9月2日电)', '2024年3月5日',
  '32.5万亿元', '超过14万家', '不足1亿人', '200个左右', '近1.1倍', '993万千瓦', '16.8亿千瓦时', '百分之二十七', '２７％', '三成',
  '52个', '10%—15%', '3至5年', '四方面', '三大支柱', '第一大', '456億5,231萬元', '千分之五以上', '五千多人', '-2.1%', '1,234', '1，234',
  '增长', '下降', '提高到', '从', '是', '的', '倍', '力争', '到2027年', '确保', '目标是：', '拟', '预计', '建成', '全覆盖', '专精特新', '新质生产力',
  '问：', '答：', '记者：', '主持人：', '一是', '二是', '（一）', '一、', '第一条', '第一章', '上接第三版', '——', '本报记者',
  '，', '。', '；', '：', '？', '！', '、', '（', '）', '“', '”', '《', '》', ' ', '\u3000', '#', '**', '<b>', '[x](command:y)',
  '\n', '\r\n', '\r', '\n\n', '\u0000', '\u0007', '\uFFFD', '😀', '\uD800', '\uDC00', '𠀀', 'C919', '5G', 'IPv6', '85后',
  '一', '二', '两', '十', '百', '千', '万', '亿', '〇', '零', '廿', '卅', '萬', '億', '兩', '點', '壹', '0', '9', '０', '９', '．', '％', '.', '%', ',',
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map(c => String.fromCharCode(c)) },
);
const text = fc.array(piece, { maxLength: 60 }).map(parts => parts.join(''));

describe('analyze: properties over generated text', function () {
  this.timeout(600000);

  it(`never throws and keeps the span contract (${RUNS} cases)`, () => {
    let cases = 0;
    fc.assert(fc.property(text, fc.boolean(), (t, markdown) => {
      cases++;
      const a = analyze(t, { markdown });
      checkSpans(t, 'number', a.numbers);
      checkSpans(t, 'date', a.dates);
      checkSpans(t, 'target', a.targets);
      checkSpans(t, 'term', a.terms);
      checkOutline(t, a.outline);
    }), { numRuns: RUNS });
    console.log(`      property cases run: ${cases}`);
    assert.ok(cases >= RUNS);
  });

  it('is deterministic (same text, same result)', () => {
    fc.assert(fc.property(text, t => {
      assert.deepEqual(analyze(t), analyze(t));
    }), { numRuns: 1000 });
  });

  it('gives the same tree for LF, CRLF and CR newlines (line numbers and names)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS.filter(w => !/[\r\n]/.test(w))), { maxLength: 40 }), parts => {
      const lf = parts.join('\n');
      const crlf = parts.join('\r\n');
      const shape = (s: string) => JSON.stringify(analyze(s).outline, (k, v) => (['start', 'end', 'selectionStart', 'selectionEnd'].includes(k) ? undefined : v));
      assert.equal(shape(crlf), shape(lf));
    }), { numRuns: 500 });
  });

  it('accepts any reference date without throwing', () => {
    fc.assert(fc.property(text, fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (t, d) => {
      const iso = d.toISOString().slice(0, 10);
      const a = analyze(t, { referenceDate: iso });
      assert.equal(a.documentDate?.date, iso);
      assert.equal(a.documentDate?.source, 'setting');
    }), { numRuns: 500 });
  });
});
