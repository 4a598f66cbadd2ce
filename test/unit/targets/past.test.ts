// Clauses that are not goals (src/core/targets/past.ts, rules.ts): reports of the past and the
// rules of a regulation in force.
import { strict as assert } from 'node:assert';
import { isPast } from '../../../src/core/targets/past';
import { isArticle, statesRule } from '../../../src/core/targets/rules';

describe('targets: past reports and rules in force', () => {
  const pastRows: [string, boolean][] = [
    ['已经建成200个园区', true],
    ['累计完成投资1万亿元', true],
    ['全国建成了5G基站', true],
    ['2020年以来，新增就业', true],
    // Past words inside other words, and comparisons with last year.
    ['不得已而为之', false],
    ['比上年增加1000亿元', false],
    ['较去年提高2个百分点', false],
    // Perfective 了 after the first character; not in 为了, 了解, 除了.
    ['交给了地方', true],
    ['为了实现目标', false],
    ['深入了解情况', false],
    ['了解情况', false],
    ['建成200个园区', false],
  ];
  for (const [text, want] of pastRows) {
    it(`isPast ${text}`, () => { assert.equal(isPast(text, 0, text.length), want); });
  }

  it('a past word must end within the span', () => {
    assert.equal(isPast('已经', 0, 1), true, '已 alone is a past word');
    assert.equal(isPast('建成了', 0, 2), false, '了 outside the span');
  });

  const ruleRows: [string, boolean][] = [['本办法自2025年1月1日起施行', true], ['起实施', true], ['实施计划', false], ['定额扣除', true]];
  for (const [text, want] of ruleRows) {
    it(`statesRule ${text}`, () => { assert.equal(statesRule(text, 0, text.length), want); });
  }

  const articleRows: [string, boolean][] = [
    ['第五条 本办法…', true], ['第十二条', true], ['第一百零三条', true], ['第12条', true], ['第１２條', true],
    // Other numerals the kernel reads as digits: 第贰条, 第兩條.
    ['第贰条', true], ['第兩條', true],
    ['第一', false], ['第条', false], ['第一季度', false], ['第一百二十三四五六七条', false],
  ];
  for (const [text, want] of articleRows) {
    it(`isArticle ${text}`, () => { assert.equal(isArticle(text, 0, text.length), want); });
  }
});
