// Language data for a goal's value (docs/annotation.md §3 `value`): words that state a share, the
// qualifiers a display string shows as a sign, and units that are not a goal's quantity.
// values.ts and valueDisplay.ts read them.

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

/** Units of time: a duration (将持续3天) is not what a goal achieves. */
export const DURATION_UNITS: readonly string[] = ['天', '日', '小时', '小時', '分钟', '分鐘', '周', '週', '个月', '個月', '月', '年', '季度'];

/** Words joining coordinated quantities of one goal (建设50所学校和150个专业, 65%和55%). */
export const COORDINATING_WORDS: readonly string[] = ['和', '及', '与', '與', '以及', '、'];

/** Counts of discourse items (做好三方面工作) are never a goal's quantity. */
export const DISCOURSE_UNITS: readonly string[] = ['方面', '个方面', '個方面'];

/** Value qualifiers inside a number's text, stripped when the sign says it (≈200个, >14万家). */
export const QUALIFIER_PREFIXES: readonly string[] = [
  '大约', '大約', '将近', '將近', '接近', '不少于', '不少於', '不低于', '不低於', '不超过', '不超過', '不高于', '不高於',
  '超过', '超過', '突破', '不足', '不到', '未满', '未滿', '至少', '最少', '约', '約', '近', '逾', '达', '達', '上',
];
export const QUALIFIER_SUFFIXES: readonly string[] = ['左右', '上下', '以上', '以下', '以内', '以內', '之内', '之內', '有余', '有餘', '多', '余', '餘'];
export const QUALIFIER_SIGNS: Readonly<Record<string, string>> = { approx: '≈', above: '>', below: '<' };

/** Characters besides the digits that may follow a qualifier prefix in a number (约十万, 近千家). */
export const NUMERAL_PLACES = '十百千万';
/** A vague tail inside a number (960多万, 3億餘元), dropped from the display once the sign says it. */
export const VAGUE_TAILS = '多余餘';
/** What a vague tail follows inside a number, besides a digit. */
export const VAGUE_TAIL_AFTER = '十百千万萬亿億';
