// The point scan of a line still arriving (src/core/outline/pointScan.ts): a line far longer than a
// chunk is scanned for its points as it arrives, and the scan of the decision meets it and takes
// what it found. The points must be those of a scan of the whole line, whatever the chunks, and the
// decision must no longer read the line whole.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HEAD } from '../../../src/core/outline/limits';
import { PointScan, NOT_MET, NOT_YET } from '../../../src/core/outline/pointScan';
import { PointFinder } from '../../../src/core/outline/points';
import { OutlineTree } from '../../../src/core/outline/tree';
import { newLine, type Marker } from '../../../src/core/outline/types';
import { BlockList, IntLog } from '../../../src/core/lists';
import { analyzeWith, countReads } from '../stepWorkMeter';

/** The points PointFinder accepts in the paragraph `text` from `from`, with the scan `scan` made as it arrived (or none). */
function points(text: string, from: number, scan: PointScan | null): string[] {
  const line = newLine();
  line.ts = 0;
  line.te = text.length;
  line.len = text.length;
  line.scan = scan;
  const show = (m: Marker): string => `${m.family} ${m.ord} ${m.start}`;
  return new PointFinder(text, new OutlineTree()).find(line, from, null).map(show);
}

/** A scan of `text` fed as if chunks ended every `every` characters (the last chunk ends the line, so it is not fed). */
function scanOf(text: string, every: number): PointScan {
  const scan = new PointScan(0);
  for (let at = every; at < text.length; at += every) { scan.advance(text, at); }
  return scan;
}

const pad = (n: number): string => '中'.repeat(n);

describe('outline: the point scan of a line still arriving', () => {
  // [what, the paragraph, where find starts]: each found alike with and without the scan, at several chunk sizes
  const cases: [string, string, number][] = [
    ['points spread over a long paragraph', `主要任务：（一）${pad(200)}；（二）${pad(300)}；（三）${pad(50)}。`, 0],
    ['a point straddling the scan\'s first position', `${pad(HEAD - 2)}：（一）甲；（二）乙；${pad(400)}`, 0],
    ['markers read from inside a marker the scan read (（1） around HEAD)', `${pad(HEAD - 1)}（1）（2）（1）（2）${pad(300)}（3）`, 0],
    ['the paragraph\'s own marker first (from after it)', `一、${pad(120)}：1. 甲；2. 乙；${pad(300)}3. 丙。`, 2],
    ['a marker in the last characters that arrived', `${pad(150)}：一是甲；二是乙${pad(7)}三是丙`, 0],
    ['circled numbers everywhere', '①②③'.repeat(200), 0],
    ['one character after another that starts no marker', pad(1000), 0],
  ];
  for (const [what, text, from] of cases) {
    it(`${what}: the points of the whole line`, () => {
      const whole = points(text, from, null);
      for (const every of [7, 64, 101, 500]) { assert.deepEqual(points(text, from, scanOf(text, every)), whole, `chunks of ${every}`); }
    });
  }

  it('with the scan, the decision reads the start of the line and what came after the last chunk, not the whole line', () => {
    const text = `主要任务：（一）${pad(100000)}；（二）${pad(100)}`;
    const scan = scanOf(text, 8192);
    const { value: found, reads } = countReads(() => points(text, 0, scan));
    assert.deepEqual(found, points(text, 0, null));
    assert.deepEqual(found, ['parenCn 1 5', `parenCn 2 ${text.indexOf('（二）')}`]);
    assert.ok(reads < 10000, `${reads} reads`);
  });

  it('meet: where the decision\'s scan joins this one', () => {
    // （1） at HEAD + 2 (after a colon) is read by the scan: a state inside it must look at its next candidate first
    const text = `${pad(HEAD + 1)}：（1）${pad(40)}；（2）${pad(40)}`;
    const scan = new PointScan(0);
    scan.advance(text, text.length);
    assert.deepEqual(scan.cands.map(m => m.start), [HEAD + 2, text.indexOf('（2）')]);
    assert.equal(scan.meet(HEAD), 0, 'before the first candidate: all of them');
    assert.equal(scan.meet(HEAD + 3), NOT_YET, 'inside （1）');
    assert.equal(scan.meet(HEAD + 4), 1, 'at the end of （1）: from （2） on');
    assert.equal(scan.meet(scan.state), 2, 'at the end of the scan: none left');
    assert.equal(scan.meet(scan.state + 1), NOT_MET, 'past the scan');
  });

  it('long lines of markers cut into small chunks give the outline of the whole (property)', () => {
    const pieces = ['（一）', '（二）', '（三）', '（1）', '（2）', '1.', '2.', '一是', '二是', '第一，', '第二，', '①', '②', '：', '；', '。', '，',
      '一、', '问：', '答：', '甲', '中'.repeat(30), '中'.repeat(90), ' ', '\n'];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 20, maxLength: 160 }).map(p => p.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 6, max: 200 }), (t, chunkSize) => {
      assert.deepEqual(analyzeWith(t, { chunkSize }).outline, analyzeWith(t, { chunkSize: Infinity }).outline);
    }), { numRuns: 1500 });
  });
});

describe('lists kept in blocks (src/core/lists.ts)', () => {
  it('IntLog and BlockList read back what was pushed, across their blocks', () => {
    const ints = new IntLog();
    const refs = new BlockList<string>();
    const n = 40000;
    for (let i = 0; i < n; i++) { ints.push(i * 7 - 3); refs.push(`r${i}`); }
    assert.equal(ints.length, n);
    assert.equal(refs.length, n);
    for (const i of [0, 1, 4095, 4096, 16383, 16384, 16385, n - 1]) {
      assert.equal(ints.at(i), i * 7 - 3);
      assert.equal(refs.at(i), `r${i}`);
    }
  });
});
