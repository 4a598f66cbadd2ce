// The target markers and their exclusion words (docs/annotation.md §3, §7 "Targets"): the words
// that open a goal, with the strength each gives. Simplified and traditional spellings stand side
// by side. A new marker is one row of TARGET_MARKERS; markers.ts reads them.
import type { TargetStrength } from '../types';

export interface TargetMarker {
  word: string;
  strength: TargetStrength;
  /** `list`: a goal list header when a colon follows (目标是：A；B；C). */
  list?: boolean;
  /** `deadline`: the marker is 到/至 and only counts when a date follows at once. */
  deadline?: boolean;
  /** With `deadline`: only a date that states its year counts (至2025年; 至国庆后20个交易日 only ends a span). */
  yearOnly?: boolean;
  /** With `deadline`: a start (从2019年开始, 自2025年起) at a clause's head; the start is the deadline. */
  start?: boolean;
  /** With `deadline`: a period to run (经过5—10年左右时间); the deadline counts from the document's year. */
  duration?: boolean;
  /** No marker word but a time leading an announced action: the goal needs a quantity or an action verb. */
  announced?: boolean;
  /** A quota (每个地区至少建设一所…): the whole clause is the goal; not in a regulation, whose quotas are rules. */
  quota?: boolean;
  /** Words right before the marker that make it a noun or another word (计划单列市 is a city class). */
  notAfter?: readonly string[];
  /** Words right before the marker that keep it one although a notAfter word ends them (规模拟… is 规模 + 拟, not 模拟). */
  notAfterExcept?: readonly string[];
  /** Words right after the marker that make it a noun or another word. */
  notBefore?: readonly string[];
  /** The quantity must stand in the marker's own clause (将, forecasts): a later clause is another statement. */
  sameClause?: boolean;
}

// Punctuation after a would-be verb means the word was used as a noun (市场预测、技术指导).
const NOUN_FOLLOWERS = ['、', '，', '。', '；', '：', '）', '”', '》', '的', '和', '与', '及', '等', ',', ';', ')'];

const FORECAST_NOUN_FOLLOWERS = NOUN_FOLLOWERS.filter(w => w !== '，' && w !== ',');

const GOAL_NOUN_FOLLOWERS = ['的', '和', '与', '與', '、', '并非', '並非'];

// 计划 after a modifier is a plan's name or kind (行动计划, 都市計畫, 细部计划, 现行计划, 培养计划, 招生计划),
// or what is exceeded (超计划19家).
const PLAN_NOUN_BEFORE = [
  '有', '的', '行动', '研发', '专项', '五年', '工作', '发展', '年度', '投资', '生育', '重点', '人才', '培育', '按', '按照', '该', '此', '本', '項', '個', '有計', '行動', '研發', '專項', '工作', '發展', '國家', '国家',
  '都市', '城市', '细部', '細部', '主要', '现行', '現行', '原', '該', '各', '拟定', '擬定', '变更', '變更',
  '培养', '培養', '招生', '改善', '超',
];
// 计划 before a noun head is a noun itself: the plan's committee, case, area, law, road (計畫委員會, 計畫案, 計畫範圍),
// or a programme being defined (…计划是指…).
const PLAN_NOUN_HEADS = [
  '案', '法', '道路', '范围', '範圍', '委员', '委員', '内容', '內容', '区', '區', '用地', '部分', '缘起', '緣起', '名称', '名稱', '经费', '經費', '期程', '编号', '編號',
  '是指',
];

/** What opens an object noun phrase after 将 read as 把: a numeral (将3起…, 将两家…), a demonstrative or a pronoun. */
const OBJECT_OPENERS = [
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９',
  '一', '二', '两', '兩', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '几', '幾',
  '此', '其', '本', '每', '上述', '所有',
];

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
  // 预期目标的设定, 预期目标和…: the goal named as a topic, not a list of goals.
  { word: '预期目标', strength: 'target', list: true, notBefore: GOAL_NOUN_FOLLOWERS },
  { word: '預期目標', strength: 'target', list: true, notBefore: GOAL_NOUN_FOLLOWERS },
  { word: '目标任务是', strength: 'target', list: true },
  { word: '目标是', strength: 'target', list: true },
  { word: '目标为', strength: 'target', list: true },
  { word: '目标：', strength: 'target', list: true },
  { word: '目標是', strength: 'target', list: true },
  { word: '目標為', strength: 'target', list: true },
  { word: '目標：', strength: 'target', list: true },
  { word: '计划', strength: 'plan', notAfter: PLAN_NOUN_BEFORE, notBefore: [...NOUN_FOLLOWERS, ...PLAN_NOUN_HEADS, '单列', '生育', '经济', '性', '书', '表', '内', '外', '中', '地', '实施', '项目', '体系', '管理', '任务', '第'] },
  { word: '計劃', strength: 'plan', notAfter: PLAN_NOUN_BEFORE, notBefore: [...NOUN_FOLLOWERS, ...PLAN_NOUN_HEADS, '單列', '生育', '經濟', '性', '書', '表', '內', '外', '中', '地', '實施', '項目', '第'] },
  { word: '計畫', strength: 'plan', notAfter: PLAN_NOUN_BEFORE, notBefore: [...NOUN_FOLLOWERS, ...PLAN_NOUN_HEADS, '單列', '生育', '經濟', '性', '書', '表', '內', '外', '中', '地', '實施', '項目', '第'] },
  { word: '拟', strength: 'plan', notAfter: ['模', '虚', '草', '比', '摹', '仿'], notAfterExcept: ['规模', '規模'], notBefore: [...NOUN_FOLLOWERS, '人', '态', '声', '定', '订', '稿', '真', '物'] },
  { word: '擬', strength: 'plan', notAfter: ['模', '虛', '草', '比', '摹', '仿'], notAfterExcept: ['規模', '规模'], notBefore: [...NOUN_FOLLOWERS, '人', '態', '聲', '定', '訂', '稿', '真', '物'] },
  // 据预测，… introduces a forecast; 市场预测、技术指导 lists a service. An outlook with 有望 is no
  // forecast of a quantity (docs/annotation.md §7): it is no marker.
  { word: '预计', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '預計', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '预测', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '预估', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '預估', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '預測', strength: 'expect', sameClause: true, notBefore: FORECAST_NOUN_FOLLOWERS },
  { word: '预期', strength: 'expect', sameClause: true, notAfter: ['超', '于', '及', '场', '好于', '低于', '高于', '稳', '的', '和', '、', '资', '心', '理'], notBefore: [...NOUN_FOLLOWERS, '值', '管理', '效果', '引导', '不', '目标', '寿命', '性'] },
  { word: '預期', strength: 'expect', sameClause: true, notAfter: ['超', '於', '及', '場', '的', '和', '、', '資', '心', '理'], notBefore: [...NOUN_FOLLOWERS, '值', '管理', '效果', '引導', '不', '目標', '壽命', '性'] },
  // 预期寿命 is life expectancy and 预期性指标 a kind of indicator: nouns (人均预期寿命从82.4岁提升至83.9岁 reports, forecasts nothing).
  // 将 is an announced action; normative modals before it make it a rule, not a plan. 将 before a
  // numeral or a demonstrative introduces an object, as 把 does (将3起案件…抓捕归案, 将这张卡折现).
  { word: '将', strength: 'plan', sameClause: true, notAfter: ['应当', '应', '须', '必须', '可以', '可', '不得', '不', '大', '武', '老', '名', '主', '干', '猛', '已', '曾', '能', '中', '上'], notBefore: ['近', '来', '军', '士', '领', '帅', '就', '心', '官', '门', '相', '计', ...OBJECT_OPENERS, '这', '那', '该', '各'] },
  { word: '將', strength: 'plan', sameClause: true, notAfter: ['應當', '應', '須', '必須', '可以', '可', '不得', '不', '大', '武', '老', '名', '主', '幹', '猛', '已', '曾', '能', '中', '上'], notBefore: ['近', '來', '軍', '士', '領', '帥', '就', '心', '官', '門', '相', '計', ...OBJECT_OPENERS, '這', '那', '該', '各'] },
  { word: '到', strength: 'target', deadline: true },
  // §3: an announced action with a quantity only (每个地（市）至少建设一所…学校) is a plan.
  { word: '至少', strength: 'plan', sameClause: true, quota: true },
  // §7: a clause with its own start (从2019年开始，…) is a plan from that year; 经过N年 runs from the document's.
  { word: '从', strength: 'plan', deadline: true, start: true, announced: true },
  { word: '從', strength: 'plan', deadline: true, start: true, announced: true },
  { word: '自', strength: 'plan', deadline: true, start: true, announced: true },
  { word: '经过', strength: 'target', deadline: true, duration: true },
  { word: '經過', strength: 'target', deadline: true, duration: true },
  { word: '至', strength: 'target', deadline: true, yearOnly: true, notAfter: ['以', '甚', '乃', '直', '及', '截', '自', '从', '從', '由'] },
];

/** Verbs before a goal named by its value (实现5%左右的预期目标, 完成3000万吨的目标任务). */
export const NAMING_VERBS: readonly string[] = ['实现', '實現', '完成', '达到', '達到', '达成', '達成', '确保', '確保'];

/** After a year opening a sentence, the modals that make it a list of the year's goals (今年要…；…；…). */
export const LIST_MODALS: readonly string[] = ['要', '将', '將', '需要'];
/** The semicolons such a list sets between at least three items. */
export const MIN_LIST_SEMICOLONS = 2;

/** After a list marker without its colon (目标是：, 目标为：): the copula before the colon. */
export const LIST_COPULAS = '是为為';
