// The scan registry of the date recognizer (src/core/dates/scan/): the tables compiled from the
// registered rules, and the scanner reaching each rule only through them.
import { strict as assert } from 'node:assert';
import { compileRules, K_DIGIT, K_NONE, K_NUMERAL, K_WORD, NUMERAL_BIT, type Parse, type WordRule } from '../../src/core/dates/scan/registry';
import { DIGIT_RULES, NUMERAL_RULES, WORD_RULES } from '../../src/core/dates/scan/rules';
import { numeralBefore, numericBefore } from '../../src/core/dates/scan/guards';
import { scanDates } from '../../src/core/dates';
import { make, raw } from '../../src/core/dates/rawDate';

const TABLES = compileRules(DIGIT_RULES, NUMERAL_RULES, WORD_RULES);
const code = (s: string): number => s.charCodeAt(0);
const ruleNames = (c: string): string[] => {
  const list = TABLES.digitLists[TABLES.afterDigits[code(c)]];
  return list.map((r) => r.name);
};

describe('dates registry: what a character may start', () => {
  const rows: ReadonlyArray<[char: string, kind: number]> = [
    ['2', K_DIGIT], ['２', K_DIGIT], ['〇', K_NUMERAL], ['十', K_NUMERAL], ['五', K_NUMERAL], ['廿', K_NUMERAL],
    ['a', K_NONE], ['，', K_NONE], ['的', K_NONE], ['国', K_WORD], ['今', K_WORD], ['“', K_WORD], ['民', K_WORD],
  ];
  for (const [char, kind] of rows) {
    it(`${char} → ${kind === K_WORD ? 'a word slot' : kind}`, () => {
      if (kind === K_WORD) { assert.ok(TABLES.start[code(char)] >= K_WORD); } else { assert.equal(TABLES.start[code(char)], kind); }
    });
  }

  it('every word of a word rule passes the pre-test of its first character', () => {
    for (const rule of WORD_RULES) {
      if (!('words' in rule)) { continue; }
      for (const w of rule.words) {
        const k = TABLES.start[code(w)];
        const bit = k === K_NUMERAL ? NUMERAL_BIT : TABLES.slotBits[k - K_WORD];
        assert.ok(k === K_NUMERAL || k >= K_WORD, `${w}: no slot`);
        assert.notEqual(TABLES.next[w.charCodeAt(1)] & bit, 0, `${w}: second character fails the pre-test`);
      }
    }
  });

  it('a word that opens with a numeral keeps the numeral kind and its own slot (五一劳动节)', () => {
    assert.equal(TABLES.start[code('五')], K_NUMERAL);
    assert.notEqual(TABLES.numeralSlot[code('五')], 0);
    assert.equal(TABLES.numeralSlot[code('六')], 0);
  });

  it('second characters outside every rule of a slot fail its pre-test (中国, 上海, 今日)', () => {
    for (const [first, second] of [['中', '国'], ['上', '海'], ['今', '日'], ['民', '生'], ['近', '期']]) {
      const bit = TABLES.slotBits[TABLES.start[code(first)] - K_WORD];
      assert.equal(TABLES.next[code(second)] & bit, 0, first + second);
    }
  });
});

describe('dates registry: the digit rules a character after the digits admits, in order', () => {
  const rows: ReadonlyArray<[after: string, rules: string[]]> = [
    ['年', ['year', 'decade', 'years since', 'ago']],
    ['月', ['month']],
    ['日', ['bare day']],
    ['-', ['numeric date', 'year', 'month', 'quarters']],
    ['.', ['numeric date', 'dotted day range']],
    ['/', ['numeric date']],
    ['·', ['event label']],
    ['、', ['month', 'quarters']],
    ['至', ['year', 'month', 'quarters']],
    ['季', ['quarters']],
    ['多', ['years since', 'ago']],
    ['周', ['ago']],
    ['世', ['decade']],
    // 102 年 9 月 17 日: one space between a number and its unit; 2019⏎年 in hard-wrapped text (docs/annotation.md §8).
    [' ', ['year', 'month']],
    ['\n', ['year', 'month']],
    ['\r', ['year', 'month']],
  ];
  for (const [after, rules] of rows) {
    it(`digits + ${after}: ${rules.join(', ')}`, () => { assert.deepEqual(ruleNames(after), rules); });
  }
  for (const after of ['%', '亿', '万', '个', '号', '　']) {
    it(`digits + ${after}: none`, () => { assert.equal(TABLES.afterDigits[code(after)], 0); });
  }
});

describe('dates registry: a new form is one registered rule', () => {
  // A made-up form: 本日 as the document's day, registered as a word rule beside the others (本 opens
  // real rules too: 本月, 本周, 本年度).
  const today: Parse = (ctx, i) => (ctx.text.startsWith('本日', i) ? make(ctx, i, i + 2, raw(true, 'dayOnly')) : null);
  const rule: WordRule = { name: 'today', words: ['本日'], parse: today };
  const tables = compileRules(DIGIT_RULES, NUMERAL_RULES, [...WORD_RULES, rule]);

  it('gives 本 a slot of its own, with 日 in its pre-test and the rule after the others', () => {
    const slot = tables.start[code('本')] - K_WORD;
    assert.ok(slot >= 0);
    assert.notEqual(tables.next[code('日')] & tables.slotBits[slot], 0);
    assert.equal(tables.slotParsers[slot][tables.slotParsers[slot].length - 1], today);
    const real = TABLES.start[code('本')] - K_WORD;
    assert.ok(real >= 0);
    assert.equal(TABLES.next[code('日')] & TABLES.slotBits[real], 0);
  });

  it('refuses a word rule that starts with a digit', () => {
    assert.throws(() => compileRules([], [], [{ name: 'bad', first: '7', next: '月', parse: today }]), /digit/);
  });

  it('refuses more groups of first characters than the pre-test has bits', () => {
    // One rule per first character: 32 different lists of rules, one slot each.
    const many: WordRule[] = [];
    for (let k = 0; k < 32; k++) { many.push({ name: `r${k}`, first: String.fromCharCode(0x4e00 + k), next: '年', parse: today }); }
    assert.throws(() => compileRules([], [], many), /31/);
    assert.doesNotThrow(() => compileRules([], [], many.slice(0, 31)));
  });
});

describe('dates scanner: guards for digits and numerals', () => {
  const numeric: ReadonlyArray<[text: string, at: number, expected: boolean]> = [
    ['2024年', 0, false], ['A2024年', 1, true], ['３.2024年', 2, true], ['20,2024年', 3, true], ['1/2024年', 2, true],
    ['5%2024', 2, true], ['5％2024', 2, true], ['ｚ2024', 1, true], ['，2024年', 1, false], ['［2024年］', 1, false],
    ['“2024年', 1, false], ['年2024', 1, false],
  ];
  for (const [text, at, expected] of numeric) {
    it(`numericBefore(${JSON.stringify(text)}, ${at}) = ${expected}`, () => { assert.equal(numericBefore(text, at), expected); });
  }
  const numeral: ReadonlyArray<[text: string, at: number, expected: boolean]> = [
    ['十二月', 0, false], ['十二月', 1, true], ['第三季度', 1, true], ['今年三月', 2, false], ['二〇二四', 3, true],
  ];
  for (const [text, at, expected] of numeral) {
    it(`numeralBefore(${JSON.stringify(text)}, ${at}) = ${expected}`, () => { assert.equal(numeralBefore(text, at), expected); });
  }

  it('a digit guard keeps dates out of numbers, and ［…］ is a bracket, not a letter', () => {
    assert.deepEqual(scanDates('A2024年', 0, 7).map((d) => d.text), []);
    assert.deepEqual(scanDates('［2024年］', 0, 8).map((d) => d.text), ['2024年']);
  });
});
