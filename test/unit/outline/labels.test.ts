// Labels (src/core/outline/labelRules.ts, labels.ts, persons.ts): every label rule decides its
// own examples; labels are read at a paragraph's start as the rule book writes them
// (docs/annotation.md §4 "question", "answer", "speaker"; §8 "Press conferences").
import assert from 'node:assert/strict';
import { LABEL_RULES, labelKind, stripNumber } from '../../../src/core/outline/labelRules';
import { LabelReader } from '../../../src/core/outline/labels';
import { isNameToken, isTitledName, nameAfterTitle, personLike, personTitled } from '../../../src/core/outline/persons';

describe('outline label rules: every row decides its examples', () => {
  LABEL_RULES.forEach((rule, i) => {
    for (const example of rule.examples) {
      it(`row ${i} (${rule.kind ?? 'no label'}): ${example}`, () => {
        const first = LABEL_RULES.findIndex((r) => r.when(example));
        assert.equal(first, i, `decided by row ${first}`);
        assert.equal(labelKind(example), rule.kind);
      });
    }
  });

  it('the last row takes every label the others leave', () => {
    assert.equal(LABEL_RULES[LABEL_RULES.length - 1].when('任意'), true);
  });

  const numbers: [string, string][] = [['问题一', '问题'], ['问1', '问'], ['1问', '问'], ['答十二', '答'], ['问', '问'], ['一二三', ''], ['一、问', '问'], ['2.答', '答'], ['问、答', '问、答']];
  for (const [label, word] of numbers) {
    it(`stripNumber(${label}) = ${JSON.stringify(word)}`, () => { assert.equal(stripNumber(label), word); });
  }
});

describe('outline labels at a paragraph start', () => {
  const rows: [string, { kind: string; norm: string; content: string; colon: string } | null][] = [
    ['问：今年经济形势如何？', { kind: 'question', norm: '问', content: '今年经济形势如何？', colon: '：' }],
    ['Q: How?', { kind: 'question', norm: 'Q', content: 'How?', colon: ':' }],
    ['【答】继续推进改革。', { kind: 'answer', norm: '答', content: '继续推进改革。', colon: '' }],
    ['**记者：** 外贸形势如何？', { kind: 'question', norm: '记者', content: '外贸形势如何？', colon: '：' }],
    ['■记者：外贸形势如何？', { kind: 'question', norm: '记者', content: '外贸形势如何？', colon: '：' }],
    ['江委員啟臣：謝謝主席。', { kind: 'person', norm: '江委員啟臣', content: '謝謝主席。', colon: '：' }],
    ['主席（陳委員其邁）：請坐。', { kind: 'person', norm: '主席', content: '請坐。', colon: '：' }],
    ['国家统计局新闻发言人、国民经济综合统计司司长付凌晖：谢谢。', { kind: 'person', norm: '国家统计局新闻发言人、国民经济综合统计司司长付凌晖', content: '谢谢。', colon: '：' }],
    // 记者：张三 李四 is a byline, a field
    ['记者：张三 李四', { kind: 'field', norm: '记者', content: '张三 李四', colon: '：' }],
    ['来源：中国政府网', { kind: 'field', norm: '来源', content: '中国政府网', colon: '：' }],
    // no label: a lead-in, an addressee, a colon too far, a field in brackets, a sentence
    ['主要目标：到2025年，…', null],
    ['各省、自治区、直辖市人民政府：', null],
    ['今年以来各地区各部门认真贯彻落实党中央决策部署：', null],
    ['【来源】新华社', null],
    ['他说，问：这是什么？', null],
    // a short name label with nothing after it names no speaker unless it reads as a person
    ['加快建设：', null],
    // …and a surname makes a person (关注点一： reads as a speaker today)
    ['关注点：', { kind: 'person', norm: '关注点', content: '', colon: '：' }],
    ['王文涛：', { kind: 'person', norm: '王文涛', content: '', colon: '：' }],
  ];
  for (const [text, want] of rows) {
    it(`${text} → ${want ? want.kind : 'no label'}`, () => {
      const lab = new LabelReader(text).read(0, text.length);
      if (want === null) { assert.equal(lab, null); return; }
      assert.ok(lab);
      assert.deepEqual({ kind: lab.kind, norm: lab.norm, content: text.slice(lab.content), colon: lab.colon }, want);
    });
  }
});

describe('outline persons', () => {
  const rows: [string, boolean, boolean, boolean][] = [
    // label, personLike, personTitled, isTitledName
    ['王文涛', true, false, false],
    ['欧阳明', true, false, false],
    ['主持人', true, true, false],
    ['王部长', true, true, false],
    ['江委員啟臣', true, false, false],
    ['主要目标', false, false, false],
    ['国家统计局新闻发言人付凌晖', true, false, true],
    ['国家统计局新闻发言人、国民经济综合统计司司长付凌晖', true, false, true],
    ['會議強調、要求付凌晖', false, false, false],
    // a role word inside makes it read as a person, but no name follows the titles
    ['国家发展委员会、经济部', true, false, false],
  ];
  for (const [label, like, titled, titledName] of rows) {
    it(`${label}: personLike ${like}, personTitled ${titled}, isTitledName ${titledName}`, () => {
      assert.equal(personLike(label), like);
      assert.equal(personTitled(label), titled);
      assert.equal(isTitledName(label), titledName);
    });
  }

  it('names after titles, and name tokens', () => {
    assert.equal(nameAfterTitle('国民经济综合统计司司长付凌晖'), '付凌晖');
    assert.equal(nameAfterTitle('外交部部长助理华春莹'), '华春莹');
    assert.equal(nameAfterTitle('国家统计局新闻发言人'), null);
    assert.deepEqual(['张三', '欧阳明月', '李', '张三丰五六', 'ab'].map(isNameToken), [true, true, false, false, false]);
  });
});
