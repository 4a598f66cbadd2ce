// Targets (docs/annotation.md §3 and §7 "Targets"), table-driven over synthetic sentences plus the two
// seed sentences quoted in the spec. Numbers and dates are given by hand, as the date and number
// layers would give them, so these tests pin the target rules alone.
import { strict as assert } from 'node:assert';
import { extractTargets } from '../../src/core/targets';
import { chunkBoundaries } from '../../src/core/analyze';
import { EMPTY_PROFILE } from '../../src/core/profile';
import type { TargetStrength } from '../../src/core/types';
import { layers, Y, type Dat, type Num } from './targets/helpers';

interface Expect { text: string; deadline: string | null; value: string | null; object?: string | null; strength: TargetStrength }
interface Row { name: string; text: string; nums?: Num[]; dates?: Dat[]; docDate?: string; want: Expect[] }

const rows: Row[] = [
  // §3 rows (the seed sentences quoted in docs/annotation.md).
  {
    name: '§3 力争到2027年建成200个左右…',
    text: '在“面”上建设数字园区、智慧集群，力争到2027年建成200个左右高标准数字园区。',
    nums: [['200个左右', 'approx']], dates: [Y('2027')],
    want: [{ text: '力争到2027年建成200个左右高标准数字园区', deadline: '2027', value: '≈200个', object: '高标准数字园区', strength: 'strive' }],
  },
  {
    name: '§3 全覆盖 is 100%',
    text: '二是加快中小企业数字化转型。力争到2027年实现专精特新“小巨人”企业数字化改造全覆盖。大力发展数字化产品。',
    dates: [Y('2027')],
    want: [{ text: '力争到2027年实现专精特新“小巨人”企业数字化改造全覆盖', deadline: '2027', value: '100%', object: '专精特新“小巨人”企业数字化改造', strength: 'strive' }],
  },
  {
    name: 'without a date layer, 到2027年 is still read as the deadline',
    text: '力争到2027年建成200个左右高标准数字园区。',
    nums: [['200个左右', 'approx']],
    want: [{ text: '力争到2027年建成200个左右高标准数字园区', deadline: '2027', value: '≈200个', object: '高标准数字园区', strength: 'strive' }],
  },
  // §7: a paragraph led by 到2025年，…
  {
    name: '§7 到…年 lead sentence and later clauses with quantities',
    text: '（二）主要目标。到2030年，冰雪运动产业总规模达到1万亿元，基本形成结构合理的产业体系。建设若干冰雪运动城市，推出50项具有国际影响力的冰雪赛事，打造80个自主冰雪品牌，培育一批骨干企业，冰雪产业成为重要力量。\n下一段没有目标。',
    nums: ['1万亿元', '50项', '80个'], dates: [Y('2030')],
    want: [
      { text: '到2030年，冰雪运动产业总规模达到1万亿元，基本形成结构合理的产业体系', deadline: '2030', value: '1万亿元', object: '冰雪运动产业总规模', strength: 'target' },
      { text: '推出50项具有国际影响力的冰雪赛事', deadline: '2030', value: '50项', object: '具有国际影响力的冰雪赛事', strength: 'target' },
      { text: '打造80个自主冰雪品牌', deadline: '2030', value: '80个', object: '自主冰雪品牌', strength: 'target' },
    ],
  },
  {
    name: '§7 a comment on the goals (这…, 上述…) ends the led list: later quantities inherit nothing',
    text: '到2030年，全市建成公共充电桩10万个，新建换电站300座。这将带动社会投资200亿元，新增就业岗位2万个。',
    nums: ['10万个', '300座', '200亿元', '2万个'], dates: [Y('2030')],
    want: [
      { text: '到2030年，全市建成公共充电桩10万个，新建换电站300座', deadline: '2030', value: '10万个、300座', strength: 'target' },
      { text: '将带动社会投资200亿元，新增就业岗位2万个', deadline: null, value: '200亿元', strength: 'plan' },
    ],
  },
  {
    name: '§7 the inherited deadline stops at the paragraph end',
    text: '到2026年，数字园区达到300个。\n推出50项赛事。',
    nums: ['300个', '50项'], dates: [Y('2026')],
    want: [{ text: '到2026年，数字园区达到300个', deadline: '2026', value: '300个', object: '数字园区', strength: 'target' }],
  },
  {
    name: '行动计划: 到2027年，A；B — items after a semicolon inherit',
    text: '到2027年，全国建成5G基站300万个；培育100家工业互联网平台，形成一批标杆。',
    nums: ['300万个', '100家'], dates: [Y('2027')],
    want: [
      { text: '到2027年，全国建成5G基站300万个', deadline: '2027', value: '300万个', object: '5G基站', strength: 'target' },
      { text: '培育100家工业互联网平台', deadline: '2027', value: '100家', object: '工业互联网平台', strength: 'target' },
    ],
  },
  {
    name: 'a header colon before the 到…年 lead',
    text: '主要目标：到2027年，全国建成5G基站300万个，基本形成数字化转型体系。培育100家工业互联网平台。',
    nums: ['300万个', '100家'], dates: [Y('2027')],
    want: [
      { text: '到2027年，全国建成5G基站300万个，基本形成数字化转型体系', deadline: '2027', value: '300万个', object: '5G基站', strength: 'target' },
      { text: '培育100家工业互联网平台', deadline: '2027', value: '100家', object: '工业互联网平台', strength: 'target' },
    ],
  },
  // §7: a goal list.
  {
    name: '§7 主要预期目标是：A；B；C — one target per goal clause, quantity or not; the first span includes the lead',
    text: '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；粮食产量1.3万亿斤以上。',
    nums: [['5%左右', 'approx'], ['1200万人以上', 'above'], ['5.5%左右', 'approx'], ['3%左右', 'approx'], ['1.3万亿斤以上', 'above']],
    dates: [['今年', '2024-01-01', '2024-12-31']],
    want: [
      { text: '今年发展主要预期目标是：国内生产总值增长5%左右', deadline: '2024', value: '≈5%', object: '国内生产总值', strength: 'target' },
      { text: '城镇新增就业1200万人以上', deadline: '2024', value: '>1200万人', object: '城镇新增就业', strength: 'target' },
      { text: '城镇调查失业率5.5%左右', deadline: '2024', value: '≈5.5%', object: '城镇调查失业率', strength: 'target' },
      { text: '居民消费价格涨幅3%左右', deadline: '2024', value: '≈3%', object: '居民消费价格', strength: 'target' },
      { text: '居民收入增长和经济增长同步', deadline: '2024', value: null, strength: 'target' },
      { text: '粮食产量1.3万亿斤以上', deadline: '2024', value: '>1.3万亿斤', object: '粮食产量', strength: 'target' },
    ],
  },
  // §7: 拟 and forecasts.
  {
    name: '§7 拟 (planned allocation) is plan',
    text: '今年拟安排地方政府专项债券3.9万亿元，比上年增加1000亿元。',
    nums: ['3.9万亿元', '1000亿元'], dates: [['今年', '2024-01-01', '2024-12-31'], ['上年', '2023-01-01', '2023-12-31']],
    // The comparison with last year (比上年…) belongs to the goal; it is not a report of the past.
    want: [{ text: '今年拟安排地方政府专项债券3.9万亿元，比上年增加1000亿元', deadline: '2024', value: '3.9万亿元', object: '地方政府专项债券', strength: 'plan' }],
  },
  // §3: the span starts at the goal's own subject before the marker, or at a time word right before it; an agent stays outside.
  {
    name: 'the goal\'s own subject before the marker opens the span (研发投入拟增长10%); the object after a planning verb is that subject',
    text: '明年全社会研发投入拟增长10%以上，中央预算内投资拟安排7000亿元。',
    nums: [['10%以上', 'above'], '7000亿元'], dates: [['明年', '2025-01-01', '2025-12-31']],
    want: [
      { text: '明年全社会研发投入拟增长10%以上', deadline: '2025', value: '>10%', object: '全社会研发投入', strength: 'plan' },
      { text: '中央预算内投资拟安排7000亿元', deadline: '2025', value: '7000亿元', object: '中央预算内投资', strength: 'plan' },
    ],
  },
  {
    name: 'a connective before the marker is no subject (并拟…, 同时…); a noun opening with one keeps it (并购基金)',
    text: '市政部门拟新建道路15公里，并拟安排养护资金2亿元。同时研发投入拟增长8%。并购基金拟安排50亿元以内。',
    nums: ['15公里', '2亿元', '8%', ['50亿元以内', 'below']],
    want: [
      { text: '拟新建道路15公里', deadline: null, value: '15公里', object: '道路', strength: 'plan' },
      { text: '拟安排养护资金2亿元', deadline: null, value: '2亿元', object: '养护资金', strength: 'plan' },
      { text: '研发投入拟增长8%', deadline: null, value: '8%', object: '研发投入', strength: 'plan' },
      { text: '并购基金拟安排50亿元以内', deadline: null, value: '<50亿元', object: '并购基金', strength: 'plan' },
    ],
  },
  {
    name: 'the verb bringing the subject to the value (降至, 增至, 回落至) ends the object',
    text: '引导金融机构逐步将小微企业综合融资成本降至4%以下。力争明年全省风电装机增至800万千瓦。机构预计，明年居民消费价格涨幅将回落至1.5%左右。',
    nums: [['4%以下', 'below'], '800万千瓦', ['1.5%左右', 'approx']], dates: [['明年', '2026-01-01', '2026-12-31'], ['明年', '2026-01-01', '2026-12-31']],
    want: [
      { text: '将小微企业综合融资成本降至4%以下', deadline: null, value: '<4%', object: '小微企业综合融资成本', strength: 'plan' },
      { text: '力争明年全省风电装机增至800万千瓦', deadline: '2026', value: '800万千瓦', object: '风电装机', strength: 'strive' },
      { text: '预计，明年居民消费价格涨幅将回落至1.5%左右', deadline: '2026', value: '≈1.5%', object: '居民消费价格', strength: 'expect' },
    ],
  },
  {
    name: '规模拟… is a scale that is planned (规模 + 拟), not 模拟 (simulate)',
    text: '本期企业债券发行规模拟为30亿元。项目组通过计算机模拟测算了5种情景。',
    nums: ['30亿元', '5种'],
    want: [{ text: '本期企业债券发行规模拟为30亿元', deadline: null, value: '30亿元', object: '本期企业债券发行规模', strength: 'plan' }],
  },
  {
    name: 'an agent who plans stays outside the span; a time word right before the marker is inside',
    text: '市交通局今年计划新开通公交线路20条。',
    nums: ['20条'], dates: [['今年', '2025-01-01', '2025-12-31']],
    want: [{ text: '今年计划新开通公交线路20条', deadline: '2025', value: '20条', object: '公交线路', strength: 'plan' }],
  },
  {
    name: '§7 third-party forecast (预测) is expect',
    text: '国际货币基金组织预测，明年全球经济增长3.2%。',
    nums: ['3.2%'], dates: [['明年', '2025-01-01', '2025-12-31']],
    want: [{ text: '预测，明年全球经济增长3.2%', deadline: '2025', value: '3.2%', object: '全球经济', strength: 'expect' }],
  },
  {
    name: '拟 with its quantity in a later clause',
    text: '从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元。',
    nums: ['1万亿元'], dates: [['今年', '2024-01-01', '2024-12-31'], ['今年', '2024-01-01', '2024-12-31']],
    want: [{ text: '拟连续几年发行超长期特别国债，今年先发行1万亿元', deadline: '2024', value: '1万亿元', strength: 'plan' }],
  },
  {
    name: 'a forecast whose clause holds 将 keeps one span',
    text: '中国汽车工业协会预测，2024年我国汽车总销量将超过3100万辆，同比增长3%以上。',
    nums: [['超过3100万辆', 'above'], ['3%以上', 'above']], dates: [Y('2024')],
    want: [{ text: '预测，2024年我国汽车总销量将超过3100万辆，同比增长3%以上', deadline: '2024', value: '>3100万辆', object: '汽车总销量', strength: 'expect' }],
  },
  {
    name: '将 + a deadline proper (…前) without a quantity',
    text: '该项目将于2025年6月30日前建成投产。',
    dates: [['2025年6月30日', '2025-06-30', '2025-06-30']],
    want: [{ text: '将于2025年6月30日前建成投产', deadline: '2025-06-30', value: null, strength: 'plan' }],
  },
  {
    name: 'a duration gives way to the quantity',
    text: '专家预测，未来十年市场规模将达到10万亿元。',
    nums: [['十年', 'exact'], '10万亿元'],
    want: [{ text: '预测，未来十年市场规模将达到10万亿元', deadline: null, value: '10万亿元', strength: 'expect' }],
  },
  {
    name: 'press release: 预计全年…',
    text: '预计全年粮食产量达到1.3万亿斤以上。',
    nums: [['1.3万亿斤以上', 'above']], dates: [['全年', '2024-01-01', '2024-12-31']],
    want: [{ text: '预计全年粮食产量达到1.3万亿斤以上', deadline: '2024', value: '>1.3万亿斤', object: '粮食产量', strength: 'expect' }],
  },
  {
    name: '预期 with a quantity is expect',
    text: '全年居民消费价格预期上涨3%左右。',
    nums: [['3%左右', 'approx']],
    want: [{ text: '全年居民消费价格预期上涨3%左右', deadline: null, value: '≈3%', object: '居民消费价格', strength: 'expect' }],
  },
  {
    name: '预期寿命 is life expectancy: a review of it forecasts nothing',
    text: '人均预期寿命从2020年的80.2岁提升至82.5岁。',
    nums: [['80.2岁', 'exact'], ['82.5岁', 'exact']], dates: [Y('2020')],
    want: [],
  },
  {
    name: '预期性指标 is a kind of indicator, no forecast',
    text: '主要指标中，预期性指标20个、约束性指标8个。',
    nums: [['20个', 'exact'], ['8个', 'exact']],
    want: [],
  },
  {
    name: '计划 as a programme or a quota, defined or exceeded, is no plan',
    text: '新入选国家培养计划科技领军人才409名。增加招生计划1.76万个。新退出融资平台346家、超计划19家。千项计划是指实施千项合作项目。',
    nums: [['409名', 'exact'], ['1.76万个', 'exact'], ['346家', 'exact'], ['19家', 'exact']],
    want: [],
  },
  // Other markers.
  {
    name: '确保 with a deadline and no quantity',
    text: '确保2025年底前全面完成老旧小区改造任务。',
    dates: [['2025年底', '2025-12-31', '2025-12-31']],
    want: [{ text: '确保2025年底前全面完成老旧小区改造任务', deadline: '2025-12-31', value: null, object: '老旧小区改造任务', strength: 'ensure' }],
  },
  {
    name: 'a five-year period naming its plan (“十五五”规划中) sets no deadline; its plan period (规划期内) and a year before 规划 do',
    text: '有关部门将在编制“十五五”规划中统筹考虑。用能指标将在“十五五”规划期内统筹考核。到2035年规划人口控制在300万人以内。',
    nums: [['300万人以内', 'below']], dates: [['“十五五”', '2026-01-01', '2030-12-31'], ['“十五五”', '2026-01-01', '2030-12-31'], Y('2035')],
    want: [
      { text: '将在“十五五”规划期内统筹考核', deadline: '2030', value: null, strength: 'plan' },
      { text: '到2035年规划人口控制在300万人以内', deadline: '2035', value: '<300万人', strength: 'target' },
    ],
  },
  {
    name: '规划: “十五五”期间，力争… takes the period end as deadline',
    text: '“十五五”期间，力争新增高标准农田5000万亩。',
    nums: ['5000万亩'], dates: [['“十五五”期间', '2026-01-01', '2030-12-31']],
    want: [{ text: '力争新增高标准农田5000万亩', deadline: '2030', value: '5000万亩', strength: 'strive' }],
  },
  {
    name: 'announced action 将 + quantity is plan',
    text: '明年将新建5G基站60万个。',
    nums: ['60万个'], dates: [['明年', '2025-01-01', '2025-12-31']],
    want: [{ text: '明年将新建5G基站60万个', deadline: '2025', value: '60万个', object: '5G基站', strength: 'plan' }],
  },
  {
    name: '目标为 with the subject before the marker',
    text: '全年经济增长目标为5%左右。',
    nums: [['5%左右', 'approx']],
    want: [{ text: '全年经济增长目标为5%左右', deadline: null, value: '≈5%', object: '经济增长', strength: 'target' }],
  },
  {
    name: 'a below value keeps its sign',
    text: '力争到2030年单位产值能耗不超过0.5吨标准煤。',
    nums: [['不超过0.5吨标准煤', 'below']], dates: [Y('2030')],
    want: [{ text: '力争到2030年单位产值能耗不超过0.5吨标准煤', deadline: '2030', value: '<0.5吨标准煤', object: '单位产值能耗', strength: 'strive' }],
  },
  {
    name: 'a base year (比2020年) is not the deadline',
    text: '确保单位国内生产总值二氧化碳排放比2020年下降18%。',
    nums: ['18%'], dates: [Y('2020')],
    want: [{ text: '确保单位国内生产总值二氧化碳排放比2020年下降18%', deadline: null, value: '18%', strength: 'ensure' }],
  },
  {
    name: 'a new marker starts a new goal',
    text: '力争到2027年建成200个数字园区，确保到2030年实现全覆盖。',
    nums: ['200个'], dates: [Y('2027'), Y('2030')],
    want: [
      { text: '力争到2027年建成200个数字园区', deadline: '2027', value: '200个', object: '数字园区', strength: 'strive' },
      { text: '确保到2030年实现全覆盖', deadline: '2030', value: '100%', strength: 'ensure' },
    ],
  },
  {
    name: 'traditional characters',
    text: '力爭到2027年建成200個左右高標準數字園區。',
    nums: [['200個左右', 'approx']], dates: [Y('2027')],
    want: [{ text: '力爭到2027年建成200個左右高標準數字園區', deadline: '2027', value: '≈200個', object: '高標準數字園區', strength: 'strive' }],
  },
  {
    name: 'bullet lines under a header ending in a colon inherit its deadline',
    text: '到2027年，实现以下目标：\n——数字经济核心产业增加值占GDP比重达到10%。\n——建成一批数字化转型标杆企业。\n\n其他段落推出50项措施。',
    nums: ['10%', '50项'], dates: [Y('2027')],
    want: [
      { text: '数字经济核心产业增加值占GDP比重达到10%', deadline: '2027', value: '10%', object: '数字经济核心产业增加值占GDP比重', strength: 'target' },
      { text: '建成一批数字化转型标杆企业', deadline: '2027', value: null, strength: 'target' },
    ],
  },
  // Not targets.
  { name: 'a question', text: '明年将新建多少个5G基站，能否达到60万个？', nums: ['60万个'], want: [] },
  { name: 'bullets without a goal header', text: '工作要求如下：\n——新建100个站点。', nums: ['100个'], want: [] },
  { name: 'past: 已累计', text: '我国已累计培育专精特新中小企业超过14万家，专精特新“小巨人”企业达1.2万家。', nums: [['超过14万家', 'above'], '1.2万家'], want: [] },
  { name: 'past: 截至…已', text: '截至2023年底，全国已建成5G基站337万个。', nums: ['337万个'], dates: [['2023年底', '2023-12-31', '2023-12-31']], want: [] },
  { name: 'past: 到2023年底…已', text: '到2023年底，全国已建成5G基站337万个。', nums: ['337万个'], dates: [['2023年底', '2023-12-31', '2023-12-31']], want: [] },
  { name: 'past: 去年计划', text: '去年计划投资100亿元，实际完成120亿元。', nums: ['100亿元', '120亿元'], dates: [['去年', '2023-01-01', '2023-12-31']], want: [] },
  { name: 'past: 实现了', text: '预计全年实现了增长5%。', nums: ['5%'], want: [] },
  { name: 'past: 已将', text: '今年已将补贴标准提高到每人每月200元。', nums: ['200元'], dates: [['今年', '2024-01-01', '2024-12-31']], want: [] },
  { name: 'past achievement of a goal', text: '上半年已经完成就业目标的近60%。', nums: [['近60%', 'approx']], want: [] },
  { name: 'regulation: a standard', text: '纳税人的子女接受学历教育的相关支出，按照每个子女每月1000元的标准定额扣除。', nums: ['1000元'], want: [] },
  { name: 'regulation: a limit', text: '同一学历继续教育的扣除期限不能超过48个月。', nums: [['不能超过48个月', 'below']], want: [] },
  { name: 'regulation: in force', text: '本办法自2019年1月1日起施行。', dates: [['2019年1月1日', '2019-01-01', '2019-01-01']], want: [] },
  { name: 'regulation: 将…起施行', text: '本办法将于2025年1月1日起施行。', dates: [['2025年1月1日', '2025-01-01', '2025-01-01']], want: [] },
  { name: 'regulation: 应当将 is a duty', text: '扣缴义务人应当将相关信息在30日内报送税务机关。', nums: ['30日'], want: [] },
  { name: 'regulation: 计划单列市 is a city class', text: '直辖市、计划单列市以及国务院确定的其他城市，扣除标准为每月1500元；', nums: ['1500元'], want: [] },
  { name: 'no quantity, no deadline', text: '打造一批世界级先进制造业集群。', want: [] },
  { name: 'bare 将 + verb', text: '工业和信息化部将围绕推进新型工业化，积极推动优化支持政策。', want: [] },
  { name: 'bare 将 after a past number', text: '已引进13家产业链企业落户，并将持续引进制造企业。', nums: ['13家'], want: [] },
  { name: 'past: 将 as 把 in a narrative with 了', text: '他将1000元现金交给了工作人员。', nums: ['1000元'], want: [] },
  { name: 'a duration after 将 is not a goal', text: '本届博览会将持续3天。', nums: ['3天'], want: [] },
  {
    name: 'a short clause of its own after 将 is no lead: the quantity in the next clause is another statement',
    text: '用户将积分兑换后，商家可获得5元返利。', nums: ['5元'], want: [],
  },
  {
    name: 'a forecast whose clause only leads (预计今年，…) takes the quantity after it',
    text: '预计今年，全省粮食产量达到700亿斤。', nums: ['700亿斤'], dates: [['今年', '2025-01-01', '2025-12-31']],
    want: [{ text: '预计今年，全省粮食产量达到700亿斤', deadline: '2025', value: '700亿斤', strength: 'expect' }],
  },
  // §7: a scheduled event is a plan; a date range written out is its deadline as an ISO interval.
  {
    name: 'a scheduled event (将于 + a date range) is a plan, its deadline the interval',
    text: '第七届进博会将于11月5日至10日在上海举办。', dates: [['11月5日至10日', '2024-11-05', '2024-11-10']],
    want: [{ text: '将于11月5日至10日在上海举办', deadline: '2024-11-05/2024-11-10', value: null, strength: 'plan' }],
  },
  {
    name: 'scheduled events: 将于 + a day, 拟于 + a relative day; a reported postponement (延期至) is none',
    text: '仲裁庭将于10月17日作出裁决。博览会拟于下月10日开幕。原定表决延期至10月20日。',
    dates: [['10月17日', '2024-10-17', '2024-10-17'], ['下月10日', '2024-10-10', '2024-10-10'], ['10月20日', '2024-10-20', '2024-10-20']], docDate: '2024-09-20',
    want: [
      { text: '将于10月17日作出裁决', deadline: '2024-10-17', value: null, object: '作出裁决', strength: 'plan' },
      { text: '拟于下月10日开幕', deadline: '2024-10-10', value: null, strength: 'plan' },
    ],
  },
  { name: 'an event already held is no plan', text: '博览会已于9月10日开幕。', dates: [['9月10日', '2024-09-10', '2024-09-10']], docDate: '2024-09-20', want: [] },
  { name: 'a period spoken of is not a deadline', text: '下半年中国经济有望延续回升态势。', dates: [['下半年', '2024-07-01', '2024-12-31']], want: [] },
  { name: '预期 as a noun', text: '当前工业生产、投资、预期均趋于改善，为下半年创造条件。', dates: [['下半年', '2024-07-01', '2024-12-31']], want: [] },
  { name: '预测 in a list of services', text: '提供经济信息、市场预测、技术指导等服务。', want: [] },
  { name: '预期 before an unrelated number', text: '在今年GDP预期增长一定水平的背景下，上半年GDP增长2.5%。', nums: ['2.5%'], dates: [['今年', '2024-01-01', '2024-12-31'], ['上半年', '2024-01-01', '2024-06-30']], want: [] },
  { name: '从…到 is a span, not a deadline', text: '从2013年到2023年，贸易额增长了一倍。', dates: [Y('2013'), Y('2023')], want: [] },
  { name: '提高到 + number is not 到…年', text: '平均受教育年限从13.5年提高到14年。', nums: ['13.5年', '14年'], want: [] },
  { name: '将近 is a qualifier', text: '参会人数将近1000人。', nums: [['将近1000人', 'approx']], want: [] },
  // The scanner reads a sentence only where a marker applies or a lead deadline may open it.
  {
    name: 'a lead deadline after a full stop, no marker', text: '前言。2027年前，建成100个园区。', nums: ['100个'], dates: [Y('2027')],
    want: [{ text: '2027年前，建成100个园区', deadline: '2027', value: '100个', object: '园区', strength: 'target' }],
  },
  { name: '年到年 is a period, not a deadline', text: '2021年到2025年，新建10个园区。', nums: ['10个'], dates: [Y('2021'), Y('2025')], want: [] },
  { name: 'an article of a regulation states no goal', text: '第五条 到2025年，新建10个园区。', nums: ['10个'], dates: [Y('2025')], want: [] },
  {
    name: 'a question before a goal', text: '将在哪些方面发力？将新建10个园区。', nums: ['10个'],
    want: [{ text: '将新建10个园区', deadline: null, value: '10个', object: '园区', strength: 'plan' }],
  },
];


// §3, §7: planning documents — one target per goal clause; lists after a lead-in (written for these rules).
const planning: Row[] = [
  {
    name: 'a year and a modal leading semicolon-set goals is a list (今年要…；A，B；C): one target per goal clause, the lead in the first',
    text: '今年要坚持稳字当头，全力保障改善民生；全省新增城镇就业60万人以上，城镇调查失业率5.5%以内；居民消费价格涨幅2%左右；生态环境质量持续改善。',
    nums: [['60万人以上', 'above'], ['5.5%以内', 'below'], ['2%左右', 'approx']], dates: [['今年', '2025-01-01', '2025-12-31']], docDate: '2025-01-20',
    want: [
      { text: '今年要坚持稳字当头，全力保障改善民生', deadline: '2025', value: null, strength: 'target' },
      { text: '全省新增城镇就业60万人以上', deadline: '2025', value: '>60万人', strength: 'target' },
      { text: '城镇调查失业率5.5%以内', deadline: '2025', value: '<5.5%', object: '城镇调查失业率', strength: 'target' },
      { text: '居民消费价格涨幅2%左右', deadline: '2025', value: '≈2%', strength: 'target' },
      { text: '生态环境质量持续改善', deadline: '2025', value: null, strength: 'target' },
    ],
  },
  {
    name: 'a year and a modal without a list of semicolon-set items is no list; a past year neither',
    text: '今年要坚持稳字当头，全力保障改善民生。2024年要完成的任务有：A；B；C。',
    dates: [['今年', '2025-01-01', '2025-12-31'], Y('2024')], docDate: '2025-01-20',
    want: [],
  },
  {
    name: 'a list with no deadline of its own (总体要求与目标：) keeps only the items with a quantity',
    text: '总体要求与目标：坚持以人民为中心的发展思想，把养老服务摆在更加突出的位置，新建社区养老服务中心200个。',
    nums: ['200个'],
    want: [{ text: '新建社区养老服务中心200个', deadline: null, value: '200个', strength: 'target' }],
  },
  {
    name: 'a 到…年 lead sentence is one target, its value all the quantities of its goal clauses (not a continuation\'s, 同比…)',
    text: '到2030年，全省农作物秸秆综合利用率达到90%以上，同比提高5个百分点，畜禽粪污综合利用率达到85%以上。',
    nums: [['90%以上', 'above'], '5个百分点', ['85%以上', 'above']], dates: [Y('2030')],
    want: [
      { text: '到2030年，全省农作物秸秆综合利用率达到90%以上，同比提高5个百分点，畜禽粪污综合利用率达到85%以上', deadline: '2030', value: '>90%、>85%', strength: 'target' },
    ],
  },
  {
    name: 'outside a lead sentence each indicator clause is its own target (将A稳定在70%，B控制在30%)',
    text: '规划将全区绿色空间占比稳定在65%，远景开发强度控制在25%。',
    nums: ['65%', '25%'],
    want: [
      { text: '将全区绿色空间占比稳定在65%', deadline: null, value: '65%', strength: 'plan' },
      { text: '远景开发强度控制在25%', deadline: null, value: '25%', object: '远景开发强度', strength: 'plan' },
    ],
  },
  {
    name: 'an allocation after 、 (约…用于…) is a goal of its own; a share ratio (10送5) is no goal\'s value',
    text: '公司计划按照10送5的方式，以约20亿股引入投资者、约60亿股用于清偿债务。',
    nums: [['10送5', 'exact', 'ratio'], ['约20亿股', 'approx'], ['约60亿股', 'approx']],
    want: [
      { text: '计划按照10送5的方式，以约20亿股引入投资者', deadline: null, value: '≈20亿股', strength: 'plan' },
      { text: '约60亿股用于清偿债务', deadline: null, value: '≈60亿股', object: '清偿债务', strength: 'plan' },
    ],
  },
  {
    name: 'a goal named by its value (实现…的预期目标) is a target, from the verb that reaches it',
    text: '答：只要政策协同发力，完全可以实现5.5%左右的预期目标。今年实现经济增长6%左右的预期目标。去年实现了6%左右的预期目标。',
    nums: [['5.5%左右', 'approx'], ['6%左右', 'approx'], ['6%左右', 'approx']],
    dates: [['今年', '2025-01-01', '2025-12-31'], ['去年', '2024-01-01', '2024-12-31']], docDate: '2025-03-05',
    want: [
      { text: '实现5.5%左右的预期目标', deadline: null, value: '≈5.5%', object: null, strength: 'target' },
      { text: '今年实现经济增长6%左右的预期目标', deadline: '2025', value: '≈6%', object: '经济增长', strength: 'target' },
    ],
  },
  {
    name: 'a quota (每个…至少建设一所…) is a plan with a quantity only, its span the whole clause',
    text: '加强县域统筹，重点支持偏远地区每个乡镇原则上至少建设一所标准化幼儿园。',
    nums: [['一所', 'above', '所', 1]],
    want: [{ text: '重点支持偏远地区每个乡镇原则上至少建设一所标准化幼儿园', deadline: null, value: '>1所', object: '标准化幼儿园', strength: 'plan' }],
  },
  {
    name: 'X年前 deadlines are deadlines “by”: two of them in one sentence are two targets',
    text: '全省力争2028年前实现碳达峰，2055年前实现碳中和。',
    dates: [Y('2028'), Y('2055')],
    want: [
      { text: '力争2028年前实现碳达峰', deadline: '2028', value: null, strength: 'strive' },
      { text: '2055年前实现碳中和', deadline: '2055', value: null, strength: 'strive' },
    ],
  },
  {
    name: 'the first clause without a quantity is no goal of its own: the quantity after it belongs to the same target',
    text: '到2030年，城乡教育资源配置基本均衡，建成示范性职业学校30所。',
    nums: ['30所'], dates: [Y('2030')],
    want: [{ text: '到2030年，城乡教育资源配置基本均衡，建成示范性职业学校30所', deadline: '2030', value: '30所', strength: 'target' }],
  },
];

// §7: a time or a start leading an announced action, and a period to run (written for these rules).
const timeLeads: Row[] = [
  {
    name: 'a year leading an announced action is a plan (今年，我们的重点是推动…)',
    text: '今年，我们的工作重点是推动出台数据资产登记办法，引导企业规范开展数据交易。',
    dates: [['今年', '2025-01-01', '2025-12-31']], docDate: '2025-04-10',
    want: [{ text: '今年，我们的工作重点是推动出台数据资产登记办法，引导企业规范开展数据交易', deadline: '2025', value: null, strength: 'plan' }],
  },
  {
    name: 'a leading year describing, not announcing (no action, no quantity), a past year, or no document date: none',
    text: '今年，全省经济运行总体平稳。2024年，全省新建口袋公园120个。',
    nums: ['120个'], dates: [['今年', '2025-01-01', '2025-12-31'], Y('2024')], docDate: '2025-04-10',
    want: [],
  },
  {
    name: 'without the document date a leading year announces nothing',
    text: '2026年，全省推动出台数据资产登记办法。', dates: [Y('2026')], want: [],
  },
  {
    name: 'a clause with its own start (从…开始, 自…起) is a plan with that deadline, also after a comma',
    text: '加快建设终身学习平台，从2026年开始，探索建立个人学习账户，实现学习成果可查询。自2027年起，在具备条件的地区推行学分互认。',
    dates: [Y('2026'), Y('2027')], docDate: '2025-11-20',
    want: [
      { text: '从2026年开始，探索建立个人学习账户，实现学习成果可查询', deadline: '2026', value: null, strength: 'plan' },
      { text: '自2027年起，在具备条件的地区推行学分互认', deadline: '2027', value: null, strength: 'plan' },
    ],
  },
  {
    name: 'a start already past when the document was written reports the past; 从…到 is a period',
    text: '2022年起，我局与高校开展联合培养。从2020年到2024年，累计培训教师3000人次。',
    nums: ['3000人次'], dates: [Y('2022'), Y('2020'), Y('2024')], docDate: '2025-11-20',
    want: [],
  },
  {
    name: 'a start sentence in a 到…年 paragraph keeps its own year; the clauses after it do not inherit the lead',
    text: '到2028年，全省建成示范性实训基地50个。从2026年开始，推行学徒制试点，培训技术工人2万名。',
    nums: ['50个', '2万名'], dates: [Y('2028'), Y('2026')], docDate: '2025-11-20',
    want: [
      { text: '到2028年，全省建成示范性实训基地50个', deadline: '2028', value: '50个', strength: 'target' },
      { text: '从2026年开始，推行学徒制试点，培训技术工人2万名', deadline: '2026', value: '2万名', strength: 'plan' },
    ],
  },
  {
    name: 'a future year heading a clause that brings an indicator to a level (达到, 控制在 + a quantity) is a target; each goal clause its own',
    text: '2027年全县农村自来水普及率达到98%，规模化供水工程覆盖人口比例提高到90%。明年全县污水处理率稳定在95%以上。',
    nums: ['98%', '90%', ['95%以上', 'above']], dates: [Y('2027'), ['明年', '2026-01-01', '2026-12-31']], docDate: '2025-08-12',
    want: [
      { text: '2027年全县农村自来水普及率达到98%', deadline: '2027', value: '98%', object: '农村自来水普及率', strength: 'target' },
      { text: '规模化供水工程覆盖人口比例提高到90%', deadline: '2027', value: '90%', object: '规模化供水工程覆盖人口比例', strength: 'target' },
      { text: '明年全县污水处理率稳定在95%以上', deadline: '2026', value: '>95%', object: '污水处理率', strength: 'target' },
    ],
  },
  {
    name: 'a year with 达到 reports what it reached when it is not after the document\'s year, or when the date is unknown',
    text: '2024年全县农村自来水普及率达到95%。今年全县污水处理率达到93%，同比提高2个百分点。',
    nums: ['95%', '93%', '2个百分点'], dates: [Y('2024'), ['今年', '2025-01-01', '2025-12-31']], docDate: '2025-12-28',
    want: [],
  },
  {
    name: 'a lead year with a comma (2027年，…达到) reads as without it: a level to reach is a target, an action a plan',
    text: '2027年，全县农村自来水普及率达到98%。2027年，全县新建农村供水工程30处。',
    nums: ['98%', '30处'], dates: [Y('2027'), Y('2027')], docDate: '2025-08-12',
    want: [
      { text: '2027年，全县农村自来水普及率达到98%', deadline: '2027', value: '98%', object: '农村自来水普及率', strength: 'target' },
      { text: '2027年，全县新建农村供水工程30处', deadline: '2027', value: '30处', strength: 'plan' },
    ],
  },
  {
    name: 'after a clause naming the plan (按照规划，根據計畫，) the year with 达到 leads as a sentence head would',
    text: '按照规划，2028年全省城市公共交通分担率达到45%。根據計畫，2029年全縣汙水接管率提高到85%。按照方案，2023年全省新建公园120个。',
    nums: ['45%', '85%', '120个'], dates: [Y('2028'), Y('2029'), Y('2023')], docDate: '2025-06-30',
    want: [
      { text: '2028年全省城市公共交通分担率达到45%', deadline: '2028', value: '45%', object: '城市公共交通分担率', strength: 'target' },
      { text: '2029年全縣汙水接管率提高到85%', deadline: '2029', value: '85%', object: '汙水接管率', strength: 'target' },
    ],
  },
  {
    name: 'without the document date a year with 达到 is no target',
    text: '2027年全县农村自来水普及率达到98%。', nums: ['98%'], dates: [Y('2027')], want: [],
  },
  {
    name: 'a 到…年 paragraph: a clause dated before the document reports the past, and a look back (近年来…) ends the led list',
    text: '到2027年，全市建成充电桩5万个。新增换电站200座，2024年建成的站点为120座。近年来，我市新能源汽车发展迅速，2024年保有量达到30万辆。各区安排配套资金不少于5000万元。',
    nums: ['5万个', '200座', '120座', '30万辆', ['5000万元', 'above']], dates: [Y('2027'), Y('2024'), Y('2024')], docDate: '2025-04-01',
    want: [
      { text: '到2027年，全市建成充电桩5万个', deadline: '2027', value: '5万个', strength: 'target' },
      { text: '新增换电站200座', deadline: '2027', value: '200座', strength: 'target' },
    ],
  },
  {
    name: 'a start stating a rule (a permission for a period) is no announced action',
    text: '对已完成改制的企业，自2026年1月1日起可继续免征五年房产税。',
    nums: [['五年', 'exact', '年', 5]], dates: [['2026年1月1日', '2026-01-01', '2026-01-01']], docDate: '2025-12-20',
    want: [],
  },
  {
    name: 'a marker word in the start\'s own clause speaks for the goal (从今年开始拟…)',
    text: '从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元。',
    nums: ['1万亿元'], dates: [['今年', '2024-01-01', '2024-12-31'], ['今年', '2024-01-01', '2024-12-31']], docDate: '2024-03-05',
    want: [{ text: '拟连续几年发行超长期特别国债，今年先发行1万亿元', deadline: '2024', value: '1万亿元', strength: 'plan' }],
  },
  {
    name: '经过N—M年 is a period to run: the interval from the document year; the duration is no value',
    text: '经过5—8年左右时间，城乡养老服务体系基本完善，大幅提升服务质量。',
    nums: [['5—8年左右', 'range', '年', [5, 8]]], docDate: '2025-03-01',
    want: [{ text: '经过5—8年左右时间，城乡养老服务体系基本完善，大幅提升服务质量', deadline: '2030/2033', value: null, strength: 'target' }],
  },
  {
    name: '用三年时间 and 三年内 give the document year + 3; a sentence with its own time never takes the earlier deadline',
    text: '到本世纪中叶，全面建成现代化强省。力争用三年时间攻克一批关键核心技术。争取两年内实现县域全覆盖。',
    nums: [['三年', 'exact', '年', 3], ['两年', 'exact', '年', 2]], docDate: '2024-05-06',
    want: [
      { text: '到本世纪中叶，全面建成现代化强省', deadline: '2050', value: null, strength: 'target' },
      { text: '力争用三年时间攻克一批关键核心技术', deadline: '2027', value: null, strength: 'strive' },
      { text: '争取两年内实现县域全覆盖', deadline: '2026', value: '100%', strength: 'strive' },
    ],
  },
];

// Held-out passages in the styles the product meets (written for these tests, not taken from a fixture);
// numbers and dates are as the number and date layers give them.
const heldOut: Row[] = [
  {
    name: 'Taiwan news: 預估 is a forecast; a plan named …計畫第四期 and a bill passed today are not targets',
    text: '行政院會今天通過前瞻基礎建設計畫第四期特別預算案，總經費新台幣2,133億元。經濟部預估全年經濟成長率為1.61%。',
    nums: ['2,133億元', '1.61%'], dates: [['全年', '2023-01-01', '2023-12-31']], docDate: '2023-06-15',
    want: [
      { text: '預估全年經濟成長率為1.61%', deadline: '2023', value: '1.61%', object: '經濟成長率', strength: 'expect' },
    ],
  },
  {
    name: 'work report: 2025年…主要预期目标是：A；B — the year in the header is every item\'s deadline',
    text: '2025年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民收入增长和经济增长同步；粮食产量1.4万亿斤左右。',
    nums: [['5%左右', 'approx'], ['5.5%左右', 'approx'], ['1200万人以上', 'above'], ['1.4万亿斤左右', 'approx']], dates: [Y('2025')],
    want: [
      { text: '2025年发展主要预期目标是：国内生产总值增长5%左右', deadline: '2025', value: '≈5%', object: '国内生产总值', strength: 'target' },
      { text: '城镇调查失业率5.5%左右', deadline: '2025', value: '≈5.5%', object: '城镇调查失业率', strength: 'target' },
      { text: '城镇新增就业1200万人以上', deadline: '2025', value: '>1200万人', object: '城镇新增就业', strength: 'target' },
      { text: '居民收入增长和经济增长同步', deadline: '2025', value: null, strength: 'target' },
      { text: '粮食产量1.4万亿斤左右', deadline: '2025', value: '≈1.4万亿斤', object: '粮食产量', strength: 'target' },
    ],
  },
  {
    name: 'work report: 今年… tasks (拟, 将)',
    text: '今年赤字率拟按4%左右安排，赤字规模5.66万亿元，比上年增加1.6万亿元。今年将新建改造城市燃气管道等地下管网10万公里以上。',
    nums: [['4%左右', 'approx'], '5.66万亿元', '1.6万亿元', ['10万公里以上', 'above']],
    dates: [['今年', '2025-01-01', '2025-12-31'], ['上年', '2024-01-01', '2024-12-31'], ['今年', '2025-01-01', '2025-12-31']], docDate: '2025-03-05',
    // One target per goal clause (docs/annotation.md §3): 赤字规模 names a goal of its own; 比上年增加… goes on stating it.
    want: [
      { text: '今年赤字率拟按4%左右安排', deadline: '2025', value: '≈4%', object: '赤字率', strength: 'plan' },
      { text: '赤字规模5.66万亿元，比上年增加1.6万亿元', deadline: '2025', value: '5.66万亿元', object: '赤字规模', strength: 'plan' },
      { text: '今年将新建改造城市燃气管道等地下管网10万公里以上', deadline: '2025', value: '>10万公里', strength: 'plan' },
    ],
  },
  {
    name: '行动计划: a sentence (not a paragraph) led by 到2027年， gives its deadline to the 力争 goal, span from 到',
    text: '（三）推动制造业数字化转型。实施制造业数字化转型行动。到2027年，力争使新能源汽车产量达到2000万辆左右。加快工业互联网平台建设。',
    nums: [['2000万辆左右', 'approx']], dates: [Y('2027')],
    want: [{ text: '到2027年，力争使新能源汽车产量达到2000万辆左右', deadline: '2027', value: '≈2000万辆', object: '新能源汽车产量', strength: 'strive' }],
  },
  {
    name: '行动计划: lead sentence with a comparison base (较2023年), then 到2035年 without a quantity',
    text: '到2027年，工业领域设备投资规模较2023年增长25%以上，规模以上工业企业数字化研发设计工具普及率超过90%。到2035年，基本建成现代化产业体系。',
    nums: [['25%以上', 'above'], ['超过90%', 'above']], dates: [Y('2027'), Y('2023'), Y('2035')],
    // §7: the lead sentence is one target, its value listing all its quantities.
    want: [
      { text: '到2027年，工业领域设备投资规模较2023年增长25%以上，规模以上工业企业数字化研发设计工具普及率超过90%', deadline: '2027', value: '>25%、>90%', object: '工业领域设备投资规模', strength: 'target' },
      { text: '到2035年，基本建成现代化产业体系', deadline: '2035', value: null, object: '现代化产业体系', strength: 'target' },
    ],
  },
  {
    name: '行动计划: ——bullets under 到2025年，…实现以下目标：',
    text: '到2025年，新型储能实现以下目标：\n——装机规模达到3000万千瓦以上。\n——新型储能技术创新能力显著提高。\n',
    nums: [['3000万千瓦以上', 'above']], dates: [Y('2025')],
    want: [
      { text: '装机规模达到3000万千瓦以上', deadline: '2025', value: '>3000万千瓦', object: '装机规模', strength: 'target' },
      { text: '新型储能技术创新能力显著提高', deadline: '2025', value: null, strength: 'target' },
    ],
  },
  {
    name: '“十五五”规划: “十五五”末， leads like 到…年; 2030年前 (碳达峰); 努力争取; 到本世纪中叶',
    text: '“十五五”末，全市数字经济核心产业增加值占地区生产总值比重达到15%左右。二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。到本世纪中叶，把我国建成社会主义现代化强国。',
    nums: [['15%左右', 'approx']], dates: [['“十五五”末', '2030-01-01', '2030-12-31'], Y('2030'), Y('2060')],
    want: [
      { text: '“十五五”末，全市数字经济核心产业增加值占地区生产总值比重达到15%左右', deadline: '2030', value: '≈15%', object: '数字经济核心产业增加值占地区生产总值比重', strength: 'target' },
      { text: '力争于2030年前达到峰值', deadline: '2030', value: null, object: '峰值', strength: 'strive' },
      { text: '争取2060年前实现碳中和', deadline: '2060', value: null, object: '碳中和', strength: 'strive' },
      { text: '到本世纪中叶，把我国建成社会主义现代化强国', deadline: '2050', value: null, strength: 'target' },
    ],
  },
  {
    name: 'press release: 预计全年… is a forecast; last year\'s result is not',
    text: '本报北京1月10日电　记者从商务部获悉，预计全年社会消费品零售总额将突破50万亿元，同比增长4%左右。2024年，全国网上零售额达15.5万亿元，同比增长7.2%。',
    nums: [['突破50万亿元', 'above'], ['4%左右', 'approx'], '15.5万亿元', '7.2%'],
    dates: [['1月10日', '2025-01-10', '2025-01-10'], ['全年', '2025-01-01', '2025-12-31'], Y('2024')], docDate: '2025-01-10',
    want: [{ text: '预计全年社会消费品零售总额将突破50万亿元，同比增长4%左右', deadline: '2025', value: '>50万亿元', object: '社会消费品零售总额', strength: 'expect' }],
  },
  {
    name: '通知: 确保…前完成, 今年年底前, and a clause with its own date (年内) and quantity',
    text: '请各地高度重视，确保2025年6月底前完成摸底排查，确保今年年底前全部完成改造任务，年内新开工改造城镇老旧小区5万个以上。',
    nums: [['5万个以上', 'above']],
    dates: [['2025年6月底', '2025-06-30', '2025-06-30'], ['今年年底', '2025-12-31', '2025-12-31'], ['年内', '2025-03-05', '2025-12-31']], docDate: '2025-03-05',
    want: [
      { text: '确保2025年6月底前完成摸底排查', deadline: '2025-06-30', value: null, object: '摸底排查', strength: 'ensure' },
      { text: '确保今年年底前全部完成改造任务', deadline: '2025-12-31', value: null, object: '改造任务', strength: 'ensure' },
      { text: '年内新开工改造城镇老旧小区5万个以上', deadline: '2025', value: '>5万个', strength: 'ensure' },
    ],
  },
  {
    name: '通知: a sentence led by 2025年底前， (no 到) is a deadline lead',
    text: '2025年底前，全面完成城镇燃气管道老化更新改造任务。',
    dates: [['2025年底', '2025-12-31', '2025-12-31']], docDate: '2025-03-05',
    want: [{ text: '2025年底前，全面完成城镇燃气管道老化更新改造任务', deadline: '2025-12-31', value: null, object: '城镇燃气管道老化更新改造任务', strength: 'target' }],
  },
  {
    name: '通知: 今年年底前， leads too; a bare 2024年， (a year spoken of) does not',
    text: '今年年底前，全面完成燃气管道改造。2024年，全国新建燃气管道3万公里。',
    nums: ['3万公里'], dates: [['今年年底', '2025-12-31', '2025-12-31'], Y('2024')], docDate: '2025-03-05',
    want: [{ text: '今年年底前，全面完成燃气管道改造', deadline: '2025-12-31', value: null, object: '燃气管道改造', strength: 'target' }],
  },
  {
    name: 'statistics communiqué: achievements, 完成全年目标, 到2024年末 before the document date — no targets',
    text: '全年国内生产总值1349084亿元，比上年增长5.0%。全年城镇新增就业1256万人，超额完成全年目标任务。到2024年末，全国5G基站达到425万个。2024年末，全国发电装机容量334862万千瓦。',
    nums: ['1349084亿元', '5.0%', '1256万人', '425万个', '334862万千瓦'],
    dates: [['全年', '2024-01-01', '2024-12-31'], ['上年', '2023-01-01', '2023-12-31'], ['全年', '2024-01-01', '2024-12-31'], ['全年', '2024-01-01', '2024-12-31'], ['2024年末', '2024-12-31', '2024-12-31'], ['2024年末', '2024-12-31', '2024-12-31']],
    docDate: '2025-02-28',
    want: [],
  },
  {
    name: 'regulation: articles (第N条) state rules, even with 确保 and a quantity',
    text: '第五条　县级以上地方人民政府应当确保义务教育经费按照不低于当地财政支出4%的比例安排。\n第十条　经营者应当在收到投诉之日起7个工作日内作出处理。\n第二十条　本条例自2025年5月1日起施行。\n',
    nums: [['不低于当地财政支出4%', 'above'], ['7个工作日', 'exact', '工作日']], dates: [['2025年5月1日', '2025-05-01', '2025-05-01']],
    want: [],
  },
  {
    name: 'interview answer: 力争/确保 sentences; 三方面工作 is no goal; 同时，今年计划… takes 今年',
    text: '答：下一步，我们将重点做好三方面工作。一是加快设备更新，力争今年工业领域设备投资增长10%以上。二是确保年底前完成1000个老旧小区改造。同时，今年计划安排中央预算内投资200亿元。',
    nums: [['三方面', 'exact', '方面'], ['10%以上', 'above'], '1000个', '200亿元'],
    dates: [['今年', '2025-01-01', '2025-12-31'], ['年底', '2025-12-31', '2025-12-31'], ['今年', '2025-01-01', '2025-12-31']], docDate: '2025-03-05',
    want: [
      { text: '力争今年工业领域设备投资增长10%以上', deadline: '2025', value: '>10%', object: '工业领域设备投资', strength: 'strive' },
      { text: '确保年底前完成1000个老旧小区改造', deadline: '2025-12-31', value: '1000个', object: '老旧小区改造', strength: 'ensure' },
      { text: '今年计划安排中央预算内投资200亿元', deadline: '2025', value: '200亿元', object: '中央预算内投资', strength: 'plan' },
    ],
  },
  {
    name: 'value display: a range, a vague tail (100多万个), 约',
    text: '力争到2027年研发投入年均增长5%—8%。力争新增就业岗位100多万个。预计全年粮食产量约1.4万亿斤。',
    nums: [['5%—8%', 'range'], ['100多万个', 'above'], ['约1.4万亿斤', 'approx']], dates: [Y('2027'), ['全年', '2025-01-01', '2025-12-31']],
    want: [
      { text: '力争到2027年研发投入年均增长5%—8%', deadline: '2027', value: '5%—8%', object: '研发投入', strength: 'strive' },
      { text: '力争新增就业岗位100多万个', deadline: null, value: '>100万个', strength: 'strive' },
      { text: '预计全年粮食产量约1.4万亿斤', deadline: '2025', value: '≈1.4万亿斤', object: '粮食产量', strength: 'expect' },
    ],
  },
];

describe('targets', () => {
  for (const r of [...rows, ...planning, ...timeLeads, ...heldOut]) {
    it(r.name, () => {
      const { numbers, dates } = layers(r.text, r.nums ?? [], r.dates ?? []);
      const got = extractTargets(r.text, 0, r.text.length, numbers, dates, r.docDate ?? null);
      assert.deepEqual(got.map(t => t.text), r.want.map(w => w.text));
      got.forEach((t, i) => {
        const w = r.want[i];
        assert.equal(t.text, r.text.slice(t.start, t.end));
        assert.equal(t.deadline, w.deadline, `deadline of ${t.text}`);
        assert.equal(t.value, w.value, `value of ${t.text}`);
        assert.equal(t.strength, w.strength, `strength of ${t.text}`);
        if (w.object !== undefined) { assert.equal(t.object, w.object, `object of ${t.text}`); }
      });
    });
  }

  it('a quota in a regulation is a rule in force, no target', () => {
    const text = '用人单位每年至少组织一次安全培训。';
    const { numbers } = layers(text, [['一次', 'above', '次', 1]], []);
    const regulation = { ...EMPTY_PROFILE, layout: { ...EMPTY_PROFILE.layout, regulation: true } };
    assert.deepEqual(extractTargets(text, 0, text.length, numbers, [], null, regulation), []);
    assert.equal(extractTargets(text, 0, text.length, numbers, [], null, EMPTY_PROFILE).length, 1);
  });

  it('honours from/to and returns sorted spans', () => {
    const text = '前言。\n力争到2027年建成200个园区。\n确保到2030年实现全覆盖。\n';
    const { numbers, dates } = layers(text, ['200个'], [Y('2027'), Y('2030')]);
    const second = text.indexOf('确保');
    assert.deepEqual(extractTargets(text, 0, second, numbers, dates.slice(0, 1)).map(t => t.text), ['力争到2027年建成200个园区']);
    assert.deepEqual(extractTargets(text, second, text.length, [], dates.slice(1)).map(t => t.text), ['确保到2030年实现全覆盖']);
    const all = extractTargets(text, 0, text.length, numbers, dates);
    assert.deepEqual(all.map(t => t.start), [...all.map(t => t.start)].sort((a, b) => a - b));
  });

  // These check results on pathological lines; their time is measured by the bench (section 3), never here.
  it('finds every target on a long line full of markers', () => {
    const unit = '将新建5个站点，';
    const text = unit.repeat(12500);
    const numbers = layers(unit, ['5个'], []).numbers;
    const all = Array.from({ length: 12500 }, (_, k) => ({ ...numbers[0], start: numbers[0].start + k * unit.length, end: numbers[0].end + k * unit.length }));
    const got = extractTargets(text, 0, text.length, all, []);
    assert.equal(got.length, 12500);
  });

  it('finds the one target of a huge line cut into chunks (no newline search past the chunk)', () => {
    const text = '力争到2027年建成'.concat('数字园区'.repeat(1_000_000));
    const bounds = chunkBoundaries(text);
    assert.ok(bounds.length > 400);
    let n = 0;
    for (let i = 0; i + 1 < bounds.length; i++) { n += extractTargets(text, bounds[i], bounds[i + 1], [], []).length; }
    assert.equal(n, 1);
  });

  it('bounds the one target of a long line without punctuation', () => {
    const text = '力争到2027年建成'.concat('数字园区'.repeat(250000));
    const got = extractTargets(text, 0, text.length, [], []);
    assert.equal(got.length, 1);
    assert.ok(got[0].end - got[0].start <= 400);
  });
});
