// The parts of the date resolver (src/core/dates/resolve/): where it stands in the text, which
// lines are headings, what relative dates count from, and the year under review.
import { strict as assert } from 'node:assert';
import { Position } from '../../src/core/dates/resolve/position';
import { chapterHeadingAt, headingAbove, headingText, isTitleLine } from '../../src/core/dates/resolve/headings';
import { Anchors } from '../../src/core/dates/resolve/anchors';
import { ContextBases } from '../../src/core/dates/resolve/bases';
import { YearUnderReview } from '../../src/core/dates/resolve/review';
import { Days } from '../../src/core/dates/calendar/days';
import { findDatelines, scanDates } from '../../src/core/dates';
import type { DocumentDate } from '../../src/core/types';

describe('dates resolver: paragraph and sentence of a position', () => {
  const text = '标题\n第一句。第二句；第三句\n\n二、下一章\n末段。';
  const rows: ReadonlyArray<[at: string, para: string, sentence: string]> = [
    ['第一句', '第一句', '第一句'], ['第二句', '第一句', '第二句'], ['第三句', '第一句', '第三句'], ['下一章', '二、', '二、'], ['末段', '末段', '末段'],
  ];
  const position = new Position(text);
  for (const [at, para, sentence] of rows) {
    it(`${at}: paragraph at ${para}, sentence at ${sentence}`, () => {
      position.advance(text.indexOf(at), false);
      assert.equal(position.paraStart, text.indexOf(para));
      assert.equal(position.sentenceStart, text.indexOf(sentence));
    });
  }
  it('reports a chapter heading passed on the way, only when watching', () => {
    assert.equal(new Position(text).advance(text.indexOf('末段'), true), true);
    assert.equal(new Position(text).advance(text.indexOf('末段'), false), false);
    assert.equal(new Position(text).advance(text.indexOf('第三句'), true), false);
  });
});

describe('dates resolver: headings', () => {
  const rows: ReadonlyArray<[line: string, heading: boolean, chapter: boolean]> = [
    ['二、2022年工作回顾', true, true], ['第二章 总则', true, true], ['第三部分 措施', true, true], ['一是加快建设', true, false],
    ['二、加快建设。全年增长', false, false], ['一二三四五、太长', true, false],
  ];
  for (const [line, heading, chapter] of rows) {
    it(`${line}: heading ${heading}, chapter ${chapter}`, () => {
      const t = `${line}\n正文`;
      assert.equal(headingText(t, 0) !== null, heading);
      assert.equal(chapterHeadingAt(t, 0), chapter);
    });
  }
  it('the heading right above a paragraph, over blank lines; a sentence or a long line is none', () => {
    const t = '二、今年重点工作\n\n全年增长5%左右。\n下一段。\n' + '很长的一行没有标点'.repeat(8) + '\n末段';
    assert.equal(headingAbove(t, t.indexOf('全年')), 0);
    assert.equal(headingAbove(t, t.indexOf('下一段')), -1);
    assert.equal(headingAbove(t, t.indexOf('末段')), -1);
    assert.equal(headingAbove(t, 0), -1);
  });
  it('a line longer than a heading is none', () => { assert.equal(headingText('回顾'.repeat(30), 0), null); });
  it('the title is the first line that is not blank', () => {
    const t = '\n\u3000\n2023年统计公报\n正文';
    assert.ok(isTitleLine(t, t.indexOf('2023')));
    assert.ok(!isTitleLine(t, t.indexOf('正文')));
  });
});

describe('dates resolver: anchors', () => {
  const docDate: DocumentDate = { date: '2024-09-02', source: 'dateline', text: '本报北京9月2日讯' };
  const text = '本报北京9月2日讯 今年增长。\n\n本报上海2023年8月5日讯 今年下降。';
  const anchorsOf = (dd: DocumentDate | null): Anchors => new Anchors(dd, dd ? { y: 2024, m: 9, d: 2 } : null, findDatelines(text), new Days());

  it('a date counts from its article\'s dateline, with the dateline\'s own year when it has one', () => {
    const anchors = anchorsOf(docDate);
    const first = anchors.at(text.indexOf('今年增长'));
    assert.equal(first?.date, '2024-09-02');
    assert.equal(first?.basis.kind, 'dateline');
    const second = anchors.at(text.indexOf('今年下降'));
    assert.equal(second?.date, '2023-08-05');
    assert.equal(second?.year, 2023);
    assert.equal(anchors.at(text.indexOf('下降')), second, 'the same dateline gives the same anchor');
  });
  it('without datelines, the document date; without a document date, none', () => {
    const plain = new Anchors(docDate, { y: 2024, m: 9, d: 2 }, [], new Days()).at(5);
    assert.deepEqual([plain?.date, plain?.dateline, plain?.basis.kind], ['2024-09-02', -1, 'document']);
    assert.equal(anchorsOf(null).at(5), null);
  });
  it('context bases are shared per date they name', () => {
    const bases = new ContextBases();
    const a = bases.at('2023年', 10);
    assert.equal(bases.at('2023年', 10), a);
    assert.deepEqual(a, { kind: 'context', anchorText: '2023年', anchorStart: 10 });
    assert.ok(Object.isFrozen(a));
  });
});

describe('dates resolver: the year under review', () => {
  function reviewAt(text: string, anchorYear: number): (number | null)[] {
    const review = new YearUnderReview(text);
    const position = new Position(text);
    return scanDates(text, 0, text.length).map((raw) => {
      if (position.advance(raw.start, review.endsAtChapter)) { review.endSection(); }
      review.notice(raw, position.paraStart, anchorYear, -1);
      return review.at(-1)?.year ?? null;
    });
  }
  const rows: ReadonlyArray<[name: string, text: string, years: (number | null)[]]> = [
    ['a paragraph that opens with 过去一年', '过去一年，全年增长。\n今年，全年增长。', [2023, 2023, null, null]],
    ['a paragraph that opens with an explicit year', '2022年，全年增长。\n6月增长。', [2022, 2022, null]],
    ['a look-back heading, until the next chapter', '一、2022年工作回顾\n全年增长。\n二、2024年工作安排\n全年增长。', [2022, 2022, null, null]],
    ['a bulletin title, for the whole document', '2022年统计公报\n一、综合\n全年增长。\n二、能源\n全年增长。', [2022, 2022, 2022]],
    ['no look-back in the document year', '2024年工作回顾\n全年增长。', [2024, null]],
  ];
  for (const [name, text, years] of rows) {
    it(name, () => { assert.deepEqual(reviewAt(text, 2024), years); });
  }
});
