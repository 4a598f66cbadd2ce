// A goal's value and object (src/core/targets/values.ts, valueDisplay.ts, objects.ts): the
// quantity that counts, its display string, and the noun it is about.
import { strict as assert } from 'node:assert';
import { verbOnly } from '../../../src/core/targets/objects';
import { TargetScan } from '../../../src/core/targets/scan';
import { display } from '../../../src/core/targets/valueDisplay';
import { valueIn } from '../../../src/core/targets/values';
import { EMPTY_PROFILE } from '../../../src/core/profile';
import type { DateAnnotation, NumberAnnotation, Qualifier } from '../../../src/core/types';

const num = (text: string, qualifier: Qualifier, start = 0, unit: string | null = null, kind: 'cardinal' | 'ordinal' = 'cardinal', value = 0): NumberAnnotation =>
  ({ start, end: start + text.length, text, value, unit, qualifier, kind }) as NumberAnnotation;

describe('targets: values and objects', () => {
  // [text, qualifier, display, value and unit as the number layer gives them]
  const displayRows: [string, Qualifier, string, number?, string?][] = [
    ['200个左右', 'approx', '≈200个', 200, '个'],
    ['约200个', 'approx', '≈200个', 200, '个'],
    ['超过14万家', 'above', '>14万家', 140000, '家'],
    ['不低于50%', 'above', '>50%', 50, '%'],
    ['5%以内', 'below', '<5%', 5, '%'],
    ['960多万', 'approx', '≈960万', 9600000],
    ['3億餘元', 'approx', '≈3億元', 300000000, '元'],
    // Large amounts in Chinese numerals keep their words; small counts and shares read in digits.
    ['约两万人', 'approx', '≈两万人', 20000, '人'],
    ['近千家', 'approx', '≈1000家', 1000, '家'],
    ['上百家', 'approx', '≈100家', 100, '家'],
    ['一所', 'above', '>1所', 1, '所'],
    ['三个月', 'exact', '3个月', 3, '月'],
    ['一半以上', 'above', '>50%', 50, '%'],
    ['超过一半', 'above', '>50%', 50, '%'],
    ['三成', 'exact', '30%', 30, '%'],
    ['三分之一', 'exact', '三分之一', 100 / 3, '%'],
    ['十四万家', 'exact', '十四万家', 140000, '家'],
    ['1200万人', 'exact', '1200万人', 12000000, '人'],
    // A suffix is stripped only when something stands before it.
    ['余', 'approx', '≈余'],
  ];
  for (const [text, q, want, value, unit] of displayRows) {
    it(`display ${text} (${q})`, () => { assert.equal(display(num(text, q, 0, unit ?? null, 'cardinal', value ?? 0)), want); });
  }

  it('valueIn: quantities coordinated in one clause make one value; the objects they count lose them', () => {
    const text = '建设30所示范学校和120个骨干专业，带动投资5亿元';
    const numbers = [num('30所', 'exact', 2, '所', 'cardinal', 30), num('120个', 'exact', 10, '个', 'cardinal', 120), num('5亿元', 'exact', 23, '元', 'cardinal', 5e8)];
    const v = valueIn(new TargetScan(text, numbers, [], null, EMPTY_PROFILE), 0, text.length);
    assert.equal(v?.display, '30所、120个');
    assert.deepEqual(v?.more, [{ start: 10, end: 14 }]);
  });

  it('valueIn: a from–to change is no coordination', () => {
    const text = '比重从2.1%提高到2.5%';
    const numbers = [num('2.1%', 'exact', 3, '%', 'cardinal', 2.1), num('2.5%', 'exact', 10, '%', 'cardinal', 2.5)];
    assert.equal(valueIn(new TargetScan(text, numbers, [], null, EMPTY_PROFILE), 0, text.length)?.display, '2.1%');
  });

  it('valueIn: the first quantity, not an ordinal, a count of discourse items or a date', () => {
    const text = '第二，做好三方面工作，2025年建成200个园区';
    const numbers = [num('第二', 'exact', 0, 'ordinal', 'ordinal'), num('三方面', 'exact', 5, '方面'), num('2025', 'exact', 11), num('200个', 'exact', 16, '个')];
    const dates = [{ start: 11, end: 16, text: '2025年', relative: false, resolved: { start: '2025-01-01', end: '2025-12-31' } } as DateAnnotation];
    const v = valueIn(new TargetScan(text, numbers, dates, null, EMPTY_PROFILE), 0, text.length);
    assert.deepEqual(v, { display: '200个', start: 16, end: 20, fromCoverage: false });
  });

  it('valueIn: a duration only when no other quantity is there, and never with noDuration', () => {
    const text = '未来十年投入，持续3天';
    const scan = new TargetScan(text, [num('十年', 'exact', 2, '年', 'cardinal', 10), num('3天', 'exact', 9, '天', 'cardinal', 3)], [], null, EMPTY_PROFILE);
    assert.equal(valueIn(scan, 0, text.length)?.display, '10年');
    assert.equal(valueIn(scan, 0, text.length, true), undefined);
  });

  const coverageRows: [string, string | null][] = [['实现全覆盖', '100%'], ['收入翻一番', '×2'], ['翻两番', '×4'], ['动态清零', '0'], ['覆盖全省', null]];
  for (const [text, want] of coverageRows) {
    it(`valueIn coverage ${text}`, () => {
      const v = valueIn(new TargetScan(text, [], [], null, EMPTY_PROFILE), 0, text.length);
      assert.equal(v ? v.display : null, want);
      if (v) { assert.equal(v.fromCoverage, true); }
    });
  }

  const verbRows: [string, boolean][] = [['先发行', true], ['再新建', true], ['发行', true], ['基本实现', true], ['总投资', false], ['年投入', false], ['特别国债', false], ['连续几年发行', false]];
  for (const [text, want] of verbRows) {
    it(`verbOnly ${text}`, () => { assert.equal(verbOnly(text), want); });
  }
});
