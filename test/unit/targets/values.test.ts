// A goal's value and object (src/core/targets/values.ts, valueDisplay.ts, objects.ts): the
// quantity that counts, its display string, and the noun it is about.
import { strict as assert } from 'node:assert';
import { verbOnly } from '../../../src/core/targets/objects';
import { TargetScan } from '../../../src/core/targets/scan';
import { display } from '../../../src/core/targets/valueDisplay';
import { valueIn } from '../../../src/core/targets/values';
import { EMPTY_PROFILE } from '../../../src/core/profile';
import type { DateAnnotation, NumberAnnotation, Qualifier } from '../../../src/core/types';

const num = (text: string, qualifier: Qualifier, start = 0, unit: string | null = null, kind: 'cardinal' | 'ordinal' = 'cardinal'): NumberAnnotation =>
  ({ start, end: start + text.length, text, value: 0, unit, qualifier, kind }) as NumberAnnotation;

describe('targets: values and objects', () => {
  const displayRows: [string, Qualifier, string][] = [
    ['200个左右', 'approx', '≈200个'],
    ['约200个', 'approx', '≈200个'],
    ['超过14万家', 'above', '>14万家'],
    ['不低于50%', 'above', '>50%'],
    ['5%以内', 'below', '<5%'],
    ['960多万', 'approx', '≈960万'],
    ['3億餘元', 'approx', '≈3億元'],
    ['约两万人', 'approx', '≈两万人'],
    ['近千家', 'approx', '≈千家'],
    // A prefix not followed by a numeral stays (上下 is a suffix here, 上 no prefix).
    ['上百家', 'approx', '≈百家'],
    ['1200万人', 'exact', '1200万人'],
    // A suffix is stripped only when something stands before it.
    ['余', 'approx', '≈余'],
  ];
  for (const [text, q, want] of displayRows) {
    it(`display ${text} (${q})`, () => { assert.equal(display(num(text, q)), want); });
  }

  it('valueIn: the first quantity, not an ordinal, a count of discourse items or a date', () => {
    const text = '第二，做好三方面工作，2025年建成200个园区';
    const numbers = [num('第二', 'exact', 0, 'ordinal', 'ordinal'), num('三方面', 'exact', 5, '方面'), num('2025', 'exact', 11), num('200个', 'exact', 16, '个')];
    const dates = [{ start: 11, end: 16, text: '2025年', relative: false, resolved: { start: '2025-01-01', end: '2025-12-31' } } as DateAnnotation];
    const v = valueIn(new TargetScan(text, numbers, dates, null, EMPTY_PROFILE), 0, text.length);
    assert.deepEqual(v, { display: '200个', start: 16, end: 20, fromCoverage: false });
  });

  it('valueIn: a duration only when no other quantity is there, and never with noDuration', () => {
    const text = '未来十年投入，持续3天';
    const scan = new TargetScan(text, [num('十年', 'exact', 2, '年'), num('3天', 'exact', 9, '天')], [], null, EMPTY_PROFILE);
    assert.equal(valueIn(scan, 0, text.length)?.display, '十年');
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
