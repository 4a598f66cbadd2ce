// Target markers (src/core/targets/markers.ts, markerWords.ts): which marker words open a goal
// where they stand, their exclusion words, and the strength a goal's own marker gives.
import { strict as assert } from 'node:assert';
import { MARKERS, markerAt, markerWordAt } from '../../../src/core/targets/markers';
import { TARGET_MARKERS } from '../../../src/core/targets/markerWords';
import { TargetScan } from '../../../src/core/targets/scan';
import { goalStrength, leadingStrength } from '../../../src/core/targets/strength';
import { EMPTY_PROFILE } from '../../../src/core/profile';
import type { DateAnnotation } from '../../../src/core/types';

function scanOf(text: string, dates: [string, string][] = []): TargetScan {
  const ds = dates.map(([s, y]) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s, relative: false, resolved: { start: `${y}-01-01`, end: `${y}-12-31` } } as DateAnnotation;
  });
  return new TargetScan(text, [], ds, null, EMPTY_PROFILE);
}

/** The marker word markerAt takes at the first `at` in the sentence, or null. */
interface Row { text: string; at: string; want: string | null; deadline?: string; dates?: [string, string][] }

const rows: Row[] = [
  { text: '力争到2027年建成200个园区', at: '力争', want: '力争' },
  // 努力争取 is 努力 + 争取, not 力争.
  { text: '努力争取建成200个园区', at: '力争', want: null },
  { text: '努力争取建成200个园区', at: '争取', want: '争取' },
  { text: '争取更多支持', at: '争取', want: null },
  // 计划 as a noun: 计划单列市, 行动计划, 计划，.
  { text: '计划单列市', at: '计划', want: null },
  { text: '行动计划要求', at: '计划', want: null },
  { text: '这项计划，明年实施', at: '计划', want: null },
  { text: '今年计划新建100所学校', at: '计划', want: '计划' },
  // 计划 before a noun head, or after a modifier, names a plan (urban planning: 都市計畫, 細部計畫案, 計畫道路).
  { text: '市都市計畫委員會第 3 次會議', at: '計畫', want: null },
  { text: '本案細部計畫案經審議通過', at: '計畫', want: null },
  { text: '相隔8公尺寬計畫道路', at: '計畫', want: null },
  { text: '依都市計畫法第 19 條辦理', at: '計畫', want: null },
  { text: '計畫範圍約2公頃', at: '計畫', want: null },
  { text: '现行计划为农业用地', at: '计划', want: null },
  { text: '该公司计划投资50亿元', at: '计划', want: '计划' },
  // 模拟 is a word (simulate), but in 规模拟… the 拟 follows 规模 (scale): a planned level.
  { text: '通过计算机模拟推演', at: '拟', want: null },
  { text: '本期债券发行规模拟为30亿元', at: '拟', want: '拟' },
  { text: '今年專項債規模擬安排3.9萬億元', at: '擬', want: '擬' },
  { text: '市府計畫於明年興建3座公園', at: '計畫', want: '計畫' },
  { text: '拟定方案', at: '拟', want: null },
  { text: '研究拟订2027年实施细则', at: '拟', want: null },
  { text: '擬訂本會年度工作計畫', at: '擬', want: null },
  { text: '拟安排7000亿元', at: '拟', want: '拟' },
  // A normative modal before 将 makes a rule.
  { text: '应将其纳入', at: '将', want: null },
  { text: '今年将新增100个', at: '将', want: '将' },
  // 将 before a numeral, a demonstrative or a pronoun introduces an object (as 把 does): no announced action.
  { text: '警方一举将5名嫌疑人抓获归案', at: '将', want: null },
  { text: '将两家银行合并重组', at: '将', want: null },
  { text: '用户可将这张卡转让他人', at: '将', want: null },
  { text: '将该项目纳入储备库', at: '将', want: null },
  { text: '將這筆款項退回', at: '將', want: null },
  { text: '将其列入名单', at: '将', want: null },
  { text: '将上述资金用于补贴', at: '将', want: null },
  { text: '明年将新建5所学校', at: '将', want: '将' },
  { text: '将于6月底前完成', at: '将', want: '将' },
  { text: '将进一步扩大规模', at: '将', want: '将' },
  { text: '以至于此', at: '至', want: null },
  // 到/至 only before a deadline: a date the layer gave, or a year read here.
  { text: '到2025年，建成100个', at: '到', want: '到', deadline: '2025', dates: [['2025年', '2025']] },
  { text: '到2030年建成', at: '到', want: '到', deadline: '2030' },
  { text: '到基层去', at: '到', want: null },
  // 2021年到2025年 is a period, 从…到… too.
  { text: '2021年到2025年', at: '到', want: null, dates: [['2021年', '2021'], ['2025年', '2025']] },
  // 截至2025年 reports the state at a date, not a deadline.
  { text: '截至2025年底', at: '至', want: null },
  { text: '延至2025年底', at: '至', want: '至', deadline: '2025' },
  // 至 sets a deadline only with a year; before anything else it ends a span (从节前5日至节后10日).
  { text: '从节前5日至节后10日均有上涨', at: '至', want: null, dates: [['节后10日', '2024']] },
  { text: '表决延期至10月20日', at: '至', want: null, dates: [['10月20日', '2024']] },
  { text: '力争至2030年建成', at: '至', want: '至', deadline: '2030' },
  { text: '至“十五五”末建成', at: '至', want: '至', deadline: '2030' },
  { text: '至2020年为止累计建成', at: '至', want: null },
  // The longest marker at a position: 预期目标, a list header, not 预期.
  { text: '预期目标是：增长5%', at: '预期', want: '预期目标' },
  { text: '预期增长5%', at: '预期', want: '预期' },
  // The goal named as a topic (预期目标的设定) opens no list.
  { text: '经济增速预期目标的设定，主要考虑就业', at: '预期目标', want: null },
  // 从/自 + a date + 开始/起 at a clause's head opens a start (§7); elsewhere 从 and 自 are other words.
  { text: '从2026年开始推行', at: '从', want: '从', deadline: '2026' },
  { text: '建好平台，自2027年起推行', at: '自', want: '自', deadline: '2027' },
  { text: '从事研究工作', at: '从', want: null },
  { text: '自治区人民政府', at: '自', want: null },
  { text: '从2020年到2024年', at: '从', want: null },
  { text: '数据取自2024年年报', at: '自', want: null },
  // An outlook with 有望 is no target (docs/annotation.md §7).
  { text: '全年增速有望达到5%', at: '有望', want: null },
  { text: '超预期增长', at: '预期', want: null },
];

describe('targets: markers', () => {
  for (const r of rows) {
    it(`${r.text} @${r.at}`, () => {
      const scan = scanOf(r.text, r.dates);
      const i = r.text.indexOf(r.at);
      assert.ok(i >= 0);
      const m = markerAt(scan, i, 0, r.text.length);
      assert.equal(m ? m.word : null, r.want);
      assert.equal(m && m.deadline ? scan.markerDate?.text ?? null : null, r.deadline ?? null);
    });
  }

  it('each marker row falls back to exactly the shorter markers its word starts with', () => {
    for (const m of TARGET_MARKERS) {
      const row = MARKERS.rowAt(m.word, 0);
      assert.ok(row && row.word === m.word, m.word);
      const want = TARGET_MARKERS.filter(o => o.word !== m.word && m.word.startsWith(o.word)).map(o => o.word).sort((a, b) => b.length - a.length);
      assert.deepEqual(row.fallbacks.map(f => f.word), want, m.word);
    }
    assert.deepEqual(MARKERS.rowAt('预期目标', 0)?.fallbacks.map(f => f.word), ['预期']);
  });

  const wordRows: [string, boolean][] = [['力争使', true], ['到2025年', true], ['到“十四五”末', true], ['到基层', false], ['普通话', false]];
  for (const [text, want] of wordRows) {
    it(`markerWordAt ${text}`, () => {
      assert.equal(markerWordAt(scanOf(text), 0, text.length), want);
    });
  }

  const strengthRows: [string, string | undefined][] = [
    ['确保完成', 'ensure'], ['力争建成', 'strive'], ['计划新建', 'plan'], ['预计增长', 'expect'], ['预期目标是', 'target'],
    ['到2025年', undefined], ['完成任务', undefined],
  ];
  for (const [text, want] of strengthRows) {
    it(`leadingStrength ${text}`, () => {
      assert.equal(leadingStrength(text, 0, text.length), want);
    });
  }

  it('goalStrength: the marker heading the goal after a lead speaks for it', () => {
    const to = TARGET_MARKERS.find(m => m.word === '到')!;
    const strive = TARGET_MARKERS.find(m => m.word === '力争')!;
    assert.equal(goalStrength({ pos: 0, end: 1, marker: to }, { pos: 9, end: 11, marker: strive }), 'strive');
    assert.equal(goalStrength({ pos: 0, end: 1, marker: to }, undefined), 'target');
  });
});
