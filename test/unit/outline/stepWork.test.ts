// No step of the analysis spends work that grows with the document on the outline's end (issue 12
// item 7): a long record of speaker turns (many `某某：…` lines) once made the last step decide every
// turn at once. The work is counted by the analysis (WorkMeter: characters scanned, outline nodes
// closed, copied or decided per step), not timed.
import assert from 'node:assert/strict';
import { CHUNK_SIZE } from '../../../src/core/analyze';
import type { OutlineNode } from '../../../src/core/types';
import { repeatTo, stepWork } from '../stepWorkMeter';

/** One of 256 rare Han characters: 议 and two of them make 65,536 labels that read as no person. */
const han = (i: number): string => String.fromCharCode(0x5000 + (i & 0xff));

function count(nodes: readonly OutlineNode[], kind: string): number {
  return nodes.reduce((n, x) => n + (x.kind === kind ? 1 : 0) + count(x.children, kind), 0);
}

/** A step scans one chunk (a huge line is cut at five chunk sizes at most) or handles a bounded batch of nodes. */
const STEP_BOUND = 6 * CHUNK_SIZE;
const SIZE = 1 << 20;

describe('outline: bounded work per analysis step', function () {
  this.timeout(120000);
  const turns = ['张三：我来说两句，经济运行总体平稳。', '李四：我同意，还要看下半年。', '王五：补充一点，消费在恢复。'];
  const families: ReadonlyArray<[name: string, text: string, kind: string]> = [
    // a transcript: every turn a speaker node, kept
    ['speaker turns under a title', '某某座谈会记录\n' + repeatTo(turns.join('\n') + '\n', SIZE), 'speaker'],
    // no title: every turn a root
    ['speaker turns without a title', repeatTo(turns.join('\n') + '\n', SIZE), 'speaker'],
    // questions and answers: every answerer's turn decided at the end
    ['questions and answers by name', '专访\n' + repeatTo('记者：今年经济怎么样？\n张三：总体平稳。\n', SIZE), 'answer'],
    // labels that read as no person, each said once: every turn dropped at the end, its points lifted
    ['turns that are dropped', '某某记录\n' + Array.from({ length: SIZE / 16 }, (_, i) => `议${han(i)}${han(i >> 8)}：一是加快，二是推进。`).join('\n'), 'point'],
  ];
  for (const [name, text, kind] of families) {
    it(`${name}: no step does more than ${STEP_BOUND} units of work`, () => {
      const { max, steps, analysis } = stepWork(text);
      assert.ok(count(analysis.outline, kind) > 10000, `${count(analysis.outline, kind)} ${kind} nodes`);
      assert.ok(steps > 100, `${steps} steps`);
      assert.ok(max <= STEP_BOUND, `a step did ${max} units of work`);
    });
  }
});
