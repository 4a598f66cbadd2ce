// Explanations as data (explain.ts) and their wording (explainText.ts), over docs/annotation.md's
// examples: values, magnitudes, conversions, qualifiers, 倍 readings, date bases, targets with a
// fixed clock, glossary entries and nested spans.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import {
  explain, explainAnnotation, timeBetween, type DateExplanation, type Explanation, type NumberExplanation,
  type TargetExplanation, type TermExplanation,
} from '../../src/core/explain';
import { chineseMagnitude, compactRange, explanationLines, inlineHint, scientific, type ExplanationLanguage } from '../../src/core/explainText';
import { HINT_MAX, hintsBetween, type HintRequest } from '../../src/core/inlineHints';
import { BUILTIN_GLOSSARY } from '../../src/core/glossary';
import type { AnalyzeOptions, GlossaryEntry } from '../../src/core/types';

/** Explanations at the first character of `word` in `text`. */
function at(text: string, word: string, options: AnalyzeOptions = {}, today?: string, glossary?: readonly GlossaryEntry[]): Explanation[] {
  const offset = text.indexOf(word);
  assert.ok(offset >= 0, `${word} in ${text}`);
  return explain(analyze(text, { ...options, glossary }), offset, { today, glossary });
}

function first<K extends Explanation['kind']>(list: Explanation[], kind: K): Extract<Explanation, { kind: K }> {
  const e = list.find(x => x.kind === kind);
  assert.ok(e, `a ${kind} explanation among ${list.map(x => x.kind).join(', ')}`);
  return e as Extract<Explanation, { kind: K }>;
}

const text = (e: Explanation, lang: ExplanationLanguage): string => explanationLines(e, lang).join('\n');

describe('explain: numbers', () => {
  const cases: {
    text: string; word: string; value: number | [number, number]; unit: string | null; english: string;
    conversion?: string; qualifier: string; en: string[]; zh: string[];
  }[] = [
    {
      text: '全年收入32.5万亿元。', word: '32.5万亿元', value: 3.25e13, unit: '元', english: '32.5 trillion yuan', qualifier: 'exact',
      en: ['Number · 32.5万亿元', 'Value: 32,500,000,000,000 元', 'In words: 32.5 trillion yuan', 'Kind: money'],
      zh: ['数字 · 32.5万亿元', '数值：32,500,000,000,000元', '读作：32.5万亿元', '英文：32.5 trillion yuan', '类型：金额'],
    },
    {
      text: '装机容量达到993万千瓦。', word: '993万千瓦', value: 9.93e6, unit: '千瓦', english: '9.93 million kilowatts',
      conversion: '9.93 GW', qualifier: 'exact', en: ['Converted: 9.93 GW'], zh: ['换算：9.93 GW', '读作：993万千瓦'],
    },
    {
      text: '发电量16.8亿千瓦时。', word: '16.8亿千瓦时', value: 1.68e9, unit: '千瓦时', english: '1.68 billion kilowatt-hours',
      conversion: '1.68 TWh', qualifier: 'exact', en: ['Converted: 1.68 TWh'], zh: ['换算：1.68 TWh'],
    },
    {
      text: '种植面积1500亩。', word: '1500亩', value: 1500, unit: '亩', english: '1,500 mu',
      conversion: '100 hectares', qualifier: 'exact', en: ['Converted: 100 hectares'], zh: ['换算：100 hectares'],
    },
    {
      text: '企业超过14万家。', word: '超过14万家', value: 140000, unit: '家', english: '140,000 companies', qualifier: 'above',
      en: ['In words: more than 140,000 companies', 'Value: 140,000 家'], zh: ['读作：超过14万家', '英文：more than 140,000 companies'],
    },
    {
      text: '不足1亿人。', word: '不足1亿人', value: 1e8, unit: '人', english: '100 million people', qualifier: 'below',
      en: ['In words: less than 100 million people'], zh: ['读作：不足1亿人'],
    },
    {
      text: '建成200个左右。', word: '200个左右', value: 200, unit: '个', english: '200 units', qualifier: 'approx',
      en: ['In words: about 200 units'], zh: ['读作：约200个'],
    },
    {
      text: '增长10%—15%。', word: '10%—15%', value: [10, 15], unit: '%', english: '10–15 percent', qualifier: 'range',
      en: ['Value: 10–15%', 'In words: between 10 % and 15 %', 'Change: up (an increase)'], zh: ['读作：介于10%与15%之间', '变化：上升（增加）'],
    },
    {
      text: '全年新增就业1200万人以上。', word: '1200万人以上', value: 1.2e7, unit: '人', english: '12 million people', qualifier: 'above',
      en: ['In words: at least 12 million people'], zh: ['读作：不少于1,200万人', '英文：at least 12 million people'],
    },
    {
      text: '预期目标为增长4.5%至5%。', word: '4.5%至5%', value: [4.5, 5], unit: '%', english: '4.5–5 percent', qualifier: 'range',
      en: ['In words: between 4.5 % and 5 %'], zh: ['读作：介于4.5%与5%之间'],
    },
    {
      text: '三分之一以上的企业完成改造。', word: '三分之一以上', value: 100 / 3, unit: '%', english: '33.333333 percent', qualifier: 'above',
      en: ['Value: one third (≈ 33.3 %)', 'In words: at least one third', 'Kind: percentage'], zh: ['数值：三分之一（约33.3%）', '读作：不少于三分之一'],
    },
    {
      text: '中央承担投资的3/4。', word: '3/4', value: 75, unit: '%', english: '75 percent', qualifier: 'exact',
      en: ['Value: three quarters (75 %)'], zh: ['数值：四分之三（75%）'],
    },
    {
      text: '五分之二的县完成。', word: '五分之二', value: 40, unit: '%', english: '40 percent', qualifier: 'exact',
      en: ['Value: two fifths (40 %)'], zh: ['数值：五分之二（40%）', '英文：two fifths'],
    },
    {
      text: '销量突破100万辆。', word: '突破100万辆', value: 1e6, unit: '辆', english: '1 million vehicles', qualifier: 'above',
      en: ['In words: more than 1 million vehicles'], zh: ['读作：超过100万辆'],
    },
    {
      text: '参加者上万人。', word: '上万人', value: 1e4, unit: '人', english: '10,000 people', qualifier: 'above',
      en: ['In words: 10,000 people', 'Qualifier: more than, or at least (the text does not say which)'], zh: ['限定：超过或不少于（原文未说明是否含本数）'],
    },
    {
      text: '比重下降0.5个百分点。', word: '0.5个百分点', value: 0.5, unit: '百分点', english: '0.5 percentage points', qualifier: 'exact',
      en: ['Change: down (a decrease)'], zh: ['变化：下降（减少）'],
    },
    {
      text: '居世界第二位。', word: '第二位', value: 2, unit: 'ordinal', english: '2nd', qualifier: 'exact',
      en: ['Value: No. 2', 'Kind: ordinal (rank)'], zh: ['数值：第2', '类型：序数（排名）'],
    },
  ];
  for (const c of cases) {
    it(`${c.word}: ${c.english}`, () => {
      const e: NumberExplanation = first(at(c.text, c.word), 'number');
      assert.equal(e.text, c.word);
      assert.deepEqual(e.value, c.value);
      assert.equal(e.unit, c.unit);
      assert.equal(e.english, c.english);
      assert.equal(e.qualifier, c.qualifier);
      const conv = Array.isArray(e.conversion) ? undefined : e.conversion;
      if (c.conversion) {
        assert.ok(conv, 'a conversion');
        assert.equal(`${Number(conv.value.toFixed(4))} ${conv.unit}`, c.conversion);
      } else {
        assert.equal(e.conversion, null);
      }
      const en = explanationLines(e, 'en');
      const zh = explanationLines(e, 'zh-cn');
      for (const line of c.en) { assert.ok(en.includes(line), `en has "${line}":\n${en.join('\n')}`); }
      for (const line of c.zh) { assert.ok(zh.includes(line), `zh has "${line}":\n${zh.join('\n')}`); }
    });
  }

  it('近1.1倍 after 增长: growth, +110 %, new = 2.1 × base, and the implied base in the stated unit', () => {
    const e = first(at('装机容量达到993万千瓦，同比增长近1.1倍。', '近1.1倍'), 'number');
    assert.equal(e.qualifier, 'approx');
    assert.equal(e.change, 'up');
    assert.ok(e.multiple);
    assert.equal(e.multiple.reading, 'growth');
    assert.ok(Math.abs((e.multiple.percentChange ?? 0) - 110) < 1e-9);
    assert.ok(Math.abs(e.multiple.ratioToBase - 2.1) < 1e-9);
    assert.ok(e.multiple.impliedBase);
    assert.ok(Math.abs(e.multiple.impliedBase.value - 9.93e6 / 2.1) < 1e-3);
    assert.equal(e.multiple.impliedBase.unit, '千瓦');
    assert.equal(e.multiple.impliedBase.english, '4.7286 million kilowatts');
    const en = text(e, 'en');
    assert.match(en, /Reading: growth: \+110 % \(new value = 2\.1 × base\)/);
    assert.match(en, /Implied base: ≈ 4\.7286 million kilowatts/);
    const zh = text(e, 'zh-cn');
    assert.match(zh, /倍数含义：增长：\+110 %（新值 = 基数 × 2\.1）/);
    assert.match(zh, /推算基数：≈ 472\.8571万千瓦/);
  });

  it('是…的1.1倍: multiple, 1.1 × base', () => {
    const e = first(at('出口额是去年的1.1倍。', '1.1倍'), 'number');
    assert.ok(e.multiple);
    assert.equal(e.multiple.reading, 'multiple');
    assert.equal(e.multiple.percentChange, null);
    assert.ok(Math.abs(e.multiple.ratioToBase - 1.1) < 1e-9);
    assert.match(text(e, 'en'), /Reading: multiple: 1\.1 × base/);
    assert.match(text(e, 'zh-cn'), /倍数含义：倍数：基数 × 1\.1/);
  });
});

describe('explain: dates and their basis', () => {
  const DATELINE = '（新华社北京9月2日电）2024年以来形势向好。今年上半年，收入增长。';
  const cases: { name: string; text: string; word: string; options?: AnalyzeOptions; resolved: string; basis: string; en: string; zh: string }[] = [
    {
      name: 'explicit', text: '2023年，收入增长。', word: '2023年', resolved: '2023-01-01 … 2023-12-31', basis: 'explicit',
      en: 'Resolved from: explicit in the text', zh: '解析依据：文中明示',
    },
    {
      name: 'article dateline', text: DATELINE, word: '今年上半年', resolved: '2024-01-01 … 2024-06-30', basis: 'dateline',
      en: 'Resolved from: this article’s dateline “（新华社北京9月2日电）” (2024-09-02)', zh: '解析依据：本篇电头“（新华社北京9月2日电）”（2024-09-02）',
    },
    {
      name: 'document date given without saying how', text: '截至今年7月底，装机993万千瓦。', word: '今年7月底', options: { referenceDate: '2024-09-02' },
      resolved: '2024-07-31', basis: 'document',
      en: 'Resolved from: the document date 2024-09-02, given as the reference date', zh: '解析依据：文档日期 2024-09-02，为指定的参考日期',
    },
    {
      name: 'document date from the setting', text: '截至今年7月底，装机993万千瓦。', word: '今年7月底',
      options: { referenceDate: '2024-09-02', referenceDateSetBy: 'setting' }, resolved: '2024-07-31', basis: 'document',
      en: 'Resolved from: the document date 2024-09-02, from the setting policyLens.referenceDate',
      zh: '解析依据：文档日期 2024-09-02，来自设置 policyLens.referenceDate',
    },
    {
      name: 'document date set with the command', text: '截至今年7月底，装机993万千瓦。', word: '今年7月底',
      options: { referenceDate: '2024-09-02', referenceDateSetBy: 'command' }, resolved: '2024-07-31', basis: 'document',
      en: 'Resolved from: the document date 2024-09-02, set for this file with Set Document Date…',
      zh: '解析依据：文档日期 2024-09-02，由“设置文档日期…”为本文件设定',
    },
    {
      name: 'document date given on the command line', text: '截至今年7月底，装机993万千瓦。', word: '今年7月底',
      options: { referenceDate: '2024-09-02', referenceDateSetBy: 'cli' }, resolved: '2024-07-31', basis: 'document',
      en: 'Resolved from: the document date 2024-09-02, given with --reference-date', zh: '解析依据：文档日期 2024-09-02，由 --reference-date 指定',
    },
    {
      name: 'context anchor (same period a year before)', text: '截至今年7月底，装机993万千瓦，比去年同期增长近1.1倍。', word: '去年同期',
      options: { referenceDate: '2024-09-02' }, resolved: '2023-07-31', basis: 'context',
      en: 'Resolved from: the same period a year before “今年7月底” (2024-07-31)', zh: '解析依据：“今年7月底”（2024-07-31）1年前的同期',
    },
    {
      name: 'unresolved without a document date', text: '今年上半年，收入增长。', word: '今年上半年', resolved: 'unresolved', basis: 'unresolved',
      en: 'Resolved from: unresolved: no document date found', zh: '解析依据：无法解析：未找到文档日期',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.word}`, () => {
      const e: DateExplanation = first(at(c.text, c.word, c.options), 'date');
      assert.equal(e.text, c.word);
      assert.equal(e.basis.kind, c.basis);
      const en = explanationLines(e, 'en');
      const zh = explanationLines(e, 'zh-cn');
      assert.ok(en.includes(`Resolves to: ${c.resolved}`), en.join('\n'));
      assert.ok(zh.includes(`解析为：${c.resolved === 'unresolved' ? '无法解析' : c.resolved}`), zh.join('\n'));
      assert.ok(en.includes(c.en), `"${c.en}" in\n${en.join('\n')}`);
      assert.ok(zh.includes(c.zh), `"${c.zh}" in\n${zh.join('\n')}`);
    });
  }

  it('a document date from a dateline names the dateline and the year it was completed with', () => {
    const text = '加快推进新型工业化\n2024年，工业平稳。\n本报北京9月2日讯（记者 王某）今年上半年，工业增加值增长。\n';
    const e = first(at(text, '今年上半年'), 'date');
    assert.deepEqual(e.resolved, { start: '2024-01-01', end: '2024-06-30' });
    assert.equal(e.relative, true);
    assert.equal(e.singleDay, false);
    const en = text2(e, 'en');
    assert.match(en, /Type: relative \(needs the document date\)/);
    assert.match(en, /本报北京9月2日讯/);
    assert.match(text2(e, 'zh-cn'), /本报北京9月2日讯/);
  });

  it('as-of points and single days read as one day', () => {
    const e = first(at('截至今年7月底，装机993万千瓦。', '今年7月底', { referenceDate: '2024-09-02' }), 'date');
    assert.equal(e.asOf, true);
    assert.equal(e.singleDay, true);
    assert.match(text2(e, 'en'), /As of: counted up to this day \(截至\)/);
    assert.match(text2(e, 'zh-cn'), /截至：统计截止到这一天/);
  });
});

function text2(e: Explanation, lang: ExplanationLanguage): string { return explanationLines(e, lang).join('\n'); }

describe('explain: targets with a fixed clock', () => {
  const TARGET = '力争到2027年建成200个左右高标准数字园区。';
  const cases: { today: string; en: string; zh: string }[] = [
    { today: '2026-11-27', en: 'Time left from today (2026-11-27): 1 year 1 month', zh: '距期限（自今天 2026-11-27）：还有 1年1个月' },
    { today: '2027-12-01', en: 'Time left from today (2027-12-01): 30 days', zh: '距期限（自今天 2027-12-01）：还有 30天' },
    { today: '2027-12-31', en: 'Time left from today (2027-12-31): due today', zh: '距期限（自今天 2027-12-31）：今天到期' },
    { today: '2030-03-01', en: 'Time left from today (2030-03-01): deadline passed 2 years 2 months ago', zh: '距期限（自今天 2030-03-01）：期限已过 2年2个月' },
  ];
  for (const c of cases) {
    it(`deadline 2027 seen on ${c.today}`, () => {
      const e: TargetExplanation = first(at(TARGET, '力争', { referenceDate: '2024-09-02' }, c.today), 'target');
      assert.equal(e.deadline, '2027');
      assert.deepEqual(e.deadlineRange, { start: '2027-01-01', end: '2027-12-31' });
      assert.equal(e.value, '≈200个');
      assert.equal(e.object, '高标准数字园区');
      assert.equal(e.strength, 'strive');
      const en = explanationLines(e, 'en');
      const zh = explanationLines(e, 'zh-cn');
      for (const line of ['Deadline: 2027 (by 2027-12-31)', 'Value: ≈200个', 'Object: 高标准数字园区', 'Strength: strive (力争)',
        'Time left from the document date (2024-09-02): 3 years 3 months', c.en]) {
        assert.ok(en.includes(line), `"${line}" in\n${en.join('\n')}`);
      }
      for (const line of ['期限：2027（2027-12-31 前）', '目标值：≈200个', '目标对象：高标准数字园区', '力度：力争',
        '距期限（自文档日期 2024-09-02）：还有 3年3个月', c.zh]) {
        assert.ok(zh.includes(line), `"${line}" in\n${zh.join('\n')}`);
      }
    });
  }

  it('without a clock or a document date there is no time left to tell', () => {
    const e = first(at(TARGET, '力争'), 'target');
    assert.equal(e.fromToday, null);
    assert.equal(e.fromDocumentDate, null);
  });

  const distances: { from: string; to: string; years: number; months: number; days: number; passed: boolean; totalDays: number }[] = [
    { from: '2024-09-02', to: '2027-12-31', years: 3, months: 3, days: 29, passed: false, totalDays: 1215 },
    // Month ends line up: Jan 31 + 1 month is the last day of February.
    { from: '2024-01-31', to: '2024-02-29', years: 0, months: 1, days: 0, passed: false, totalDays: 29 },
    { from: '2024-01-15', to: '2024-02-14', years: 0, months: 0, days: 30, passed: false, totalDays: 30 },
    { from: '2024-01-31', to: '2024-03-01', years: 0, months: 1, days: 1, passed: false, totalDays: 30 },
    { from: '2030-03-01', to: '2027-12-31', years: 2, months: 2, days: 1, passed: true, totalDays: -791 },
    { from: '2025-05-05', to: '2025-05-05', years: 0, months: 0, days: 0, passed: false, totalDays: 0 },
  ];
  for (const d of distances) {
    it(`timeBetween ${d.from} → ${d.to}`, () => {
      const r = timeBetween(d.from, d.to);
      assert.deepEqual({ years: r.years, months: r.months, days: r.days, passed: r.passed, totalDays: r.totalDays },
        { years: d.years, months: d.months, days: d.days, passed: d.passed, totalDays: d.totalDays });
    });
  }
});

describe('explain: terms', () => {
  it('a built-in entry: headword, English, Chinese, origin and source', () => {
    const e: TermExplanation = first(at('培育专精特新企业。', '专精特新'), 'term');
    assert.equal(e.headword, '专精特新');
    assert.ok(e.entry);
    assert.equal(e.entry.source, 'built-in');
    assert.match(e.entry.en, /^Specialized, refined, distinctive and innovative/);
    assert.match(e.entry.zh, /专业化、精细化、特色化、新颖化/);
    const en = explanationLines(e, 'en');
    assert.equal(en[0], 'Term · 专精特新');
    assert.ok(en.includes('Source: built-in glossary'), en.join('\n'));
    assert.ok(en.some(l => l.startsWith('Meaning: Specialized')));
    assert.ok(en.some(l => l.startsWith('Origin: ')));
    const zh = explanationLines(e, 'zh-cn');
    assert.equal(zh[0], '术语 · 专精特新');
    // Chinese readers get the Chinese gloss first.
    assert.ok(zh[2].startsWith('释义：专业化'), zh.join('\n'));
    assert.ok(zh.includes('来源：内置词表'));
    // …and the origin in Chinese: 出处 never stays English.
    assert.ok(zh.includes('出处：工业和信息化部自2010年代初推动；2021年起更受重视。'), zh.join('\n'));
    assert.ok(en.includes('Origin: Promoted by the Ministry of Industry and Information Technology (MIIT) since the early 2010s; prominent from 2021.'), en.join('\n'));
  });

  it('every built-in entry has its origin in Chinese, so 出处 is Chinese for a Chinese reader', () => {
    const han = /\p{Script=Han}/u;
    const missing = BUILTIN_GLOSSARY.filter(e => !e.originZh || !han.test(e.originZh)).map(e => e.term);
    assert.deepEqual(missing, []);
  });

  it('a user entry without a Chinese origin shows its origin as written', () => {
    const entry: GlossaryEntry = { term: '政策透镜词', en: 'A test entry.', zh: '测试词条。', origin: 'The team, 2026.', source: 'setting' };
    const e = first(at('发展政策透镜词。', '政策透镜词', {}, undefined, [entry]), 'term');
    assert.ok(explanationLines(e, 'zh-cn').includes('出处：The team, 2026.'));
  });

  const user: GlossaryEntry[] = [
    { term: '政策透镜词', en: 'A test entry.', zh: '测试词条。', origin: 'The team, 2026.', source: 'glossary/terms.json' },
    { term: '专精特新', en: 'Overridden in settings.', zh: '设置中的释义。', origin: 'Settings.', source: 'setting' },
    { term: '设置里的词', en: 'Inline entry.', zh: '内联词条。', origin: 'Settings.', source: 'policyLens.glossary' },
  ];
  const cases: { word: string; source: string; en: string; zh: string }[] = [
    { word: '政策透镜词', source: 'glossary/terms.json', en: 'Source: glossary file glossary/terms.json', zh: '来源：词表文件 glossary/terms.json' },
    { word: '专精特新', source: 'setting', en: 'Source: settings', zh: '来源：设置' },
    { word: '设置里的词', source: 'policyLens.glossary', en: 'Source: setting policyLens.glossary', zh: '来源：设置 policyLens.glossary' },
  ];
  for (const c of cases) {
    it(`a user entry from ${c.source} wins: ${c.word}`, () => {
      const e = first(at(`发展${c.word}。`, c.word, {}, undefined, user), 'term');
      assert.ok(e.entry);
      assert.equal(e.entry.source, c.source);
      assert.ok(explanationLines(e, 'en').includes(c.en));
      assert.ok(explanationLines(e, 'zh-cn').includes(c.zh));
    });
  }
});

describe('explain: nested spans, innermost first', () => {
  const TARGET = '力争到2027年实现专精特新“小巨人”企业数字化改造全覆盖，建成200个左右高标准数字园区。';
  const analysis = analyze(TARGET, { referenceDate: '2024-09-02' });
  const cases: { word: string; kinds: string[] }[] = [
    { word: '2027年', kinds: ['date', 'target'] },
    { word: '专精特新', kinds: ['term', 'target'] },
    { word: '200个左右', kinds: ['number', 'target'] },
    { word: '建成', kinds: ['target'] },
    { word: '。', kinds: [] },
  ];
  for (const c of cases) {
    it(`${c.word} → ${c.kinds.join(' › ') || 'nothing'}`, () => {
      const list = explain(analysis, TARGET.indexOf(c.word) + (c.word === '建成' ? 1 : 0), { today: '2026-11-27' });
      assert.deepEqual(list.map(e => e.kind), c.kinds);
      for (let i = 1; i < list.length; i++) {
        assert.ok(list[i - 1].end - list[i - 1].start <= list[i].end - list[i].start, 'innermost first');
      }
    });
  }

  it('explainAnnotation gives the same structure as explain for one annotation', () => {
    const n = analysis.numbers[0];
    assert.deepEqual(explainAnnotation('number', n, analysis), explain(analysis, n.start).find(e => e.kind === 'number'));
  });

  it('is plain data: it survives a JSON round trip unchanged', () => {
    const list = explain(analysis, TARGET.indexOf('2027年'), { today: '2026-11-27' });
    assert.deepEqual(JSON.parse(JSON.stringify(list)), list);
  });
});

describe('explain: inline hints', () => {
  // Short, never more than HINT_MAX, and nothing the text already shows (the Chinese reader reads 32.5万亿元 as written).
  const cases: { text: string; word: string; options?: AnalyzeOptions; en: string | null; zh: string | null }[] = [
    { text: '全年收入32.5万亿元。', word: '32.5万亿元', en: '= 32.5 trillion yuan', zh: null },
    { text: '全年收入616836亿元。', word: '616836亿元', en: '≈ 61.68 trillion yuan', zh: '≈ 61.68万亿元' },
    { text: '企业超过14万家。', word: '超过14万家', en: '= 140,000 companies', zh: null },
    { text: '企业超过十四万家。', word: '超过十四万家', en: '= 140,000 companies', zh: '= 14万家' },
    { text: '装机容量达到993万千瓦。', word: '993万千瓦', en: '= 9.93 GW', zh: '= 9.93 GW' },
    { text: '种植面积1500亩。', word: '1500亩', en: '= 100 hectares', zh: '= 100 hectares' },
    { text: '占比27%。', word: '27%', en: null, zh: null },
    { text: '占比三成。', word: '三成', en: '= 30 percent', zh: '= 30%' },
    { text: '三分之一以上的企业完成改造。', word: '三分之一以上', en: '≈ 33.3 %', zh: '≈ 33.3%' },
    { text: '五分之二的县完成。', word: '五分之二', en: '= 40 %', zh: '= 40%' },
    { text: '装机容量达到993万千瓦，同比增长近1.1倍。', word: '近1.1倍', en: '= +110 %', zh: '= +110 %' },
    { text: '截至今年7月底，今年上半年收入增长。', word: '今年上半年', options: { referenceDate: '2024-09-02' }, en: '= 2024 H1', zh: '= 2024年上半年' },
    { text: '截至今年7月底，收入增长。', word: '今年7月底', options: { referenceDate: '2024-09-02' }, en: '= 2024-07-31', zh: '= 2024-07-31' },
    { text: '今年三季度，收入增长。', word: '今年三季度', options: { referenceDate: '2024-11-02' }, en: '= 2024 Q3', zh: '= 2024年第三季度' },
    { text: '上月收入增长。', word: '上月', options: { referenceDate: '2024-11-02' }, en: '= 2024-10', zh: '= 2024年10月' },
    { text: '去年收入增长。', word: '去年', options: { referenceDate: '2024-11-02' }, en: '= 2023', zh: '= 2023年' },
    { text: '2023年，收入增长。', word: '2023年', en: null, zh: null },
  ];
  for (const c of cases) {
    it(`${c.word}: ${c.en ?? 'no hint'}`, () => {
      const list = at(c.text, c.word, c.options);
      assert.ok(list.length > 0);
      assert.equal(inlineHint(list[0], 'en'), c.en);
      assert.equal(inlineHint(list[0], 'zh-cn'), c.zh);
      for (const hint of [inlineHint(list[0], 'en'), inlineHint(list[0], 'zh-cn')]) { assert.ok((hint ?? '').length <= HINT_MAX, `${hint} fits`); }
    });
  }

  const ranges: [string, string, string, string][] = [
    ['2024-01-01', '2024-12-31', '2024', '2024年'],
    ['2021-01-01', '2025-12-31', '2021–2025', '2021—2025年'],
    ['2024-02-01', '2024-02-29', '2024-02', '2024年2月'],
    ['2024-07-01', '2024-12-31', '2024 H2', '2024年下半年'],
    ['2024-10-01', '2024-12-31', '2024 Q4', '2024年第四季度'],
    ['2024-01-01', '2024-05-31', '2024-01-01…2024-05-31', '2024-01-01…2024-05-31'],
    ['2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05'],
  ];
  for (const [start, end, en, zh] of ranges) {
    it(`compactRange ${start} … ${end} → ${en} · ${zh}`, () => {
      assert.equal(compactRange({ start, end }, 'en'), en);
      assert.equal(compactRange({ start, end }, 'zh-cn'), zh);
    });
  }

  const numbers: [number, string, string][] = [
    [3.25e13, '3.25×10¹³', '32.5万亿'], [1.68e9, '1.68×10⁹', '16.8亿'], [9930000, '9.93×10⁶', '993万'], [2000, '2,000', '2,000'], [0.5, '0.5', '0.5'],
  ];
  for (const [v, sci, zh] of numbers) {
    it(`${v} → ${sci} · ${zh}`, () => {
      assert.equal(scientific(v), sci);
      assert.equal(chineseMagnitude(v), zh);
    });
  }
});

describe('explain: the hints of a line', () => {
  /** Hints of the whole text as [line, the annotation's text, label]. */
  function lineHints(text: string, options: AnalyzeOptions, maxPerLine: number): [number, string, string][] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) { if (text[i] === '\n') { starts.push(i + 1); } }
    const lineOf = (offset: number): number => { let l = 0; while (l + 1 < starts.length && starts[l + 1] <= offset) { l++; } return l; };
    const analysis = analyze(text, options);
    const req: HintRequest = { from: 0, to: text.length, lang: 'en', maxPerLine, kinds: new Set(['number', 'date']), lineOf };
    const spans = [...analysis.numbers, ...analysis.dates];
    return hintsBetween(analysis, req).map(h => [lineOf(h.offset - 1), spans.find(x => x.end === h.offset)?.text ?? '?', h.label]);
  }

  it('hints a relative date once per line: 上半年 counted from 今年上半年 on the same line gets none', () => {
    const text = '今年上半年，收入增长；上半年利润增长，上半年出口增长。\n上半年，进口增长。\n';
    assert.deepEqual(lineHints(text, { referenceDate: '2024-09-02' }, 0), [[0, '今年上半年', '= 2024 H1'], [1, '上半年', '= 2024 H1']]);
  });

  it('never repeats a label on a line', () => {
    assert.deepEqual(lineHints('今年收入增长，今年利润增长。\n', { referenceDate: '2024-09-02' }, 0), [[0, '今年', '= 2024']]);
  });

  it('keeps within the line budget with whole hints only, then starts afresh on the next line', () => {
    const text = '收入三十二万亿元，利润十四万亿元，税收五万亿元，存款二百万亿元。\n税收五万亿元。\n';
    const all = lineHints(text, {}, 0);
    assert.deepEqual(all.map(([line]) => line), [0, 0, 0, 0, 1], JSON.stringify(all));
    const fitted = lineHints(text, {}, 43);
    const used = fitted.filter(([line]) => line === 0).reduce((n, [, , label]) => n + label.length, 0);
    assert.ok(used <= 43, JSON.stringify(fitted));
    assert.ok(fitted.filter(([line]) => line === 0).length < 4, 'something was left out on the first line');
    for (const hint of fitted) { assert.ok(all.some(h => h[1] === hint[1] && h[2] === hint[2]), `${hint[2]} is a whole hint`); }
    assert.deepEqual(fitted[fitted.length - 1], [1, '五万亿元', '= 5 trillion yuan'], 'the next line has its own budget');
  });
});
