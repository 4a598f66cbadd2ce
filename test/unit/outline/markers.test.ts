// Markers at a line start and points inside a paragraph (src/core/outline/markers.ts, points.ts,
// pointAt.ts, families.ts; docs/annotation.md §4 "point", §7 "Structure").
import assert from 'node:assert/strict';
import { FAMILY_BIT, FAMILY_RANK } from '../../../src/core/outline/families';
import { chapterAt, markerAt, parenNumber, startsMarker } from '../../../src/core/outline/markers';
import { nextPointStart } from '../../../src/core/outline/pointAt';
import { PointFinder } from '../../../src/core/outline/points';
import { OutlineTree } from '../../../src/core/outline/tree';
import { newLine, type Marker } from '../../../src/core/outline/types';

/** A marker as `family ord text`, or null. */
function show(t: string, m: Marker | null): string | null {
  return m === null ? null : `${m.family} ${m.ord} ${t.slice(m.start, m.end)}`;
}

describe('outline markers at a line start', () => {
  const rows: [string, string | null][] = [
    ['第五条　为了规范管理', 'tiao 5 第五条'],
    ['第12条 本办法', 'tiao 12 第12条'],
    ['第三条', 'tiao 3 第三条'],
    ['第三条的规定', null], // cited in running text
    ['第一，扩大内需', 'di 1 第一，'],
    ['第三章 总则', null], // a chapter (chapterAt), never a point
    ['一是稳增长', 'shi 1 一是'],
    ['一是一，二是二', null],
    ['十二、附则', 'dun 12 十二、'],
    ['一、二、三产业', null], // a list of numbers
    ['两、', null], // 两 and 百 start no marker
    ['（一）加强领导', 'parenCn 1 （一）'],
    ['(12) 事项', 'parenAr 12 (12)'],
    ['（一', null],
    ['①规模大', 'circled 1 ①'],
    ['⑳', 'circled 20 ⑳'],
    ['⑵事项', 'parenAr 2 ⑵'],
    ['1. 扩大内需', 'arabic 1 1.'],
    ['２、稳定外贸', 'arabic 2 ２、'],
    ['3）优化结构', 'rparen 3 3）'],
    ['1.5倍', null], // a number
    ['12%', null],
    ['0. 零', null],
    ['1234. 年份', null], // more than three digits
    ['今年以来', null],
  ];
  for (const [text, want] of rows) {
    it(`${text} → ${want ?? 'no marker'}`, () => { assert.equal(show(text, markerAt(text, 0, text.length)), want); });
  }

  const chapters: [string, number, string][] = [['第一编 总则', 1, '第一编'], ['第二部分 主要任务', 2, '第二部分'], ['第三章', 3, '第三章'], ['第4节 附则', 4, '第4节'], ['第十節 附則', 4, '第十節']];
  for (const [text, style, marker] of chapters) {
    it(`${text}: a chapter of style ${style}`, () => {
      const c = chapterAt(text, 0, text.length, text.length);
      assert.ok(c);
      assert.equal(c.style, style);
      assert.equal(text.slice(c.marker.start, c.marker.end), marker);
    });
  }
  it('a chapter line with a sentence, or too long, is no chapter heading', () => {
    for (const text of ['第三章规定的事项应当及时办理。', '第三章' + '这一部分的内容'.repeat(6)]) { assert.equal(chapterAt(text, 0, text.length, text.length), null, text); }
  });

  it('parenNumber reads （一） and (1) only when closed', () => {
    assert.equal(show('（十一）', parenNumber('（十一）', 0, 4)), 'parenCn 11 （十一）');
    assert.equal(show('(3)', parenNumber('(3)', 0, 3)), 'parenAr 3 (3)');
    assert.equal(parenNumber('（一', 0, 2), null);
    assert.equal(parenNumber('（0）', 0, 3), null);
  });

  it('startsMarker holds for exactly the first characters of the readers', () => {
    for (const ch of '第一十〇（(①⑳⑴1９') { assert.equal(startsMarker(ch.charCodeAt(0)), true, ch); }
    for (const ch of '百两今a（）、') { assert.equal(startsMarker(ch.charCodeAt(0)), ch === '（', ch); }
  });
});

describe('outline marker families', () => {
  it('ranks order the fixed hierarchy; bits are distinct powers of two', () => {
    assert.ok(FAMILY_RANK.tiao < FAMILY_RANK.dun && FAMILY_RANK.dun < FAMILY_RANK.parenCn && FAMILY_RANK.parenCn < FAMILY_RANK.arabic);
    assert.ok(FAMILY_RANK.arabic < FAMILY_RANK.parenAr && FAMILY_RANK.parenAr === FAMILY_RANK.rparen && FAMILY_RANK.rparen < FAMILY_RANK.circled);
    assert.equal(FAMILY_RANK.shi, 0);
    assert.equal(FAMILY_RANK.di, 0);
    const bits = Object.values(FAMILY_BIT);
    assert.equal(new Set(bits).size, bits.length);
    for (const b of bits) { assert.equal(b & (b - 1), 0); }
  });
});

describe('outline points inside a paragraph', () => {
  const scans: [string, number, number][] = [
    // text, from, the first candidate start
    ['呈现4个特点：一是规模大', 0, 7],
    ['①②', 0, 1],
    ['没有任何标记的句子。', 0, 10],
    ['说，（一）', 0, 2],
  ];
  for (const [text, from, want] of scans) {
    it(`nextPointStart(${text}, ${from}) = ${want}`, () => { assert.equal(nextPointStart(text, from, text.length), want); });
  }

  /** The points PointFinder accepts in the paragraph `text`, from `from`, as `family ord`. */
  function points(text: string, from = 0): string[] {
    const line = newLine();
    line.ts = 0;
    line.te = text.length;
    line.len = text.length;
    return new PointFinder(text, new OutlineTree()).find(line, from, null).map((m) => show(text, m) ?? '');
  }
  const rows: [string, string[]][] = [
    ['呈现4个特点：一是规模大；二是增速快；三是结构优。', ['shi 1 一是', 'shi 2 二是', 'shi 3 三是']],
    ['第一，扩大内需。第二，稳定外贸。', ['di 1 第一，', 'di 2 第二，']],
    ['主要有：（1）甲；（2）乙。', ['parenAr 1 （1）', 'parenAr 2 （2）']],
    // 1 after a colon is no list of its own when it is arabic; with a 2 after it, it is
    ['时间：1.5日', []],
    ['包括：1. 甲；2. 乙。', ['arabic 1 1.', 'arabic 2 2.']],
    // a lone 二是 continues nothing
    ['他说二是这样。', []],
    ['一方面要稳，另一方面要进。', []],
  ];
  for (const [text, want] of rows) {
    it(`${text} → ${want.join(', ') || 'no points'}`, () => { assert.deepEqual(points(text), want); });
  }

  it('n continues the open point n-1 of the same family', () => {
    const tree = new OutlineTree();
    const text = '三是结构优。';
    tree.openPoint({ family: 'shi', ord: 2, start: 0, end: 0 }, '二是', 0);
    const line = newLine();
    line.te = line.len = text.length;
    assert.deepEqual(new PointFinder(text, tree).find(line, 0, null).map((m) => show(text, m)), ['shi 3 三是']);
  });
});
