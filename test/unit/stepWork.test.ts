// No step of the analysis does work that grows with the document (issue 12): the slice runner can
// only yield between steps (src/core/sliceRunner.ts), so a step that reads the whole text blocks the
// host for as long as that takes. The work is counted by the analysis itself (WorkMeter: characters
// scanned, raw dates and datelines read), not timed.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CHUNK_SIZE, chunkBoundaries } from '../../src/core/analyze';
import { findDatelines } from '../../src/core/dates';
import { repeatTo, stepWork } from './stepWorkMeter';

/** A step reads at most one chunk (a huge line is cut at five chunk sizes at most) or a bounded batch. */
const STEP_BOUND = 6 * CHUNK_SIZE;
const SIZE = 1 << 18;

describe('analysis steps: bounded work per step', function () {
  this.timeout(60000);
  const families: ReadonlyArray<[name: string, text: string]> = [
    ['closing datelines, one a line', repeatTo('（新华社北京9月2日电）\n', SIZE)],
    ['datelines on one line without breaks', repeatTo('本报北京9月2日讯', SIZE)],
    ['datelines with CR alone', repeatTo('（新华社北京9月2日电）\r', SIZE)],
    ['dates in a report, one paragraph a line', repeatTo('2023年，全市增长5%。今年以来，上半年增长，去年同期下降。9月2日，会议召开。\n', SIZE)],
  ];
  for (const [name, text] of families) {
    it(`${name}: no step reads more than ${STEP_BOUND} units of ${text.length}`, () => {
      const { max, steps, analysis } = stepWork(text);
      assert.ok(steps > 20, `${steps} steps`);
      assert.ok(analysis.dates.length > 1000);
      assert.ok(max <= STEP_BOUND, `a step read ${max} units`);
    });
  }

  it('the document date is found as before: from the first dateline of the text', () => {
    const text = '标题\n\n正文，2021年数据。\n' + repeatTo('（新华社北京9月2日电）\n', 100000);
    const { analysis } = stepWork(text);
    assert.deepEqual(analysis.documentDate && [analysis.documentDate.date, analysis.documentDate.source], ['2021-09-02', 'dateline']);
  });
});

describe('datelines: found chunk by chunk, the same as in one pass', () => {
  it('property: the datelines of every chunk, in order, are those of the whole text', () => {
    const pieces = ['本报北京', '新华社上海', '（', '(', '）', ')', '9月', '2日', '十月', '十八日', '电', '讯', '\n', '\r', ' ', '2024年', '，', '记者', '正文'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.integer({ min: 4, max: 40 }), (parts, size) => {
      const text = parts.join('');
      const bounds = chunkBoundaries(text, size);
      const chunked = [];
      for (let i = 0; i + 1 < bounds.length; i++) { chunked.push(...findDatelines(text, bounds[i], bounds[i + 1])); }
      assert.deepEqual(chunked, findDatelines(text));
    }), { numRuns: 1000 });
  });
});
