// The language data of the numbers recognizer (src/core/numbers/words.ts), row by row: every word
// of every list does in running text what its list says (docs/annotation.md §1, §7 Numbers), and
// the lists are well formed (no empty or repeated word, exceptions name listed words).
import assert from 'node:assert/strict';
import { extractNumbers, MAGNITUDES } from '../../src/core/numbers';
import * as W from '../../src/core/numbers/words';
import type { NumberAnnotation } from '../../src/core/types';

function numbers(text: string): NumberAnnotation[] {
  return extractNumbers(text, 0, text.length, []);
}
const brief = (ns: readonly NumberAnnotation[]): string => JSON.stringify(ns.map((n) => [n.text, n.qualifier, n.kind, n.change ?? null]));

describe('numbers/words: well formed', () => {
  const LISTS: readonly (readonly [string, readonly string[]])[] = [
    ['PRE_QUALIFIERS', Object.values(W.PRE_QUALIFIERS).flat()], ['POST_QUALIFIERS', Object.values(W.POST_QUALIFIERS).flat()],
    ['UP_VERBS', W.UP_VERBS], ['DOWN_VERBS', W.DOWN_VERBS], ['MULTIPLE_WORDS', W.MULTIPLE_WORDS], ['RATIO_WORDS', W.RATIO_WORDS],
    ['SINCE_WORDS', W.SINCE_WORDS], ['DATE_WORDS_BEFORE_TIME', W.DATE_WORDS_BEFORE_TIME], ['FIXED_EXPRESSIONS', W.FIXED_EXPRESSIONS],
    ['MEETING_WORDS', W.MEETING_WORDS], ['PERCENT_WORDS', W.PERCENT_WORDS],
    ['UP_VERBS + DOWN_VERBS', [...W.UP_VERBS, ...W.DOWN_VERBS]],
  ];
  for (const [name, words] of LISTS) {
    it(`${name}: no empty or repeated word`, () => {
      assert.ok(words.length > 0);
      assert.ok(words.every((w) => w.length > 0), 'no empty word');
      assert.equal(new Set(words).size, words.length, `repeated: ${words.filter((w, i) => words.indexOf(w) !== i).join(' ')}`);
    });
  }
  it('qualifier exceptions name listed words', () => {
    const pre = Object.values(W.PRE_QUALIFIERS).flat();
    for (const e of W.PRE_QUALIFIER_EXCEPTIONS) { for (const w of e.words) { assert.ok(pre.includes(w), w); } }
    const post = Object.values(W.POST_QUALIFIERS).flat();
    for (const e of W.POST_QUALIFIER_EXCEPTIONS) { for (const w of e.words) { assert.ok(post.includes(w), w); } }
  });
  it('magnitudes are 10^4, 10^8 and 10^12', () => {
    assert.deepEqual(MAGNITUDES.map((m) => `${m.char}${m.exponent}`), ['万4', '萬4', '亿8', '億8', '兆12']);
  });
});

describe('numbers/words: every row at work', () => {
  for (const [q, words] of Object.entries(W.PRE_QUALIFIERS)) {
    for (const w of words) {
      it(`${w}100人 is ${q}`, () => assert.equal(brief(numbers(`${w}100人`)), brief([{ text: `${w}100人`, qualifier: q, kind: 'cardinal' } as NumberAnnotation])));
    }
  }
  for (const e of W.PRE_QUALIFIER_EXCEPTIONS) {
    for (const w of e.words) {
      for (const c of e.before) {
        it(`${c}${w}100人: ${w} is part of a word`, () => assert.equal(brief(numbers(`${c}${w}100人`)), brief([{ text: '100人', qualifier: 'exact', kind: 'cardinal' } as NumberAnnotation])));
      }
    }
  }
  for (const [q, words] of Object.entries(W.POST_QUALIFIERS)) {
    for (const w of words) {
      it(`100人${w} is ${q}`, () => assert.equal(brief(numbers(`100人${w}`)), brief([{ text: `100人${w}`, qualifier: q, kind: 'cardinal' } as NumberAnnotation])));
    }
  }
  for (const e of W.POST_QUALIFIER_EXCEPTIONS) {
    for (const w of e.words) {
      for (const c of e.after) {
        it(`100人${w}${c}: ${w} is part of a word`, () => assert.equal(brief(numbers(`100人${w}${c}`)), brief([{ text: '100人', qualifier: 'exact', kind: 'cardinal' } as NumberAnnotation])));
      }
    }
  }
  const verbs: readonly (readonly [readonly string[], string])[] = [[W.UP_VERBS, 'up'], [W.DOWN_VERBS, 'down']];
  for (const [list, change] of verbs) {
    for (const v of list) {
      it(`${v}5% is ${change}`, () => assert.equal(numbers(`${v}5%`)[0]?.change, change));
    }
  }
  for (const w of W.RATIO_WORDS) {
    it(`${w}2.62 is a ratio`, () => assert.deepEqual(numbers(`${w}2.62`).map((n) => [n.text, n.kind, n.unit]), [['2.62', 'ratio', null]]));
  }
  for (const w of W.MULTIPLE_WORDS) {
    it(`${w}去年2倍 is a multiple`, () => assert.equal(numbers(`${w}去年2倍`)[0]?.reading, 'multiple'));
  }
  for (const w of W.FIXED_EXPRESSIONS) {
    it(`推进${w}工作: no number`, () => assert.deepEqual(numbers(`推进${w}工作`), []));
  }
  for (const w of W.MEETING_WORDS) {
    it(`三次${w}: a meeting number`, () => assert.deepEqual(numbers(`三次${w}`), []));
  }
  for (const w of W.DATE_WORDS_BEFORE_TIME) {
    it(`${w}5年: the date layer's`, () => assert.deepEqual(numbers(`${w}5年`), []));
  }
  const WORD_AFTER: readonly (readonly [string, string, string])[] = [
    // set, numeral + unit, set name
    [W.NOT_AFTER_ZHE, '九折', 'NOT_AFTER_ZHE'], [W.NOT_AFTER_CHENG, '三成', 'NOT_AFTER_CHENG'], [W.NOT_AFTER_YUAN, '二元', 'NOT_AFTER_YUAN'],
  ];
  for (const [chars, head, name] of WORD_AFTER) {
    for (const c of chars) {
      it(`${head}${c} (${name}): no number`, () => assert.deepEqual(numbers(`${head}${c}`), []));
    }
  }
  for (const c of W.NOT_AFTER_NIAN) {
    it(`5年${c} (NOT_AFTER_NIAN): no duration`, () => assert.deepEqual(numbers(`5年${c}`), []));
  }
  for (const c of W.VAGUE_BEFORE) {
    it(`${c}十个 (VAGUE_BEFORE): a vague amount`, () => assert.deepEqual(numbers(`${c}十个`), []));
  }
  for (const c of W.COUNT_MATTERS) {
    it(`${c}一家 (COUNT_MATTERS): the count of one matters`, () => assert.deepEqual(numbers(`${c}一家`).map((n) => n.text), ['一家']));
  }
});
