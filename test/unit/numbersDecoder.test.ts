// The pieces of the numeral decoder (src/core/numbers/): exact decimals, the numeral character
// tables, the numeral core and the 成/折 suffix, each on a table of cases.
import assert from 'node:assert/strict';
import { addDec, decToNumber, shiftDec, type Dec } from '../../src/core/numbers/dec';
import {
  bigUnitExponent, isCoreChar, isNumeralChar, smallUnitExponent, startsNumeral, tensValue,
} from '../../src/core/numbers/numeralChars';
import { MAX_NUMERAL_CHARS, scanCore } from '../../src/core/numbers/numeralCore';
import { scanNumeral, scanRatioSuffix } from '../../src/core/numbers';

const code = (s: string): number => s.charCodeAt(0);

describe('numbers/dec: scaled integers', () => {
  const SHIFTS: readonly (readonly [Dec, number, Dec])[] = [
    // value, shift, result: digits kept, scale moved
    [{ n: 325, s: 1 }, 12, { n: 32500000000000, s: 0 }],
    [{ n: 325, s: 1 }, 1, { n: 325, s: 0 }],
    [{ n: 325, s: 3 }, 2, { n: 325, s: 1 }],
    [{ n: 5, s: 0 }, -2, { n: 5, s: 2 }],
    [{ n: 12, s: 0 }, 4, { n: 120000, s: 0 }],
  ];
  for (const [d, k, want] of SHIFTS) {
    it(`${d.n}e-${d.s} × 10^${k} = ${want.n}e-${want.s}`, () => assert.deepEqual(shiftDec(d, k), want));
  }
  const SUMS: readonly (readonly [Dec, Dec, number])[] = [
    [{ n: 0, s: 0 }, { n: 25, s: 1 }, 2.5],
    [{ n: 3, s: 0 }, { n: 25, s: 2 }, 3.25],
    [{ n: 32, s: 0 }, { n: 5, s: 1 }, 32.5],
    [{ n: 4, s: 0 }, { n: 0, s: 0 }, 4],
  ];
  for (const [a, b, want] of SUMS) {
    it(`${decToNumber(a)} + ${decToNumber(b)} = ${want}`, () => assert.equal(decToNumber(addDec(a, b)), want));
  }
  it('adding an exact zero gives the other operand itself', () => {
    const b: Dec = { n: 7, s: 1 };
    assert.equal(addDec({ n: 0, s: 0 }, b), b);
    assert.equal(addDec(b, { n: 0, s: 0 }), b);
  });
  it('decToNumber reads negative scales as multiples of ten', () => assert.equal(decToNumber({ n: 3, s: -4 }), 30000));
});

describe('numbers/numeralChars: character tables', () => {
  // char, small-unit exponent, magnitude exponent, tens digit, core char, run char, may start a numeral
  const ROWS: readonly (readonly [string, number, number, number, boolean, boolean, boolean])[] = [
    ['十', 1, 0, 0, true, true, true], ['拾', 1, 0, 0, true, true, true], ['百', 2, 0, 0, true, true, true],
    ['佰', 2, 0, 0, true, true, true], ['千', 3, 0, 0, true, true, true], ['仟', 3, 0, 0, true, true, true],
    ['万', 0, 4, 0, true, true, false], ['萬', 0, 4, 0, true, true, false], ['亿', 0, 8, 0, true, true, false],
    ['億', 0, 8, 0, true, true, false], ['兆', 0, 12, 0, true, true, false],
    ['廿', 0, 0, 2, true, true, true], ['卅', 0, 0, 3, true, true, true], ['卌', 0, 0, 4, true, true, true],
    ['三', 0, 0, 0, true, true, true], ['〇', 0, 0, 0, true, true, true], ['7', 0, 0, 0, true, true, true],
    ['７', 0, 0, 0, true, true, true], ['半', 0, 0, 0, true, false, true], ['点', 0, 0, 0, true, true, false],
    ['多', 0, 0, 0, true, false, false], ['.', 0, 0, 0, false, true, true], [',', 0, 0, 0, false, true, false],
    ['，', 0, 0, 0, false, true, false], ['个', 0, 0, 0, false, false, false], ['%', 0, 0, 0, false, false, false],
  ];
  for (const [ch, small, big, tens, core, run, start] of ROWS) {
    it(`${ch}: place ${small}, magnitude ${big}, tens ${tens}, core ${core}, run ${run}, start ${start}`, () => {
      const c = code(ch);
      assert.equal(smallUnitExponent(c), small);
      assert.equal(bigUnitExponent(c), big);
      assert.equal(tensValue(c), tens);
      assert.equal(isCoreChar(c), core);
      assert.equal(isNumeralChar(c), run);
      assert.equal(startsNumeral(c), start);
    });
  }
  it('reads nothing at -1 (past the end)', () => {
    assert.deepEqual([smallUnitExponent(-1), bigUnitExponent(-1), tensValue(-1)], [0, 0, 0]);
    assert.deepEqual([isCoreChar(-1), isNumeralChar(-1), startsNumeral(-1)], [false, false, false]);
  });
});

describe('numbers/numeralCore: scanCore', () => {
  // text, end, value, flags set (a: arabic, c: chinese, d: hasDigit, m: magnitude, q: sequence, v: vague, p: decimal)
  const CASES: readonly (readonly [string, number, number, string])[] = [
    ['一项', 1, 1, 'cd'],
    ['2024年', 4, 2024, 'ad'],
    ['1,234.5元', 7, 1234.5, 'adp'],
    ['32.5万亿元', 6, 32500000000000, 'acdmp'],
    ['二〇二四年', 4, 2024, 'cdq'],
    ['五百余万人', 4, 5000000, 'cdmv'],
    ['十多万', 3, 100000, 'cmv'],
    ['两千万点五五四四', 8, 20000000.5544, 'cdmp'],
    ['一万三', 3, 13000, 'cdm'],
    ['5万4千6百', 6, 54600, 'acdm'],
    ['百年', 1, 100, 'c'],
    ['千万', 2, 10000000, 'cm'],
    ['993万千瓦', 4, 9930000, 'acdm'],
    ['半百', 2, 50, 'cd'],
    ['廿一', 2, 21, 'cd'],
  ];
  for (const [text, end, value, flags] of CASES) {
    it(`${text} → ${value}, ends at ${end}, ${flags}`, () => {
      const r = scanCore(text, 0);
      assert.ok(r, `${text} has a core`);
      assert.equal(r.end, end);
      assert.ok(Math.abs(decToNumber(r.dec) - value) <= 1e-9 * value, `${decToNumber(r.dec)} ≈ ${value}`);
      const got = [['a', r.arabic], ['c', r.chinese], ['d', r.hasDigit], ['m', r.magnitude], ['q', r.sequence], ['v', r.vague], ['p', r.decimal]]
        .filter(([, on]) => on).map(([f]) => f).join('');
      assert.equal(got, flags);
      assert.equal(r.tooLong, false);
    });
  }
  it('reads 点 as a word, not a decimal point, when asked to', () => assert.equal(scanCore('五十五点五', 0, 5, false)?.end, 3));
  it('starts no core at a magnitude, a unit, 百分点 or the limit', () => {
    assert.equal(scanCore('万人', 0), null);
    assert.equal(scanCore('百分点', 0), null);
    assert.equal(scanCore('个', 0), null);
    assert.equal(scanCore('12', 2), null);
  });
  it(`flags a run longer than ${MAX_NUMERAL_CHARS} characters as too long`, () => {
    assert.equal(scanCore('8'.repeat(MAX_NUMERAL_CHARS + 1), 0)?.tooLong, true);
    assert.equal(scanCore('8'.repeat(MAX_NUMERAL_CHARS), 0)?.tooLong, false);
  });
});

describe('numbers/ratioSuffix: 成 and 折', () => {
  // text, extended, end, percent value, kind
  const CASES: readonly (readonly [string, boolean, number, number, string])[] = [
    ['三成', false, 2, 30, '成'], ['三成半', false, 3, 35, '成'], ['7.2成', false, 4, 72, '成'],
    ['三成五', false, 2, 30, '成'], ['三成五', true, 3, 35, '成'],
    ['九折', false, 2, 90, '折'], ['五五折', false, 3, 55, '折'], ['75折', false, 3, 75, '折'], ['9.9折', false, 4, 99, '折'],
  ];
  for (const [text, extended, end, value, kind] of CASES) {
    it(`${text}${extended ? ' (extended)' : ''} → ${value} %`, () => {
      const num = scanNumeral(text, 0);
      assert.ok(num);
      const r = scanRatioSuffix(text, num, text.length, extended);
      assert.ok(r, `${text} has a suffix`);
      assert.deepEqual([r.end, r.kind], [end, kind]);
      assert.ok(Math.abs(r.value - value) < 1e-9, `${r.value} ≈ ${value}`);
    });
  }
  it('reads no suffix after a fraction or where none stands', () => {
    const frac = scanNumeral('三分之一成', 0);
    assert.ok(frac);
    assert.equal(scanRatioSuffix('三分之一成', frac), null);
    const plain = scanNumeral('三个', 0);
    assert.ok(plain);
    assert.equal(scanRatioSuffix('三个', plain), null);
  });
});
