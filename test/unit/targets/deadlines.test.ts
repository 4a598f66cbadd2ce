// Explicit deadlines (src/core/targets/deadlines.ts): years read without the date layer, the
// deadline text of a resolved date, and what makes a date a base or a start rather than a deadline.
import { strict as assert } from 'node:assert';
import { yearDigitValue } from '../../../src/core/targets/classes';
import { dateAt, deadlineAt, deadlineIn, deadlineOf, hasExplicitYear, hasShortYear, planEndYear, yearAt } from '../../../src/core/targets/deadlines';
import { TargetScan } from '../../../src/core/targets/scan';
import { EMPTY_PROFILE } from '../../../src/core/profile';
import type { DateAnnotation } from '../../../src/core/types';

const scanOf = (text: string, documentDate: string | null = null, dates: DateAnnotation[] = []): TargetScan => new TargetScan(text, [], dates, documentDate, EMPTY_PROFILE);

describe('targets: deadlines', () => {
  const digitRows: [string, number][] = [['7', 7], ['７', 7], ['〇', 0], ['零', 0], ['○', 0], ['Ｏ', 0], ['二', 2], ['九', 9], ['年', -1], ['十', -1]];
  for (const [c, v] of digitRows) {
    it(`yearDigitValue ${c}`, () => { assert.equal(yearDigitValue(c.charCodeAt(0)), v); });
  }

  const yearRows: [string, number | null][] = [
    ['2027年', 2027], ['２０２７年', 2027], ['二〇二七年', 2027], ['二○二七年', 2027], ['二零二七年', 2027],
    ['1899年', null], ['2201年', null], ['2027', null], ['202年', null], ['2027年底', 2027],
  ];
  for (const [text, year] of yearRows) {
    it(`yearAt ${text}`, () => {
      const y = yearAt(text, 0);
      assert.deepEqual(y ? y.year : null, year);
      if (y) { assert.equal(y.end, 5); }
    });
  }

  const explicitRows: [string, boolean][] = [['2027年', true], ['二〇二五年底', true], ['“十四五”时期', true], ['今年', false], ['下半年', false], ['明年6月', false]];
  for (const [text, want] of explicitRows) {
    it(`hasExplicitYear ${text}`, () => { assert.equal(hasExplicitYear(text), want); });
  }

  it('planEndYear: the last year of a five-year plan', () => {
    assert.deepEqual([11, 13, 14, 15].map(planEndYear), [2010, 2020, 2025, 2030]);
  });

  const resolvedRows: [string, string, string, string][] = [
    ['2027年', '2027-01-01', '2027-12-31', '2027'],
    // What is left of a year (年内, written on 3 September) is the year.
    ['年内', '2024-09-03', '2024-12-31', '2024'],
    ['2025年6月', '2025-06-01', '2025-06-30', '2025-06'],
    ['10月17日', '2021-10-17', '2021-10-17', '2021-10-17'],
    ['下半年', '2024-07-01', '2024-12-31', '2024'],
    ['未来三年', '2024-09-03', '2027-09-02', '2027-09-02'],
    // A range written out is the period it names.
    ['11月5日至10日', '2024-11-05', '2024-11-10', '2024-11-05/2024-11-10'],
    ['本月10—12日', '2024-09-10', '2024-09-12', '2024-09-10/2024-09-12'],
    ['2020年9月至2021年5月', '2020-09-01', '2021-05-31', '2020-09/2021-05'],
    ['2021年至2025年', '2021-01-01', '2025-12-31', '2021/2025'],
    ['“十五五”期间', '2026-01-01', '2030-12-31', '2030'],
  ];
  for (const [text, start, end, want] of resolvedRows) {
    it(`deadlineOf ${text} (${start}/${end})`, () => {
      const d = { start: 0, end: text.length, text, relative: false, resolved: { start, end } } as DateAnnotation;
      assert.equal(deadlineOf(d), want);
    });
  }

  it('deadlineOf an unresolved date: its written year, or none', () => {
    assert.equal(deadlineOf({ start: 0, end: 7, text: '2027年前后', relative: false, resolved: null } as DateAnnotation), '2027');
    assert.equal(deadlineOf({ start: 0, end: 2, text: '近期', relative: false, resolved: null } as DateAnnotation), null);
  });

  // Dates read here when the date layer gave none: [text, deadline, end of the deadline's text, strong].
  const readRows: [string, string | null, string?][] = [
    ['2027年建成', '2027', '2027年'],
    ['“十四五”末，', '2025', '“十四五”末'],
    ['十五五期间', '2030', '十五五期间'],
    ['本世纪中叶，', '2050', '本世纪中叶'],
    ['本世纪末', '2100', '本世纪末'],
    ['明年', null],
  ];
  for (const [text, want, span] of readRows) {
    it(`dateAt without a date layer: ${text}`, () => {
      const d = dateAt(scanOf(text), 0, text.length);
      assert.equal(d ? d.text : null, want);
      if (d) { assert.equal(text.slice(d.start, d.end), span); assert.equal(d.strong, true); }
    });
  }

  it('dateAt a date of the layer: not after a past prefix (去年), read once', () => {
    const text = '去年同期';
    const last = { start: 0, end: 2, text: '去年', relative: true, resolved: { start: '2023-01-01', end: '2023-12-31' } } as DateAnnotation;
    assert.equal(dateAt(scanOf(text, null, [last]), 0, text.length), undefined);
    const text2 = '今年增长5%';
    const scan = scanOf(text2, null, [{ start: 0, end: 2, text: '今年', relative: true, resolved: { start: '2024-01-01', end: '2024-12-31' } } as DateAnnotation]);
    const d = dateAt(scan, 0, text2.length);
    assert.deepEqual(d, { text: '2024', start: 0, end: 2, strong: false, explicit: false, until: '2024-12-31' });
    assert.equal(dateAt(scan, 0, text2.length), d, 'the same object the second time');
  });

  // [text, offset of the date, deadline or null, strong]
  const deadlineRows: [string, number, string | null, boolean?][] = [
    ['比2020年下降18%', 1, null],
    ['2020年以来', 0, null],
    ['2020年同期', 0, null],
    ['截至2025年底', 2, null],
    ['到2025年底', 1, '2025', true],
    ['2025年前', 0, '2025', true],
    ['在2026年完成', 1, '2026', true],
    // “As of” and “until” close a period, they set no deadline.
    ['至2012年为止', 1, null],
    ['有效期至2030年止', 3, null],
  ];
  for (const [text, at, want, strong] of deadlineRows) {
    it(`deadlineAt ${text}`, () => {
      const d = deadlineAt(scanOf(text), at, 0, text.length);
      assert.equal(d ? d.text : null, want);
      if (d) { assert.equal(d.strong, strong); }
    });
  }

  const shortYearRows: [string, boolean][] = [['105年', true], ['101年度', true], ['102 年 9 月', true], ['97年', true], ['2025年', false], ['5年', false], ['12345年', false]];
  for (const [text, want] of shortYearRows) {
    it(`hasShortYear ${text}`, () => { assert.equal(hasShortYear(text), want); });
  }

  it('a short year states its year in a 民國 text, not elsewhere', () => {
    const text = '預計至105年完成';
    const date = { start: 3, end: 7, text: '105年', relative: false, resolved: { start: '2016-01-01', end: '2016-12-31' } } as DateAnnotation;
    const roc = { ...EMPTY_PROFILE, era: { kind: 'roc' as const, evidence: { text: '民國', start: 0 } } };
    assert.equal(deadlineAt(new TargetScan(text, [], [date], null, roc), 3, 0, text.length)?.explicit, true);
    assert.equal(deadlineAt(scanOf(text, null, [date]), 3, 0, text.length)?.explicit, false);
  });

  it('deadlineIn reads 到/在/于 + year when the date layer gave none', () => {
    const text = '力争在2026年底前完成';
    const d = deadlineIn(scanOf(text), 0, text.length);
    assert.ok(d);
    assert.equal(text.slice(d.start, d.end), '2026年底前');
    assert.equal(d.until, '2026-12-31');
  });
});
