// Language data for a goal's object (docs/annotation.md §3 `object`: what is to be achieved):
// the verbs and fillers dropped around it. objects.ts reads them.

/** Verbs ending the subject before a value: 总规模达到2万亿元 → 总规模. Longest first. */
export const VALUE_VERBS: readonly string[] = [
  '提高到', '提升到', '提升至', '提高至', '增加到', '增加至', '增长到', '增长至', '降低到', '降低至', '下降到', '下降至', '减少到', '减少至',
  '降至', '降到', '增至', '升至', '減少到', '增長到', '穩定在', '回落至', '回落到', '回升至', '回升到', '上升至', '上升到', '上调至', '上调到',
  '下调至', '下调到', '扩大到', '扩大至', '擴大到', '缩小到', '缩小至', '縮小到', '压降至', '压减至', '壓降至',
  '控制在', '保持在', '稳定在', '稳定', '达到', '達到', '增长', '增長', '增加', '提高', '提升', '降低', '下降', '减少', '減少', '新增', '超过', '超過',
  '突破', '实现', '實現', '可达', '可達', '达', '達', '为', '為', '是', '在', '占', '佔', '上涨', '上漲', '涨幅', '漲幅', '年均', '均',
  '同比', '环比', '環比', '将', '將',
  // Planning verbs and the markers before them: 中央预算内投资(拟)安排6000亿元 → 中央预算内投资.
  '安排', '发行', '發行', '下达', '下達', '拟', '擬', '计划', '計劃', '計畫', '预计', '預計',
];

/** Verbs opening the goal, dropped from the object: 建成200个园区 → 园区, 实现…全覆盖 → …. */
export const LEADING_VERBS: readonly string[] = [
  '基本实现', '基本形成', '全面实现', '全面建成', '基本建成', '初步建成', '初步形成',
  '建成', '新建', '建设', '实现', '實現', '推出', '打造', '培育', '完成', '形成', '达到', '達到', '推动', '推動', '带动', '帶動',
  '安排', '发行', '發行', '投入', '投资', '投資', '引进', '引進', '开展', '開展', '举办', '舉辦', '建立',
  '新开通', '新開通', '开通', '開通', '新开工', '新開工', '开工', '開工',
];

/** One-character prefixes that make a verb a noun: 总投资, 年产值. */
export const NOUN_PREFIXES: readonly string[] = ['总', '總', '年', '月', '日', '人', '户', '戶', '亩', '畝'];

/** Adverbs and time words before the goal, dropped from the object. */
export const LEADING_FILLERS: readonly string[] = [
  '全国', '全國', '全省', '全市', '全县', '全縣', '全区', '全區', '我国', '我國', '进一步', '進一步', '基本上', '基本', '全面', '初步', '逐步', '努力', '全部', '总体', '總體', '力争', '力爭', '将', '將', '累计',
  '全年', '今年', '明年', '年内', '年內', '年底前', '年底', '届时', '屆時', '总共', '預計', '预计',
  // 力争使X达到…: the causative belongs to the marker, X is the object.
  '力争使', '力爭使', '确保使', '確保使',
];

/** Particles closing an object that are not part of it: 园区的 → 园区, 企业等 → 企业. */
export const OBJECT_TAIL_PARTICLES = '的等';
/** After a value, these begin no object (200个的…). */
export const NOT_OBJECT_OPENERS = '的';
/** After a value, an opening bracket begins an aside, not the object. */
export const ASIDE_OPENERS = '（(';

/**
 * Connectives before a marker that are no subject (并将在年内发行…, 同时拟安排…): the words of two
 * characters or more are skipped at a clause head; a single character (并, 也) only when it is all
 * that stands before the marker (并购规模拟… keeps its subject).
 */
export const CONNECTIVES: readonly string[] = [
  '并且', '並且', '同时', '同時', '而且', '此外', '另外', '与此同时', '與此同時', '并', '並', '且', '还', '還', '也', '又', '再', '则', '則', '而', '但',
];
