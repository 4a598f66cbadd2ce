import { strict as assert } from 'node:assert';
import {
  pageNumberLineAround,
  CharClasses, cnDigitValue, cnSmallValue, charTable, digitValue, isHan, isInlineSpace, isLatinLetter, isAsciiLetter, isWhitespace,
  WordList, WordTable, writtenDigitValue,
} from '../../src/core/text';

const code = (s: string): number => s.charCodeAt(0);

describe('text kernel: character predicates', () => {
  const rows: [string, (c: number) => boolean, string, string][] = [
    ['isInlineSpace', isInlineSpace, ' \t\u3000\u00a0\ufeff\u200b', '\n\r中a'],
    ['isWhitespace', isWhitespace, ' \t\n\r\u3000\u00a0\u2028', '中a,'],
    ['isHan', isHan, '中國〇'.replace('〇', '\u4e00'), 'a，。1'],
    ['isAsciiLetter', isAsciiLetter, 'aZ', 'Ａ中1'],
    ['isLatinLetter', isLatinLetter, 'aZＡｚ', '中1１'],
  ];
  for (const [name, fn, yes, no] of rows) {
    it(`${name} accepts ${JSON.stringify(yes)} and refuses ${JSON.stringify(no)}`, () => {
      for (const ch of yes) { assert.equal(fn(code(ch)), true, `${name}(${JSON.stringify(ch)})`); }
      for (const ch of no) { assert.equal(fn(code(ch)), false, `${name}(${JSON.stringify(ch)})`); }
      assert.equal(fn(-1), false);
      assert.equal(fn(NaN), false);
    });
  }

  it('digitValue reads both widths and nothing else', () => {
    assert.deepEqual([...'0９5５x一'].map((c) => digitValue(code(c))), [0, 9, 5, 5, -1, -1]);
  });
});

describe('text kernel: numerals', () => {
  const digits: [string, number, number][] = [['〇', 0, 0], ['零', 0, 0], ['○', -1, 0], ['Ｏ', -1, 0], ['两', 2, 2], ['兩', 2, 2], ['贰', 2, 2], ['玖', 9, 9], ['十', -1, -1], ['a', -1, -1]];
  for (const [ch, cn, written] of digits) {
    it(`${ch}: cnDigitValue ${cn}, writtenDigitValue ${written}`, () => {
      assert.equal(cnDigitValue(code(ch)), cn);
      assert.equal(writtenDigitValue(code(ch)), written);
    });
  }
  const small: [string, number][] = [['十', 10], ['十一', 11], ['二十三', 23], ['一百零五', 105], ['一〇一', 101], ['三', 3], ['百', 100], ['二十a', -1], ['', -1]];
  for (const [s, v] of small) {
    it(`cnSmallValue(${JSON.stringify(s)}) = ${v}`, () => { assert.equal(cnSmallValue(s, 0, s.length), v); });
  }
});

describe('text kernel: classes and word lists', () => {
  it('charTable and CharClasses mark exactly their characters', () => {
    const t = charTable('，。');
    assert.equal(t[code('，')], 1);
    assert.equal(t[code('、')], 0);
    const classes = new CharClasses();
    const a = classes.define('ab');
    const b = classes.define('bc');
    assert.notEqual(a, b);
    assert.equal(classes.has(a, code('a')), true);
    assert.equal(classes.has(a, code('c')), false);
    assert.equal(classes.has(a | b, code('c')), true);
    assert.equal(classes.has(a, -1), false);
  });

  it('WordList answers the longest word at, ending at and inside a range', () => {
    const list = new WordList(['部长', '部长助理', '助理', '长']);
    const t = '副部长助理张三';
    assert.equal(list.at(t, 1), '部长助理');
    assert.equal(list.at(t, 1, 4), '部长');
    assert.equal(list.at(t, 0), null);
    assert.equal(list.endingAt(t, 5), '部长助理');
    assert.equal(list.endingAt(t, 5, 2), '助理');
    assert.equal(list.prefixOf('部长说'), '部长');
    assert.equal(list.suffixOf('司长'), '长');
    assert.equal(list.occursIn('他是部长'), true);
    assert.equal(list.occursIn('他是部长', 0, 3), false);
    assert.equal(list.maxLength, 4);
    assert.equal(list.startsWith(code('部')), true);
    assert.equal(list.startsWith(code('张')), false);
    assert.equal(list.endsWith(code('理')), true);
  });

  it('WordTable keeps each row with its word, listed order among equal lengths', () => {
    const table = new WordTable([{ word: '力争', v: 1 }, { word: '力', v: 2 }, { word: '力争', v: 3 }]);
    assert.equal(table.rowAt('力争到', 0)?.v, 1);
    assert.equal(table.rowAt('力气', 0)?.v, 2);
    assert.equal(table.rowEndingAt('要力争', 3)?.v, 1);
    assert.equal(table.rowAt('', 0), undefined);
  });
});

describe('text kernel: page-number lines (docs/annotation.md §8)', () => {
  // text with | at the position asked about, bare numbers allowed, the line's [start, end) or null
  const CASES: readonly (readonly [string, boolean, readonly [number, number] | null])[] = [
    ['推进改革。\n— |7 —\n院校', false, [6, 11]], ['a\n- |12 -\nb', false, [2, 8]], ['\n－|3－', false, [1, 4]],
    ['\n　　—— |5 ——　\n', false, [1, 11]], ['x\n第 |3 页 共 12 页', false, [2, 14]], ['\n第|3页，共12页\n', false, [1, 9]],
    ['\n|3/12\n', false, [1, 5]], ['\n|3\n', true, [1, 2]], ['\n|3\n', false, null], ['\n（|3）\n', true, null],
    ['\n— |3 — 本章完\n', false, null], ['增长|3—5个百分点\n', false, null], ['\n第|3条\n', false, null],
    ['\n— |12345 —\n', false, null], [`\n— |3 ${' '.repeat(30)}—\n`, false, null],
  ];
  for (const [s, bare, want] of CASES) {
    it(`${JSON.stringify(s)}${bare ? ' (bare allowed)' : ''} → ${want ? want.join('–') : 'no page line'}`, () => {
      const pos = s.indexOf('|');
      const text = s.slice(0, pos) + s.slice(pos + 1);
      const got = pageNumberLineAround(text, pos, bare);
      assert.deepEqual(got && [got.start, got.end], want);
    });
  }
});
