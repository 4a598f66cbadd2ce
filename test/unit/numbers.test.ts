// extractNumbers on the rows and decided hard cases of docs/annotation.md §1 and §7 (Numbers): every
// sentence lists all the numbers it must yield (span text, value, unit, qualifier), no more.
import assert from 'node:assert/strict';
import { extractNumbers, numberEnglish } from '../../src/core/numbers';
import { EMPTY_PROFILE, type DocumentProfile } from '../../src/core/profile';
import type { NumberAnnotation, Span } from '../../src/core/types';

type Value = number | [number, number];
type Row = readonly [string, Value, string | null, string];

function numbers(text: string, blocked: readonly string[] = []): NumberAnnotation[] {
  const spans: Span[] = [];
  for (const b of blocked) {
    const start = text.indexOf(b);
    assert.ok(start >= 0, `blocked span ${b} is in the text`);
    spans.push({ start, end: start + b.length, text: b });
  }
  spans.sort((a, b) => a.start - b.start);
  return extractNumbers(text, 0, text.length, spans);
}

function sameValue(got: Value, want: Value): boolean {
  const g = Array.isArray(got) ? got : [got];
  const w = Array.isArray(want) ? want : [want];
  return g.length === w.length && g.every((x, i) => (Number.isInteger(w[i]) ? x === w[i] : Math.abs(x - w[i]) <= 1e-9 * Math.abs(w[i])));
}

function expectNumbers(text: string, rows: readonly Row[], blocked: readonly string[] = []): NumberAnnotation[] {
  const got = numbers(text, blocked);
  assert.deepEqual(got.map((n) => n.text), rows.map((r) => r[0]), `spans in ${text}`);
  rows.forEach(([span, value, unit, qualifier], i) => {
    const n = got[i];
    assert.ok(sameValue(n.value, value), `${span}: value ${JSON.stringify(n.value)}, want ${JSON.stringify(value)}`);
    assert.equal(n.unit, unit, `${span}: unit`);
    assert.equal(n.qualifier, qualifier, `${span}: qualifier`);
    assert.equal(text.slice(n.start, n.end), n.text, `${span}: offsets`);
  });
  return got;
}

const TABLE: readonly (readonly [string, readonly Row[]])[] = [
  // §1 example rows
  ['制造业增加值占GDP比重为27%', [['27%', 27, '%', 'exact']]],
  ['我国数字产业实现收入32.5万亿元', [['32.5万亿元', 32500000000000, '元', 'exact']]],
  ['累计培育专精特新中小企业超过14万家', [['超过14万家', 140000, '家', 'above']]],
  ['第三支柱个人养老金覆盖面不足1亿人', [['不足1亿人', 100000000, '人', 'below']]],
  ['力争到2027年建成200个左右高标准数字园区', [['200个左右', 200, '个', 'approx']]],
  ['新能源总装机993万千瓦，较去年同期增长近1.1倍', [['993万千瓦', 9930000, '千瓦', 'exact'], ['近1.1倍', 1.1, '倍', 'approx']]],
  ['该项目累计发电16.8亿千瓦时。', [['16.8亿千瓦时', 1680000000, '千瓦时', 'exact']]],
  ['占比百分之二十七，另一项为２７％', [['百分之二十七', 27, '%', 'exact'], ['２７％', 27, '%', 'exact']]],
  ['已有三成企业', [['三成', 30, '%', 'exact']]],
  ['52个非洲国家', [['52个', 52, '个', 'exact']]],
  ['增速在10%—15%之间，期限3至5年', [['10%—15%', [10, 15], '%', 'range'], ['3至5年', [3, 5], '年', 'range']]],
  ['重点抓好四方面工作', [['四方面', 4, '方面', 'exact']]],
  // qualifiers
  ['约500人，大约600人，800人左右，近60%，将近3000元，50岁上下', [
    ['约500人', 500, '人', 'approx'], ['大约600人', 600, '人', 'approx'], ['800人左右', 800, '人', 'approx'],
    ['近60%', 60, '%', 'approx'], ['将近3000元', 3000, '元', 'approx'], ['50岁上下', 50, '岁', 'approx']]],
  ['突破10亿千瓦，逾百万人，3000余所，7成以上，不少于30天，上万个传感器', [
    ['突破10亿千瓦', 1000000000, '千瓦', 'above'], ['逾百万人', 1000000, '人', 'above'], ['3000余所', 3000, '所', 'above'],
    ['7成以上', 70, '%', 'above'], ['不少于30天', 30, '天', 'above'], ['上万个', 10000, '个', 'above']]],
  ['不到5%，20万元以下，未满18周岁，不超过240个月，不能超过48个月', [
    ['不到5%', 5, '%', 'below'], ['20万元以下', 200000, '元', 'below'], ['未满18周岁', 18, '周岁', 'below'],
    ['不超过240个月', 240, '月', 'below'], ['不能超过48个月', 48, '月', 'below']]],
  ['同比下降-2.1%', [['-2.1%', -2.1, '%', 'exact']]],
  // §7 hard cases
  ['三大支柱仍呈现不平衡的发展态势，聚焦八大关注点。', [['三大支柱', 3, '支柱', 'exact'], ['八大关注点', 8, '关注点', 'exact']]],
  ['从政策、市场、科技三个维度阐释', [['三个', 3, '个', 'exact']]],
  ['资金分两期拨付，项目分三批实施', [['两期', 2, '期', 'exact'], ['三批', 3, '批', 'exact']]],
  ['首位、首批、首次、首个、首场活动', []],
  ['一名学生走进一座城市，上了一堂课', []],
  ['纳税人只能享受一次首套住房贷款的利息扣除', [['一次', 1, '次', 'exact']]],
  ['纳税人赡养一位及以上被赡养人', [['一位及以上', 1, '位', 'above']]],
  ['录用两名工作人员', [['两名', 2, '名', 'exact']]],
  ['打造一批集群，出台一系列政策，亿万人民，几十载耕耘', []],
  ['增强“四个意识”、做到“两个维护”，统筹推进“五位一体”，协调推进“四个全面”', []],
  ['PM2.5浓度下降，5G基站，C919大飞机，千兆光网', []],
  ['十四届全国人大一次会议，党的二十大，国发〔2018〕42号，见第三版', []],
  ['华电北疆乌鲁木齐100万千瓦风光项目', [['100万千瓦', 1000000, '千瓦', 'exact']]],
  ['两年平均增长4.5%，受教育年限从13.5年提高到14年', [
    ['两年', 2, '年', 'exact'], ['4.5%', 4.5, '%', 'exact'], ['13.5年', 13.5, '年', 'exact'], ['14年', 14, '年', 'exact']]],
  // §7: anniversaries are numbers with unit 周年, whatever the numeral
  ['今年是学校建校60周年，也是合作办学十周年，恰逢协会成立一百週年', [
    ['60周年', 60, '周年', 'exact'], ['十周年', 10, '周年', 'exact'], ['一百週年', 100, '週年', 'exact']]],
  // shares are counted with 股, in digits or with a magnitude; 一股合力, 两股力量 count no shares
  ['公司拟以约5亿股引入投资者，另发行3000万股用于激励，汇聚一股合力，形成两股力量', [
    ['约5亿股', 500000000, '股', 'approx'], ['3000万股', 30000000, '股', 'exact']]],
  // §7: a share ratio is one number, a ratio without unit
  ['董事会提议以10转10的比例转增股本，另按10送5的方案实施，3转2号楼不在其列', [
    ['10转10', 1, null, 'exact'], ['10送5', 0.5, null, 'exact']]],
  // §7: a tenor in a schedule is a duration; in a product's name it is no number
  ['贷款按5年期偿还，分3年期摊销，参照10年期国债利率和5年期以上LPR', [['5年期', 5, '年', 'exact'], ['3年期', 3, '年', 'exact']]],
  // §7: 一起 counts incidents where another count of 起 or an incident stands by; the adverb is no number
  ['本周共受理投诉5起，其中一起已办结，另有一起交通事故待处理；大家一起努力', [
    ['5起', 5, '起', 'exact'], ['一起', 1, '起', 'exact'], ['一起', 1, '起', 'exact']]],
  // §7: 二次 before a word is “secondary” (二次销售, 二次污染); counts of two say 两次
  ['严禁回收后二次销售，防止二次污染，全年开展两次检查，二次以上违规的从重处罚', [
    ['两次', 2, '次', 'exact'], ['二次以上', 2, '次', 'above']]],
  // §7 identifiers: a whole number that closes a quotation is a product code or a line, not a quantity
  ['门店挂出“只收酱香典藏1935”的招牌，市民可拨打“12345”反映，店员称“每天成交约3000”', [['约3000', 3000, null, 'approx']]],
  // §1, §7: 一半 is 50 %, with the qualifiers around it; 半 of another word is no half
  ['女性委员应占一半以上，志愿者超过一半来自高校，预算减少一半，一半导体企业未参加', [
    ['一半以上', 50, '%', 'above'], ['超过一半', 50, '%', 'above'], ['一半', 50, '%', 'exact']]],
  // §8 Taiwan: spaces between a numeral and its unit stay in the span; a numeral spaced from its 第, or
  // before a locator word (樓, 地號, 時), is no quantity; a year with its month is a date
  ['本會第 312 次會議於市政大樓 5 樓召開，上午 10 時起審議 8 筆土地，公告 30 天', [
    ['8 筆', 8, '筆', 'exact'], ['30 天', 30, '天', 'exact']]],
  ['依都市計畫法第 19 條第 2 項辦理，中山段二小段 45 地號，民國 99 年 3 月公告，共 12 人出席', [['12 人', 12, '人', 'exact']]],
  // §7 identifiers: table, figure and annex references and telephone, hotline and code numbers are no quantities
  ['详见附件2，指标如表3所列、如图1所示，咨询电话：01088886666，投诉热线为12315，共建成3所学校', [['3所', 3, '所', 'exact']]],
  // §7: N日 followed by 内/以内 is a duration in days (any digit form); a day of a month stays the date layer's
  ['受理机关应当自收到申请之日起１５日内作出决定，逾期的于5日以内补正，每月5日内报送', [
    ['１５日', 15, '日', 'exact'], ['5日以内', 5, '日', 'below']]],
  // §7: a qualifier apart from the number still applies, across a verb or a base; none across other words
  ['各县至少新建一所特殊教育学校，每季度至少开展一次检查，最多补贴3000元', [
    ['一所', 1, '所', 'above'], ['一次', 1, '次', 'above'], ['3000元', 3000, '元', 'below']]],
  ['研发投入不低于营业收入的5%，进口额约占全国总量的1.2%，超过规定期限3天，最多的3个省份', [
    ['5%', 5, '%', 'above'], ['1.2%', 1.2, '%', 'approx'], ['3天', 3, '天', 'exact'], ['3个', 3, '个', 'exact']]],
  // §2, §7: 过去N年 and N年前 are dates (the date layer owns them), never durations
  ['与30年前相比，过去5年累计投资500亿元，过去48小时降雨量创新高', [['500亿元', 50000000000, '元', 'exact']]],
  // §7 Fractions: a share N分之M is a percentage, unrounded, with its qualifiers
  ['受益群众超过三分之二，财政承担五分之一，另有一又二分之一倍', [
    ['超过三分之二', 200 / 3, '%', 'above'], ['五分之一', 20, '%', 'exact'], ['一又二分之一倍', 1.5, '倍', 'exact']]],
  // §7: 万名/千名 before a noun counts the people of an announced programme; not the base of a rate
  ['实施万名村医培训计划，组织千名专家下基层，每千名老人拥有护理员3名，成千上万名志愿者', [
    ['万名', 10000, '名', 'exact'], ['千名', 1000, '名', 'exact'], ['3名', 3, '名', 'exact']]],
  // §7 Fractions: a slash fraction after a word reads like N分之M; dates, pages and large denominators do not
  ['地方承担总投资的1/4，约2/3以上的村完成，2024/3/5发布，编号3/250', [
    ['1/4', 25, '%', 'exact'], ['约2/3以上', 200 / 3, '%', 'above']]],
  ['分别为65%和55%', [['65%', 65, '%', 'exact'], ['55%', 55, '%', 'exact']]],
  // §7: a unit written once after coordinated values is every value's; a magnitude must agree
  ['城镇和农村分别回落0.8和1.4个百分点，三地分别为3.2、4.5和5.1个百分点', [
    ['0.8', 0.8, '百分点', 'exact'], ['1.4个百分点', 1.4, '百分点', 'exact'],
    ['3.2', 3.2, '百分点', 'exact'], ['4.5', 4.5, '百分点', 'exact'], ['5.1个百分点', 5.1, '百分点', 'exact']]],
  ['两地投资分别为350亿和420亿元，增幅为6.5和7.2%', [
    ['350亿', 3.5e10, '元', 'exact'], ['420亿元', 4.2e10, '元', 'exact'], ['6.5', 6.5, '%', 'exact'], ['7.2%', 7.2, '%', 'exact']]],
  ['补助标准为3和5万元两档，比值2.5和收入8万元', [
    ['3', 3, null, 'exact'], ['5万元', 50000, '元', 'exact'], ['2.5', 2.5, null, 'exact'], ['8万元', 80000, '元', 'exact']]],
  ['1.2、总体要求；分别为2.5、3.5。', [['2.5', 2.5, null, 'exact'], ['3.5', 3.5, null, 'exact']]],
  // §7: the numbers listed after an ordinal share its 第 (article references are no numbers)
  ['依照第4、5条和第二、三章，违反第6至8款的，处2000元罚款', [['2000元', 2000, '元', 'exact']]],
  ['三县分别新建8、10和12所学校，住在3、5号楼，1、2月份', [
    ['8', 8, '所', 'exact'], ['10', 10, '所', 'exact'], ['12所', 12, '所', 'exact']]],
  // §8 Tables: a cell takes its column's unit or the unit line's (with its magnitude); a note in a cell
  // is a second number; 0 is a number; a column of labels (序号, 编号) holds no numbers
  ['表2　各区养老床位（单位：万元）\n区\t投资\t增速（%）\n东区\t86（其中改建12）\t4.5\n\n西区\t0\t2.25\n', [
    ['86', 860000, '元', 'exact'], ['12', 120000, '元', 'exact'], ['4.5', 4.5, '%', 'exact'],
    ['0', 0, '元', 'exact'], ['2.25', 2.25, '%', 'exact']]],
  ['序号\t工程\t长度（公里）\t投资(亿元)\n1\t环线\t12.5\t3.2\n2\t支线\t4\t0.75\n', [
    ['12.5', 12.5, '公里', 'exact'], ['3.2', 3.2e8, '元', 'exact'], ['4', 4, '公里', 'exact'], ['0.75', 7.5e7, '元', 'exact']]],
  ['点号\t纵距\n（单位：米）\n甲\t15.5\n备注（注1）：见图2。\n', [['15.5', 15.5, '米', 'exact']]],
  // §8 Tables: a whole number alone in a row's first cell, before words, numbers the row
  ['二、试点事项（共2项）\n1\t推行电子证照\t全省\n\n2\t“一网通办”\t12个市\n3\t450\t520\n', [
    ['2项', 2, '项', 'exact'], ['12个', 12, '个', 'exact'], ['3', 3, null, 'exact'], ['450', 450, null, 'exact'], ['520', 520, null, 'exact']]],
  // §1 Not numbers: the number of a heading or numbered paragraph, opening its line
  ['1　总则\n2.3　保障措施\n3.1.2 各地每年安排2次演练。\n　　5 家单位参加，增长\n2.5 个百分点', [
    ['2次', 2, '次', 'exact'], ['5 家', 5, '家', 'exact'], ['2.5 个百分点', 2.5, '百分点', 'exact']]],
  ['从2.1%提高到2.5%以上', [['2.1%', 2.1, '%', 'exact'], ['2.5%以上', 2.5, '%', 'above']]],
  // §1: a range stays a range with 约 before it or 左右 after it, and the word is in its span
  ['目前大额存单利率约2-3%，经营贷利率大约4-6%，再经过3—5年左右努力', [
    ['约2-3%', [2, 3], '%', 'range'], ['大约4-6%', [4, 6], '%', 'range'], ['3—5年左右', [3, 5], '年', 'range']]],
  ['25-59岁人口调查失业率为4.5%', [['25-59岁', [25, 59], '岁', 'range'], ['4.5%', 4.5, '%', 'exact']]],
  ['城乡居民人均收入比值2.62', [['2.62', 2.62, null, 'exact']]],
  ['960多万贫困人口实现易地搬迁', [['960多万', 9600000, '人', 'above']]],
  ['分摊的额度不能超过每月1000元', [['1000元', 1000, '元', 'below']]],
  ['被赡养人是指年满60岁的父母，在80000元限额内据实扣除', [['60岁', 60, '岁', 'exact'], ['80000元', 80000, '元', 'exact']]],
  ['市辖区户籍人口超过100万的城市', [['超过100万', 1000000, '人', 'above']]],
  ['歲入456億5,231萬元，另有3億餘元，增加2倍有餘', [
    ['456億5,231萬元', 45652310000, '元', 'exact'], ['3億餘元', 300000000, '元', 'above'], ['2倍有餘', 2, '倍', 'above']]],
  ['僅100人，多达200人之多', [['100人', 100, '人', 'exact'], ['200人', 200, '人', 'exact']]],
  ['李二民在三矿工作，第三十五案，第3條', []],
  ['三分之一，千分之五，萬分之三，五千多人', [
    ['三分之一', 100 / 3, '%', 'exact'], ['千分之五', 0.5, '%', 'exact'], ['萬分之三', 0.03, '%', 'exact'], ['五千多人', 5000, '人', 'above']]],
  ['差不多是9萬', [['9萬', 90000, null, 'exact']]],
  ['装机规模可达1000万千瓦', [['1000万千瓦', 10000000, '千瓦', 'exact']]],
  ['上亿人受益，超过五成', [['上亿人', 100000000, '人', 'above'], ['超过五成', 50, '%', 'above']]],
  ['中国连续15年稳居非洲第一大贸易伙伴国地位', [['第一大', 1, 'ordinal', 'exact']]],
  ['第一支柱基本养老保险，第二产业增加值，一线城市和二线城市，四五线城市', []],
  // not numbers: names, slogans, markers, clock times, cohorts, document numbers
  ['一是健全机制。二是强化保障。（一）总体要求。一、基本原则。第一，稳增长。', []],
  ['上午9時7分開會，14時26分散會', []],
  ['85后和80后，千禧一代，中国环流三号', []],
  ['第8屆第1會期第38次會議，院總第1574號，第9459號', []],
  ['一带一路，一国两制，一张网，一链一策，小快轻准，一起，一体化，一流，一线，一技之长，若干，多个', []],
  ['新一代，新一轮，统一，进一步，下一步，之一，一方面，一定，一些，这一，一种，一条，一波，一般，不一样，一回事', []],
  ['一座座，一场场，一次次，一片，一员，零关税，冬季两项，两者，再讲一次，最近一次，算一下，先学一步，学深一层', []],
  ['汽车零部件等产品，进口零配件和零件，电子零组件', []],
  ['零部件企业5家', [['5家', 5, '家', 'exact']]],
  ['5年期以上LPR为3.95%', [['3.95%', 3.95, '%', 'exact']]],
  ['二十届三中全会，十九届二中、三中全会，十九大', []],
  // generalisation beyond the fixtures
  ['拨打12345热线，建设985高校，二〇二四年，十几个国家，几十个项目，数百家企业，成千上万人，两三个月', []],
  ['项目分三期建设，华能二期工程', [['三期', 3, '期', 'exact']]],
  ['每单位3至5万元，约需两个半月，装机3GW，5G网络', [
    ['3至5万元', [30000, 50000], '元', 'range'], ['两个半月', 2.5, '月', 'exact'], ['3GW', 3, 'GW', 'exact']]],
  ['城镇新增就业1200万人以上，居民消费价格涨幅3%左右，粮食产量1.3万亿斤以上', [
    ['1200万人以上', 12000000, '人', 'above'], ['3%左右', 3, '%', 'approx'], ['1.3万亿斤以上', 1300000000000, '斤', 'above']]],
  ['65周岁及以上人口21676万人，出生率为6.39‰，近八成企业盈利', [
    ['65周岁及以上', 65, '周岁', 'above'], ['21676万人', 216760000, '人', 'exact'], ['6.39‰', 6.39, '‰', 'exact'], ['近八成', 80, '%', 'approx']]],
  ['上午9:30开会，3月5日开幕，1—7月份', []],
  ['近万人参加，逾万家企业，超万亿元，亿万人民，千家万户', [
    ['近万人', 10000, '人', 'approx'], ['逾万家', 10000, '家', 'above'], ['超万亿元', 1000000000000, '元', 'above']]],
  // short Chinese numerals in list markers and article numbers (decided without a numeral scan)
  ['（十一）完善制度。（二十三）加强监督。十五）推进。一) 规定。第十三条、第二十五条规定', []],
  ['是全球第三大市场，居世界第二位，第十二名', [['第三大', 3, 'ordinal', 'exact'], ['第二位', 2, 'ordinal', 'exact']]],
  ['投资2万亿元，其中3.2万亿元用于基建', [['2万亿元', 2000000000000, '元', 'exact'], ['3.2万亿元', 3200000000000, '元', 'exact']]],
];

describe('extractNumbers — docs/annotation.md §1 and §7', () => {
  for (const [text, rows] of TABLE) {
    it(text, () => { expectNumbers(text, rows); });
  }
});

describe('extractNumbers — page-number lines (docs/annotation.md §8)', () => {
  // Hard-wrapped text pasted from a PDF: a lone number on its line is a page number too.
  const WRAPPED: DocumentProfile = { ...EMPTY_PROFILE, layout: { ...EMPTY_PROFILE.layout, wrapWidth: 80 } };
  const CASES: readonly (readonly [string, boolean, readonly string[]])[] = [
    ['各地要新建实训基地\n— 7 —\n20个，完善管理', false, ['20个']],
    ['补贴标准为每人\n- 12 -\n500元', false, ['500元']],
    ['培训规模\n第 3 页 共 9 页\n达到3万人次', false, ['3万人次']],
    ['经费安排如下\n14\n共计300万元', true, ['300万元']],
    ['合计\n14\n', false, ['14']],
    // the same lines ending with a lone \r (old Mac) or \r\n
    ['各地要新建实训基地\r— 7 —\r20个，完善管理', false, ['20个']],
    ['培训规模\r第 3 页 共 9 页\r达到3万人次', false, ['3万人次']],
    ['经费安排如下\r14\r共计300万元', true, ['300万元']],
    ['各地要新建实训基地\r\n— 7 —\r\n20个，完善管理', false, ['20个']],
  ];
  for (const [text, wrapped, want] of CASES) {
    it(`${JSON.stringify(text)}${wrapped ? ' (hard-wrapped)' : ''} → ${want.join(', ')}`, () => {
      const got = extractNumbers(text, 0, text.length, [], wrapped ? WRAPPED : EMPTY_PROFILE);
      assert.deepEqual(got.map((n) => n.text), want);
    });
  }
  // §7: a qualifier apart from its number applies across a line break of hard-wrapped text only
  const APART: readonly (readonly [string, boolean, string])[] = [
    ['新建项目补贴不低于总投\n资的30%，其余自筹', true, 'above'], ['新建项目补贴不低于总投\n资的30%，其余自筹', false, 'exact'],
    ['每个县原则上至少\n建设一所', true, 'above'], ['补贴不低于总投资的\n30%', true, 'above'], ['每个县至少\n一所', true, 'above'],
    // the same breaks as \r\n and as a lone \r (old Mac text)
    ['新建项目补贴不低于总投\r\n资的30%，其余自筹', true, 'above'], ['每个县原则上至少\r\n建设一所', true, 'above'], ['补贴不低于总投资的\r\n30%', true, 'above'],
    ['新建项目补贴不低于总投\r资的30%，其余自筹', true, 'above'], ['每个县至少\r一所', true, 'above'], ['补贴不低于总投资的\r30%', true, 'above'],
    ['新建项目补贴不低于总投\r资的30%，其余自筹', false, 'exact'],
  ];
  for (const [text, wrapped, q] of APART) {
    it(`${JSON.stringify(text)}${wrapped ? ' (hard-wrapped)' : ''} → ${q}`, () => {
      const got = extractNumbers(text, 0, text.length, [], wrapped ? WRAPPED : EMPTY_PROFILE);
      assert.equal(got.length, 1);
      assert.equal(got[0].qualifier, q);
    });
  }
});

describe('extractNumbers — attributes', () => {
  it('change follows the verb before the number', () => {
    const got = expectNumbers('城镇调查失业率回落0.4个百分点至5.5%，同比增长2.5%', [
      ['0.4个百分点', 0.4, '百分点', 'exact'], ['5.5%', 5.5, '%', 'exact'], ['2.5%', 2.5, '%', 'exact']]);
    assert.equal(got[0].change, 'down');
    assert.equal(got[1].change, undefined);
    assert.equal(got[2].change, 'up');
    assert.equal(got[0].kind, 'percent');
  });
  it('coordinated values share the direction', () => {
    const got = expectNumbers('环比分别增长29.7%和34.4%', [['29.7%', 29.7, '%', 'exact'], ['34.4%', 34.4, '%', 'exact']]);
    assert.equal(got[1].change, 'up');
  });
  it('倍: growth with the implied base in the unit of the stated value', () => {
    const got = expectNumbers('新能源总装机993万千瓦，较去年同期增长近1.1倍', [
      ['993万千瓦', 9930000, '千瓦', 'exact'], ['近1.1倍', 1.1, '倍', 'approx']]);
    assert.equal(got[1].reading, 'growth');
    assert.equal(got[1].kind, 'multiple');
    assert.ok(Math.abs((got[1].impliedBase ?? 0) - 9930000 / 2.1) < 1e-6);
  });
  it('倍: multiple for 是…的N倍', () => {
    const got = expectNumbers('出口额是去年的2倍', [['2倍', 2, '倍', 'exact']]);
    assert.equal(got[0].reading, 'multiple');
  });
  it('kinds', () => {
    const got = numbers('收入32.5万亿元，14万家，27%，993万千瓦，第一大国，1.1倍，比值2.62');
    assert.deepEqual(got.map((n) => n.kind), ['money', 'cardinal', 'percent', 'quantity', 'ordinal', 'multiple', 'ratio']);
  });
  it('english', () => {
    const got = numbers('收入32.5万亿元，超过14万家，993万千瓦');
    assert.deepEqual(got.map((n) => numberEnglish(n)), ['32.5 trillion yuan', 'over 140,000 companies', '9.93 million kilowatts (9.93 GW)']);
  });
  it('traditional, full-width and 〇 forms', () => {
    expectNumbers('共５，４００人，計壹佰伍拾萬元，三千〇五十人', [
      ['５，４００人', 5400, '人', 'exact'], ['壹佰伍拾萬元', 1500000, '元', 'exact'], ['三千〇五十人', 3050, '人', 'exact']]);
  });
});

describe('extractNumbers — dates and chunks', () => {
  it('a date span absorbs its numerals', () => {
    expectNumbers('今年前7个月建成并网517万千瓦，中国已经连续15年稳居第一', [['517万千瓦', 5170000, '千瓦', 'exact']], ['今年前7个月', '连续15年']);
  });
  it('only scans [from, to)', () => {
    const text = '收入100元。支出200元。';
    const got = extractNumbers(text, 6, text.length, []);
    assert.deepEqual(got.map((n) => n.text), ['200元']);
  });
  // Time is measured by the bench (npm run bench, section 3), never here: this checks the result.
  it('reads pathological input to the end, spans inside the text and in order', () => {
    const inputs = ['1'.repeat(100000), '一'.repeat(100000), '1,234'.repeat(20000), '三万'.repeat(50000), '第一'.repeat(50000)];
    for (const t of inputs) {
      const got = extractNumbers(t, 0, t.length, []);
      let last = 0;
      for (const n of got) {
        assert.ok(n.start >= last && n.end <= t.length && n.start < n.end, `${t.slice(0, 6)}…: ${n.start}–${n.end}`);
        last = n.end;
      }
    }
  });
});

describe('extractNumbers — properties', () => {
  // Random text over the characters the scanner cares about: never throws, spans stay inside
  // [from, to), sorted, non-overlapping, outside blocked spans, and values are finite.
  const ALPHABET = [...'0123456789０１２.．,，%％-－—~至到一二两三四五六七八九十百千万亿兆零〇半多余几第上大个元人年月日成折倍分之又点约近超过不足以上下左右及每月“”、，。 \nAGe'];
  it('keeps the span contract on random input', async () => {
    const fc = await import('fast-check');
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }),
      fc.nat(60), fc.nat(60), fc.nat(60),
      (chars, a, b, c) => {
        const text = chars.join('');
        const from = Math.min(a, text.length);
        const to = Math.max(from, Math.min(b, text.length));
        const bs = Math.min(c, text.length);
        const blocked: Span[] = bs + 2 <= text.length ? [{ start: bs, end: bs + 2, text: text.slice(bs, bs + 2) }] : [];
        const got = extractNumbers(text, from, to, blocked);
        let prevEnd = from;
        for (const n of got) {
          assert.ok(n.start >= prevEnd && n.end <= to && n.start < n.end, `span ${n.start}-${n.end} in ${JSON.stringify(text)}`);
          assert.equal(text.slice(n.start, n.end), n.text);
          for (const bl of blocked) { assert.ok(n.end <= bl.start || n.start >= bl.end, 'outside blocked'); }
          const vs = Array.isArray(n.value) ? n.value : [n.value];
          for (const v of vs) { assert.ok(Number.isFinite(v), `finite value for ${n.text}`); }
          prevEnd = n.end;
        }
      }), { numRuns: 3000 });
  });
});

describe('numberEnglish', () => {
  // The words of every shape a number is read in, as the §6 JSON gives them (never stored on the annotation).
  const cases: readonly (readonly [string, readonly string[]])[] = [
    ['增长10%—15%', ['10–15 percent']],
    ['3至5万元', ['30,000–50,000 yuan']],
    ['16-24岁', ['16–24 years old']],
    ['装机容量993万千瓦，增长2.1倍', ['9.93 million kilowatts (9.93 GW)', '2.1 times (base ≈ 3.2032 million kilowatts)']],
    ['发电量100亿千瓦时，是去年的2倍', ['10 billion kilowatt-hours (10 TWh)', '2 times (base ≈ 5 billion kilowatt-hours)']],
    ['上万人增长了2倍', ['over 10,000 people', '2 times (base ≈ 3,333 人)']],
    ['人口超过1万，是2倍', ['over 10,000 people', '2 times (base ≈ 5,000 人)']],
    ['人口超过100万', ['over 1 million people']],
    ['第一大贸易伙伴', ['1st largest']],
    ['居世界第二位', ['2nd']],
    ['三分之一', ['33.333333 percent']],
    ['一又三分之一', ['1.333333']],
    ['比值2.62', ['2.62']],
    ['三大城市', ['3 major 城市']],
    ['1人', ['1 person']],
    ['两个半月', ['2.5 months']],
    ['10度电', ['10 kilowatt-hours (0.01 MWh)']],
    ['10度', ['10 degrees']],
    ['约5成', ['about 50 percent']],
    ['打八折', ['80 percent']],
    ['不足1亿人', ['under 100 million people']],
    ['5个百分点', ['5 percentage points']],
    ['1个百分点', ['1 percentage point']],
    ['3‰', ['3 per mille']],
    ['近万人', ['about 10,000 people']],
    ['逾亿元', ['over 100 million yuan']],
    ['1.5亩', ['1.5 mu (0.1 hectares)']],
  ];
  for (const [text, want] of cases) {
    it(`${text} → ${want.join(' | ')}`, () => {
      const got = numbers(text);
      assert.deepEqual(got.map((n, i) => numberEnglish(n, got, i)), want);
      // The index is found when not given; nothing is stored on the annotation.
      assert.deepEqual(got.map((n) => numberEnglish(n, got)), want);
      assert.ok(got.every((n) => !('english' in n)));
    });
  }
});
