// The unit tables: canonical units, kinds, glosses and conversions, and the English wording.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { englishMagnitude, englishNumber, formatDecimal, matchUnit, UNIT_FORMS, unitDefFor } from '../../src/core/numbers';

describe('matchUnit', () => {
  const CASES: readonly (readonly [string, string, string, string])[] = [
    // text, form matched, canonical unit, kind
    ['千瓦时', '千瓦时', '千瓦时', 'quantity'],
    ['千瓦风电', '千瓦', '千瓦', 'quantity'],
    ['个百分点', '个百分点', '百分点', 'percent'],
    ['個百分點', '個百分點', '百分點', 'percent'],
    ['个月', '个月', '月', 'quantity'],
    ['个非洲国家', '个', '个', 'cardinal'],
    ['個人', '個', '個', 'cardinal'],
    ['元', '元', '元', 'money'],
    ['美元', '美元', '美元', 'money'],
    ['港币', '港币', '港币', 'money'],
    ['%', '%', '%', 'percent'],
    ['％', '％', '%', 'percent'],
    ['倍', '倍', '倍', 'multiple'],
    ['亩', '亩', '亩', 'quantity'],
    ['平方公里', '平方公里', '平方公里', 'quantity'],
    ['吨标准煤', '吨标准煤', '吨标准煤', 'quantity'],
    ['人次', '人次', '人次', 'cardinal'],
    ['方面工作', '方面', '方面', 'cardinal'],
    ['周岁', '周岁', '周岁', 'quantity'],
    ['周年之际', '周年', '周年', 'quantity'],
    ['周内', '周', '周', 'quantity'],
    // a port's throughput and the trains of a freight line (work reports)
    ['标准箱、增长11.6%', '标准箱', '标准箱', 'quantity'],
    ['列、增长14.7%', '列', '列', 'cardinal'],
  ];
  for (const [text, form, unit, kind] of CASES) {
    it(`${text} → ${unit} (${kind})`, () => {
      const m = matchUnit(text, 0);
      assert.ok(m, `${text} matches`);
      assert.equal(m.form, form);
      assert.equal(m.def.unit, unit);
      assert.equal(m.def.kind, kind);
    });
  }
  it('bare 月 and 日 are calendar words, not units', () => {
    assert.equal(matchUnit('月', 0), null);
    assert.equal(matchUnit('日', 0), null);
  });
  it('respects the limit', () => assert.equal(matchUnit('千瓦时', 0, 2)?.form, '千瓦'));
  it('matches nothing at or past the limit', () => {
    assert.equal(matchUnit('元', 0, 0), null);
    assert.equal(matchUnit('5元', 1, 1), null);
    assert.equal(matchUnit('个月', 0, 1)?.form, '个');
  });
  it('every unit has an English gloss', () => {
    for (const [form, def] of Object.entries(UNIT_FORMS)) { assert.ok(def.en.length > 0, form); }
  });
});

describe('conversions', () => {
  it('亩 → hectares at 1/15', () => {
    const c = UNIT_FORMS['亩'].conversions?.find((x) => x.unit === 'hectares');
    assert.ok(c && Math.abs(c.factor - 1 / 15) < 1e-15);
  });
  it('斤 → kg at 0.5', () => assert.equal(UNIT_FORMS['斤'].conversions?.[0].factor, 0.5));
  it('千瓦 → GW and MW', () => assert.deepEqual(UNIT_FORMS['千瓦'].conversions?.map((c) => c.unit), ['GW', 'MW']));
  it('千瓦时 → TWh, GWh', () => assert.deepEqual(UNIT_FORMS['千瓦时'].conversions?.slice(0, 2).map((c) => c.unit), ['TWh', 'GWh']));
});

describe('englishMagnitude', () => {
  const CASES: readonly (readonly [number, string, string])[] = [
    [32500000000000, '元', '32.5 trillion yuan'],
    [140000, '家', '140,000 companies'],
    [9930000, '千瓦', '9.93 million kilowatts (9.93 GW)'],
    [1680000000, '千瓦时', '1.68 billion kilowatt-hours (1.68 TWh)'],
    [27, '%', '27 percent'],
    [1, '个', '1 unit'],
    [15, '亩', '15 mu (1 hectares)'],
  ];
  for (const [value, unit, want] of CASES) {
    it(`${value} ${unit} → ${want}`, () => assert.equal(englishMagnitude(value, UNIT_FORMS[unit]), want));
  }
  it('takes a plain gloss string too', () => assert.equal(englishMagnitude(40000000000, 'US dollars'), '40 billion US dollars'));
  it('englishNumber groups thousands and names large scales', () => {
    assert.equal(englishNumber(5400), '5,400');
    assert.equal(englishNumber(2.62), '2.62');
    assert.equal(englishNumber(1e8), '100 million');
  });
});

describe('formatDecimal', () => {
  /** What formatDecimal means: at most `digits` decimals (toFixed, then trailing zeros dropped), thousands grouped. */
  function meaning(value: number, digits: number): string {
    const abs = Math.abs(value);
    const s = Number.isInteger(abs) ? String(abs) : String(Number(abs.toFixed(digits)));
    if (s.includes('e')) { return (value < 0 ? '-' : '') + s; }
    const dot = s.indexOf('.');
    const int = dot < 0 ? s : s.slice(0, dot);
    let grouped = '';
    for (let i = 0; i < int.length; i++) { grouped += (i > 0 && (int.length - i) % 3 === 0 ? ',' : '') + int[i]; }
    return (value < 0 ? '-' : '') + grouped + (dot < 0 ? '' : s.slice(dot));
  }
  const CASES: readonly (readonly [number, number, string])[] = [
    [0, 4, '0'], [-0, 4, '0'], [7, 4, '7'], [-12, 4, '-12'], [999, 4, '999'], [1000, 4, '1,000'], [1234567, 0, '1,234,567'],
    [12.5, 6, '12.5'], [0.05, 4, '0.05'], [1 / 15, 6, '0.066667'], [2 / 3, 4, '0.6667'], [1234.5, 0, '1,235'],
    [1234567.891, 4, '1,234,567.891'], [0.00005, 4, '0.0001'], [-0.00001, 4, '-0'], [1e-7, 6, '0'], [1e21, 4, '1e+21'],
    [0.1 + 0.2, 4, '0.3'], [123456789.123456, 6, '123,456,789.123456'],
  ];
  for (const [value, digits, want] of CASES) {
    it(`${value} to ${digits} places → ${want}`, () => assert.equal(formatDecimal(value, digits), want));
  }
  it('agrees with its meaning on random values', () => {
    const digits = fc.constantFrom(0, 1, 2, 4, 6);
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), digits, (v, d) => formatDecimal(v, d) === meaning(v, d)));
    // Short decimals, the usual statistics (12.5, 0.03, 3.2 trillion / 1e12).
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), digits,
      (n, s, d) => formatDecimal(n / 10 ** s, d) === meaning(n / 10 ** s, d)));
  });
});

describe('unitDefFor', () => {
  it('finds the definition of a reported unit, by the form in the text where forms differ', () => {
    assert.equal(unitDefFor('度', '10度电')?.en, 'kilowatt-hours');
    assert.equal(unitDefFor('度', '10度電以上')?.en, 'kilowatt-hours');
    assert.equal(unitDefFor('度', '10度')?.en, 'degrees');
    assert.equal(unitDefFor('平方米', '50平米')?.en, 'square metres');
    assert.equal(unitDefFor('月', '两个半月')?.en, 'months');
    assert.equal(unitDefFor('万众', '万众'), undefined);
  });
  it('every form reads as its reported unit does, or is told apart by its form', () => {
    for (const [form, def] of Object.entries(UNIT_FORMS)) {
      const found = unitDefFor(def.unit, `1${form}`);
      assert.ok(found, form);
      assert.deepEqual([found.en, found.enOne, found.category, found.conversions], [def.en, def.enOne, def.category, def.conversions], form);
    }
  });
});
