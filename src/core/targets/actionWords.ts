// Verbs of an announced action (docs/annotation.md §7 "Targets": an announced action led by a time
// word is a plan target without a marker word). A clause led only by a time or a start
// (今年，…; 从2019年开始，…) is a goal when it holds a quantity or one of these; without either it
// describes (今年，经济运行总体平稳). goals.ts reads them.
export const ACTION_VERBS: readonly string[] = [
  '推动', '推動', '推进', '推進', '启动', '啟動', '开展', '開展', '实施', '實施', '建立', '建设', '建設', '建成', '新建', '制定', '制订', '制訂',
  '探索', '出台', '发布', '發布', '举办', '舉辦', '召开', '召開', '试点', '試點', '推出', '推行', '部署', '组织', '組織', '落实', '落實', '开工', '開工',
  '安排', '发行', '發行', '设立', '設立', '上线', '上線', '开通', '開通', '修订', '修訂', '印发', '印發', '编制', '編製', '推广', '推廣', '引进', '引進',
  '打造', '培育', '完成', '实现', '實現', '启用', '啟用', '投入', '投资', '投資', '改造', '扩大', '擴大', '加快', '加大', '加强', '加強', '完善', '健全',
];

// Verbs that bring an indicator to a level (docs/annotation.md §7 "Targets": a year with 达到 and a
// quantity in a plan is a target): 2026年全市养老床位达到8000张. leads.ts reads them; the quantity
// must follow the verb in the year's clause.
export const REACH_VERBS: readonly string[] = [
  '达到', '達到', '突破', '超过', '超過', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '增長到', '增至',
  '降低到', '降低至', '下降到', '下降至', '降至', '降到', '减少到', '减少至', '減少到', '控制在', '稳定在', '穩定在', '保持在',
];

// A first clause that only names the plan the goals come from (按照规划，2026年床位达到800张): the
// clause after it may lead as the sentence's head would (leads.ts).
export const PLAN_SOURCES: readonly string[] = [
  '按照规划', '根据规划', '依据规划', '按规划', '按照計畫', '按照计划', '根据计划', '按计划', '按照方案', '根据方案', '按照部署', '根据部署',
  '按照目标', '根据目标', '按照規劃', '根據規劃', '依據規劃', '按規劃', '根據計畫', '依據計畫', '按計畫', '按照計劃', '根據計劃', '根據方案', '根據目標',
];
