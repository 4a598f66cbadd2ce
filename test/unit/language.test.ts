import assert from 'node:assert/strict';
import { chineseShare, CHINESE_SAMPLE_SIZE, isHan } from '../../src/core/language';
import { fixtureTexts } from './fixtures';

describe('chineseShare', () => {
  // text → [han, nonWhitespace]
  const cases: [string, string, number, number][] = [
    ['empty', '', 0, 0],
    ['whitespace only', ' \t\n\r\u3000\u00a0', 0, 0],
    ['ASCII only', 'GDP grew 5%', 0, 9],
    ['Han only', '中文文本', 4, 4],
    ['whitespace (ASCII and ideographic) ignored', '中 文\n\t\u3000本', 3, 3],
    ['CJK punctuation is not Han', '中文，。', 2, 4],
    ['full-width digits are not Han', '增长５％', 2, 4],
    ['digits and Latin mixed in', '2024年GDP增长5%', 3, 12],
    ['〇 counts as Han', '二〇二四年', 5, 5],
    ['kana and hangul are not Han', 'カナ한글', 0, 4],
    ['an astral ideograph counts once', '\u{20000}a', 1, 2],
    ['a lone surrogate is one non-Han character', '\ud800a', 0, 2],
  ];
  for (const [name, text, han, nonWhitespace] of cases) {
    it(name, () => {
      const s = chineseShare(text);
      assert.equal(s.han, han);
      assert.equal(s.nonWhitespace, nonWhitespace);
      assert.equal(s.ratio, nonWhitespace === 0 ? 0 : han / nonWhitespace);
    });
  }

  it('reads only the sample at the start', () => {
    const text = 'a'.repeat(CHINESE_SAMPLE_SIZE) + '中'.repeat(1000);
    assert.equal(chineseShare(text).ratio, 0);
    assert.equal(chineseShare(text, CHINESE_SAMPLE_SIZE + 1000).han, 1000);
  });

  it('keeps a surrogate pair whole at the sample boundary', () => {
    assert.deepEqual(chineseShare('\u{20000}\u{20000}', 1), { han: 1, nonWhitespace: 1, ratio: 1 });
  });

  it('finds every Chinese fixture well above the default minimum and no English sample below it', () => {
    for (const f of fixtureTexts()) {
      if (/[\u4e00-\u9fff]/.test(f.text)) { assert.ok(chineseShare(f.text).ratio > 0.5, `${f.name}: ${chineseShare(f.text).ratio}`); }
    }
  });
});

describe('isHan', () => {
  const cases: [string, boolean][] = [
    ['中', true], ['㐀', true], ['\u{2A700}', true], ['豈', true], ['〇', true],
    ['A', false], ['，', false], ['０', false], ['ア', false], ['한', false], ['　', false],
  ];
  for (const [ch, want] of cases) {
    it(`${JSON.stringify(ch)} → ${want}`, () => { assert.equal(isHan(ch.codePointAt(0) ?? -1), want); });
  }
});
