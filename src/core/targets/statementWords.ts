// Words that make a clause something other than a goal (docs/annotation.md §7 "Targets"): a
// report of the past, or the rule of a regulation in force. past.ts and rules.ts read them.

/** Words that make a clause a report of the past, whatever its verbs (§7). */
export const PAST_WORDS: readonly string[] = [
  '已经', '已經', '已', '累计', '累計', '截至', '截止', '去年', '上年', '前年', '上一年',
  '实现了', '實現了', '完成了', '达到了', '達到了', '建成了', '超过了', '超過了', '突破了',
  '增长了', '增長了', '提高了', '下降了', '新增了', '取得了', '培育了', '推出了', '打造了',
  '过去', '過去', '以来', '以來', '曾经', '曾經',
  // Periods up to now: 近年来，我省…发展迅速 looks back.
  '近年来', '近年來', '多年来', '多年來', '这些年来', '這些年來', '近些年来', '近些年來',
];

/** Past words that are parts of other words (不得已, 而已, 已知…). */
export const PAST_EXCEPTIONS: readonly string[] = [
  '不得已', '而已', '已知', '过去式',
  // A comparison with last year is not a report of it: 比上年增加1000亿元.
  '比上年', '较上年', '較上年', '与上年', '與上年', '比去年', '较去年', '較去年', '与去年', '與去年', '比前年',
];

/** The perfective particle: after the first character of a clause it marks a past event (交给了, 吸引了). */
export const PERFECTIVE_LE = '了';

/** Words holding 了 that is not perfective. */
export const LE_EXCEPTIONS: readonly string[] = ['为了', '為了', '除了', '罢了', '罷了', '了解', '了结', '了結', '不了', '得了', '了不起', '受不了', '少不了', '免不了', '忘不了', '终了', '終了', '末了', '了如指掌', '一了百了'];

/** Rules in force: a clause with these is a regulation's text, not a goal. */
export const RULE_WORDS: readonly string[] = ['起施行', '起实施', '起执行', '起實施', '起執行', '施行', '定额扣除', '定額扣除'];

/** A regulation's article (第五条 …) states rules in force, never goals (§7): 第, a numeral, then one of these. */
export const ARTICLE_OPENER = '第';
export const ARTICLE_MARKERS = '条條';
/** Numerals of an article number besides the digits: 第十二条, 第一百条. */
export const ARTICLE_PLACES = '十百千';
