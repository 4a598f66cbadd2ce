// Dates as readers type them (src/core/dateInput.ts): the forms every date prompt and the
// policyLens.referenceDate setting accept, and the ones they refuse.
import assert from 'node:assert/strict';
import { parseDateInput } from '../../src/core/dateInput';

describe('parseDateInput', () => {
  const accepted: [string, string][] = [
    ['2025-07-15', '2025-07-15'],
    ['2025-7-15', '2025-07-15'],
    ['2025/07/15', '2025-07-15'],
    ['2025/7/5', '2025-07-05'],
    ['2025.7.15', '2025-07-15'],
    ['  2025-07-15  ', '2025-07-15'],
    ['2025年7月15日', '2025-07-15'],
    ['2025年07月15日', '2025-07-15'],
    ['2025 年 7 月 15 日', '2025-07-15'],
    ['2025年7月15号', '2025-07-15'],
    ['２０２５年７月１５日', '2025-07-15'],
    ['２０２５－０７－１５', '2025-07-15'],
    ['２０２５／７／１５', '2025-07-15'],
    ['二〇二五年七月十五日', '2025-07-15'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    ['2024年2月29日', '2024-02-29'],
    ['民國114年7月15日', '2025-07-15'],
    ['中华民国一百一十四年七月十五日', '2025-07-15'],
    ['\u30002025年7月15日\u3000', '2025-07-15'],
  ];
  for (const [input, iso] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${iso}`, () => assert.equal(parseDateInput(input), iso));
  }

  const refused: [string, string][] = [
    ['', 'nothing'],
    ['2023-02-29', 'no such day'],
    ['2024-13-01', 'no thirteenth month'],
    ['2025年2月30日', 'no such day, written'],
    ['20250715', 'no separator: ambiguous'],
    ['7/15/2025', 'month first'],
    ['2025-07/15', 'two different separators'],
    ['2025-07-15-', 'a trailing separator'],
    ['2025年7月', 'no day'],
    ['2025年7月15', 'no 日'],
    ['2025年7月15日下午', 'more after the day'],
    ['明天', 'a relative date'],
    ['25-07-15', 'a two-digit year'],
    ['02025-07-15', 'a five-digit year'],
    ['2025-007-15', 'a three-digit month'],
    ['二五年七月十五日', 'a two-digit written year'],
    ['民國0年1月1日', 'no ROC year 0'],
    ['2025-07-15'.repeat(5), 'too long'],
  ];
  for (const [input, why] of refused) {
    it(`refuses ${JSON.stringify(input)} (${why})`, () => assert.equal(parseDateInput(input), null));
  }
});
