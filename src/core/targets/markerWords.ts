// Language data for target recognition (ANNOTATION.md §3 and §7 "Targets").
// Simplified and traditional spellings stand side by side; targets.ts holds no words of its own.
import type { TargetStrength } from '../types';

export interface TargetMarker {
  word: string;
  strength: TargetStrength;
  /** `list`: a goal list header when a colon follows (目标是：A；B；C). */
  list?: boolean;
  /** `deadline`: the marker is 到/至 and only counts when a date follows at once. */
  deadline?: boolean;
  /** Words right before the marker that make it a noun or another word (计划单列市 is a city class). */
  notAfter?: readonly string[];
  /** Words right after the marker that make it a noun or another word. */
  notBefore?: readonly string[];
  /** The quantity must stand in the marker's own clause (将, forecasts): a later clause is another statement. */
  sameClause?: boolean;
}

// Punctuation after a would-be verb means the word was used as a noun (市场预测、技术指导).
const NOUN_FOLLOWERS = ['、', '，', '。', '；', '：', '）', '”', '》', '的', '和', '与', '及', '等', ',', ';', ')'];

const FORECAST_NOUN_FOLLOWERS = NOUN_FOLLOWERS.filter(w => w !== '，' && w !== ',');

const PLAN_NOUN_BEFORE = ['有', '的', '行动', '研发', '专项', '五年', '工作', '发展', '年度', '投资', '生育', '重点', '人才', '培育', '按', '按照', '该', '此', '本', '項', '個', '有計', '行動', '研發', '專項', '工作', '發展', '國家', '国家'];

export const TARGET_MARKERS: readonly TargetMarker[] = [
  // 努力争取 is 努力 + 争取, not 力争.
  { word: '力争', strength: 'strive', notAfter: ['努'] },
  { word: '力爭', strength: 'strive', notAfter: ['努'] },
  { word: '争取', strength: 'strive', notBefore: ['更多', '到更多', '机会', '时间', '支持', '民心', '人心'] },
  { word: '爭取', strength: 'strive', notBefore: ['更多', '機會', '時間', '支持'] },
  { word: '确保', strength: 'ensure' },
  { word: '確保', strength: 'ensure' },
  { word: '主要预期目标', strength: 'target', list: true },
  { word: '主要預期目標', strength: 'target', list: true },
  { word: '预期目标', strength: 'target', list: true },
  { word: '預期目標', strength: 'target', list: true },
  { word: '目标任务是', strength: 'target', list: true },
  { word: '目标是', strength: 'target', list: true },
  { word: '目标为', strength: 'target', list: true },
  { word: '目标：', strength: 'target', list: true },
  { word: '目標是', strength: 'target', list: true },
  { word: '目標為', strength: 'target', list: true },
  { word: '目標：', strength: 'target', list: true },
  { word: '计划', strength: 'plan', notAfter: PLAN_NOUN_BEFORE, notBefore: [...NOUN_FOLLOWERS, '单列', '生育', '经济', '性', '书', '表', '内', '外', '中', '地', '实施', '项目', '体系', '管理', '任务', '第'] },
  { word: '計劃', strength: 'plan', notAfter: PLAN_NOUN_BEFORE, notBefore: [...NOUN_FOLLOWERS, '單列', '生育', '經濟', '性', '書', '表', '內', '外', '中', '地', '實施', '項目', '第'] },
  { word: '計畫', strength: 'plan', notAfter: PLAN_NOUN_BEFORE, notBefore: [...NOUN_FOLLOWERS, '單列', '生育', '經濟', '性', '書', '表', '內', '外', '中', '地', '實施', '項目', '第'] },
  { word: '拟', strength: 'plan', notAfter: ['模', '虚', '草', '比', '摹', '仿'], notBefore: [...NOUN_FOLLOWERS, '人', '态', '声', '定', '稿', '真', '物'] },
  { word: '擬', strength: 'plan', notAfter: ['模', '虛', '草', '比', '摹', '仿'], notBefore: [...NOUN_FOLLOWERS, '人', '態', '聲', '定', '稿', '真', '物'] },
  // 据预测，… introduces a forecast; 市场预测、技术指导 lists a service.
  { word: '预计', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '預計', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '预测', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '预估', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '預估', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '預測', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '预期', strength: 'expect', sameClause: true, notAfter: ['超', '于', '及', '场', '好于', '低于', '高于', '稳', '的', '和', '、', '资', '心', '理'], notBefore: [...NOUN_FOLLOWERS, '值', '管理', '效果', '引导', '不'] },
  { word: '預期', strength: 'expect', sameClause: true, notAfter: ['超', '於', '及', '場', '的', '和', '、', '資', '心', '理'], notBefore: [...NOUN_FOLLOWERS, '值', '管理', '效果', '引導', '不'] },
  { word: '有望', strength: 'expect', sameClause: true },
  // 将 is an announced action; normative modals before it make it a rule, not a plan.
  { word: '将', strength: 'plan', sameClause: true, notAfter: ['应当', '应', '须', '必须', '可以', '可', '不得', '不', '大', '武', '老', '名', '主', '干', '猛', '已', '曾', '能', '中', '上'], notBefore: ['近', '来', '军', '士', '领', '帅', '就', '心', '官', '门', '相', '计'] },
  { word: '將', strength: 'plan', sameClause: true, notAfter: ['應當', '應', '須', '必須', '可以', '可', '不得', '不', '大', '武', '老', '名', '主', '幹', '猛', '已', '曾', '能', '中', '上'], notBefore: ['近', '來', '軍', '士', '領', '帥', '就', '心', '官', '門', '相', '計'] },
  { word: '到', strength: 'target', deadline: true },
  { word: '至', strength: 'target', deadline: true, notAfter: ['以', '甚', '乃', '直', '及', '截', '自', '从', '從', '由'] },
];

/** Words that make a clause a report of the past, whatever its verbs (§7). */
export const PAST_WORDS: readonly string[] = [
  '已经', '已經', '已', '累计', '累計', '截至', '截止', '去年', '上年', '前年', '上一年',
  '实现了', '實現了', '完成了', '达到了', '達到了', '建成了', '超过了', '超過了', '突破了',
  '增长了', '增長了', '提高了', '下降了', '新增了', '取得了', '培育了', '推出了', '打造了',
  '过去', '過去', '以来', '以來', '曾经', '曾經',
];

/** Perfective 了 marks a past event (交给了, 吸引了) except in these words. */
export const LE_EXCEPTIONS: readonly string[] = ['为了', '為了', '除了', '罢了', '罷了', '了解', '了结', '了結', '不了', '得了', '了不起', '受不了', '少不了', '免不了', '忘不了', '终了', '終了', '末了', '了如指掌', '一了百了'];

/** Units of time: a duration (将持续3天) is not what a goal achieves. */
export const DURATION_UNITS: readonly string[] = ['天', '日', '小时', '小時', '分钟', '分鐘', '周', '週', '个月', '個月', '月', '年', '季度'];

/** Past words that are parts of other words (不得已, 而已, 已知…). */
export const PAST_EXCEPTIONS: readonly string[] = [
  '不得已', '而已', '已知', '过去式',
  // A comparison with last year is not a report of it: 比上年增加1000亿元.
  '比上年', '较上年', '較上年', '与上年', '與上年', '比去年', '较去年', '較去年', '与去年', '與去年', '比前年',
];

/** Rules in force: a clause with these is a regulation's text, not a goal. */
export const RULE_WORDS: readonly string[] = ['起施行', '起实施', '起执行', '起實施', '起執行', '施行', '定额扣除', '定額扣除'];

/** Clause openers that start a new independent clause and end the goal before them. */
export const CLAUSE_BREAKERS: readonly string[] = [
  '但是', '但', '然而', '不过', '不過', '同时', '同時', '此外', '另外', '其中', '与此同时', '與此同時', '目前', '当前', '當前',
];

/** Words that state a complete share as the value: 实现…全覆盖 → 100%. */
export const COVERAGE_VALUES: readonly { word: string; value: string }[] = [
  { word: '全覆盖', value: '100%' },
  { word: '全覆蓋', value: '100%' },
  { word: '全部覆盖', value: '100%' },
  { word: '全部覆蓋', value: '100%' },
  { word: '全面覆盖', value: '100%' },
  { word: '全面覆蓋', value: '100%' },
  { word: '应保尽保', value: '100%' },
  { word: '應保盡保', value: '100%' },
  { word: '翻一番', value: '×2' },
  { word: '翻两番', value: '×4' },
  { word: '翻兩番', value: '×4' },
  { word: '清零', value: '0' },
];

/** After a deadline date: 到2025年底 / 2027年前 / 在2025年之前. */
export const DEADLINE_SUFFIXES: readonly string[] = ['年底前', '底前', '之前', '以前', '前', '底', '末', '年底', '年末', '期末', '期间', '時期', '时期', '期間'];

/** Years that are deadlines only when the document date says so; these are never deadlines. */
export const PAST_DATE_PREFIXES: readonly string[] = ['去年', '上年', '前年', '昨年', '上月', '上个月', '上個月', '昨天', '昨日'];

/** A date right after these is a base or a start, not a deadline (比2020年下降18%). */
export const NON_DEADLINE_BEFORE: readonly string[] = ['比', '较', '較', '与', '與', '同', '从', '從', '自', '截至', '截止', '相比'];

/** A date right before these is not a deadline either (2020年以来, 2020年同期). */
export const NON_DEADLINE_AFTER: readonly string[] = ['以来', '以來', '同期', '水平', '基础上', '基礎上', '相比', '的', '起'];

/** Value qualifiers inside a number's text, stripped when the sign says it (≈200个, >14万家). */
export const QUALIFIER_PREFIXES: readonly string[] = [
  '大约', '大約', '将近', '將近', '接近', '不少于', '不少於', '不低于', '不低於', '不超过', '不超過', '不高于', '不高於',
  '超过', '超過', '突破', '不足', '不到', '未满', '未滿', '约', '約', '近', '逾', '达', '達', '上',
];
export const QUALIFIER_SUFFIXES: readonly string[] = ['左右', '上下', '以上', '以下', '以内', '以內', '之内', '之內', '有余', '有餘', '多', '余', '餘'];
export const QUALIFIER_SIGNS: Readonly<Record<string, string>> = { approx: '≈', above: '>', below: '<' };

/** Verbs ending the subject before a value: 总规模达到2万亿元 → 总规模. Longest first. */
export const VALUE_VERBS: readonly string[] = [
  '提高到', '提升到', '提升至', '提高至', '增加到', '增加至', '增长到', '增长至', '降低到', '降低至', '下降到', '下降至', '减少到', '减少至',
  '控制在', '保持在', '稳定在', '稳定', '达到', '達到', '增长', '增長', '增加', '提高', '提升', '降低', '下降', '减少', '減少', '新增', '超过', '超過',
  '突破', '实现', '實現', '可达', '可達', '达', '達', '为', '為', '是', '在', '占', '佔', '上涨', '上漲', '涨幅', '漲幅', '年均', '均',
  '同比', '环比', '環比', '将', '將',
];

/** Verbs opening the goal, dropped from the object: 建成200个园区 → 园区, 实现…全覆盖 → …. */
export const LEADING_VERBS: readonly string[] = [
  '基本实现', '基本形成', '全面实现', '全面建成', '基本建成', '初步建成', '初步形成',
  '建成', '新建', '建设', '实现', '實現', '推出', '打造', '培育', '完成', '形成', '达到', '達到', '推动', '推動', '带动', '帶動',
  '安排', '发行', '發行', '投入', '投资', '投資', '引进', '引進', '开展', '開展', '举办', '舉辦', '建立',
];

/** One-character prefixes that make a verb a noun: 总投资, 年产值. */
export const NOUN_PREFIXES: readonly string[] = ['总', '總', '年', '月', '日', '人', '户', '戶', '亩', '畝'];

/** Adverbs and time words before the goal, dropped from the object. */
export const LEADING_FILLERS: readonly string[] = [
  '全国', '全國', '全省', '全市', '我国', '我國', '进一步', '進一步', '基本上', '基本', '全面', '初步', '逐步', '努力', '全部', '总体', '總體', '力争', '力爭', '将', '將', '累计',
  '全年', '今年', '明年', '年内', '年內', '年底前', '年底', '届时', '屆時', '总共', '預計', '预计',
  // 力争使X达到…: the causative belongs to the marker, X is the object.
  '力争使', '力爭使', '确保使', '確保使',
];

/** Counts of discourse items (做好三方面工作) are never a goal's quantity. */
export const DISCOURSE_UNITS: readonly string[] = ['方面', '个方面', '個方面'];

/** Deadlines named in words: 到本世纪中叶 (the centenary goal, 2050). */
export const DEADLINE_PHRASES: readonly { word: string; year: number }[] = [
  { word: '本世纪中叶', year: 2050 },
  { word: '本世紀中葉', year: 2050 },
  { word: '本世纪末', year: 2100 },
  { word: '本世紀末', year: 2100 },
];

/** A regulation's article (第五条 …) states rules in force, never goals (§7). */
export const ARTICLE_MARKERS: readonly string[] = ['条', '條'];

/** A target clause is never longer than this; a line without punctuation must not make one huge. */
export const MAX_TARGET_LENGTH = 400;
