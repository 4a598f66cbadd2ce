import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import type { TargetAnnotation } from '../../src/core/types';
import { buildLedger, changeFrom, findMentions, indicatorAnnotations, indicatorNamed, indicatorStatements, metTarget, type IndicatorValue } from '../../src/core/ledger';

// Made-up sentences in the shapes work reports use (none copied from a report).
const header = (year: number): string => `${year}年某省政府工作报告\n\n——${year}年1月20日在某省人民代表大会上\n\n`;

describe('ledger: naming indicators', () => {
  const rows: [string, string[]][] = [
    // a province's or city's own GDP is a row of its own
    ['地区生产总值增长6%左右', ['grp-growth']],
    ['全省生产总值增长5%—5.5%', ['grp-growth']],
    ['单位地区生产总值二氧化碳排放下降3.8%', ['carbon-intensity']],
    ['单位地区生产总值能耗降低3%', ['energy-intensity']],
    ['规上工业增加值增长6%', ['industrial-value-added']],
    ['海洋生产总值占地区生产总值比重达到14%左右', []],
    ['国内生产总值增长7%以上', ['gdp-growth']],
    ['单位国内生产总值能耗降低4%左右', ['energy-intensity']],
    ['单位国内生产总值二氧化碳排放降低4%', ['carbon-intensity']],
    ['城镇新增就业1000万人以上，城镇调查失业率6%以内', ['urban-jobs', 'surveyed-unemployment']],
    ['居民收入增长与经济增长同步', ['household-income', 'gdp-growth']],
    ['拟安排地方政府专项债券4万亿元', ['special-bonds']],
    ['國內生產總值增長5%', ['gdp-growth']],
    // the denominator of a share names no indicator
    ['数字经济核心产业增加值占国内生产总值比重达到10%', []],
    ['研发经费投入强度（与国内生产总值之比）达到2.8%', ['rnd-intensity']],
    ['专项债券规模占一般公共预算支出的比重', ['special-bonds']],
  ];
  for (const [text, ids] of rows) {
    it(`${text} names ${ids.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(findMentions(text, 0, text.length).map((m) => m.def.id), ids);
    });
  }

  it('reads the gold-style names of indicators', () => {
    assert.equal(indicatorNamed('城镇调查失业率')?.id, 'surveyed-unemployment');
    assert.equal(indicatorNamed('赤字规模')?.id, 'deficit');
    assert.equal(indicatorNamed('一般公共预算支出规模')?.id, 'budget-expenditure');
    assert.equal(indicatorNamed('营商环境'), null);
  });
});

describe('ledger: targets and outcomes of one document', () => {
  const text = header(2031)
    + '一、2030年工作回顾\n\n'
    + '过去一年，全省经济稳中有进。国内生产总值达到8.2万亿元，增长5.6%。城镇新增就业120万人，城镇调查失业率平均为4.9%。居民消费价格上涨1.2%。主要污染物排放量继续下降，空气质量改善。\n\n'
    + '二、2031年总体要求\n\n'
    + '今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业110万人以上，城镇调查失业率5.5%以内；居民消费价格涨幅2%左右；国际收支基本平衡；粮食产量保持在700亿斤以上。\n\n'
    + '今年赤字率拟按3%安排，财政赤字比去年增加500亿元。\n';
  const a = analyze(text);
  const st = indicatorStatements(text, a);
  const of = (role: string, id: string): string | undefined => st.find((s) => s.role === role && s.def.id === id)?.value?.text;

  it('finds the document year from its date', () => {
    assert.equal(a.documentDate?.date.slice(0, 4), '2031');
  });

  const targets: [string, string | undefined][] = [
    ['gdp-growth', '5.5%左右'], ['urban-jobs', '110万人以上'], ['surveyed-unemployment', '5.5%以内'], ['cpi', '2%左右'],
    ['balance-of-payments', '基本平衡'], ['grain-output', '700亿斤以上'], ['deficit-ratio', '3%'],
    // a change from last year's deficit is no size of this year's
    ['deficit', undefined],
  ];
  for (const [id, value] of targets) {
    it(`target ${id}: ${value ?? 'none'}`, () => { assert.equal(of('target', id), value); });
  }
  const outcomes: [string, string | undefined][] = [
    // the level (8.2万亿元) is not the growth; the clause that goes on (，增长5.6%) is
    ['gdp-growth', '5.6%'], ['urban-jobs', '120万人'], ['surveyed-unemployment', '4.9%'], ['cpi', '1.2%'], ['major-pollutants', '继续下降'],
  ];
  for (const [id, value] of outcomes) {
    it(`outcome ${id}: ${value ?? 'none'}, for 2030`, () => {
      assert.equal(of('outcome', id), value);
      assert.equal(st.find((s) => s.role === 'outcome' && s.def.id === id)?.year, 2030);
    });
  }
  it('takes values exactly as the numbers recognizer reads them', () => {
    const jobs = st.find((s) => s.role === 'target' && s.def.id === 'urban-jobs');
    assert.deepEqual([jobs?.value?.value, jobs?.value?.unit, jobs?.value?.qualifier], [1100000, '人', 'above']);
    const grain = st.find((s) => s.role === 'target' && s.def.id === 'grain-output');
    assert.deepEqual([grain?.value?.value, grain?.value?.unit], [70000000000, '斤']);
  });
});

describe('ledger: a province\'s report', () => {
  // Made-up, in the shape of a provincial work report: its own GDP, a review headed by its 成就,
  // figures that moved from one level to another, five-year averages, shares and contributions.
  const text = header(2031)
    + '一、2030年主要工作和“十五五”发展成就\n\n'
    + '全省生产总值增长5.4%，规上工业增加值增长6.1%，规上工业增加值占全省比重增至70%以上。消费对经济增长贡献超五成。\n\n'
    + '五年来，全省生产总值年均增长5.8%。研发投入强度从2.7%提高到3.2%左右，常住人口城镇化率从70%提升至74%左右。\n\n'
    + '二、2031年重点工作\n\n'
    + '今年经济社会发展主要预期目标是：地区生产总值增长5%左右；单位地区生产总值二氧化碳排放下降3.5%；研发投入强度从3.2%提高到3.3%。\n';
  const a = analyze(text);
  const st = indicatorStatements(text, a);
  const values = (role: string, id: string): (string | undefined)[] => st.filter((s) => s.role === role && s.def.id === id).map((s) => s.value?.text);

  const rows: [string, string, (string | undefined)[]][] = [
    ['outcome', 'grp-growth', ['5.4%']],
    // the share of the whole (占全省比重增至70%) is no figure of the value added
    ['outcome', 'industrial-value-added', ['6.1%']],
    // a contribution to growth (贡献超五成) is no growth
    ['outcome', 'gdp-growth', []],
    // from 2.7% to 3.2%: the level reached
    ['outcome', 'rnd-intensity', ['3.2%左右']],
    ['outcome', 'urbanization', ['74%左右']],
    ['target', 'grp-growth', ['5%左右']],
    ['target', 'carbon-intensity', ['3.5%']],
    ['target', 'rnd-intensity', ['3.3%']],
  ];
  for (const [role, id, want] of rows) {
    it(`${role} ${id}: ${want.join(', ') || 'none'}`, () => { assert.deepEqual(values(role, id), want); });
  }

  it('reads the review under a heading of 成就 as the year it names', () => {
    assert.ok(st.filter((s) => s.role === 'outcome').every((s) => s.year === 2030));
  });
});

describe('ledger: the year\'s targets, not a later year\'s goals', () => {
  // A report of a five-year plan's first year sets goals for its last year (到2035年…) beside the
  // year's own; a goal over a period that runs through the year (规划期内) is in force that year.
  const text = header(2031)
    + '二、“十六五”时期主要目标\n\n到2035年，研发经费投入强度达到3.5%以上，常住人口城镇化率达到78%左右。\n\n'
    + '三、2031年重点工作\n\n今年发展主要预期目标是：国内生产总值增长5%左右；研发经费投入强度3.2%左右；能耗强度目标在“十六五”规划期内统筹考核。\n';
  const ledger = buildLedger([{ name: 'a.txt', text, analysis: analyze(text) }]);
  const target = (id: string) => ledger.rows.find((r) => r.indicator.id === id)?.cells[0].target?.value?.text;

  it('takes the year\'s target where a later goal names the same indicator first', () => { assert.equal(target('rnd-intensity'), '3.2%左右'); });
  it('leaves out an indicator only a later goal sets', () => { assert.equal(ledger.rows.find((r) => r.indicator.id === 'urbanization'), undefined); });
  it('keeps a goal over a period that runs through the year', () => { assert.ok(ledger.rows.some((r) => r.indicator.id === 'energy-intensity' && r.cells[0].target !== null)); });
  it('still records the later goal\'s indicators in the analysis', () => {
    const a = analyze(text);
    assert.ok(a.targets.some((t) => t.deadline === '2035' && (t.indicators ?? []).some((i) => i.id === 'urbanization')));
  });
});

describe('ledger: across documents', () => {
  const first = header(2031) + '今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。\n';
  const second = header(2032)
    + '一、2031年工作回顾\n\n过去一年，国内生产总值增长4.9%。城镇调查失业率平均为5.9%。居民消费价格上涨1.1%。\n\n'
    + '二、2032年总体要求\n\n今年发展主要预期目标是：国内生产总值增长4.5%—5%；城镇调查失业率5.5%左右；粮食产量1.4万亿斤以上。\n';
  const ledger = buildLedger([
    { name: 'b.txt', text: second, analysis: analyze(second) },
    { name: 'a.txt', text: first, analysis: analyze(first) },
  ]);
  const row = (id: string) => ledger.rows.find((r) => r.indicator.id === id);

  it('has one column per document, by year', () => {
    assert.deepEqual(ledger.columns, [{ year: 2031, document: 'a.txt' }, { year: 2032, document: 'b.txt' }]);
  });
  it('puts the later review beside the target it reports on, and judges it', () => {
    const gdp = row('gdp-growth');
    assert.equal(gdp?.cells[0].target?.value?.text, '5%左右');
    assert.equal(gdp?.cells[0].outcome?.value?.text, '4.9%');
    assert.equal(gdp?.cells[0].outcome?.document, 'b.txt');
    assert.equal(gdp?.cells[0].met, true); // within the tolerance of an approximate floor
    assert.equal(gdp?.cells[1].change, 'lowered');
    const jobless = row('surveyed-unemployment');
    assert.equal(jobless?.cells[0].met, false); // 5.9 over a ceiling of about 5.5 by more than the tolerance
    assert.equal(jobless?.cells[1].change, 'unchanged');
    assert.equal(row('cpi')?.cells[1].change, 'dropped');
    assert.equal(row('grain-output')?.cells[1].change, 'new');
  });
});

describe('ledger: values compared', () => {
  const v = (value: number | [number, number] | null, unit: string | null, qualifier: IndicatorValue['qualifier'], text = ''): IndicatorValue => ({ value, unit, qualifier, text, start: 0, end: 0 });
  const changes: [IndicatorValue | null, IndicatorValue | null, string][] = [
    [v(5, '%', 'approx'), v([4.5, 5], '%', 'range'), 'lowered'],
    [v(5, '%', 'approx'), v(5, '%', 'approx'), 'unchanged'],
    [v(5, '%', 'approx'), v(5, '%', 'above'), 'reworded'],
    [v(1.1e7, '人', 'above'), v(1.2e7, '人', 'above'), 'raised'],
    [null, v(3, '%', 'exact'), 'new'],
    [v(3, '%', 'exact'), null, 'dropped'],
    [v(null, null, null, '基本平衡'), v(null, null, null, '保持基本平衡'), 'reworded'],
  ];
  for (const [a, b, want] of changes) {
    it(`${a?.value ?? a?.text ?? '∅'} → ${b?.value ?? b?.text ?? '∅'}: ${want}`, () => { assert.equal(changeFrom(a, b), want); });
  }
  const gdp = indicatorNamed('国内生产总值增长');
  const cpi = indicatorNamed('居民消费价格涨幅');
  const special = indicatorNamed('地方政府专项债券');
  it('judges floors, ceilings and budget sizes', () => {
    assert.ok(gdp && cpi && special);
    assert.equal(metTarget(gdp, v(6, '%', 'above'), v(6.1, '%', 'exact')), true);
    assert.equal(metTarget(gdp, v(6, '%', 'above'), v(5.9, '%', 'exact')), false);
    assert.equal(metTarget(gdp, v([6, 6.5], '%', 'range'), v(6.1, '%', 'exact')), true);
    assert.equal(metTarget(cpi, v(3, '%', 'approx'), v(0.9, '%', 'exact')), true);
    assert.equal(metTarget(cpi, v(3, '%', 'approx'), v(3.4, '%', 'exact')), false);
    assert.equal(metTarget(special, v(3e12, '元', 'exact'), v(3e12, '元', 'exact')), null);
    assert.equal(metTarget(gdp, v(6, '%', 'above'), v(null, null, null, '平稳')), null);
  });
});

describe('ledger: indicators recorded in the analysis', () => {
  const text = header(2041)
    + '一、2040年工作回顾\n\n过去一年，全市生产总值平稳增长。国内生产总值增长4.1%。居民消费价格下降0.3%。\n\n'
    + '二、2041年目标\n\n今年拟安排地方政府专项债券900亿元，比去年增加50亿元，中央预算内投资安排120亿元。力争城镇新增就业30万人以上。\n';
  const a = analyze(text);
  const withIndicators = a.targets.filter((t) => t.indicators?.some((i) => i.id === 'special-bonds'));

  it('gives each target the indicators of its clause and of the rest of its paragraph, up to the next target', () => {
    // the targets given by hand, so that the rule is tested whatever the target recognizer finds
    const paragraph = '今年拟安排地方政府专项债券900亿元，比去年增加50亿元，中央预算内投资安排120亿元。力争城镇新增就业30万人以上。';
    const t = header(2041) + paragraph + '\n';
    const parts = analyze(t);
    const target = (from: string, to: string): TargetAnnotation => {
      const start = t.indexOf(from);
      const end = t.indexOf(to) + to.length;
      return { start, end, text: t.slice(start, end), deadline: '2041', value: null, object: null, strength: 'plan' };
    };
    const ids = (targets: TargetAnnotation[]): string[][] => {
      const byTarget = indicatorAnnotations(t, { ...parts, targets }).byTarget;
      return targets.map((_, k) => (byTarget.get(k) ?? []).map((i) => `${i.id}=${i.value?.text ?? '∅'}`));
    };
    assert.deepEqual(ids([target('拟安排', '900亿元')]), [['special-bonds=900亿元', 'central-investment=120亿元', 'urban-jobs=30万人以上']]);
    assert.deepEqual(ids([target('拟安排', '900亿元'), target('力争', '30万人以上')]), [['special-bonds=900亿元', 'central-investment=120亿元'], ['urban-jobs=30万人以上']]);
    assert.deepEqual(ids([target('拟安排', '900亿元'), target('中央预算内投资', '120亿元'), target('力争', '30万人以上')]),
      [['special-bonds=900亿元'], ['central-investment=120亿元'], ['urban-jobs=30万人以上']]);
  });
  it('takes a goal in words only for indicators that may be set in words', () => {
    // targets given by hand, as above; jobs are set by a figure, poverty may be set in words
    const t = `${header(2041)}今年全市农村贫困人口全部脱贫，贫困村全部出列；城镇新增就业稳步增加；国际收支基本平衡。\n`;
    const parts = analyze(t);
    const targets = ['农村贫困人口全部脱贫', '城镇新增就业稳步增加', '国际收支基本平衡'].map((s): TargetAnnotation => {
      const start = t.indexOf(s);
      return { start, end: start + s.length, text: s, deadline: '2041', value: null, object: null, strength: 'target' };
    });
    const byTarget = indicatorAnnotations(t, { ...parts, targets }).byTarget;
    assert.deepEqual(targets.map((_, k) => (byTarget.get(k) ?? []).map((i) => `${i.id}=${i.value?.text ?? '∅'}`)),
      [['rural-poverty=全部脱贫'], [], ['balance-of-payments=基本平衡']]);
  });
  it('gives coordinated indicators the predicate they share (A和B继续下降), not the words between them', () => {
    const t = `${header(2045)}今年单位国内生产总值能耗和主要污染物排放量持续下降，国际收支保持基本平衡。\n`;
    const parts = analyze(t);
    const targets = ['单位国内生产总值能耗和主要污染物排放量持续下降', '国际收支保持基本平衡'].map((s): TargetAnnotation => {
      const start = t.indexOf(s);
      return { start, end: start + s.length, text: s, deadline: '2045', value: null, object: null, strength: 'target' };
    });
    const byTarget = indicatorAnnotations(t, { ...parts, targets }).byTarget;
    assert.deepEqual(targets.map((_, k) => (byTarget.get(k) ?? []).map((i) => `${i.id}=${i.value?.text ?? '∅'}`)),
      [['energy-intensity=持续下降', 'major-pollutants=持续下降'], ['balance-of-payments=保持基本平衡']]);
  });
  it('records where the indicator is named, and its canonical names', () => {
    const i = withIndicators[0].indicators?.[0];
    assert.equal(text.slice(i?.start, i?.end), '地方政府专项债券');
    assert.deepEqual([i?.name, i?.en], ['地方政府专项债券', 'local government special-purpose bonds']);
    assert.equal(text.slice(i?.value?.start, i?.value?.end), '900亿元');
  });
  it('records the outcomes of the review, spanning the naming through the figure, a fall as negative', () => {
    assert.deepEqual(a.outcomes?.map((o) => [o.indicator.id, o.text, o.year, o.value.value]), [
      ['gdp-growth', '国内生产总值增长4.1%', 2040, 4.1],
      ['cpi', '居民消费价格下降0.3%', 2040, -0.3],
    ]);
  });
  it('leaves outcomes out of an analysis without any, and indicators out of targets that name none', () => {
    const plain = analyze('力争到2030年建成100个示范园区。');
    assert.equal(plain.outcomes, undefined);
    assert.equal(plain.targets[0].indicators, undefined);
  });
  // Its time is measured by the bench (the whole analysis, indicator step included), never here.
  it('reads a long run of targets on one line: the same indicators in every repeat', function () {
    this.timeout(60000);
    const clause = '今年赤字率拟按3%安排，专项债券拟安排3万亿元，中央预算内投资安排7000亿元。';
    const count = (n: number): number => {
      const t = header(2041) + clause.repeat(n);
      return [...indicatorAnnotations(t, analyze(t)).byTarget.values()].reduce((sum, list) => sum + list.length, 0);
    };
    const one = count(1);
    assert.ok(one > 0);
    assert.equal(count(4000), one * 4000);
  });
});
