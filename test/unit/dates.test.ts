import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DateResolver, VAGUE_TIMES, findDocumentDate, scanDates } from '../../src/core/dates';
import { chunkBoundaries } from '../../src/core/analyze';
import { profileDocument } from '../../src/core/profile';
import fc from 'fast-check';
import type { DateAnnotation } from '../../src/core/types';

/** Scans and resolves a text with the given document date (as the setting). */
function annotate(text: string, referenceDate: string | null = '2024-09-02'): DateAnnotation[] {
  const raws = scanDates(text, 0, text.length, profileDocument(text));
  const dd = findDocumentDate(text, raws, referenceDate === null ? {} : { referenceDate });
  const r = new DateResolver(text, dd);
  return raws.flatMap((x) => r.resolve(x) ?? []);
}

type Row = [text: string, span: string, start: string | null, end?: string | null];

function check(rows: readonly Row[], ref = '2024-09-02'): void {
  for (const [text, span, start, end] of rows) {
    it(`${text} → ${span} = ${start ?? 'null'}${end && end !== start ? ' … ' + end : ''}`, () => {
      const ds = annotate(text, ref);
      const d = ds.find((x) => x.text === span);
      assert.ok(d, `no date ${span} in ${JSON.stringify(ds.map((x) => x.text))}`);
      assert.equal(d.start, text.indexOf(span));
      if (start === null) { assert.equal(d.resolved, null); return; }
      assert.deepEqual(d.resolved, { start, end: end ?? start });
    });
  }
}

describe('dates: docs/annotation.md §2 table (document date 2024-09-02)', () => {
  check([
    ['2023年，我国数字产业实现收入32.5万亿元', '2023年', '2023-01-01', '2023-12-31'],
    ['9月2日举办首场吹风会', '9月2日', '2024-09-02'],
    ['8月2日上午，浙江省杭州', '8月2日上午', '2024-08-02'],
    ['今年上半年，我国制造业增加值', '今年上半年', '2024-01-01', '2024-06-30'],
    ['截至今年7月底，全市已建成', '今年7月底', '2024-07-31'],
    ['今年前7个月建成并网517万千瓦', '今年前7个月', '2024-01-01', '2024-07-31'],
    ['截至去年底，中国对非直接投资存量', '去年底', '2023-12-31'],
    ['截至今年7月底，装机993万千瓦，较去年同期增长近1.1倍', '去年同期', '2023-07-31'],
    ['据介绍，11年来，中非合作', '11年来', '2013-09-02', '2024-09-02'],
    ['中国已经连续15年稳居非洲第一大贸易伙伴国地位', '连续15年', '2009-09-02', '2024-09-02'],
    ['二〇二四年九月二日', '二〇二四年九月二日', '2024-09-02'],
    ['２０２４年', '２０２４年', '2024-01-01', '2024-12-31'],
    ['力争到2027年建成200个左右高标准数字园区', '2027年', '2027-01-01', '2027-12-31'],
    ['“十四五”时期', '“十四五”时期', '2021-01-01', '2025-12-31'],
  ]);

  it('marks as-of, part of day and relativity', () => {
    const [a] = annotate('截至今年7月底，全市');
    assert.equal(a.asOf, true);
    assert.equal(a.relative, true);
    const [b] = annotate('8月2日上午，');
    assert.equal(b.partOfDay, '上午');
    const [c] = annotate('2018年12月13日');
    assert.equal(c.relative, false);
    assert.deepEqual(c.basis, { kind: 'explicit' });
  });
});

describe('dates: §7 hard cases', () => {
  check([
    ['上半年，全国居民人均可支配收入18463元，比上年同期名义增长4.7%', '上年同期', '2023-01-01', '2023-06-30'],
    ['国家统计局7月15日公布，6月份国房景气指数由上月的95.6%下降至95.4%', '上月', '2024-05-01', '2024-05-31'],
    ['6月份，失业率为5.3%。相比于5月份，16-24岁人口的失业率由上月的18.4%上升至19.3%。', '上月', '2024-05-01', '2024-05-31'],
    ['今年以来，一系列楼市利好政策陆续出台', '今年以来', '2024-01-01', '2024-09-02'],
    ['二季度以来，我国经济遭遇冲击', '二季度以来', '2024-04-01', '2024-09-02'],
    ['进入7月以来，多个城市成交量回落', '7月以来', '2024-07-01', '2024-09-02'],
    ['这至少是近5年以来的最低水平', '近5年以来', '2019-09-02', '2024-09-02'],
    ['年内完成', '年内', '2024-09-02', '2024-12-31'],
    ['新中国成立40多年来', '40多年来', null],
    ['“12·21”事故', '“12·21”', '2023-12-21'],
    ['2024年中非合作论坛峰会', '2024年', '2024-01-01', '2024-12-31'],
    ['下半年和三、四季度', '三、四季度', '2024-07-01', '2024-12-31'],
    ['7、8、9三个月连续增长', '7、8、9三个月', '2024-07-01', '2024-09-30'],
    ['5、6月份连续回落', '5、6月份', '2024-05-01', '2024-06-30'],
    ['7月首周（7.4—7.10）', '7.4—7.10', '2024-07-04', '2024-07-10'],
    ['7月首周（7.4—7.10）', '7月首周', '2024-07-01', '2024-07-07'],
    ['“十四五”规划', '“十四五”', '2021-01-01', '2025-12-31'],
    ['“十三五”时期', '“十三五”时期', '2016-01-01', '2020-12-31'],
    ['“十五五”时期', '“十五五”时期', '2026-01-01', '2030-12-31'],
    ['到“十四五”末', '“十四五”末', '2025-01-01', '2025-12-31'],
    ['十三五期间', '十三五期间', '2016-01-01', '2020-12-31'],
    ['一季度', '一季度', '2024-01-01', '2024-03-31'],
    ['第一季度', '第一季度', '2024-01-01', '2024-03-31'],
    ['前三季度', '前三季度', '2024-01-01', '2024-09-30'],
    ['下半年压力不小', '下半年', '2024-07-01', '2024-12-31'],
    ['于去年6月并网发电', '去年6月', '2023-06-01', '2023-06-30'],
    ['6月份', '6月份', '2024-06-01', '2024-06-30'],
    ['1—7月，全国规模以上工业增加值', '1—7月', '2024-01-01', '2024-07-31'],
    ['2021—2025年', '2021—2025年', '2021-01-01', '2025-12-31'],
    ['9月15日至20日', '9月15日至20日', '2024-09-15', '2024-09-20'],
    ['今年年底前完成', '今年年底', '2024-12-31'],
    ['年初以来', '年初以来', '2024-01-01', '2024-09-02'],
    ['去年12月以来', '去年12月以来', '2023-12-01', '2024-09-02'],
    ['12月以来', '12月以来', '2023-12-01', '2024-09-02'],
  ]);

  it('a day after a dateline takes its month: 本报北京9月2日讯…新闻中心2日举办', () => {
    const text = '本报北京9月2日讯(记者)2024年中非合作论坛峰会新闻中心2日举办首场吹风会';
    const ds = annotate(text, null);
    assert.deepEqual(ds.map((d) => d.text), ['9月2日', '2024年', '2日']);
    assert.deepEqual(ds[2].resolved, { start: '2024-09-02', end: '2024-09-02' });
  });

  it('a look-back paragraph gives its year to 全年, 年末, month-days and 上年', () => {
    const text = '过去一年，经济增长3%。全年粮食产量稳定，年末人口减少。3月5日会议召开，比上年增长。\n今年增长5%。';
    const ds = annotate(text, '2023-03-05');
    const by = (s: string) => ds.find((d) => d.text === s)?.resolved;
    assert.deepEqual(by('过去一年'), { start: '2022-01-01', end: '2022-12-31' });
    assert.deepEqual(by('全年'), { start: '2022-01-01', end: '2022-12-31' });
    assert.deepEqual(by('年末'), { start: '2022-12-31', end: '2022-12-31' });
    assert.deepEqual(by('3月5日'), { start: '2022-03-05', end: '2022-03-05' });
    assert.deepEqual(by('上年'), { start: '2021-01-01', end: '2021-12-31' });
    assert.deepEqual(by('今年'), { start: '2023-01-01', end: '2023-12-31' });
  });

  it('a paragraph that opens with an explicit year sets the year for its bare months', () => {
    const ds = annotate('2022年，我们召开会议。10月，增长加快。\n11月，继续增长。', '2023-03-05');
    assert.deepEqual(ds.map((d) => [d.text, d.resolved?.start]), [['2022年', '2022-01-01'], ['10月', '2022-10-01'], ['11月', '2023-11-01']]);
  });

  it('a look-back heading (…统计公报, 2022年工作回顾) sets the year under review', () => {
    const text = '中华人民共和国2024年国民经济和社会发展统计公报\n\n初步核算，全年国内生产总值增长5.0%。年末全国人口减少，比上年末减少139万人。';
    const ds = annotate(text, '2025-02-28');
    const by = (s: string) => ds.find((d) => d.text === s)?.resolved?.start;
    assert.equal(by('全年'), '2024-01-01');
    assert.equal(by('年末'), '2024-12-31');
    assert.equal(by('上年末'), '2023-12-31');
  });

  it('前5月 (without 个) is the first five months, and 去年同期 compares with it', () => {
    const ds = annotate('今年前5月出口總值為1,764億美元，較去年同期減少20.4%。', '2023-06-15');
    assert.deepEqual(ds.map((d) => [d.text, d.resolved?.start, d.resolved?.end]), [
      ['今年前5月', '2023-01-01', '2023-05-31'], ['去年同期', '2022-01-01', '2022-05-31'],
    ]);
  });

  it('a bulletin title gives its year to the whole document, across its chapters (一、综合 … 三、能源)', () => {
    const text = '中华人民共和国2023年国民经济和社会发展统计公报\n\n一、综合\n\n全年国内生产总值增长5.2%。\n\n二、农业\n\n全年粮食产量比上年增加。\n\n三、能源\n\n年末装机容量比上年末增长。';
    const ds = annotate(text, '2024-02-29');
    assert.deepEqual(ds.map((d) => [d.text, d.resolved?.start]), [
      ['2023年', '2023-01-01'], ['全年', '2023-01-01'], ['全年', '2023-01-01'], ['上年', '2022-01-01'], ['年末', '2023-12-31'], ['上年末', '2022-12-31'],
    ]);
  });

  it('a look-back chapter (一、过去一年…工作回顾) lasts until the next chapter', () => {
    const text = '一、过去一年工作回顾\n\n一年来，我们主要做了以下工作。5月，国务院部署。全年粮食产量1.37万亿斤，比上年增加。\n\n二、今年政府工作建议\n\n全年增长5%左右。';
    const ds = annotate(text, '2023-03-05');
    assert.deepEqual(ds.map((d) => [d.text, d.resolved?.start]), [
      ['过去一年', '2022-01-01'], ['一年来', '2022-03-05'], ['5月', '2022-05-01'], ['全年', '2022-01-01'], ['上年', '2021-01-01'],
      ['今年', '2023-01-01'], ['全年', '2023-01-01'],
    ]);
  });

  it('per-article datelines: relative dates resolve against their own article', () => {
    const text = '第一篇\n\n正文今年以来增长。2021年数据。\n(新华社北京9月2日电)\n第二篇\n\n新华社上海3月5日电 今年以来，增长。';
    const ds = annotate(text, null);
    const since = ds.filter((d) => d.text === '今年以来');
    assert.equal(since.length, 2);
    assert.deepEqual(since[0].resolved, { start: '2021-01-01', end: '2021-09-02' });
    assert.deepEqual(since[1].resolved, { start: '2021-01-01', end: '2021-03-05' });
    assert.equal(since[1].basis?.kind, 'dateline');
  });

  it('a relative date without a document date is still a date, unresolved', () => {
    const ds = annotate('今年以来，增长。6月，回落。', null);
    assert.deepEqual(ds.map((d) => [d.text, d.resolved]), [['今年以来', null], ['6月', null]]);
    assert.equal(ds[0].basis?.kind, 'unresolved');
  });
});

describe('dates: forms', () => {
  check([
    ['二〇〇四年一月十六日', '二〇〇四年一月十六日', '2004-01-16'],
    ['二○二三年十二月三十一日', '二○二三年十二月三十一日', '2023-12-31'],
    ['２０２４年９月２日', '２０２４年９月２日', '2024-09-02'],
    ['民國97年2月1日院總第1574號', '民國97年2月1日', '2008-02-01'],
    ['民國97年民進黨所提出的版本', '民國97年', '2008-01-01', '2008-12-31'],
    ['中華民國101年6月6（星期三）上午9時7分', '中華民國101年6月6（星期三）', '2012-06-06'],
    ['民國紀錄：70年10月19日發布', '70年10月19日', '1981-10-19'],
    ['民國機關102年度預算', '102年度', '2013-01-01', '2013-12-31'],
    ['2023年上半年', '2023年上半年', '2023-01-01', '2023-06-30'],
    ['2023年第三季度', '2023年第三季度', '2023-07-01', '2023-09-30'],
    ['2023年底', '2023年底', '2023-12-31'],
    ['2013年以来', '2013年以来', '2013-01-01', '2024-09-02'],
    ['自2019年1月1日起施行', '2019年1月1日', '2019-01-01'],
    ['本年度', '本年度', '2024-01-01', '2024-12-31'],
    ['前年', '前年', '2022-01-01', '2022-12-31'],
    ['明年', '明年', '2025-01-01', '2025-12-31'],
    ['11月中旬', '11月中旬', '2024-11-11', '2024-11-20'],
    ['十年来', '十年来', '2014-09-02', '2024-09-02'],
    ['近两年来', '近两年来', '2022-09-02', '2024-09-02'],
    ['发布时间：2024-09-02 10:30', '2024-09-02', '2024-09-02'],
    ['2024.9.2', '2024.9.2', '2024-09-02'],
    ['2024/09/02', '2024/09/02', '2024-09-02'],
    ['上世纪90年代', '上世纪90年代', '1990-01-01', '1999-12-31'],
    ['80年代', '80年代', '1980-01-01', '1989-12-31'],
    ['八十年代', '八十年代', '1980-01-01', '1989-12-31'],
    ['1980年代', '1980年代', '1980-01-01', '1989-12-31'],
    ['二季度末', '二季度末', '2024-06-30'],
    ['2023年四季度末', '2023年四季度末', '2023-12-31'],
    ['6月末外汇储备32224亿美元，比上月末增加', '上月末', '2024-05-31'],
    ['比上一年增长', '上一年', '2023-01-01', '2023-12-31'],
    ['7·20特大暴雨', '7·20', '2024-07-20'],
    ['一至三季度', '一至三季度', '2024-01-01', '2024-09-30'],
    ['今年1—7月', '今年1—7月', '2024-01-01', '2024-07-31'],
    ['9月1日，新闻中心2日上午举办', '2日上午', '2024-09-02'],
  ]);
});

describe('dates: text hard-wrapped at one width, as pasted from a PDF (docs/annotation.md §8)', () => {
  // Lines cut at 24 characters, whatever they end with; a date may be broken across a line.
  const filler = '职业教育与普通教育是两种不同教育类型，具有同等重要地位。各地要把发展职业教育摆在更加突出的位置，' +
    '完善招生机制，推进产教融合，健全多元办学格局，提高技术技能人才培养质量，服务经济社会发展。';
  const prose = filler + '自2019年开始，围绕现代农业、先进制造业开展试点，到2022年基本建成制度体系，' +
    '从2021年9月起全面推行，并于2022年5月10日前完成评估。' + filler;
  /** Cuts text into lines of `width` characters, never inside a run of digits (a PDF keeps 2019 whole). */
  const wrap = (text: string, width: number): string => {
    const lines: string[] = [];
    let start = 0;
    while (start < text.length) {
      let end = Math.min(text.length, start + width);
      while (end < text.length && end > start + 1 && /[0-9]/.test(text[end]) && /[0-9]/.test(text[end - 1])) { end--; }
      lines.push(text.slice(start, end));
      start = end;
    }
    return lines.join('\n');
  };

  for (const width of [24, 25, 26, 27, 28]) {
    it(`cut at ${width}: the same dates as the unbroken text, each one span across its break`, () => {
      const wrapped = wrap(prose.repeat(2), width);
      assert.ok(profileDocument(wrapped).layout.wrapWidth > 0, 'not read as hard-wrapped');
      const dates = annotate(wrapped);
      const flat = annotate(prose.repeat(2));
      assert.deepEqual(dates.map((d) => d.text.replace(/\n/g, '')), flat.map((d) => d.text));
      assert.deepEqual(dates.map((d) => d.resolved), flat.map((d) => d.resolved));
    });
  }

  it('a line break inside a date joins it only in hard-wrapped text', () => {
    assert.deepEqual(annotate('正文自2019\n年开始实施。').map((d) => d.text), []);
    const broken = [24, 25, 26, 27, 28].flatMap((w) => annotate(wrap(prose.repeat(2), w)).filter((d) => d.text.includes('\n')).map((d) => d.text));
    assert.ok(broken.length >= 3, `dates broken across a line: ${JSON.stringify(broken)}`);
  });
});

describe('dates: ranges across months and years are one date (docs/annotation.md §7)', () => {
  check([
    ['经查，2020年9月至2021年5月，该团伙控制账户交易', '2020年9月至2021年5月', '2020-09-01', '2021-05-31'],
    ['2021年3月—2022年1月', '2021年3月—2022年1月', '2021-03-01', '2022-01-31'],
    ['9月至12月开展专项整治', '9月至12月', '2024-09-01', '2024-12-31'],
    ['元旦：2018年12月30日至2019年1月1日放假调休', '2018年12月30日至2019年1月1日', '2018-12-30', '2019-01-01'],
    ['2023年11月28日至12月3日举办', '2023年11月28日至12月3日', '2023-11-28', '2023-12-03'],
  ]);
  const rows: ReadonlyArray<[text: string, dates: string[]]> = [
    // A deadline's end or a year alone after 至 is no range of months.
    ['9月至12月底完成', ['9月', '12月底']],
    ['2020年9月至2021年', ['2020年9月', '2021年']],
    // A second month before the first is no range.
    ['9月至3月', ['9月', '3月']],
  ];
  for (const [text, dates] of rows) {
    it(`${text} → ${dates.join(' · ')}`, () => { assert.deepEqual(annotate(text).map((d) => d.text), dates); });
  }
});

describe('dates: periods and points counted back from the document date (2024-09-02; docs/annotation.md §7)', () => {
  check([
    // 过去N年: the N calendar years before the document's year; 过去一年 is the year before.
    ['过去5年，全省新增就业岗位120万个。', '过去5年', '2019-01-01', '2023-12-31'],
    ['过去两年物价总体稳定', '过去两年', '2022-01-01', '2023-12-31'],
    ['过去一年，经济恢复向好。', '过去一年', '2023-01-01', '2023-12-31'],
    // 过去N年来: a duration, like N年来.
    ['过去十年来，我国风电装机翻了两番。', '过去十年来', '2014-09-02', '2024-09-02'],
    ['過去20年來，產值成長三倍。', '過去20年來', '2004-09-02', '2024-09-02'],
    // 过去N小时, 过去N天, 过去两周: the period ending at the document date (hours in whole days).
    ['过去24小时，全市新增降雨50毫米。', '过去24小时', '2024-09-01', '2024-09-02'],
    ['过去48小时内，台风路径北移。', '过去48小时', '2024-08-31', '2024-09-02'],
    ['过去7天，日均客流30万人次。', '过去7天', '2024-08-26', '2024-09-02'],
    ['过去两周，价格小幅回落。', '过去两周', '2024-08-19', '2024-09-02'],
    // N年前, 一周前: points.
    ['20年前，这里还是一片荒滩。', '20年前', '2004-09-02'],
    ['早在十年前就已启动', '十年前', '2014-09-02'],
    ['一周前，有网友发文称', '一周前', '2024-08-26'],
    ['两个星期前召开的会议', '两个星期前', '2024-08-19'],
    ['二十多年前', '二十多年前', null],
    ['过去十多年', '过去十多年', null],
    // 至今N年: like N年来; with 多 or 余 approximate.
    ['新区设立至今10年，常住人口翻番。', '至今10年', '2014-09-02', '2024-09-02'],
    ['两地合作至今五年来，互访频繁。', '至今五年来', '2019-09-02', '2024-09-02'],
    ['学校建校至今六十余年，培养了大批人才。', '至今六十余年', null],
  ]);

  const notDates: ReadonlyArray<[text: string, word: string]> = [
    // Counted back from another event, not from the document date.
    ['合同期满一年前提出续签申请', '一年前'],
    ['许可证届满3年前申请延续', '3年前'],
    ['前后20年前后变化不大', '20年前'],
    ['过去的做法已经不适用', '过去'],
    ['截至今年6月底，已完成改造', '至今'],
    ['从2015年至今，累计投入资金', '至今'],
  ];
  for (const [text, word] of notDates) {
    it(`${JSON.stringify(text)}: ${word} is no date`, () => {
      assert.ok(!annotate(text).some((d) => d.text.includes(word)), JSON.stringify(annotate(text).map((d) => d.text)));
    });
  }
});

describe('dates: words whose year comes from the paragraph (隔年, 全年; docs/annotation.md §7)', () => {
  check([
    // 隔年: the year after the year the paragraph named last.
    ['2019年在三个县试点，隔年推广到全省。', '隔年', '2020-01-01', '2020-12-31'],
    ['去年完成设计，隔年3月开工。', '隔年3月', '2024-03-01', '2024-03-31'],
    ['民國100年開始拍攝，隔年接續借景。', '隔年', '2012-01-01', '2012-12-31'],
    // 全年 with a year in focus: one the paragraph named, or goals after it (this year's tasks).
    ['今年经济运行总体平稳，全年增长5%左右。', '全年', '2024-01-01', '2024-12-31'],
    ['各地要抓紧推进，确保全年任务完成。', '全年', '2024-01-01', '2024-12-31'],
    ['需要说明的是，没有提出全年经济增速具体目标，主要考虑不确定性。', '全年', '2024-01-01', '2024-12-31'],
    ['二、今年重点工作\n\n全年新增就业1200万人以上。', '全年', '2024-01-01', '2024-12-31'],
  ]);

  const notDates: ReadonlyArray<[text: string, word: string]> = [
    // No year named before it in its paragraph: 隔年 has nothing to follow.
    ['隔年推广到全省。', '隔年'],
    ['2019年在三个县试点。\n\n隔年推广到全省。', '隔年'],
    ['机构间隔年限不少于三年。', '隔年'],
    // 全年 as "annual", with no year in focus.
    ['按十年期清偿，重整后全年财务费用预计20亿元左右。', '全年'],
    ['计算方法：全年实际占用总床日数/医院平均开放床位数。', '全年'],
  ];
  for (const [text, word] of notDates) {
    it(`${JSON.stringify(text)}: ${word} is no date`, () => {
      assert.ok(!annotate(text).some((d) => d.text.includes(word)), JSON.stringify(annotate(text).map((d) => d.text)));
    });
  }
});

describe('dates: Taiwan documents, ROC years (docs/annotation.md §8)', () => {
  check([
    // Spaces between a number and its unit stay inside the span; the weekday in brackets belongs to the date.
    ['時間：中華民國 105 年 3 月 8 日（星期二）下午 2 時', '中華民國 105 年 3 月 8 日（星期二）', '2016-03-08'],
    ['會議於中華民國105年3月8日（週二）舉行', '中華民國105年3月8日（週二）', '2016-03-08'],
    ['本案於民國88 年公告實施，民國91年修正。', '民國88 年', '1999-01-01', '1999-12-31'],
    ['民國99年核定，104 年 7 月 1 日起施行。', '104 年 7 月 1 日', '2015-07-01'],
    // In a document dated in the ROC era a year of up to three digits is an ROC year, also alone or with its month.
    ['民國99年核定後，103年完成規劃，交通局亦於109年5月辦理說明會。', '103年', '2014-01-01', '2014-12-31'],
    ['民國99年核定後，103年完成規劃，交通局亦於109年5月辦理說明會。', '109年5月', '2020-05-01', '2020-05-31'],
    ['民國99年核定，104年度預算編列', '104年度', '2015-01-01', '2015-12-31'],
    // No 民國 at all: a traditional text with a full date of a three-digit year is dated in the era.
    ['臺北市政府函\n\n發文日期：106年2月3日\n\n本府於98年核定本計畫。', '98年', '2009-01-01', '2009-12-31'],
    // A four-digit year stays Gregorian.
    ['民國99年核定，2015年完成。', '2015年', '2015-01-01', '2015-12-31'],
  ], '2016-03-08');

  const notDates: ReadonlyArray<[text: string, span: string]> = [
    // Counts of years stay counts (numbers, §7), whatever the era.
    ['民國89年起執政的8年當中，建設增加。', '8年'],
    ['中華民國九十年成立，已滿50年，經營逾40年。', '50年'],
    ['中華民國九十年成立，已滿50年，經營逾40年。', '40年'],
    ['民國95年起，有期徒刑3年10月。', '3年10月'],
    // A simplified text that names 民国 keeps Gregorian short years; its prefixed year is still an ROC year.
    ['民国二十年，该校迁址。97年以后另建新校。', '97年'],
  ];
  for (const [text, span] of notDates) {
    it(`${text}: ${span} is no date`, () => {
      assert.ok(!annotate(text).some((d) => d.text.includes(span)), JSON.stringify(annotate(text).map((d) => d.text)));
    });
  }
  it('民国二十年 in a simplified text is 1931', () => {
    const d = annotate('民国二十年，该校迁址。').find((x) => x.text === '民国二十年');
    assert.deepEqual(d?.resolved, { start: '1931-01-01', end: '1931-12-31' });
  });
});

describe('dates: what follows the first character (the cheap pre-tests of the scanner keep every form)', () => {
  check([
    ['中秋前后', '中秋', '2024-09-17'],
    ['今年中秋', '今年中秋', '2024-09-17'],
    ['三、四季度', '三、四季度', '2024-07-01', '2024-12-31'],
    ['第三、四季度', '第三、四季度', '2024-07-01', '2024-12-31'],
    ['一至三月', '一至三月', '2024-01-01', '2024-03-31'],
    ['二十世纪八十年代', '二十世纪八十年代', '1980-01-01', '1989-12-31'],
    ['二〇二四年', '二〇二四年', '2024-01-01', '2024-12-31'],
    ['五一劳动节前', '五一劳动节', '2025-05-01'],
    ['7、8、9三个月', '7、8、9三个月', '2024-07-01', '2024-09-30'],
    ['5、6月份', '5、6月份', '2024-05-01', '2024-06-30'],
    ['3至5月', '3至5月', '2024-03-01', '2024-05-31'],
    ['2021—2025年', '2021—2025年', '2021-01-01', '2025-12-31'],
    ['（7.4—7.10）', '7.4—7.10', '2024-07-04', '2024-07-10'],
    ['“12·21”事故', '“12·21”', '2023-12-21'],
    ['十多年来', '十多年来', null],
    ['40多年来', '40多年来', null],
  ]);

  for (const text of ['中国经济增长', '中华人民共和国成立', '民生改善', '一是加快建设，一批项目', '千分之五以上']) {
    it(`${text}: no date`, () => { assert.deepEqual(annotate(text).map((d) => d.text), []); });
  }
});

describe('dates: sentences and paragraphs as the resolver reads them', () => {
  const rows: ReadonlyArray<[text: string, expected: ReadonlyArray<[string, string]>]> = [
    // A month takes the year of an explicit date in its own sentence, not in the sentence before.
    ['会议指出，2021年5月增长，6月回落。7月上涨', [['2021年5月', '2021-05-01'], ['6月', '2021-06-01'], ['7月', '2024-07-01']]],
    ['标题\n\n会议指出，2021年5月增长，6月回落。\n7月上涨，8月持平。',
      [['2021年5月', '2021-05-01'], ['6月', '2021-06-01'], ['7月', '2024-07-01'], ['8月', '2024-08-01']]],
    ['标题\r\n\r\n会议指出，2021年5月增长，6月回落。\r\n7月上涨。',
      [['2021年5月', '2021-05-01'], ['6月', '2021-06-01'], ['7月', '2024-07-01']]],
    // A paragraph that opens with a year lends it to the paragraph's bare months, to the next newline only.
    ['2022年，我们召开会议。10月，增长加快。11月，继续增长。', [['2022年', '2022-01-01'], ['10月', '2022-10-01'], ['11月', '2022-11-01']]],
    ['2022年，我们召开会议。10月，增长加快。\n\n11月，继续增长。', [['2022年', '2022-01-01'], ['10月', '2022-10-01'], ['11月', '2024-11-01']]],
  ];
  for (const [text, expected] of rows) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(annotate(text).map((d) => [d.text, d.resolved?.start]), expected);
    });
  }
});

describe('dates: festivals (next occurrence from 2024-09-02)', () => {
  check([
    ['元旦期间', '元旦', '2025-01-01'],
    ['春节前后', '春节', '2025-01-29'],
    ['国庆前后', '国庆', '2024-10-01'],
    ['国庆节', '国庆节', '2024-10-01'],
    ['中秋节', '中秋节', '2024-09-17'],
    ['五一劳动节', '五一劳动节', '2025-05-01'],
    ['端午节', '端午节', '2025-05-31'],
    ['除夕夜', '除夕', '2025-01-28'],
    ['元宵节', '元宵节', '2025-02-12'],
    ['清明节', '清明节', '2025-04-04'],
    ['今年春节', '今年春节', '2024-02-10'],
    ['2023年春节', '2023年春节', '2023-01-22'],
    // A named holiday is its days off (docs/annotation.md §7).
    ['国庆假期', '国庆假期', '2024-10-01', '2024-10-07'],
    ['距离十一国庆假期只剩三个交易日', '十一国庆假期', '2024-10-01', '2024-10-07'],
    ['十一假期出游人数创新高', '十一假期', '2024-10-01', '2024-10-07'],
    ['五一小长假期间', '五一小长假', '2025-05-01', '2025-05-05'],
    ['春节假期期间，铁路运力紧张', '春节假期', '2025-01-28', '2025-02-04'],
    ['今年国庆假期', '今年国庆假期', '2024-10-01', '2024-10-07'],
    ['2023年春节假期', '2023年春节假期', '2023-01-21', '2023-01-27'],
    ['2019年劳动节假期', '2019年劳动节假期', '2019-05-01', '2019-05-03'],
    ['中秋假期', '中秋假期', '2024-09-17'],
  ]);

  const notDates: ReadonlyArray<[text: string, word: string]> = [
    // A festival of every year, or in a line about many years, is no date.
    ['每年春节前后，返乡客流集中', '春节'],
    ['从历史经验看，国庆长假前市场往往缩量', '国庆'],
    ['过去10年国庆前后成交量萎缩，消费板块在国庆后20个交易日表现较好', '国庆'],
    ['近五年来端午假期的客流平稳增长', '端午'],
    // 十一 alone is a number, not National Day.
    ['十一届全国人大', '十一'],
  ];
  for (const [text, word] of notDates) {
    it(`${text}: ${word} is no date`, () => {
      assert.ok(!annotate(text).some((d) => d.text.includes(word)), JSON.stringify(annotate(text).map((d) => d.text)));
    });
  }
});

describe('dates: not dates', () => {
  const rows: string[] = [
    ...VAGUE_TIMES,
    '14時26分', '上午11时', '上午9時7分', '两年平均增长', '从13.5年提高到14年', '留存五年', '8年当中',
    '国发〔2018〕42号', '台70交字第123號', '5年期以上LPR', '党的十八大以来', '四五线城市', '几十年来', '这些年来',
    '每月1000元', '不能超过48个月', '240个月', '规模以上年营业收入', '30日内', '15个工作日', '年均增长', '每年底',
    '安全年检', '失去年轻人', '下一步', '有期徒刑3年10月', '7.20特大暴雨', '版本2.1.3', '21世纪', '我今天在野', '美好的明天',
    '“十一”黄金周',
  ];
  for (const text of rows) {
    it(text, () => { assert.deepEqual(annotate(text).map((d) => d.text), []); });
  }

  it('clock times stay outside a date span; the part of the day before one belongs to the date', () => {
    assert.deepEqual(annotate('8月2日上午10时，会议').map((d) => d.text), ['8月2日上午']);
    assert.deepEqual(annotate('在9月24日下午3时30分召开').map((d) => [d.text, d.partOfDay]), [['9月24日下午', '下午']]);
    assert.deepEqual(annotate('9月1日召开预备会，2日晚8时闭幕，3日晚会结束').map((d) => d.text), ['9月1日', '2日晚', '3日']);
    // The weekday in brackets belongs to the date and closes it: the part of the day after it goes with the clock time.
    assert.deepEqual(annotate('2024年9月2日（星期一）上午10时').map((d) => d.text), ['2024年9月2日（星期一）']);
  });

  it('a year in a comparison or deadline stays a date', () => {
    assert.deepEqual(annotate('比2020年还大，2030年前碳达峰').map((d) => d.text), ['2020年', '2030年']);
    assert.deepEqual(annotate('今年初步统计').map((d) => d.text), ['今年']);
  });
});

describe('dates: shared, read-only parts of the annotations', () => {
  const text = '今年增长，今年下降，全年完成。2024年5月，今年5月。去年同期';
  const ds = annotate(text);
  const by = (span: string, nth = 0): DateAnnotation => ds.filter((d) => d.text === span)[nth];

  it('gives equal ranges one frozen object, with the same values', () => {
    const [a, b] = [by('今年'), by('今年', 1)];
    assert.deepEqual(a.resolved, { start: '2024-01-01', end: '2024-12-31' });
    assert.equal(a.resolved, b.resolved);
    assert.equal(a.resolved, by('全年').resolved);
    assert.ok(Object.isFrozen(a.resolved));
    // 2024年5月 and 今年5月: the same month, from different bases.
    assert.equal(by('2024年5月').resolved, by('今年5月').resolved);
    assert.deepEqual(by('2024年5月').basis, { kind: 'explicit' });
    assert.deepEqual(by('今年5月').basis, { kind: 'document', documentDate: '2024-09-02' });
  });

  it('shares bases and texts, each frozen where shared', () => {
    assert.equal(by('今年').basis, by('今年', 1).basis);
    assert.ok(Object.isFrozen(by('今年').basis));
    assert.equal(by('今年').text, '今年');
    assert.deepEqual(Object.keys(by('今年')), ['start', 'end', 'text', 'relative', 'resolved', 'granularity', 'basis']);
    // A context basis names the date it comes from, once per anchor date.
    const same = by('去年同期');
    assert.deepEqual(same.basis, { kind: 'context', anchorText: '今年5月', anchorStart: text.indexOf('今年5月') });
    assert.deepEqual(same.resolved, { start: '2023-05-01', end: '2023-05-31' });
  });

  it('keeps the optional keys before granularity, as the JSON has them', () => {
    const [d] = annotate('截至2024年6月底，余额增长');
    assert.deepEqual(Object.keys(d), ['start', 'end', 'text', 'relative', 'resolved', 'asOf', 'granularity', 'basis']);
    const [p] = annotate('9月2日上午召开', '2024-09-02');
    assert.deepEqual(Object.keys(p), ['start', 'end', 'text', 'relative', 'resolved', 'partOfDay', 'granularity', 'basis']);
  });
});

describe('dates: scanning contract', () => {
  it('finds only dates inside [from, to), sorted and non-overlapping', () => {
    const text = '2023年增长。\n今年上半年，去年同期。\n2024年9月2日';
    const from = text.indexOf('\n') + 1;
    const to = text.lastIndexOf('\n') + 1;
    const ds = scanDates(text, from, to, profileDocument(text));
    assert.deepEqual(ds.map((d) => d.text), ['今年上半年', '去年同期']);
    for (let i = 1; i < ds.length; i++) { assert.ok(ds[i].start >= ds[i - 1].end); }
  });

  it('property: spans are sorted, disjoint, inside the range and resolve without throwing', () => {
    const pieces = ['2024年', '12月以来', '2025年以来', '9月2日电',  '今年', '上半年', '7月', '2日', '、', '至', '—', '“', '”', '十四五', '年底', '前', '7个月', '以来', '截至',
      '连续', '15年', '来', '民國', '97年', '（', '）', '7.4', '日', '月', '季度', '三', '一', '多', '\n', '，', '。', '讯', '本报北京', '电'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const ds = scanDates(text, 0, text.length, profileDocument(text));
      for (let i = 0; i < ds.length; i++) {
        assert.ok(ds[i].start >= 0 && ds[i].end <= text.length && ds[i].start < ds[i].end);
        assert.equal(ds[i].text, text.slice(ds[i].start, ds[i].end));
        if (i > 0) { assert.ok(ds[i].start >= ds[i - 1].end); }
      }
      const r = new DateResolver(text, findDocumentDate(text, ds, {}));
      for (const d of ds) {
        const a = r.resolve(d);
        if (a?.resolved) { assert.ok(a.resolved.start <= a.resolved.end, `${a.text}: ${JSON.stringify(a.resolved)}`); }
      }
    }), { numRuns: 2000 });
  });

  // Time is measured by the bench (npm run bench, section 3), never here: this checks the result.
  it('reads pathological input to the end, every date resolved or left unresolved', function () {
    this.timeout(60000);
    const inputs = ['1'.repeat(100000), '一'.repeat(100000), '一、'.repeat(50000), '5、'.repeat(50000), '年'.repeat(100000),
      '“'.repeat(100000), '（7.4—'.repeat(20000), '9月' + '2日'.repeat(50000), '本报北京9月2日讯'.repeat(10000)];
    for (const text of inputs) {
      const b = chunkBoundaries(text);
      const raws = [];
      for (let i = 0; i + 1 < b.length; i++) { raws.push(...scanDates(text, b[i], b[i + 1], profileDocument(text))); }
      const r = new DateResolver(text, findDocumentDate(text, raws, {}));
      for (const x of raws) {
        const d = r.resolve(x);
        assert.ok(x.start >= 0 && x.end <= text.length && x.start < x.end, `span inside the text: ${text.slice(0, 10)}…`);
        if (d) { assert.ok(d.start === x.start && d.end === x.end, `resolved in place: ${text.slice(0, 10)}…`); }
      }
    }
  });
});

// The gold files are read at test time from ../shared (never copied into the repository).
const FIXTURES = resolve(__dirname, '../../../shared/fixtures');
describe('dates: gold fixtures', () => {
  const files = existsSync(FIXTURES)
    ? [...readdirSync(FIXTURES).map((f) => join(FIXTURES, f)), ...(existsSync(join(FIXTURES, 'dev')) ? readdirSync(join(FIXTURES, 'dev')).map((f) => join(FIXTURES, 'dev', f)) : [])]
      .filter((f) => f.endsWith('.txt') && existsSync(f.replace(/\.txt$/, '.gold.json')))
    : [];
  if (files.length === 0) { it.skip('no fixtures at ../shared/fixtures'); }
  for (const file of files) {
    it(`${file.split('/').pop()}: F1 ≥ 0.95, resolution ≥ 0.95, document date`, () => {
      const text = readFileSync(file, 'utf8');
      const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, '.gold.json'), 'utf8')) as {
        referenceDate?: string; documentDate: string | null; dates: { start: number; end: number; resolved: { start: string; end: string } | null }[];
      };
      const b = chunkBoundaries(text);
      const raws = [];
      for (let i = 0; i + 1 < b.length; i++) { raws.push(...scanDates(text, b[i], b[i + 1], profileDocument(text))); }
      const dd = findDocumentDate(text, raws, { referenceDate: gold.referenceDate });
      assert.equal(dd?.date ?? null, gold.documentDate);
      const r = new DateResolver(text, dd);
      const pred = new Map(raws.flatMap((x) => { const a = r.resolve(x); return a ? [[`${a.start}:${a.end}`, a] as const] : []; }));
      let tp = 0;
      let ok = 0;
      for (const g of gold.dates) {
        const p = pred.get(`${g.start}:${g.end}`);
        if (!p) { continue; }
        tp++;
        if (JSON.stringify(p.resolved) === JSON.stringify(g.resolved)) { ok++; }
      }
      const precision = pred.size ? tp / pred.size : 1;
      const recall = gold.dates.length ? tp / gold.dates.length : 1;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      assert.ok(f1 >= 0.95, `F1 ${f1.toFixed(3)}`);
      assert.ok(tp === 0 || ok / tp >= 0.95, `resolution ${(ok / tp).toFixed(3)}`);
    });
  }
});
