// The rules of the quantity scanner (src/core/numbers/), each on a table of cases: qualifiers and
// change verbs, ranges and coordinated values, fixed expressions and slogans, identifiers,
// the quick rejections, classifiers and vague amounts. A `|` in a text marks the position tested.
import assert from 'node:assert/strict';
import { countMatters, halfAfterClassifier, notACount } from '../../src/core/numbers/classifiers';
import { fixedExpressionAt, quotedSloganEnd } from '../../src/core/numbers/fixedExpressions';
import {
  bareIdentifier, identifierAfter, identifierBefore, latinNameAfter, mayEndIdentifier, meetingWordWithin,
} from '../../src/core/numbers/identifiers';
import { changeBefore, postQualifier, preQualifier, rateQualifier } from '../../src/core/numbers/qualifiers';
import { INERT_AFTER_DIGIT, shortChineseEnd } from '../../src/core/numbers/quickReject';
import { coordinatedChange, rangeAfter } from '../../src/core/numbers/ranges';
import { acrossSpaces, spacedOrdinalEnd, trimSpacesBefore } from '../../src/core/numbers/spacing';
import { isPlacesOnly, vagueAmountAt } from '../../src/core/numbers/vague';
import { matchUnit, scanNumeral } from '../../src/core/numbers';
import type { NumberAnnotation } from '../../src/core/types';

/** The text without its `|`, and the offset the `|` marks. */
function marked(s: string): [string, number] {
  const p = s.indexOf('|');
  assert.ok(p >= 0, `${s} marks a position`);
  return [s.slice(0, p) + s.slice(p + 1), p];
}
const prevOf = (text: string, pos: number): number => (pos > 0 ? text.charCodeAt(pos - 1) : -1);

describe('numbers/qualifiers', () => {
  // text with | before the number, qualifier (null: none), start of the qualifier word
  const PRE: readonly (readonly [string, string | null, number])[] = [
    ['超过|14万家', 'above', 0], ['不超过|100万', 'below', 0], ['不能超过|48个月', 'below', 0], ['约|500人', 'approx', 0],
    ['增长近|1.1倍', 'approx', 2], ['最近|3年', null, 0], ['附近|5家', null, 0], ['节约|30%', null, 0], ['大约|600人', 'approx', 0],
    ['高超|5成', null, 0], ['超|6000万吨', 'above', 0], ['逾|百万人', 'above', 0], ['至少|30天', 'above', 0], ['达到|5%', null, 0],
  ];
  for (const [s, q, start] of PRE) {
    it(`before: ${s} → ${q ?? 'none'}`, () => {
      const [text, pos] = marked(s);
      const r = preQualifier(text, pos, 0);
      assert.deepEqual(r, q === null ? null : { q, start });
    });
  }
  it('before: never reaches below the floor (the 超过 inside 不超过 above it)', () => {
    assert.deepEqual(preQualifier('不超过100万', 3, 1), { q: 'above', start: 1 });
    assert.equal(preQualifier('不超过100万', 3, 2), null);
  });
  // text with | after the number (and its unit), qualifier, end
  const POST: readonly (readonly [string, string | null, number])[] = [
    ['200个|左右', 'approx', 6], ['7成|以上', 'above', 4], ['65周岁|及以上', 'above', 7], ['20万元|以下', 'below', 6],
    ['3億餘元|', null, 0], ['2倍|有餘', 'above', 4], ['50岁|上下', 'approx', 5], ['100家|上下游', null, 0], ['5%|以内', 'below', 4],
  ];
  for (const [s, q, end] of POST) {
    it(`after: ${s} → ${q ?? 'none'}`, () => {
      const [text, pos] = marked(s);
      assert.deepEqual(postQualifier(text, pos, text.length), q === null ? null : { q, end });
    });
  }
  it('after: stops at the limit', () => assert.equal(postQualifier('200个左右', 4, 5), null));
  const RATE: readonly (readonly [string, string | null])[] = [
    ['不能超过每月|1000元', 'below'], ['不低于每人|500元', 'above'], ['每月|1000元', null], ['不超过每个家庭每月|1000元', null],
  ];
  for (const [s, q] of RATE) {
    it(`rate: ${s} → ${q ?? 'none'}`, () => {
      const [text, pos] = marked(s);
      assert.equal(rateQualifier(text, pos, 0), q);
    });
  }
  const CHANGE: readonly (readonly [string, string | undefined])[] = [
    ['同比增长|2.5%', 'up'], ['回落|0.4个百分点', 'down'], ['增长了|4倍', 'up'], ['负增长|2%', 'down'], ['下调|5个基点', 'down'],
    ['上调|5个基点', 'up'], ['增加值|2万亿元', undefined], ['降水量|50毫米', undefined], ['增长同比|3%', undefined],
  ];
  for (const [s, change] of CHANGE) {
    it(`change: ${s} → ${change ?? 'none'}`, () => {
      const [text, pos] = marked(s);
      assert.equal(changeBefore(text, pos, 0), change);
    });
  }
});

describe('numbers/ranges', () => {
  // text, unit of the low end (null: bare), [low, high, end, unit] or null
  const CASES: readonly (readonly [string, string | null, readonly [number, number, number, string] | null])[] = [
    ['10%—15%', '%', [10, 15, 7, '%']], ['16-24岁', null, [16, 24, 6, '岁']], ['3至5年', null, [3, 5, 4, '年']],
    ['3至5万元', null, [30000, 50000, 5, '元']], ['三至五年', null, [3, 5, 4, '年']], ['5——10年', null, [5, 10, 6, '年']],
    ['2018—2020年', null, null], ['三-五年', null, null], ['10%—15元', '%', null], ['5-3年', null, null], ['5-10', null, null],
    ['1-5G', null, null], ['3到5个', null, [3, 5, 4, '个']],
  ];
  for (const [text, unit, want] of CASES) {
    it(`${text} → ${want ? `${want[0]}–${want[1]} ${want[3]}` : 'no range'}`, () => {
      const low = scanNumeral(text, 0);
      assert.ok(low);
      const u = unit === null ? null : matchUnit(text, low.end);
      const r = rangeAfter(text, low.end + (u ? u.form.length : 0), text.length, low, u ? u.def : null);
      assert.deepEqual(r && [r.low, r.high, r.end, r.def?.unit], want);
    });
  }
  const last: NumberAnnotation = { start: 4, end: 9, text: '29.7%', value: 29.7, unit: '%', qualifier: 'exact', kind: 'percent', change: 'up' };
  const COORDINATED: readonly (readonly [string, number, string | undefined])[] = [
    ['分别增长29.7%和34.4%', 10, 'up'], ['分别增长29.7%、34.4%', 10, 'up'], ['分别增长29.7%，34.4%', 10, undefined],
    ['分别增长29.7%和约34.4%', 11, undefined],
  ];
  for (const [text, start, change] of COORDINATED) {
    it(`coordinated: ${text} → ${change ?? 'none'}`, () => assert.equal(coordinatedChange(text, start, [last]), change));
  }
  it('coordinated: nothing to share without a direction before', () => {
    assert.equal(coordinatedChange('29.7%和34.4%', 6, [{ ...last, start: 0, end: 5, change: undefined }]), undefined);
  });
});

describe('numbers/fixedExpressions', () => {
  // text with | at the numeral, end of the expression (-1: none)
  const FIXED: readonly (readonly [string, number])[] = [
    ['|一带一路', 4], ['一带|一路', -1], ['增强|四个意识', 6], ['|一国两制', 4], ['|五年规划', 4], ['|一次性', 3], ['|两头', 2],
    ['|一次会议', -1], ['|四个方面', -1], ['|五年内', -1],
  ];
  for (const [s, end] of FIXED) {
    it(`${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      assert.equal(fixedExpressionAt(text, pos, text.length), end);
    });
  }
  const SLOGANS: readonly (readonly [string, number])[] = [
    ['“|两个结合”', 6], ['「|五大工程」', 6], ['\'|三个转变\'', 6], ['“|100%全覆盖”', -1], ['“|1.2万亿元”', -1], ['|两个结合', -1],
    ['“|两个结合，三个转变”', -1], ['“|一二三四五六七八九”', -1],
  ];
  for (const [s, end] of SLOGANS) {
    it(`slogan ${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      assert.equal(quotedSloganEnd(text, pos, prevOf(text, pos), text.length), end);
    });
  }
});

describe('numbers/identifiers', () => {
  const BEFORE: readonly (readonly [string, number])[] = [
    ['PM|2.5', 5], ['C|919', 4], ['IPv|6', 4], ['a+|1', 3], ['ＰＭ|２．５', 5], ['约|2.5', -1], ['|2.5', -1],
  ];
  for (const [s, end] of BEFORE) {
    it(`before: ${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      assert.equal(identifierBefore(text, pos, prevOf(text, pos), text.length), end);
    });
  }
  const LATIN: readonly (readonly [string, number])[] = [['5|G网络', 2], ['4|K', 2], ['3|GW', -1], ['5|km', -1], ['5|kWh', -1], ['5|个', -1]];
  for (const [s, end] of LATIN) {
    it(`Latin name: ${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      assert.equal(latinNameAfter(text, pos, text.length), end);
    });
  }
  // text, where scanning resumes (-1: not an identifier)
  const AFTER: readonly (readonly [string, number])[] = [
    ['41号', 3], ['第9459號', 6], ['〔2018〕', 6], ['9時7分', 4], ['14时', 3], ['9点30分', 5], ['九点', -1], ['9:30', 4],
    ['9：30', 4], ['3月5日', 2], ['6日', 2], ['85后', 3], ['八五后', -1], ['3个月', -1], ['5人', -1],
  ];
  for (const [text, end] of AFTER) {
    it(`after: ${text} → ${end}`, () => {
      const start = text.startsWith('第') || text.startsWith('〔') ? 1 : 0;
      const num = scanNumeral(text, start);
      assert.ok(num);
      assert.equal(identifierAfter(text, num.end, text.length, num.core), end);
    });
  }
  it('after: the one-read pre-test admits every character identifierAfter acts on', () => {
    for (const head of ['5', '五', '5.5']) {
      const num = scanNumeral(head, 0);
      assert.ok(num);
      for (let c = 0; c < 0x10000; c++) {
        const text = head + String.fromCharCode(c) + '30分';
        if (identifierAfter(text, num.end, text.length, num.core) >= 0) { assert.ok(mayEndIdentifier(c), `${head} + U+${c.toString(16)}`); }
      }
    }
  });
  // text with | at the bare number, where scanning resumes (-1: a number)
  const BARE: readonly (readonly [string, number])[] = [
    ['拨打|12345热线', 8], ['建设|985高校', 6], ['|1+N', 3], ['|1—5月份', 3], ['|1、', 2], ['|1.', 2], ['|1）', 2],
    ['（|1）', 3], ['〔|2018〕', 5], ['|2019', 4], ['|2019的', 4], ['比值|2.62', -1], ['|12345', -1], ['|1.5', -1],
    ['|100和', -1], ['|50万元', -1], ['典藏|1935”', 7], ['表|7「', 2], ['热线为|12315。', 8], ['电话：|12345678', 11], ['合计\t|12345678', -1], ['约|12,345,678', -1], ['约|3000”', -1], ['|2.5”', -1],
  ];
  for (const [s, end] of BARE) {
    it(`bare: ${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      const num = scanNumeral(text, pos);
      assert.ok(num);
      assert.equal(bareIdentifier(text, pos, text.length, num), end);
    });
  }
  const MEETINGS: readonly (readonly [string, boolean])[] = [
    ['会议', true], ['三中全会', true], ['全国人大', true], ['代表大会', true], ['中的三中全會', true], ['事项', false], ['十二三四五六七会议', false],
  ];
  for (const [text, yes] of MEETINGS) {
    it(`meeting word within 6 of ${text}: ${yes}`, () => assert.equal(meetingWordWithin(text, 0, 6), yes));
  }
});

describe('numbers/spacing', () => {
  // text with | at the numeral, where the numeral is read to end (its word after the spaces)
  const ACROSS: readonly (readonly [string, number])[] = [
    ['|15 筆', 3], ['|15筆', 2], ['|15  天', 4], ['|15   天', 2], ['|15 ，', 2], ['|15\t人', 2], ['|15 ', 2], ['|15 A', 2],
  ];
  for (const [s, end] of ACROSS) {
    it(`across spaces: ${JSON.stringify(s)} → ${end}`, () => {
      const [text, pos] = marked(s);
      const num = scanNumeral(text, pos);
      assert.ok(num);
      assert.equal(acrossSpaces(text, num, text.length).end, end);
    });
  }
  // text with | at the digits, where scanning resumes (-1: no 第 set apart before it)
  const ORDINAL: readonly (readonly [string, number])[] = [
    ['第 |650 次', 5], ['第  |27 條', 5], ['第   |27 條', -1], ['共 |27 條', -1], ['第|27條', -1],
  ];
  for (const [s, end] of ORDINAL) {
    it(`spaced 第: ${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      assert.equal(spacedOrdinalEnd(text, pos, text.length), end);
    });
  }
  it('a span ends at the digits, not at the spaces after them', () => {
    assert.equal(trimSpacesBefore('共 15  和', 6, 2), 4);
    assert.equal(trimSpacesBefore('共 15', 4, 2), 4);
  });
});

describe('numbers/quickReject', () => {
  // text with | at the numeral, end of the short numeral (-1: another shape)
  const SHORT: readonly (readonly [string, number])[] = [
    ['|三些', 1], ['|十五条', 2], ['|二十条', 2], ['|二十五章', 3], ['|拾贰', 2], ['|三百', -1], ['|一万', -1], ['|十', 1],
    ['|三点五', -1], ['|两', 1], ['|个', -1], ['|十五', 2],
  ];
  for (const [s, end] of SHORT) {
    it(`${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      assert.equal(shortChineseEnd(text, pos, text.length), end);
    });
  }
  // After a lone digit: inert (no rule reads it) or not.
  const INERT: readonly (readonly [string, boolean])[] = [
    ['些', true], ['体', true], ['）', true], [')', true], ['个', false], ['成', false], ['大', false], ['分', false],
    ['号', false], ['至', false], ['月', false], ['%', false], ['，', false], ['—', false], ['带', false], ['国', false],
  ];
  for (const [ch, inert] of INERT) {
    it(`${ch} after a digit is ${inert ? '' : 'not '}inert`, () => assert.equal(INERT_AFTER_DIGIT[ch.charCodeAt(0)] === 1, inert));
  }
});

describe('numbers/classifiers and vague amounts', () => {
  // text with | at the numeral (its unit right after), whether numeral + unit name or date rather than count
  const NOT_COUNTS: readonly (readonly [string, boolean])[] = [
    ['|2018年', true], ['|5年期', true], ['|80年代', true], ['|10年以来', true], ['连续|15年', true], ['民國|97年', true],
    ['|二元结构', true], ['华能|二期工程', true], ['分|两期建设', false], ['|一次会议', true], ['|二十届三中', true],
    ['|十周年', false], ['|20年前', true], ['过去|10年', true], ['按|10年期清偿', false], ['按|10年期国债', true], ['|二次销售', true], ['|两次检查', false], ['|两股力量', true], ['|3股东', true], ['|3000万股', false], ['|5年', false], ['|三期', false], ['|12次', false], ['|100元', false], ['|2周', false],
  ];
  for (const [s, yes] of NOT_COUNTS) {
    it(`${s}: ${yes ? 'not a count' : 'a count'}`, () => {
      const [text, pos] = marked(s);
      const num = scanNumeral(text, pos);
      assert.ok(num);
      const u = matchUnit(text, num.end);
      assert.ok(u, `${s} has a unit`);
      assert.equal(notACount(text, pos, 0, text.length, num, u, num.end + u.form.length), yes);
    });
  }
  const HALVES: readonly (readonly [string, string | null, string | null])[] = [
    ['两|个半月', '个半月', '月'], ['一|个半小时', '个半小时', '小时'], ['两|个半人', null, null], ['两|个月', null, null],
  ];
  for (const [s, form, unit] of HALVES) {
    it(`${s} → ${form ?? 'no half'}`, () => {
      const [text, pos] = marked(s);
      const u = matchUnit(text, pos);
      assert.ok(u);
      const h = halfAfterClassifier(text, pos, text.length, u);
      assert.deepEqual(h && [h.form, h.def.unit], form === null ? null : [form, unit]);
    });
  }
  const MATTERS: readonly (readonly [string, boolean])[] = [
    ['只能享受|一次', true], ['仅|一家', true], ['走进|一座', false], ['只能，走进|一座', false], ['限于本市区的|一家', false],
  ];
  for (const [s, yes] of MATTERS) {
    it(`count of one matters in ${s}: ${yes}`, () => {
      const [text, pos] = marked(s);
      assert.equal(countMatters(text, pos, 0), yes);
    });
  }
  const VAGUE: readonly (readonly [string, number])[] = [
    ['几|十个', 2], ['数|百家', 2], ['成|千上万', 2], ['数|百分之五', -1], ['约|十个', -1], ['几|个', -1],
  ];
  for (const [s, end] of VAGUE) {
    it(`vague: ${s} → ${end}`, () => {
      const [text, pos] = marked(s);
      assert.equal(vagueAmountAt(text, pos, prevOf(text, pos), text.length), end);
    });
  }
  const PLACES: readonly (readonly [string, boolean])[] = [
    ['|百年', true], ['|千家', true], ['|千万', true], ['近|千家', false], ['|十家', false], ['|一百家', false], ['|100家', false],
  ];
  for (const [s, yes] of PLACES) {
    it(`places only: ${s} → ${yes}`, () => {
      const [text, pos] = marked(s);
      const num = scanNumeral(text, pos);
      assert.ok(num);
      assert.equal(isPlacesOnly(text, pos, 0, num), yes);
    });
  }
});
