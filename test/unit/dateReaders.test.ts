// The readers and marks the date rules share (src/core/dates/read.ts, marks.ts, rules/edges.ts).
import { strict as assert } from 'node:assert';
import { codeAt, gapEnd, isDateNumeral, partStart, readArabic, readCnSmall, readCnYear, readSmall, startsWithAt, unitAfter } from '../../src/core/dates/read';
import { flagsBefore, markDeadline, since } from '../../src/core/dates/marks';
import { isEdge } from '../../src/core/dates/rules/edges';
import { raw } from '../../src/core/dates/rawDate';
import type { ScanContext } from '../../src/core/dates/scan/context';

const ctxOf = (text: string, wrapped = false): ScanContext => ({ text, from: 0, limit: text.length, roc: false, wrapped });
type Read = { value: number; end: number } | null;
const brief = (r: { value: number; end: number } | null): Read => (r ? { value: r.value, end: r.end } : null);

describe('dates readers: Arabic digits (at most maxLen, either width)', () => {
  const rows: ReadonlyArray<[text: string, maxLen: number, expected: Read]> = [
    ['2024年', 4, { value: 2024, end: 4 }],
    ['２０２４年', 4, { value: 2024, end: 4 }],
    ['20245年', 4, null],
    ['7月', 2, { value: 7, end: 1 }],
    ['123', 2, null],
    ['年', 4, null],
  ];
  for (const [text, maxLen, expected] of rows) {
    it(`${text} (≤${maxLen}) → ${JSON.stringify(expected)}`, () => { assert.deepEqual(brief(readArabic(text, 0, text.length, maxLen)), expected); });
  }
});

describe('dates readers: small Chinese numerals 1–99', () => {
  const rows: ReadonlyArray<[text: string, expected: Read]> = [
    ['五月', { value: 5, end: 1 }], ['十月', { value: 10, end: 1 }], ['十二月', { value: 12, end: 2 }],
    ['二十一日', { value: 21, end: 3 }], ['三十日', { value: 30, end: 2 }], ['廿一日', { value: 21, end: 2 }],
    ['卅日', { value: 30, end: 1 }], ['两年', { value: 2, end: 1 }], ['拾贰', { value: 12, end: 2 }],
    ['〇', null], ['百年', null], ['一百', null], ['五六', null], ['年', null],
  ];
  for (const [text, expected] of rows) {
    it(`${text} → ${JSON.stringify(expected)}`, () => { assert.deepEqual(brief(readCnSmall(text, 0, text.length)), expected); });
  }
  it('readSmall reads digits first, else a Chinese numeral', () => {
    assert.deepEqual(brief(readSmall('12月', 0, 3, 2)), { value: 12, end: 2 });
    assert.deepEqual(brief(readSmall('十二月', 0, 3, 2)), { value: 12, end: 2 });
    assert.equal(readSmall('123月', 0, 4, 2), null);
  });
});

describe('dates readers: years written digit by digit', () => {
  const rows: ReadonlyArray<[text: string, expected: Read]> = [
    ['二〇二四年', { value: 2024, end: 4 }], ['二○二三年', { value: 2023, end: 4 }], ['二Ｏ一八年', { value: 2018, end: 4 }],
    ['一九九六年', { value: 1996, end: 4 }], ['二〇二四五', null], ['二〇两四', null], ['二〇二', null], ['二十二四', null],
  ];
  for (const [text, expected] of rows) {
    it(`${text} → ${JSON.stringify(expected)}`, () => { assert.deepEqual(brief(readCnYear(text, 0, text.length)), expected); });
  }
});

describe('dates readers: characters and words at a position', () => {
  it('isDateNumeral holds the numeral characters only', () => {
    for (const ch of '〇○零一二两兩三四五六七八九十拾百千万萬亿億廿卅') { assert.ok(isDateNumeral(ch.charCodeAt(0)), ch); }
    for (const ch of '0年月季壹') { assert.ok(!isDateNumeral(ch.charCodeAt(0)), ch); }
    assert.ok(!isDateNumeral(-1));
    assert.ok(!isDateNumeral(NaN));
  });
  it('codeAt gives -1 at or past the limit', () => {
    assert.equal(codeAt('年月', 1, 2), '月'.charCodeAt(0));
    assert.equal(codeAt('年月', 1, 1), -1);
  });
  it('startsWithAt keeps the word inside the limit', () => {
    assert.ok(startsWithAt('今年以来', 2, '以来', 4));
    assert.ok(!startsWithAt('今年以来', 2, '以来', 3));
    assert.ok(!startsWithAt('今年以来', 1, '以来', 4));
  });
});

describe('dates marks: 以来, as-of, comparison and deadline', () => {
  it('since takes 以来 into the span', () => {
    assert.equal(since(ctxOf('今年以来，'), 2), 4);
    assert.equal(since(ctxOf('今年以后'), 2), 2);
    assert.equal(since({ ...ctxOf('今年以来'), limit: 3 }, 2), 2);
  });
  const flags: ReadonlyArray<[text: string, start: number, asOf: boolean, comparison: boolean]> = [
    ['截至今年', 2, true, false], ['截止到7月', 3, true, false], ['比2020年', 1, false, true], ['相比于5月', 3, false, true],
    ['较上月', 1, false, true], ['2020年', 0, false, false], ['在2020年', 1, false, false],
  ];
  for (const [text, start, asOf, comparison] of flags) {
    it(`${text}: as-of ${asOf}, comparison ${comparison}`, () => {
      const r = raw(false, 'calendar', 'explicit', 'year');
      flagsBefore(ctxOf(text), r, start);
      assert.equal(r.asOf === true, asOf);
      assert.equal(r.comparison === true, comparison);
    });
  }
  const deadlines: ReadonlyArray<[text: string, start: number, end: number, deadline: boolean]> = [
    ['到2027年', 1, 6, true], ['至2025年', 1, 6, true], ['截至2024年', 2, 7, false], ['2025年前完成', 0, 5, true],
    ['2025年以前', 0, 5, true], ['2025年目标', 0, 5, true], ['2025年完成', 0, 5, false],
  ];
  for (const [text, start, end, deadline] of deadlines) {
    it(`${text}: deadline ${deadline}`, () => {
      const r = raw(false, 'calendar', 'explicit', 'year');
      markDeadline(ctxOf(text), r, start, end);
      assert.equal(r.deadline === true, deadline);
    });
  }
});

describe('dates edges: 底 末 初 unless another word', () => {
  const rows: ReadonlyArray<[text: string, expected: boolean]> = [
    ['底，', true], ['底线', false], ['末端', false], ['末，', true], ['初步', false], ['初，', true], ['初期', false],
  ];
  for (const [text, expected] of rows) {
    it(`${text} → ${expected}`, () => { assert.equal(isEdge(text.charCodeAt(0), text.charCodeAt(1)), expected); });
  }
});

describe('dates readers: the gap between the parts of a date (docs/annotation.md §8)', () => {
  // [text, wrapped, at, gapEnd]: one space always; one line break only in hard-wrapped text.
  const rows: ReadonlyArray<[text: string, wrapped: boolean, at: number, end: number]> = [
    ['2019 年', false, 4, 5], ['2019年', false, 4, 4], ['2019  年', false, 4, 5],
    ['2019\n年', false, 4, 4], ['2019\n年', true, 4, 5], ['2019\r\n年', true, 4, 6], ['2019\r年', true, 4, 5],
    ['2019\n\n年', true, 4, 5], ['2019　年', true, 4, 4],
  ];
  for (const [text, wrapped, at, end] of rows) {
    it(`${JSON.stringify(text)}${wrapped ? ' (wrapped)' : ''} → ${end}`, () => { assert.equal(gapEnd(ctxOf(text, wrapped), at), end); });
  }
  it('a unit after the gap, and a part that starts after it only with a digit', () => {
    assert.equal(unitAfter(ctxOf('2019\n年', true), 4, '年'.charCodeAt(0)), 6);
    assert.equal(unitAfter(ctxOf('2019\n年', false), 4, '年'.charCodeAt(0)), -1);
    assert.equal(partStart(ctxOf('年 9月'), 1), 2);
    assert.equal(partStart(ctxOf('年 上半年'), 1), 1);
  });
});
