// Punctuation and words that cut text into sentences, clauses and goals (docs/annotation.md §3:
// a target ends with its goal, before the closing 。，；). classes.ts and sentences.ts read them.

/** Characters that end a sentence. */
export const SENTENCE_ENDS = '。！？!?';
/** Characters that end a clause inside a sentence. */
export const CLAUSE_SEPARATORS = '，,；;：:';
/** Clause separators that also end a goal (a semicolon separates goals of a list). */
export const SEMICOLONS = '；;';
/** Punctuation trimmed at a span's edges, besides blanks. */
export const EDGE_PUNCTUATION = '，,、：:';

/** Clause openers that start a new independent clause and end the goal before them. */
export const CLAUSE_BREAKERS: readonly string[] = [
  '但是', '但', '然而', '不过', '不過', '同时', '同時', '此外', '另外', '其中', '与此同时', '與此同時', '目前', '当前', '當前',
];

/**
 * A clause opening with these goes on stating the goal before it (比上年增加1000亿元, 同比增长3%, 其中…)
 * rather than naming a goal of its own with its own subject (城镇调查失业率5.5%左右). Verbs that open
 * a goal's predicate (建成, 达到) count too: objectWords.ts lists them.
 */
export const CONTINUATION_OPENERS: readonly string[] = [
  '比', '较', '較', '同比', '环比', '環比', '相比', '与上年', '與上年', '其中', '约', '約', '占', '佔', '相当于', '相當於', '即', '年均', '均', '平均',
  '再', '先', '并', '並', '且', '和', '及', '或', '每年', '每', '分别', '分別', '合计', '合計', '总计', '總計', '累计', '累計',
];

/**
 * Verbs that give a quantity its own use (约120亿股用于抵债): after 、 a quantity followed by one is an
 * allocation, a goal of its own (以约44亿股引入战投、约120亿股用于抵债).
 */
export const ALLOCATION_VERBS: readonly string[] = ['用于', '用於', '用作', '用来', '用來', '用以', '投向', '投入', '补充', '補充', '偿还', '償還', '归还', '歸還'];
/** The mark setting such allocations apart. */
export const ALLOCATION_SEPARATOR = '、';

/** A sentence opening with these comments on the goals before it (这将带动…, 上述目标…): the led list has ended. */
export const COMMENT_OPENERS: readonly string[] = ['这', '這', '上述', '以上', '这些', '這些'];

/** Bullets opening the lines of a goal list under a header (到2027年，实现以下目标：). */
export const BULLET_WORDS: readonly string[] = ['——', '—', '－', '·', '•', '●', '○', '■', '▪', '- '];

/** A target clause is never longer than this; a line without punctuation must not make one huge. */
export const MAX_TARGET_LENGTH = 400;
/** A goal list is a few hundred characters; a line without a full stop must not make it endless. */
export const MAX_LIST_LENGTH = 10 * MAX_TARGET_LENGTH;
/** How far before a marker a past word still makes its clause a report of the past. */
export const PAST_LOOKBACK = 40;
/** A question (将在哪些方面发力？) states no goal. */
export const QUESTION_MARKS = '？?';
