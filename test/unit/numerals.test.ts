// parseNumeral / scanNumeral: every numeral shape docs/annotation.md §1 and §7 name, plus the
// traditional, financial, full-width and 〇 forms. Values within relative 1e-9; integers exact.
import assert from 'node:assert/strict';
import { parseNumeral, scanNumeral } from '../../src/core/numbers';

function close(got: number | null, want: number, text: string): void {
  assert.notEqual(got, null, `${text}: parsed`);
  const g = got as number;
  if (Number.isInteger(want)) { assert.equal(g, want, `${text}: exact integer`); return; }
  assert.ok(Math.abs(g - want) <= 1e-9 * Math.abs(want), `${text}: ${g} ≈ ${want}`);
}

const CASES: readonly (readonly [string, number])[] = [
  // Arabic, half- and full-width, grouped, decimals, signs
  ['27', 27], ['２７', 27], ['1,234', 1234], ['1，234', 1234], ['１，２３４', 1234], ['1,050,000,000', 1050000000],
  ['3.25', 3.25], ['３．２５', 3.25], ['-2.1', -2.1], ['－2.1', -2.1], ['负10000', -10000], ['負三十二', -32],
  ['10,000.233', 10000.233], ['.5', 0.5], ['-.5', -0.5],
  // percent forms: the value is the percent number
  ['27%', 27], ['２７％', 27], ['-22.2%', -22.2], ['百分之二十七', 27], ['百分之五', 5], ['百分之百', 100],
  ['百分之一百二十点五', 120.5], ['百分之2.4', 2.4], ['百分之1,111', 1111], ['0.4个百分点', 0.4], ['六個百分點', 6],
  ['千分之五', 0.5], ['萬分之三', 0.03], ['万分之三', 0.03], ['千分之2.4', 0.24], ['仟分之贰', 0.2], ['萬分之五', 0.05],
  // 成 and 折
  ['三成', 30], ['三成半', 35], ['7.2成', 72], ['半成', 5], ['7成', 70], ['十成', 100], ['五成', 50],
  ['九折', 90], ['五五折', 55], ['对折', 50], ['對折', 50], ['75折', 75], ['9.9折', 99], ['三点一折', 31], ['一折', 10],
  // Chinese numerals
  ['一百五十二', 152], ['两千四百五', 2450], ['一万三', 13000], ['百三', 130], ['千三', 1300], ['一千陆', 1600],
  ['零十', 10], ['一百零十万', 1100000], ['一千零一', 1001], ['五亿零六', 500000006], ['九万四', 94000],
  ['四千万零六千', 40006000], ['拾万零五十六', 100056], ['十五', 15], ['廿一', 21], ['卅', 30], ['半百', 50],
  ['二〇二四', 2024], ['〇', 0],
  // traditional and financial forms
  ['壹佰伍拾', 150], ['肆佰陸拾', 460], ['兩千四百五', 2450], ['倆千两百贰拾二', 2222], ['叁', 3], ['參拾', 30],
  ['捌仟柒佰', 8700], ['玖萬', 90000], ['柒億', 700000000],
  // magnitudes, mixed forms and exact scaling
  ['32.5万亿', 32500000000000], ['993万', 9930000], ['16.8亿', 1680000000], ['1.2万', 12000], ['3千万', 30000000],
  ['10万万', 1000000000], ['5万4千6百', 54600], ['3万4000', 34000], ['1,100.9亿', 110090000000],
  ['456億5,231萬', 45652310000], ['4.78萬億', 4780000000000], ['1,100万', 11000000], ['2千零30万', 20300000],
  ['五兆六十二亿四万五千二', 5006200045200], ['四十九兆九千五百九十二億', 49959200000000], ['0.1亿', 10000000],
  ['562642亿', 56264200000000], ['1.84亿', 184000000],
  // 多/余/几 inside, spaces between parts
  ['五百余万', 5000000], ['一千多万', 10000000], ['二十几万', 200000], ['十 余 万', 100000], ['500余万', 5000000],
  ['一百 五 十 二', 152], ['7 万5 千4 百', 75400], ['三千 八百 九十六 万 四千 九百 六十五', 38964965],
  // decimals with 点
  ['五十五点五七九', 55.579], ['两千万点五五四四', 20000000.5544], ['四百亿点零五零', 40000000000.05], ['零点五', 0.5],
  // fractions
  ['三分之一', 1 / 3], ['三百五又三分之一', 350 + 1 / 3], ['3/5', 0.6], ['1 3/5', 1.6], ['-3/2', -1.5],
  ['负一又二分之一', -1.5], ['一百分之二', 0.02], ['负3分之负一百五十七', 157 / 3], ['16分之5', 0.3125],
  // 打, e-notation, powers, k/M
  ['一打', 12], ['五十打', 600], ['2e5', 200000], ['-1e1', -10], ['2.7890e-1', 0.2789], ['2^5', 32], ['2^-1', 0.5],
  ['40k', 40000], ['-2.5 m', -2500000], ['12k个百分点', 12000],
  // ordinals
  ['第一', 1], ['第十二', 12], ['第38', 38],
];

const NOT_NUMERALS = ['', '万', '亿万', '第', '点五', '分之一', '百分之', 'C919', '一二三abc', '三个'];

describe('parseNumeral', () => {
  for (const [text, want] of CASES) {
    it(`${text} = ${want}`, () => close(parseNumeral(text), want, text));
  }
  for (const text of NOT_NUMERALS) {
    it(`${JSON.stringify(text)} is not a numeral`, () => assert.equal(parseNumeral(text), null));
  }
  it('keeps exact integers for large scaled decimals', () => {
    assert.ok(Number.isInteger(parseNumeral('32.5万亿')));
    assert.equal(parseNumeral('8.2亿'), 820000000);
    assert.equal(parseNumeral('0.3万'), 3000);
  });
});

describe('scanNumeral', () => {
  it('stops before an SI prefix: 993万千瓦 → 993万', () => {
    const r = scanNumeral('993万千瓦', 0);
    assert.equal(r?.end, 4);
    assert.equal(r?.value, 9930000);
  });
  it('stops before 兆瓦 and 百分点', () => {
    assert.equal(scanNumeral('100兆瓦', 0)?.end, 3);
    assert.equal(scanNumeral('0.4百分点', 0)?.end, 3);
  });
  it('reports integer-ness and the form', () => {
    const r = scanNumeral('百分之五', 0);
    assert.equal(r?.form, 'percent');
    assert.equal(r?.value, 5);
    assert.equal(scanNumeral('三分之一', 0)?.form, 'fraction');
    assert.equal(scanNumeral('第一大', 0)?.form, 'ordinal');
    assert.equal(scanNumeral('1.5', 0)?.isInteger, false);
  });
  it('marks 多/余 inside as vague, digit sequences as sequences', () => {
    assert.equal(scanNumeral('960多万', 0)?.core.vague, true);
    assert.equal(scanNumeral('四五线', 0)?.core.sequence, true);
  });
  // The usual cores (a lone digit, an Arabic run with or without a magnitude after it) and the limit.
  const CORES: readonly (readonly [string, number, number, number, boolean])[] = [
    // text, limit, end, value, arabic
    ['一项', 2, 1, 1, false],
    ['七）', 2, 1, 7, false],
    ['十五条', 3, 2, 15, false],
    ['2024年', 5, 4, 2024, true],
    ['12.5%', 5, 4, 12.5, true],
    ['1,234,567元', 10, 9, 1234567, true],
    ['1.2万亿元', 6, 5, 1200000000000, true],
    ['3.2万亿', 3, 3, 3.2, true],
    ['2024年', 2, 2, 20, true],
    ['一万三', 1, 1, 1, false],
  ];
  for (const [text, limit, end, value, arabic] of CORES) {
    it(`${text} up to ${limit} → ${value}`, () => {
      const r = scanNumeral(text, 0, limit);
      assert.equal(r?.end, end);
      assert.equal(r?.value, value);
      assert.equal(r?.core.arabic, arabic);
    });
  }
  // Its time is measured by the bench (section 3: runs of digits and of 一), never here.
  it('scans a 100,000-digit run and 100,000 一, flagged too long', () => {
    const digits = '9'.repeat(100000);
    assert.equal(scanNumeral(digits, 0)?.core.tooLong, true);
    assert.equal(scanNumeral('一'.repeat(100000), 0)?.core.tooLong, true);
    assert.equal(parseNumeral(digits), null);
  });
});
