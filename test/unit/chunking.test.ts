// The analysis in steps is the analysis of the whole text (src/core/chunks.ts, src/core/targetCuts.ts):
// where the chunks end, what a cut at each kind of boundary keeps, and, over generated texts cut
// into small chunks and over the gov.cn corpus without its line breaks, the same annotations as
// the analysis in one chunk.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, chunkBoundaries, CHUNK_SIZE, type CutLog } from '../../src/core/analyze';
import { firstChunkSize } from '../../src/core/chunks';
import type { Analysis } from '../../src/core/types';
import { govCnTexts } from './fixtures';
import { analyzeWith } from './stepWorkMeter';

const whole = (text: string): Analysis => analyzeWith(text, { chunkSize: Infinity });
const newLog = (): CutLog => ({ forced: [], targets: [] });
const spans = (list: readonly { start: number; end: number; text: string }[]): string[] => list.map(s => `${s.start}:${s.end}:${s.text}`);

describe('chunkBoundaries: where a chunk ends', () => {
  // [what, text, chunk size, boundaries]; a chunk ends at the last cut in the second half of the
  // size window, else at the first one after it, else (rule 3) at a quiet position near the limit.
  const cases: [string, string, number, number[]][] = [
    ['after the last line feed within the window', 'aaaa\nbbbb\ncccccccc', 8, [0, 5, 10, 18]],
    ['after a lone \r (old Mac line ends)', 'aaaaaa\rbbbbbbbbbbbbb', 8, [0, 7, 15, 20]],
    ['after \r\n, never between \r and \n', 'aaaaaaa\r\nbbbbbbbbbbbb', 8, [0, 9, 17, 21]],
    ['after a sentence end when the line runs on', '中中中中中。中中中中中中中中', 8, [0, 6, 14]],
    ['at a line break rather than a later sentence end', '中中中中\n中。中中中中中中中中', 8, [0, 5, 13, 15]],
    ['at the first line break or sentence end after the limit when none is within the window', '中中中中中中中中中中中。中中', 8, [0, 12, 14]],
    ['at the limit when nothing ends within four chunks, never inside a surrogate pair', `${'中'.repeat(39)}𠀀${'中'.repeat(20)}`, 10, [0, 10, 20, 30, 39, 49, 59, 61]],
  ];
  for (const [what, text, size, expected] of cases) {
    it(what, () => { assert.deepEqual(chunkBoundaries(text, size), expected); });
  }

  it('cuts a line of 100,000 digits into chunks, each search bounded', () => {
    const b = chunkBoundaries('1'.repeat(100000));
    // A shorter first chunk, in which the analysis learns the density, then full ones.
    const first = firstChunkSize(CHUNK_SIZE);
    assert.ok(first < CHUNK_SIZE);
    assert.equal(b[1], first);
    assert.equal(b.length - 1, 1 + Math.ceil((100000 - first) / CHUNK_SIZE));
    for (let i = 1; i < b.length; i++) { assert.ok(b[i] - b[i - 1] <= CHUNK_SIZE); }
  });
});

describe('analysis: nothing is lost at the cut of a long line', () => {
  // Before: a line with no newline within 4 × 8,192 characters was cut every 8,192 characters,
  // through whatever stood there (32.5万亿元 became 3; 5.89万亿元 became 5.89万; 今年6月3日 today 6月).
  // [what, text, kind, the one annotation of that kind]
  const cases: [string, string, 'numbers' | 'dates' | 'terms', string][] = [
    ['32.5万亿元 across 8,192', `${'中'.repeat(8190)}，32.5万亿元。${'中'.repeat(40000)}`, 'numbers', '8191:8198:32.5万亿元'],
    ['5.89万亿元 across 8,192', `${'中'.repeat(8186)}赤字规模5.89万亿元、比上年增加。${'中'.repeat(40000)}`, 'numbers', '8190:8197:5.89万亿元'],
    ['今年6月3日 across 8,192', `${'中'.repeat(8189)}，今年6月3日召开。${'中'.repeat(40000)}`, 'dates', '8190:8196:今年6月3日'],
    ['新质生产力 across 8,192', `${'中'.repeat(8187)}，发展新质生产力。${'中'.repeat(40000)}`, 'terms', '8190:8195:新质生产力'],
  ];
  for (const [what, text, kind, expected] of cases) {
    it(what, () => {
      const a = analyze(text);
      assert.deepEqual(spans(a[kind]), [expected]);
      assert.deepEqual(spans(a[kind]), spans(whole(text)[kind]));
    });
  }

});

// Pieces that make every recognizer fire (numbers, dates, terms, targets and their paragraph and
// list deadlines, outline markers), every kind of boundary, and runs without any, so that small
// chunks are cut at line breaks, sentence ends and forced cuts alike.
const PIECES = [
  '32.5万亿元', '5.89万亿元', '超过14万家', '不足1亿人', '200个左右', '近1.1倍', '增长1倍', '营收达到100亿元', '10%—15%', '百分之二十七', '三成', '1,234', '1，234',
  '今年6月3日', '2023年', '9月2日', '今年上半年', '去年底', '11年来', '“十四五”时期', '二〇二四年九月二日', '本月10—12日', '民國97年2月1日', '上月',
  '(新华社北京9月2日电)', '本报北京9月2日讯', '新质生产力', '专精特新“小巨人”', '一带一路', '新型工业化', '耐心资本',
  '力争到2027年建成200个左右高标准数字园区', '到2025年，', '力争', '确保', '计划', '拟', '预计', '将于10月17日出具裁决', '主要预期目标是：', '目标：',
  '一、', '（一）', '第一条', '第二章', '问：', '答：', '主持人：', '1.', '1、', '一是', '二是',
  '加快推进', '经济', '发展', '企业', '中', '的', '新建', '达到', '全覆盖',
  '。', '，', '；', '：', '！', '？', '、', '”', '“', '\n', '\r\n', '\r', '\n\n', ' ', '\u3000', '𠀀',
  '1'.repeat(40), '一'.repeat(30), '5%5%5%5%', '今年今年今年', 'abcdefghij', '中'.repeat(50),
];
/** Generated texts per run; POLICY_LENS_PROPERTY_RUNS raises it. */
const RUNS = Math.max(3000, Number(process.env.POLICY_LENS_PROPERTY_RUNS ?? 0));
/** How far from an unchecked cut an annotation may differ: the reach of the cut check (src/core/quietCut.ts). */
const NEAR = 64;
const texts = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 120 }).map(parts => parts.join(''));

describe('analysis: cut into small chunks, the same as whole (property)', function () {
  this.timeout(600000);

  it('cuts closer together than the check reads: each is checked from the chunk it ends (found by the property)', () => {
    // 一 and digits: read from 0 the run of 40 digits is no number, read from a cut at 39 its first 13 are one.
    const text = `民國97年2月1日${'一'.repeat(30)}${'1'.repeat(40)}32.5万亿元`;
    const log = newLog();
    const cut = analyzeWith(text, { chunkSize: 13, log });
    assert.deepEqual(log.forced, []);
    assert.deepEqual(spans(cut.numbers), spans(whole(text).numbers));
  });

  it('outline identical at every chunk size; numbers, dates, terms, document date wherever no cut is unchecked, and away from such cuts; targets wherever no cut is logged', () => {
    let logged = 0;
    let forced = 0;
    let cases = 0;
    fc.assert(fc.property(texts, fc.integer({ min: 6, max: 300 }), (text, chunkSize) => {
      cases++;
      const log = newLog();
      const cut = analyzeWith(text, { chunkSize, log });
      const ref = whole(text);
      if (log.forced.length === 0) {
        assert.deepEqual(cut.numbers, ref.numbers);
        assert.deepEqual(cut.dates, ref.dates);
        assert.deepEqual(cut.terms, ref.terms);
        assert.deepEqual(cut.documentDate, ref.documentDate);
      } else {
        forced++;
        // An unchecked cut may change what stands at it, never what stands away from it.
        const away = <T extends { start: number; end: number }>(list: readonly T[]): T[] =>
          list.filter(x => log.forced.every(c => x.end + NEAR <= c || x.start >= c + NEAR));
        assert.deepEqual(away(cut.numbers), away(ref.numbers));
        assert.deepEqual(away(cut.terms), away(ref.terms));
        if (JSON.stringify(cut.documentDate) === JSON.stringify(ref.documentDate)) { assert.deepEqual(away(cut.dates), away(ref.dates)); }
      }
      assert.deepEqual(cut.outline, ref.outline);
      if (log.targets.length === 0 && log.forced.length === 0) { assert.deepEqual(cut.targets, ref.targets); } else { logged++; }
    }), { numRuns: RUNS });
    console.log(`      ${cases} texts; unchecked cuts in ${forced}, target cuts logged in ${logged}`);
    // The logs are the exception: most texts, cut into chunks of 6 to 300 characters, have none.
    assert.ok(forced * 20 < cases, `unchecked cuts in ${forced} of ${cases} texts`);
    assert.ok(logged * 4 < cases, `target cuts logged in ${logged} of ${cases} texts`);
  });
});

describe('analysis: the gov.cn corpus without its line breaks', function () {
  this.timeout(120000);
  const docs = govCnTexts();
  if (docs.length === 0) { it.skip('no corpus at ../shared/corpus/gov-cn'); return; }
  /** Each document without its line breaks, with its analysis in one chunk: made once, by the first size that needs it. */
  let flat: { name: string; text: string; ref: Analysis }[] | undefined;
  const flatDocs = (): { name: string; text: string; ref: Analysis }[] => flat ??= docs.map(d => {
    const text = d.text.replace(/\r?\n+/g, '');
    return { name: d.name, text, ref: whole(text) };
  });

  for (const chunkSize of [CHUNK_SIZE, 1024, 128]) {
    it(`gives the numbers, dates and terms of the analysis in one chunk (${docs.length} documents, chunks of ${chunkSize})`, () => {
      for (const { name, text, ref } of flatDocs()) {
        const cut = analyzeWith(text, { chunkSize });
        assert.deepEqual(cut.numbers, ref.numbers, name);
        assert.deepEqual(cut.dates, ref.dates, name);
        assert.deepEqual(cut.terms, ref.terms, name);
      }
    });
  }
});
