import { strict as assert } from 'node:assert';
import { scanDates, findDatelines, findDocumentDate } from '../../src/core/dates';
import { clockTimeAfter } from '../../src/core/dates/headerLines';
import { isPageFurnitureLine } from '../../src/core/text';
import { profileDocument } from '../../src/core/profile';
import type { DocumentDate } from '../../src/core/types';

function docDate(text: string, referenceDate?: string): DocumentDate | null {
  return findDocumentDate(text, scanDates(text, 0, text.length, profileDocument(text)), referenceDate ? { referenceDate } : {});
}

type Row = [name: string, text: string, date: string | null, source?: DocumentDate['source'], sourceText?: string];

const ROWS: readonly Row[] = [
  ['header line under the title', '政府工作报告\n\n（2023年3月5日在第十四届全国人民代表大会第一次会议上）\n\n国务院总理　李强\n\n过去一年，增长3%。',
    '2023-03-05', 'header', '2023年3月5日'],
  ['ROC header with weekday for 日', '立法院第8屆第1會期內政委員會第38次全體委員會議紀錄\n\n中華民國101年6月6（星期三）上午9時7分、下午2時41分\n\n陳其邁：請發言。',
    '2012-06-06', 'header', '中華民國101年6月6（星期三）'],
  ['labelled header date', '标题\n发布时间：2024-09-02 10:30  来源：新华网\n今年以来，增长。', '2024-09-02', 'header', '2024-09-02'],
  // A page copied whole: its tool buttons and font-size switch are no lines of the header.
  ['a report copied from a web page, furniture before the title', `${'下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n'}2026年某省政府工作报告\n2026年1月14日在某省第十四届人民代表大会第四次会议上\n来源：某日报\n时间：2026-01-22\n各位代表：\n今年增长5%左右。`,
    '2026-01-14', 'header', '2026年1月14日'],
  ['a breadcrumb and a posting time above the session date', `当前位置：\n首页\n>\n要闻\n2026年政府工作报告\n发表时间：\n2026-02-09 09:45:30\n来源：\n某日报客户端\n【字体：\n小\n中\n大\n】\n——2026年2月3日在某自治区第十三届人民代表大会第五次会议上\n今年增长5%。`,
    '2026-02-03', 'header', '2026年2月3日'],
  ['a posting time in Chinese (07时41分) gives way to the session date', '2026年某省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n某日报\n2026年2月3日在某省第十四届人民代表大会第四次会议上\n各位代表：',
    '2026-02-03', 'header', '2026年2月3日'],
  // A notice that transmits a document: its signature date, wherever it stands, not the attached document's at the end.
  ['a transmitting notice signed above its attachment (附件)', `国务院办公厅关于加强某项工作的意见\n\n国办发〔2031〕4号\n\n各省：\n\n${'现就有关工作提出以下意见。\n\n'.repeat(10)}附件：某某指标\n\n国务院办公厅\n\n2031年1月16日\n\n（此件公开发布）\n\n附件\n\n某某指标\n\n${'指标说明一条。\n\n'.repeat(10)}`,
    '2031-01-16', 'signature', '2031年1月16日'],
  ['a notice transmitting a report signed earlier than the notice', `国务院办公厅转发某局关于某事意见的通知\n\n国办发〔2031〕2号\n\n各省：\n\n${'某局意见已经国务院同意，现转发给你们。\n\n'.repeat(10)}国务院办公厅\n\n二〇三一年二月五日\n\n（本文有删减）\n\n关于某事的意见\n\n以上意见如无不妥，请批转执行。\n\n某局\n\n二〇三一年一月二十五日`,
    '2031-02-05', 'signature', '二〇三一年二月五日'],
  ['a posting time is the date when the header has no other', '标题\n2024-09-02 10:30:15\n来源：某网\n今年以来，增长。', '2024-09-02', 'header', '2024-09-02'],
  ['issuer and date under a 通知', '国务院关于印发某办法的通知\n\n国发〔2018〕41号\n\n各省、自治区、直辖市人民政府：\n\n现将办法印发给你们。\n\n国务院\n\n2018年12月13日\n\n（此件公开发布）\n\n某办法\n\n第一条　本办法自2019年1月1日起施行。',
    '2018-12-13', 'signature', '2018年12月13日'],
  ['signature block at the end (〇 form)', '关于某事的通知\n\n各省：\n\n正文一段，2019年起实施。\n\n国务院办公厅\n\n二〇〇四年一月十六日\n\n（此件公开发布）',
    '2004-01-16', 'signature', '二〇〇四年一月十六日'],
  ['dateline 本报…讯 with the latest year', '标题\n\n本报北京9月2日讯(记者袁勇)2024年中非合作论坛峰会新闻中心2日举办首场吹风会。2023年，增长。',
    '2024-09-02', 'dateline', '本报北京9月2日讯'],
  ['closing dateline (新华社…电)', '标题\n\n正文，2024年数据。\n\n(新华社北京9月2日电)', '2024-09-02', 'dateline', '(新华社北京9月2日电)'],
  ['opening dateline 新华社…电', '标题\n\n新华社北京10月18日电 会议召开，2023年数据。', '2023-10-18', 'dateline', '新华社北京10月18日电'],
  ['news lede that opens with the day', '标题\n\n10月18日，会议在京召开。2022年，增长5%。', '2022-10-18', 'dateline', '10月18日'],
  ['deadline years never complete a dateline', '标题\n\n10月18日，会议召开。2022年增长。力争到2035年实现，2030年前碳达峰，2050年目标。', '2022-10-18', 'dateline'],
  ['a comparison year does not complete a dateline', '标题\n\n7月15日，国家统计局公布，经济困难比2020年还大。', null],
  ['no date at all', '标题\n\n今年以来，增长5%。', null],
  // Of the header dates of a text's versions (公布, then 修订 or 修正), the latest: the version the text is.
  ['two header lines, promulgated then revised', '某某管理条例\n\n2010年3月1日 国务院令第12号公布\n\n2018年6月5日 《国务院关于修改〈某某管理条例〉的决定》修订\n\n第一条　为了加强管理，制定本条例。',
    '2018-06-05', 'header', '2018年6月5日'],
  ['one header line with its revisions', '某某实施细则\n\n（1998年4月2日国务院令第9号发布　根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修订　根据2019年3月2日《国务院关于修改部分行政法规的决定》第二次修正）\n\n第一条　本细则依据有关法律制定。',
    '2019-03-02', 'header', '2019年3月2日'],
  ['a law passed, then amended, in Chinese numerals', '某某法\n\n（二〇〇五年八月二十八日第十届全国人民代表大会常务委员会第十七次会议通过　二〇一二年十月二十六日第十一届全国人民代表大会常务委员会第二十九次会议修正）',
    '2012-10-26', 'header', '二〇一二年十月二十六日'],
  ['a body sentence below the header date is no later version', '会议公报\n\n（2023年3月5日）\n\n2023年3月9日，会议通过了决议。',
    '2023-03-05', 'header', '2023年3月5日'],
  ['a later date on the header line without a version word does not count', '某某办法\n\n（2015年7月1日公布，2016年1月1日起施行）',
    '2015-07-01', 'header', '2015年7月1日'],
];

describe('documentDate: docs/annotation.md §2 order', () => {
  for (const [name, text, date, source, sourceText] of ROWS) {
    it(`${name} → ${date ?? 'null'}`, () => {
      const d = docDate(text);
      assert.equal(d?.date ?? null, date);
      if (source) { assert.equal(d?.source, source); }
      if (sourceText) {
        assert.equal(d?.text, sourceText);
        assert.equal(text.slice(d?.start, d?.end), sourceText);
      }
    });
  }

  it('reports where a dateline year came from', () => {
    const text = '标题\n\n本报北京9月2日讯 2023年，增长。2024年中非合作论坛峰会。到2035年实现。';
    const d = docDate(text);
    assert.equal(d?.date, '2024-09-02');
    assert.deepEqual(d?.yearFrom, { text: '2024年', start: text.indexOf('2024年') });
  });

  it('precedence: setting > header/signature > dateline > null', () => {
    const header = '标题\n（2023年3月5日）\n本报北京9月2日讯 2024年数据。\n\n国务院\n\n2022年1月1日';
    assert.deepEqual(docDate(header, '2020-02-02'), { date: '2020-02-02', source: 'setting', text: '2020-02-02' });
    assert.equal(docDate(header)?.date, '2023-03-05');
    const signature = '标题\n\n本报北京9月2日讯 2024年数据。\n\n国务院\n\n2022年1月1日';
    assert.equal(docDate(signature)?.source, 'signature');
    assert.equal(docDate(signature)?.date, '2022-01-01');
    const dateline = '标题\n\n本报北京9月2日讯 2024年数据。\n\n正文。';
    assert.equal(docDate(dateline)?.source, 'dateline');
    assert.equal(docDate('标题\n\n正文今年以来。'), null);
  });

  it('ignores an invalid setting', () => {
    assert.equal(docDate('标题\n\n正文。', '2024-13-40'), null);
  });
});

describe('documentDate: datelines', () => {
  it('finds head and tail datelines with their month and day', () => {
    const text = '本报北京9月2日讯(记者)正文。\n正文。\n(新华社北京9月3日电)\n新华社上海2024年3月5日电 正文';
    const ds = findDatelines(text);
    assert.deepEqual(ds.map((d) => [d.text, d.month, d.day, d.year ?? null, d.position]), [
      ['本报北京9月2日讯', 9, 2, null, 'head'],
      ['(新华社北京9月3日电)', 9, 3, null, 'tail'],
      ['新华社上海2024年3月5日电', 3, 5, 2024, 'head'],
    ]);
  });

  it('is not fooled by prose ending in 日电', () => {
    assert.deepEqual(findDatelines('他说，公司在9月2日电力供应恢复。'), []);
  });
});

describe('documentDate: header lines', () => {
  const furniture: [string, boolean][] = [
    ['下载', true], ['【字号：', true], ['】', true], ['加大', true], ['>', true], ['当前位置：首页 > 要闻', false], ['您的位置:', true],
    ['字體：大 中 小', true], ['发表时间：', true], ['来源：某日报', false], ['2026年政府工作报告', false], ['中国', false], ['', true],
  ];
  for (const [line, want] of furniture) {
    it(`${JSON.stringify(line)} is ${want ? '' : 'not '}a web page's furniture`, () => { assert.equal(isPageFurnitureLine(line, 0, line.length), want); });
  }
  const clocks: [string, boolean][] = [
    ['2026-02-03 09:02:33', true], ['2026-02-03 9:02', true], ['2026年02月10日 07时41分', true], ['2026年02月10日 7時', false],
    ['2026-02-03 来源', false], ['2026年1月14日在某省', false], ['2026-02-03 12', false],
  ];
  for (const [line, want] of clocks) {
    it(`${JSON.stringify(line)}: ${want ? 'a clock time follows the date' : 'no clock time'}`, () => {
      // the date ends after its 日, or after the ten characters of 2026-02-03
      const dateEnd = line.includes('日') ? line.indexOf('日') + 1 : 10;
      assert.equal(clockTimeAfter(line, dateEnd), want);
    });
  }
});
