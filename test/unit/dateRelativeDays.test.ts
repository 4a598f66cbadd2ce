// Days, weeks and days of a relative month counted from the document date (docs/annotation.md §2,
// §7, §8 "Press conferences"): src/core/dates/rules/days.ts, rules/relative.ts.
import { strict as assert } from 'node:assert';
import { DateResolver, findDocumentDate, scanDates } from '../../src/core/dates';
import { profileDocument } from '../../src/core/profile';
import type { DateAnnotation } from '../../src/core/types';

/** The document date of every row: 2023-06-14, a Wednesday (the docs/annotation.md §2 table's). */
const DOC = '2023-06-14';

function annotate(text: string): DateAnnotation[] {
  const raws = scanDates(text, 0, text.length, profileDocument(text));
  const r = new DateResolver(text, findDocumentDate(text, raws, { referenceDate: DOC }));
  return raws.flatMap((x) => r.resolve(x) ?? []);
}

type Row = [text: string, span: string, start: string, end?: string];

function check(rows: readonly Row[]): void {
  for (const [text, span, start, end] of rows) {
    it(`${text} → ${span} = ${start}${end ? ' … ' + end : ''}`, () => {
      const ds = annotate(text);
      const d = ds.find((x) => x.text === span);
      assert.ok(d, `no date ${span} in ${JSON.stringify(ds.map((x) => x.text))}`);
      assert.equal(d.start, text.indexOf(span));
      assert.equal(d.relative, true);
      assert.deepEqual(d.resolved, { start, end: end ?? start });
    });
  }
}

describe('dates: days relative to the document date (今天, 昨天, 前天, 明天)', () => {
  check([
    ['今天上午，市政府新闻办举行发布会，介绍防汛工作进展。', '今天上午', '2023-06-14'],
    ['昨天，全市普降中到大雨。', '昨天', '2023-06-13'],
    ['据气象台消息，前天夜间出现短时强降雨。', '前天夜间', '2023-06-12'],
    ['明天，第二批补助资金将下达到县。', '明天', '2023-06-15'],
    ['我们昨天下午召开了专题会议。', '昨天下午', '2023-06-13'],
    ['截至今天，已有12个省份启动应急响应。', '今天', '2023-06-14'],
    ['新规从明天起施行。', '明天', '2023-06-15'],
    ['“今天，我们在这里隆重集会。”', '今天', '2023-06-14'],
  ]);

  it('keeps the part of the day on the annotation', () => {
    const [d] = annotate('今天上午，市政府新闻办举行发布会。');
    assert.equal(d.partOfDay, '上午');
    assert.equal(d.granularity, 'day');
  });

  // Inside a clause after its subject the word is the speaker's "now" or "the future"; the
  // characters after it may make another word (今天然气: 如今 + 天然气).
  const none: readonly string[] = [
    '我今天在野，就不能无限上纲。',
    '我们今天身为人大代表，就有责任回应群众关切。',
    '青年一代必将创造更加美好的明天。',
    '目前天然气供应总体平稳。',
    '如今天气转暖，游客增多。',
    '当天下午，工作组抵达现场。',
    '同日，两部门联合发文。',
  ];
  for (const text of none) {
    it(`${text}: no relative day`, () => {
      assert.deepEqual(annotate(text).map((d) => d.text), []);
    });
  }
});

describe('dates: weeks relative to the document date (Monday to Sunday)', () => {
  check([
    ['上周，人民银行开展了逆回购操作。', '上周', '2023-06-05', '2023-06-11'],
    ['本周全省气温偏高。', '本周', '2023-06-12', '2023-06-18'],
    ['下周将公布5月份经济数据。', '下周', '2023-06-19', '2023-06-25'],
    ['本周五上午将举行签约仪式。', '本周五上午', '2023-06-16'],
    ['上周三，两市成交额突破1万亿元。', '上周三', '2023-06-07'],
    ['上周末，景区接待游客8万人次。', '上周末', '2023-06-10', '2023-06-11'],
    ['下个星期一，新系统上线运行。', '下个星期一', '2023-06-19'],
    ['上週，行政院召開會議。', '上週', '2023-06-05', '2023-06-11'],
  ]);

  const none: readonly string[] = [
    '检验周期为一年，以上周期届满前申请复检。',
    '本周期内完成全部任务。',
    '纪念建党一百周年。',
    '推动上下周边地区协同发展。',
  ];
  for (const text of none) {
    it(`${text}: no relative week`, () => {
      assert.deepEqual(annotate(text).filter((d) => /周|週|星期/.test(d.text)).map((d) => d.text), []);
    });
  }
});

describe('dates: days of a relative month (本月10—12日)', () => {
  check([
    ['展会定于本月20—22日在国家会展中心举行。', '本月20—22日', '2023-06-20', '2023-06-22'],
    ['本办法自本月30日起施行。', '本月30日', '2023-06-30'],
    ['报名于下月5日截止。', '下月5日', '2023-07-05'],
    ['上月28日，项目正式开工。', '上月28日', '2023-05-28'],
  ]);

  it('a day past the end of the month resolves to nothing', () => {
    const [d] = annotate('本月31日截止。');
    assert.equal(d.text, '本月31日');
    assert.equal(d.resolved, null);
  });
  it('a range that does not rise is the first day alone, and the month alone stays a month', () => {
    assert.deepEqual(annotate('本月12—10日').map((d) => d.text), ['本月']);
    const [m] = annotate('本月，全市新增就业1.2万人。');
    assert.equal(m.text, '本月');
    assert.deepEqual(m.resolved, { start: '2023-06-01', end: '2023-06-30' });
  });
});
