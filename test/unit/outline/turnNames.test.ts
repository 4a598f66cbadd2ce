// The names of turns (src/core/outline/turnNames.ts; docs/annotation.md §4 "question", "answer",
// "speaker"; §8 "Press conferences"): a question by the clause that asks, an answer by its first
// clause past courtesy openers, a speaker by the label — a long titled one name first. No name
// ends in a colon.
import assert from 'node:assert/strict';
import { LabelReader } from '../../../src/core/outline/labels';
import { answerClause, askedClause, speakerLabel, turnName, type TurnKind } from '../../../src/core/outline/turnNames';

/** The name of the turn `kind` opened by the label at the start of `line` (the text after it, or `next` when none). */
function nameOf(line: string, kind: TurnKind, next?: string): string {
  const text = next === undefined ? line : `${line}\n${next}`;
  const lab = new LabelReader(text).read(0, line.length);
  assert.ok(lab, `a label in ${line}`);
  const [from, to] = lab.content < line.length || next === undefined ? [lab.content, line.length] : [line.length + 1, text.length];
  return turnName(text, lab, kind, from, to).name;
}

describe('outline turn names', () => {
  const rows: [string, TurnKind, string, string?][] = [
    // a question by the clause that asks: a question word, else the clause before ？, else the first
    ['问：今年经济形势如何？', 'question', '问：今年经济形势如何'],
    ['记者：消费市场持续回暖。今年以来，商务部出台了哪些措施，推动消费升级？', 'question', '记者：商务部出台了哪些措施'],
    ['问：全会提出完善某某机制，下一步将怎样推进落实？', 'question', '问：下一步将怎样推进落实'],
    ['问：请介绍今年的工作安排，重点在哪？', 'question', '问：重点在哪'],
    ['记者：请介绍今年的工作安排。', 'question', '记者：请介绍今年的工作安排'],
    ['【问】如何理解？', 'question', '【问】如何理解'],
    ['问 ：今年如何？', 'question', '问：今年如何'],
    // a label alone on its line: named by the next line; with nothing to name it by, no colon
    ['记者：', 'question', '记者：今年经济运行如何', '今年经济运行如何？请谈谈看法。'],
    ['问：', 'question', '问'],
    ['王文涛：', 'answer', '王文涛'],
    // an answer: its first clause, past courtesy openers
    ['答：总体平稳，稳中有进。', 'answer', '答：总体平稳'],
    ['王文涛：谢谢你的提问。今年以来，消费持续恢复。', 'answer', '王文涛：今年以来'],
    ['罗建平：', 'answer', '罗建平：下面介绍上半年经济运行情况', '女士们、先生们，媒体朋友们，上午好！下面介绍上半年经济运行情况。'],
    ['王文涛：谢谢。', 'answer', '王文涛：谢谢'],
    // an answerer's long titled label: the name alone
    ['国家统计局新闻发言人、国民经济综合统计司司长付凌晖：今年经济运行总体平稳。', 'answer', '付凌晖：今年经济运行总体平稳'],
    // a speaker: the label as written; a long titled one name first, then the titles, cut at 30 in the titles
    ['江委員啟臣：請問部長。', 'speaker', '江委員啟臣'],
    ['国家统计局新闻发言人、国民经济综合统计司司长付凌晖：大家好。', 'speaker', '付凌晖 · 国家统计局新闻发言人、国民经济综合统计司司长'],
    ['国家发展和改革委员会新闻发言人、国民经济综合司司长、政策研究室主任罗建平：大家好。', 'speaker', '罗建平 · 国家发展和改革委员会新闻发言人、国民经济综合司司'],
    ['主持人邢晓雯：请提问。', 'speaker', '主持人邢晓雯'],
  ];
  for (const [line, kind, want, next] of rows) {
    it(`${kind} ${line}${next ? ' / ' + next : ''} → ${want}`, () => {
      const name = nameOf(line, kind, next);
      assert.equal(name, want);
      assert.ok(!name.endsWith('：') && name.length <= 30 + 10, name);
    });
  }

  it('the clause finders stay inside the text they are given', () => {
    const t = '谢谢。';
    assert.equal(answerClause(t, 0, t.length), 0, 'an opener with nothing after it names the answer');
    assert.equal(askedClause('', 0, 0), 0);
    assert.equal(askedClause('，，', 0, 2), 2, 'no clause at all: the end');
  });

  it('a speaker label without titles is as written, emphasis and brackets left out', () => {
    const text = '**陳其邁**：現在開會。';
    const lab = new LabelReader(text).read(0, text.length);
    assert.ok(lab);
    assert.equal(speakerLabel(text, lab), '陳其邁');
  });
});
