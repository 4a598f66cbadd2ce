// No step of the analysis may grow with the document: a step is the unit the slice runner cannot
// cut (src/core/sliceRunner.ts), so a step that reads the whole text stalls the editor on a big one.
// Work is counted, not timed: every charCodeAt the analysis makes (how every recognizer reads the
// text) is counted per step, on a family of pathological text at two sizes; the busiest step of
// each phase must not grow with the size (the last scan step and the step that returns included:
// a text without line breaks is one line, and neither may read it whole); `npm run bench` times
// every step (section 8).
import assert from 'node:assert/strict';
import { analyzeSteps, type CutLog, type StepPhase } from '../../../src/core/analyze';
import { countReads, repeatTo } from '../stepWorkMeter';

/** [family, the unit repeated, what stands once before it]: text dense with one kind of annotation, runs, structures without end. */
const FAMILIES: [string, string, string?][] = [
  ['5% repeated', '5%'],
  ['今年 repeated', '今年'],
  ['dateline lines', '(新华社北京9月2日电)\n'],
  ['speaker-label lines', '主持人：请介绍。\n林委員志明：好的。\n'],
  ['numerals', '35，'],
  ['digits', '1234567890'],
  ['a run of 一', '一'],
  ['one line of prose', '加快推进新型工业化，到2027年制造业增加值占比达到27%，今年上半年增长5.5%。'],
  ['marker nesting', '一、总则\n（一）目标\n1. 内容\n（1）要求\n① 细则\n'],
  ['a run of “', '“'],
  ['（7.4— repeated', '（7.4—'],
  // One line of list markers the outline looks at (（七） continues no list): its points are scanned as the line arrives.
  ['a line of inline markers', '；（七）加快推进'],
  ['第N条 lines', '第一条　本办法自公布之日起施行。\n'],
  ['问：/答： lines', '问：情况如何？\n答：很好，增长5%。\n'],
  ['table rows', '合计\t120\t35.5\t2024年\n'],
  ['lines ending with a lone \\r', '到2025年，建成5个园区。\r'],
  // One colon, then sentences on one line and no target: the target pass must not look back to it at every cut.
  ['a colon, then one line of sentences without a target', '中'.repeat(100) + '。', '目标：'],
  // Long bullet lines: the target pass looks back for their header over a bounded stretch, not 64 such lines.
  ['long bullet lines', `●${'中'.repeat(900)}\n`],
];

/**
 * What a step did: its phase; `first` for the first step (the document profile, which reads a
 * sample of 60,000 characters, and the first chunk).
 */
type Phase = StepPhase | 'first';

/** Small versions: chunks of 2,048 characters, texts of 16 K and 4 × 16 K characters. */
const CHUNK = 2048;
const SMALL = 16 * 1024;

/** The charCodeAt calls of each step of the analysis of `text`, with the step's phase. */
function workPerStep(text: string, chunkSize = CHUNK): { phase: Phase; reads: number }[] {
  return countReads(readsSoFar => {
    const log: CutLog = { forced: [], targets: [], phases: [] };
    const steps = analyzeSteps(text, {}, { chunkSize, log });
    const out: number[] = [];
    for (;;) {
      const before = readsSoFar();
      const r = steps.next();
      out.push(readsSoFar() - before);
      if (r.done) { break; }
    }
    const phases = log.phases as Phase[];
    return out.map((n, i): { phase: Phase; reads: number } => ({ phase: i === 0 ? 'first' : phases[i] ?? 'finish', reads: n }));
  }).value;
}

function busiest(steps: { phase: Phase; reads: number }[]): Map<Phase, number> {
  const out = new Map<Phase, number>();
  for (const s of steps) { out.set(s.phase, Math.max(out.get(s.phase) ?? 0, s.reads)); }
  return out;
}

describe('analysis: no step grows with the document (work counted per step)', function () {
  this.timeout(120000);

  for (const [family, unit, head = ''] of FAMILIES) {
    it(`${family}: the busiest step of each phase reads no more at 4 × the size`, () => {
      const text = (n: number) => head + repeatTo(unit, n - head.length);
      const small = busiest(workPerStep(text(SMALL)));
      const large = busiest(workPerStep(text(4 * SMALL)));
      const grown: string[] = [];
      for (const [phase, reads] of large) {
        const before = small.get(phase);
        // A phase the small text has no step of (fewer dates than one resolution batch) has nothing to compare with.
        // The first step is compared apart, at sizes past the profile's sample (below).
        if (before === undefined || phase === 'first') { continue; }
        // A step may read a little more (a chunk ends at the next cut, not at a fixed size); a step
        // that reads the whole text reads about 4 × as much.
        if (reads > 1.5 * before + CHUNK) { grown.push(`${phase}: ${before} → ${reads} reads`); }
      }
      assert.deepEqual(grown, []);
      assert.ok(large.has('scan') && large.has('targets'), 'the phases compared ran');
    });
  }

  for (const family of ['one line of prose', '问：/答： lines']) {
    it(`${family}: the first step reads the profile's sample, not the text (64 K and 256 K characters)`, () => {
      const unit = (FAMILIES.find(f => f[0] === family) as [string, string, string?])[1];
      const first = (n: number) => workPerStep(repeatTo(unit, n))[0].reads;
      const at64 = first(4 * SMALL);
      assert.ok(first(16 * SMALL) <= 1.1 * at64 + CHUNK, `${at64} → ${first(16 * SMALL)}`);
    });
  }

  it('the count catches a step that reads the whole text: one chunk holding it all', () => {
    const text = (n: number) => '5%，'.repeat(Math.ceil(n / 3));
    const most = (n: number) => Math.max(...workPerStep(text(n), Infinity).map(s => s.reads));
    assert.ok(most(4 * SMALL) > 3 * most(SMALL));
  });
});
