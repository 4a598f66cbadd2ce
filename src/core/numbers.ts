// Quantities in running text (ANNOTATION.md §1, §7 Numbers): a numeral with its unit or
// classifier, percent/成/折/倍, and the qualifier that bounds it. One forward pass; every
// look-back and look-ahead is bounded by a few characters, and a rejected numeral run is skipped
// whole, so the scan stays linear.
import type { NumberAnnotation, NumberKind, Qualifier, Span } from './types';
import {
  arabicDigit, bigUnitExponent, chineseDigitValue, decToNumber, isBigUnit, isChineseDigit, isCoreChar, isNumeralChar, isSmallUnit, scanNumeral, scanRatioSuffix,
  shiftDec, type NumeralScan,
} from './numerals';
import {
  englishMagnitude, englishNumber, englishWithUnit, formatDecimal, HEAD_NOUN_UNITS, matchUnit, UNIT_FORMS, unitDefFor, type UnitDef, type UnitMatch,
} from './units';

// Character sets are bits of one table over UTF-16 code units: a membership test is one typed-array
// read, never a substring or a string search (the scanner runs these at every candidate).
const CLASS = new Uint32Array(0x10000);
let classCount = 0;
function charClass(chars: string): number {
  const bit = 1 << classCount++;
  for (let k = 0; k < chars.length; k++) { CLASS[chars.charCodeAt(k)] |= bit; }
  return bit;
}

// --- language data ---------------------------------------------------------------------

/** Words before a number that bound it; longest first at each position. */
const PRE_QUALIFIERS: readonly (readonly [string, Qualifier])[] = ([
  ['不能超过', 'below'], ['不能超過', 'below'], ['不得超过', 'below'], ['不得超過', 'below'],
  ['不超过', 'below'], ['不超過', 'below'], ['未超过', 'below'], ['未超過', 'below'], ['不超', 'below'],
  ['不足', 'below'], ['不到', 'below'], ['未满', 'below'], ['未滿', 'below'], ['低于', 'below'], ['低於', 'below'],
  ['少于', 'below'], ['少於', 'below'], ['小于', 'below'], ['不高于', 'below'], ['不多于', 'below'], ['至多', 'below'],
  ['最多', 'below'],
  ['不少于', 'above'], ['不少於', 'above'], ['不低于', 'above'], ['不低於', 'above'], ['至少', 'above'],
  ['超过', 'above'], ['超過', 'above'], ['突破', 'above'], ['逾', 'above'], ['超', 'above'], ['高于', 'above'],
  ['高於', 'above'], ['大于', 'above'], ['多于', 'above'],
  ['将近', 'approx'], ['將近', 'approx'], ['接近', 'approx'], ['大约', 'approx'], ['大約', 'approx'],
  ['大概', 'approx'], ['约', 'approx'], ['約', 'approx'], ['近', 'approx'],
] as [string, Qualifier][]).sort((a, b) => b[0].length - a[0].length);

/** Characters before 近 that make it a word of its own (最近, 附近), not "nearly". */
const NOT_BEFORE_JIN = charClass('最附邻鄰靠亲親贴貼临臨就新');
/** Characters before 约 that make it a word of its own (节约, 制约, 签约). */
const NOT_BEFORE_YUE = charClass('节節制条條契签簽预預履违違公');

/** Words after a number (and its unit) that bound it. */
const POST_QUALIFIERS: readonly (readonly [string, Qualifier])[] = ([
  ['及以上', 'above'], ['以上', 'above'], ['有余', 'above'], ['有餘', 'above'],
  ['及以下', 'below'], ['以下', 'below'], ['以内', 'below'], ['以內', 'below'],
  ['左右', 'approx'], ['上下', 'approx'],
] as [string, Qualifier][]).sort((a, b) => b[0].length - a[0].length);
/** After 上下: the word is 上下游, 上下班… not "about". */
const NOT_AFTER_SHANGXIA = charClass('游班级級文楼樓功');

/** Verbs that give a change its direction; the number must follow within a few characters. */
const UP_VERBS = ['增长', '增長', '提高', '上升', '增加', '扩大', '擴大', '上涨', '上漲', '提升', '回升', '攀升', '上调', '上調',
  '调高', '調高', '上修', '加快', '增', '涨', '漲'];
const DOWN_VERBS = ['下降', '减少', '減少', '回落', '降低', '下滑', '收窄', '下跌', '缩小', '縮小', '萎缩', '萎縮', '下调', '下調',
  '调低', '調低', '下修', '放缓', '放緩', '减', '減', '降', '跌'];

/**
 * Fixed expressions containing numerals (slogans, names, set phrases): never numbers. Language
 * knowledge, not fixture text: each is a well-known expression whose numeral does not count.
 */
const FIXED_EXPRESSIONS: readonly string[] = [
  '四个意识', '四個意識', '四个自信', '四個自信', '两个维护', '兩個維護', '两个确立', '兩個確立', '四个全面', '四個全面',
  '四个现代化', '三个代表', '三個代表', '三个务必', '两个一百年', '两个毫不动摇', '三个世界', '五位一体', '五位一體',
  '一国两制', '一國兩制', '一带一路', '一帶一路', '冬季两项', '冬季兩項', '一成不变', '一成不變', '五台山',
  '八项规定', '八項規定', '五年规划', '五年規劃', '五年计划', '五年計劃', '一次性', '三下乡', '一揽子',
  '千家万户', '千家萬戶', '万家灯火', '三令五申', '一五一十', '九牛一毛', '十全十美', '十年磨一剑', '百年未有之大变局',
  '三年行动计划', '三年行动方案', '两个大局', '两个结合', '四个服务', '两头', '一度', '三次产业', '二次创业',
];
/** Fixed expressions by their first numeral character; `near`/`nearAt` is a neighbouring character to test first. */
const FIXED_SLOT = new Uint8Array(0x10000);
const FIXED_BY_NUMERAL: { word: string; offset: number; near: number; nearAt: number }[][] = [[]];
/** Characters right after the numeral of some fixed expression (a quick test before the list). */
const FIXED_NEAR = new Uint8Array(0x10000);
/** By slot: some expression ends with its numeral, so the quick test does not apply. */
const FIXED_TAIL: boolean[] = [false];
for (const word of FIXED_EXPRESSIONS) {
  for (let k = 0; k < word.length; k++) {
    const ch = word.charCodeAt(k);
    if (isChineseDigit(ch) || isSmallUnit(ch)) {
      if (FIXED_SLOT[ch] === 0) { FIXED_SLOT[ch] = FIXED_BY_NUMERAL.length; FIXED_BY_NUMERAL.push([]); FIXED_TAIL.push(false); }
      const nearAt = k + 1 < word.length ? 1 : -1;
      if (nearAt === 1) { FIXED_NEAR[word.charCodeAt(k + 1)] = 1; } else { FIXED_TAIL[FIXED_SLOT[ch]] = true; }
      FIXED_BY_NUMERAL[FIXED_SLOT[ch]].push({ word, offset: k, near: word.charCodeAt(k + nearAt), nearAt });
      break;
    }
  }
}

/** Before a count of one, these make the count matter (只能享受一次, 仅一家). */
const COUNT_MATTERS = charClass('只仅僅限');
/** Characters that end the noun of N大+noun (三大支柱仍…) or are not a noun at all. */
const NOT_NOUN = charClass('的和与與及或等是为為在有将將已仍都也还還均并並而且以对對向从從中上下里裏内內外之所被把让讓使要能可会會得取实實推加开開进進建提形构構呈现現发發展、，。；：！？（）()“”‘’《》〈〉「」『』…—　 \t\r\n');
/** 大 followed by these is not "N major …" (大会, 大幅, 大力…). */
const NOT_AFTER_DA = charClass('会會幅力量批概约約多于於小大的家众眾型');
/** 折 followed by these is a word (折合, 折算…), not a discount. */
const NOT_AFTER_ZHE = charClass('合算旧舊叠疊扣射线線腾騰中半');
/** 成 followed by these is a verb or a word (建成, 成为, 成员…). */
const NOT_AFTER_CHENG = charClass('为為立功本果员員交熟型绩績效就长長都品');
/** A count of 次 or 届 followed by these is a meeting number (一次会议, 二十届三中全会). */
const MEETING_WORDS = ['会议', '會議', '全会', '全會', '人大', '政协', '政協', '代表大会', '代表大會', '全国', '全國', '中央', '常委'];
const MEETING_FIRST = charClass(MEETING_WORDS.map((w) => w[0]).join(''));
/** Before 第N位/名, a ranking verb (居世界第二位). */
const RANK_VERBS = charClass('居列排位');
/** A ratio noun before a bare number (比值2.62). */
const RATIO_WORDS = ['比值', '比值为', '比值為', '比率', '比率为', '之比', '之比为', '比例为', '比为'];

const RATE_MARK = '每'.charCodeAt(0);
/** Before N期, words that make it a count of tranches (分两期, 共三期) rather than a phase name. */
const TRANCHE_BEFORE = charClass('分共计計了为為至每');
/** Before a numeral, these make it vague (几十, 数百, 成千). */
const VAGUE_BEFORE = charClass('几幾数數成');
/** After a bare number, these keep it a number; any other Han character makes it a code or name (12345热线, 985高校). */
const AFTER_BARE_NUMBER = charClass('的和与與及或、至到以左上多余餘，。；：！？');
const OPEN_QUOTES = charClass('“‘「『"');
const CLOSE_QUOTES = charClass('”’」』"');

/** A quoted phrase that still measures something (“100%全覆盖”, “1.2万亿元”) is not a slogan. */
function hasMeasureInside(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (arabicDigit(ch) >= 0 || ch === 0x25 || ch === 0xff05) { return true; }
  }
  return false;
}
const DA = '大'.charCodeAt(0);

// --- helpers ------------------------------------------------------------------------------

/** Latin letters, half- and full-width (5G, ５Ｇ, IPv6). */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}
function isAsciiAlnum(c: number): boolean { return isAsciiLetter(c) || (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19); }
function isHanCode(c: number): boolean { return c >= 0x3400 && c <= 0x9fff; }
/** c is in the character class `cls` (false for -1, past the end). */
function has(cls: number, c: number): boolean { return c >= 0 && c < 0x10000 && (CLASS[c] & cls) !== 0; }
const CLAUSE_PUNCT = charClass('，。；！？：,;!?\n');
const SENTENCE_PUNCT = charClass('。；！？;!?\n');
/** Characters before a numeral that make it part of a name or code (PM2.5, a+1). */
const CODE_BEFORE = charClass('./_+=<>×*');
/** After N年: a tenor, decade, grade or date word, not a duration. */
const NOT_AFTER_NIAN = charClass('期代级級度底初末来來内內间間中');
/** After N元: 元 as "element" (二元结构, 一元化). */
const NOT_AFTER_YUAN = charClass('化结結论論制体體次');
/** After 多: a word it forms (多种, 多元), not "more than". */
const NOUN_AFTER_DUO = charClass('种種元样樣措方项項个個次家');
/** Between coordinated values (29.7%和34.4%). */
const COORDINATORS = charClass('和与與、及');
function isClausePunct(c: number): boolean { return has(CLAUSE_PUNCT, c); }
function isSentencePunct(c: number): boolean { return has(SENTENCE_PUNCT, c); }
function at(text: string, i: number, limit: number): number { return i >= 0 && i < limit ? text.charCodeAt(i) : -1; }
function startsAt(text: string, pos: number, word: string, limit: number): boolean {
  return pos >= 0 && pos + word.length <= limit && (word.length === 0 || text.charCodeAt(pos) === word.charCodeAt(0)) && text.startsWith(word, pos);
}

/** End of the numeral run starting at pos (to skip a rejected run in one step). */
function skipRun(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit && isNumeralChar(text.charCodeAt(i))) { i++; }
  return Math.max(i, pos + 1);
}

/** Words bucketed by their first or last character, each bucket in the list's order (longest first). */
interface WordIndex<T> {
  slot: Uint8Array;
  buckets: (readonly [string, T])[][];
}
function indexWords<T>(entries: readonly (readonly [string, T])[], byLast: boolean): WordIndex<T> {
  const index: WordIndex<T> = { slot: new Uint8Array(0x10000), buckets: [[]] };
  for (const e of entries) {
    const c = e[0].charCodeAt(byLast ? e[0].length - 1 : 0);
    if (index.slot[c] === 0) { index.slot[c] = index.buckets.length; index.buckets.push([]); }
    index.buckets[index.slot[c]].push(e);
  }
  return index;
}
const PRE_BY_LAST = indexWords(PRE_QUALIFIERS, true);
const POST_BY_FIRST = indexWords(POST_QUALIFIERS, false);
const UP_BY_LAST = indexWords(UP_VERBS.map((v) => [v, 'up'] as const), true);
const DOWN_BY_LAST = indexWords(DOWN_VERBS.map((v) => [v, 'down'] as const), true);
const GAO = '高'.charCodeAt(0);

function preQualifier(text: string, start: number, floor: number): { q: Qualifier; start: number } | null {
  // Only words ending with the character just before `start` can match.
  if (start - 1 < floor) { return null; }
  const b = PRE_BY_LAST.slot[text.charCodeAt(start - 1)];
  if (b === 0) { return null; }
  for (const [word, q] of PRE_BY_LAST.buckets[b]) {
    const s = start - word.length;
    if (s < floor || !text.startsWith(word, s)) { continue; }
    if (word === '近' && has(NOT_BEFORE_JIN, at(text, s - 1, start))) { continue; }
    if ((word === '约' || word === '約') && has(NOT_BEFORE_YUE, at(text, s - 1, start))) { continue; }
    if (word === '超' && (at(text, s - 1, start) === GAO)) { continue; }
    return { q, start: s };
  }
  return null;
}

function postQualifier(text: string, pos: number, limit: number): { q: Qualifier; end: number } | null {
  if (pos < 0 || pos >= limit) { return null; }
  const b = POST_BY_FIRST.slot[text.charCodeAt(pos)];
  if (b === 0) { return null; }
  for (const [word, q] of POST_BY_FIRST.buckets[b]) {
    if (!startsAt(text, pos, word, limit)) { continue; }
    if (word === '上下' && has(NOT_AFTER_SHANGXIA, at(text, pos + 2, limit))) { continue; }
    return { q, end: pos + word.length };
  }
  return null;
}

function changeBefore(text: string, start: number, floor: number): 'up' | 'down' | undefined {
  // The verb must stand right before the number, with at most a short filler (了, 近, 同比…).
  // Only 了 may stand between (增长了4倍); 增加值2万亿元 is a noun, 降水量 is not a fall.
  for (let gap = 0; gap <= 1; gap++) {
    const end = start - gap;
    if (end <= floor) { break; }
    if (gap > 0 && text.charCodeAt(end) !== 0x4e86 /* 了 */) { break; }
    const last = text.charCodeAt(end - 1);
    const up = UP_BY_LAST.slot[last];
    if (up !== 0) {
      for (const [v] of UP_BY_LAST.buckets[up]) {
        if (end - v.length >= floor && text.startsWith(v, end - v.length)) {
          // 负增长 is a fall
          return at(text, end - v.length - 1, start) === 0x8d1f || at(text, end - v.length - 1, start) === 0x8ca0 ? 'down' : 'up';
        }
      }
    }
    const down = DOWN_BY_LAST.slot[last];
    if (down !== 0) {
      for (const [v] of DOWN_BY_LAST.buckets[down]) { if (end - v.length >= floor && text.startsWith(v, end - v.length)) { return 'down'; } }
    }
  }
  return undefined;
}

/** A meeting word (会议, 全会…) starts within `window` characters after `pos` (a bounded look-ahead). */
function meetingWordWithin(text: string, pos: number, window: number): boolean {
  const stop = Math.min(text.length, pos + window);
  for (let k = pos; k <= stop; k++) {
    if (!has(MEETING_FIRST, text.charCodeAt(k))) { continue; }
    for (const w of MEETING_WORDS) { if (text.startsWith(w, k)) { return true; } }
  }
  return false;
}

function fixedExpressionAt(text: string, pos: number, limit: number): number {
  const slot = FIXED_SLOT[text.charCodeAt(pos)];
  if (slot === 0 || (FIXED_NEAR[text.charCodeAt(pos + 1)] !== 1 && !FIXED_TAIL[slot])) { return -1; }
  for (const { word, offset, near, nearAt } of FIXED_BY_NUMERAL[slot]) {
    if (text.charCodeAt(pos + nearAt) !== near) { continue; }
    const s = pos - offset;
    if (s >= 0 && s + word.length <= limit + 8 && text.startsWith(word, s)) { return s + word.length; }
  }
  return -1;
}

function kindOf(def: UnitDef | null): NumberKind {
  return def ? def.kind : 'cardinal';
}

/** The numbers found so far. */
interface Found {
  list: NumberAnnotation[];
}

/**
 * Characters after a lone Chinese digit or a short Chinese numeral (一些, 统一, （十五）) that the
 * numeral scanner, the unit table and every rule after them leave alone, so the numeral is
 * rejected at once. Conservative: ASCII, the full-width forms and general punctuation stay out
 * (but for the closing bracket of a list marker), and so does anything a rule names.
 */
const INERT_AFTER_DIGIT = new Uint8Array(0x10000);
{
  const unitFirst = new Set<number>(Object.keys(UNIT_FORMS).map((f) => f.charCodeAt(0)));
  const named = '分又半成折大号號〕］时時：月日后後至到多余餘几幾点點';
  for (let c = 0x80; c < 0x10000; c++) {
    if ((c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || c === 0x2212 || (c >= 0xd800 && c <= 0xdfff)) { continue; }
    if (isNumeralChar(c) || isChineseDigit(c) || isSmallUnit(c) || isBigUnit(c) || unitFirst.has(c) || named.includes(String.fromCharCode(c))) { continue; }
    INERT_AFTER_DIGIT[c] = 1;
  }
  // The closing bracket of a list marker, （一） or 一): a lone Chinese digit takes no unit and
  // makes no range there, so it is no number.
  INERT_AFTER_DIGIT[0xff09] = 1;
  INERT_AFTER_DIGIT[0x29] = 1;
  // The fixed expressions are tested before this rule: the character after their numeral is never inert.
  for (const bucket of FIXED_BY_NUMERAL) {
    for (const e of bucket) { if (e.nearAt === 1) { INERT_AFTER_DIGIT[e.near] = 0; } }
  }
}

/** Where a numeral may start, as a table over UTF-16 code units (the main loop's only test). */
const MAY_START = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (arabicDigit(c) >= 0 || isChineseDigit(c) || isSmallUnit(c) || c === 0x5eff /* 廿 */ || c === 0x5345 /* 卅 */
    || c === 0x7b2c /* 第 */ || c === 0x4e0a /* 上 */ || c === 0x8d1f /* 负 */ || c === 0x8ca0 /* 負 */
    || c === 0x2d || c === 0xff0d || c === 0x4e07 /* 万 */ || c === 0x842c /* 萬 */ || c === 0x534a /* 半 */
    || c === 0x4ebf /* 亿 */ || c === 0x5104 /* 億 */) { MAY_START[c] = 1; }
}

// --- the scanner --------------------------------------------------------------------------

/** No blocked span (past any text offset, and still a small integer). */
const NO_SPAN = 0x3fffffff;

/** Numbers in text[from, to), skipping numerals inside `blocked` spans (dates), which are sorted. */
export function extractNumbers(text: string, from: number, to: number, blocked: readonly Span[]): NumberAnnotation[] {
  const out: Found = { list: [] };
  const list = out.list;
  // The next blocked span and the end of the last one passed, kept in locals.
  const nb = blocked.length;
  let bi = 0;
  let bStart = nb > 0 ? blocked[0].start : NO_SPAN;
  let bEnd = nb > 0 ? blocked[0].end : NO_SPAN;
  let passedEnd = -1;
  // End of the last number found (the floor of the next one's look-back).
  let lastEnd = from;
  let i = from;
  while (i < to) {
    while (i < to && MAY_START[text.charCodeAt(i)] === 0) { i++; }
    if (i >= to) { break; }
    while (bEnd <= i) {
      passedEnd = bEnd;
      bi++;
      bStart = bi < nb ? blocked[bi].start : NO_SPAN;
      bEnd = bi < nb ? blocked[bi].end : NO_SPAN;
    }
    if (bStart <= i) { i = bEnd; continue; }
    const limit = bStart < to ? bStart : to;
    const c = text.charCodeAt(i);
    const next = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
    // The commonest rejections, decided here as candidate() would decide them (to resume at i + 1):
    // a lone digit before an inert character (一些, 统一), 上 not before a magnitude, 负 not before a numeral.
    if (next >= 0 && INERT_AFTER_DIGIT[next] === 1 && chineseDigitValue(c) >= 1 && !has(OPEN_QUOTES, i > 0 ? text.charCodeAt(i - 1) : -1)) { i++; continue; }
    if (c === 0x4e0a && next !== 0x4e07 && next !== 0x842c && next !== 0x4ebf && next !== 0x5104 && next !== 0x5343 && next !== 0x767e) { i++; continue; }
    if ((c === 0x8d1f || c === 0x8ca0) && !isNumeralChar(next)) { i++; continue; }
    // A qualifier or verb before this number never reaches into the previous one.
    const found = list.length;
    const r = candidate(text, i, passedEnd > lastEnd ? passedEnd : lastEnd, limit, out);
    if (list.length !== found) { const e = list[list.length - 1].end; if (e > from) { lastEnd = e; } }
    i = r > i ? r : i + 1;
  }
  return list;
}

/** Tries a number at `pos`; pushes it to `out` and returns where scanning resumes. */
function candidate(text: string, pos: number, floor: number, limit: number, out: Found): number {
  const c = text.charCodeAt(pos);
  const prev = at(text, pos - 1, limit);

  // 上万个, 上亿人: "tens of thousands or more"
  if (c === 0x4e0a) {
    const m = at(text, pos + 1, limit);
    // 成千上万: an idiom of vagueness.
    if (prev === 0x5343 || prev === 0x767e || prev === 0x4edf || prev === 0x4f70) { return pos + 1; }
    if (m !== 0x4e07 && m !== 0x842c && m !== 0x4ebf && m !== 0x5104 && m !== 0x5343 && m !== 0x767e) { return pos + 1; }
    // 上万 / 上亿 (a bare magnitude) or 上千万 / 上百 (a unit-only numeral): never with a digit.
    let numEnd = pos + 2;
    let value = m === 0x4e07 || m === 0x842c ? 1e4 : m === 0x4ebf || m === 0x5104 ? 1e8 : NaN;
    if (Number.isNaN(value)) {
      const num = scanNumeral(text, pos + 1, limit);
      if (!num || num.core.hasDigit) { return pos + 1; }
      numEnd = num.end; value = num.value;
    }
    const u = matchUnit(text, numEnd, limit);
    if (!u || (u.def.category !== 'classifier' && u.def.category !== 'money')) { return pos + 1; }
    return emit(text, out, floor, pos, numEnd + u.form.length, value, u.def.unit, 'above', kindOf(u.def), false);
  }
  // 万分之三 (a percent); 近万人, 超万亿元 (a bare magnitude bounded by a qualifier); never a bare 万 otherwise.
  if ((c === 0x4e07 || c === 0x842c) && !(at(text, pos + 1, limit) === 0x5206 && at(text, pos + 2, limit) === 0x4e4b)) {
    return bareMagnitude(text, pos, floor, limit, out);
  }
  if (c === 0x4ebf || c === 0x5104) {
    // 近亿元, 超亿人
    const pre = preQualifier(text, pos, floor);
    const u = pre ? matchUnit(text, pos + 1, limit) : null;
    if (!pre || !u || u.def.category === 'time') { return pos + 1; }
    return emit(text, out, floor, pre.start, pos + 1 + u.form.length, 1e8, u.def.unit, pre.q, kindOf(u.def), false);
  }
  // 半 starts only 半成 / 半百 style numerals.
  if (c === 0x534a) {
    const n = at(text, pos + 1, limit);
    if (n === 0x6210 /* 成 */ && !has(NOT_AFTER_CHENG, at(text, pos + 2, limit))) {
      return finishSimple(text, out, floor, limit, pos, pos + 2, 5, '%', 'percent');
    }
    if (!isSmallUnit(n)) { return pos + 1; }
  }
  // A sign only before a digit, and a hyphen only where it is not a range dash or a list dash.
  if (c === 0x2d || c === 0xff0d) {
    if (arabicDigit(at(text, pos + 1, limit)) < 0 || isNumeralChar(prev) || isAsciiAlnum(prev)) { return pos + 1; }
  }
  if ((c === 0x8d1f || c === 0x8ca0) && !isNumeralChar(at(text, pos + 1, limit))) { return pos + 1; }

  // Part of a name or code: PM2.5, C919, IPv6.
  if (isAsciiAlnum(prev) || has(CODE_BEFORE, prev)) { return skipRun(text, pos, limit); }

  const fixedEnd = fixedExpressionAt(text, pos, limit);
  if (fixedEnd > pos) { return fixedEnd; }
  // A short quoted slogan that opens with a numeral (“两个结合”, “五大工程”, “三个转变”).
  if (has(OPEN_QUOTES, prev)) {
    for (let k = pos + 1; k < limit && k - pos <= 8; k++) {
      const ch = text.charCodeAt(k);
      if (has(CLOSE_QUOTES, ch)) {
        if (!hasMeasureInside(text, pos, k)) { return k + 1; }
        break;
      }
      if (isClausePunct(ch)) { break; }
    }
  }

  if (c === 0x7b2c) { return ordinal(text, pos, floor, limit, out); }
  // 几十个, 数百家, 好几万: a vague amount.
  if (has(VAGUE_BEFORE, prev) && isSmallUnit(c) && at(text, pos + 1, limit) !== 0x5206 /* 分(之) */) { return skipRun(text, pos, limit); }
  // 一些, 统一, 进一步: a lone Chinese digit before a character that no rule reads after a numeral
  // is never a number; decided by one table read, before any numeral scan.
  // So is a short Chinese numeral (十五, 二十三) there: no rule reads an inert character after it.
  if (chineseDigitValue(c) >= 1 || c === 0x5341 || c === 0x62fe) {
    const e = shortChineseEnd(text, pos, limit);
    if (e > 0 && e < limit && INERT_AFTER_DIGIT[text.charCodeAt(e)] === 1) { return e; }
  }

  const num = scanNumeral(text, pos, limit);
  if (!num) { return pos + 1; }
  if (num.core.tooLong || Number.isNaN(num.value)) { return skipRun(text, num.end, limit); }
  return afterNumeral(text, pos, floor, limit, out, num);
}

/**
 * The numeral `num` read at `pos`: what follows it decides. (The scanner is split in steps so
 * that each stays small enough for the compiler to inline its helpers.)
 */
function afterNumeral(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  const core = num.core;
  const j = num.end;
  const next = at(text, j, limit);
  // 5G, 4K, 3D: a product or technology name — unless a unit symbol stands there (3GW, 5km).
  if (isAsciiLetter(next)) {
    const sym = matchUnit(text, j, limit);
    if (!sym || isAsciiLetter(at(text, j + sym.form.length, limit))) { return skipRun(text, j, limit); }
  }

  if (num.form === 'percent') {
    return finishSimple(text, out, floor, limit, pos, j, num.value, '%', 'percent');
  }
  if (num.form === 'fraction') {
    return finishSimple(text, out, floor, limit, pos, j, num.value, null, 'ratio');
  }

  // Document numbers, house numbers, clock times, cohorts: 41号, 〔2018〕, 9時7分, 85后.
  if (next === 0x53f7 || next === 0x865f || next === 0x3015 || next === 0xff3d) { return j + 1; }
  if (next === 0x65f6 || next === 0x6642 || (core.arabic && (next === 0x70b9 || next === 0x9ede))) {
    return skipClock(text, j + 1, limit);
  }
  // 9:30 — a clock time; 3月5日, 6月末 — calendar words the date layer owns.
  if ((next === 0x3a || next === 0xff1a) && arabicDigit(at(text, j + 1, limit)) >= 0) { return skipRun(text, j + 1, limit); }
  if ((next === 0x6708 /* 月 */ || next === 0x65e5 /* 日 */) && !matchUnit(text, j, limit)) { return j + 1; }
  if ((next === 0x540e || next === 0x5f8c) && core.arabic && !core.chinese) { return j + 1; }

  // Digit-by-digit Chinese numerals are years (dates) or vague pairs (三四个, 四五线); only 五五折 counts.
  if (core.sequence) {
    const ratio = scanRatioSuffix(text, num, limit);
    if (ratio && ratio.kind === '折' && !has(NOT_AFTER_ZHE, at(text, ratio.end, limit))) {
      return finishSimple(text, out, floor, limit, pos, ratio.end, ratio.value, '%', 'percent');
    }
    // 二三十家, 两三个: the whole run is one vague amount.
    return skipRun(text, j, limit);
  }
  const chineseOnly = core.chinese && !core.arabic;
  // Chinese numerals made only of unit characters (百年, 千家, 千万) are vague, except 十.
  // A qualifier makes them a bound again (近千家, 超百亿元).
  if (chineseOnly && !core.hasDigit && text.charCodeAt(pos) !== 0x5341 && text.charCodeAt(pos) !== 0x62fe && !preQualifier(text, pos, floor)) { return j; }

  let innerAbove = core.vague;
  // 五千多人, 3億餘元, 十余年: 多/余 between the numeral and the unit.
  const mid = next;
  let afterMid = j;
  if ((mid === 0x591a || mid === 0x4f59 || mid === 0x9918) && matchUnit(text, j + 1, limit)) { afterMid = j + 1; }

  // 成 and 折
  const ratio = afterMid === j && (next === 0x6210 /* 成 */ || next === 0x6298 /* 折 */) ? scanRatioSuffix(text, num, limit) : null;
  if (ratio && !(ratio.kind === '成' && has(NOT_AFTER_CHENG, at(text, j + 1, limit))) && !(ratio.kind === '折' && has(NOT_AFTER_ZHE, at(text, j + 1, limit)))) {
    return finishSimple(text, out, floor, limit, pos, ratio.end, ratio.value, '%', 'percent');
  }

  // N大 + noun: 三大支柱, 八大关注点 (not 十九大, a congress).
  if (afterMid === j && next === DA && num.isInteger && num.value >= 2 && num.value <= 10 && !innerAbove) {
    const n1 = at(text, j + 1, limit);
    if (isHanCode(n1) && !has(NOT_NOUN, n1) && !has(NOT_AFTER_DA, n1) && !isNumeralChar(n1)) {
      let k = j + 1;
      while (k < limit && k - (j + 1) < 4 && isHanCode(text.charCodeAt(k)) && !has(NOT_NOUN, text.charCodeAt(k))) { k++; }
      if (k - (j + 1) >= 2) {
        const noun = text.slice(j + 1, k);
        return finishSimple(text, out, floor, limit, pos, k, num.value, noun, 'cardinal');
      }
    }
    return j;
  }

  let u = matchUnit(text, afterMid, limit);
  // 两个半月, 一个半小时: 个 + 半 + a time unit is N.5 of that unit.
  let half = 0;
  if (u && (u.form === '个' || u.form === '個') && at(text, afterMid + 1, limit) === 0x534a) {
    const t = matchUnit(text, afterMid + 2, limit) ?? (at(text, afterMid + 2, limit) === 0x6708 ? { form: '月', def: UNIT_FORMS['个月'] } : null);
    if (t && t.def.category === 'time') { u = { form: text.slice(afterMid, afterMid + 2 + t.form.length), def: t.def }; half = 0.5; }
  }
  if (afterMid > j && !u) { return j; }
  if (afterMid > j) { innerAbove = true; }

  if (!u) {
    return bareNumber(text, out, floor, limit, pos, num, innerAbove);
  }
  return withUnit(text, pos, floor, limit, out, num, u, afterMid, half, innerAbove);
}

/** The numeral `num` at `pos` with its unit `u` at `afterMid` (after 多/余, if any). */
function withUnit(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan, u: UnitMatch,
  afterMid: number, half: number, innerAbove: boolean): number {
  const core = num.core;
  const chineseOnly = core.chinese && !core.arabic;
  const def = u.def;
  let end = afterMid + u.form.length;
  // 一年半, 三天半
  if (def.category === 'time' && !half && at(text, end, limit) === 0x534a && !isHanCode(at(text, end + 1, limit))) { half = 0.5; end++; }
  const after = at(text, end, limit);

  // Time units in shapes that are dates, names or tenors rather than durations.
  if (def.unit === '年') {
    // A 4-digit year, a tenor (5年期), a decade (80年代), a grade (2年级), a date word (年底, 年度).
    if ((core.arabic && core.intDigits === 4 && !core.magnitude) || has(NOT_AFTER_NIAN, after)
      || startsAt(text, end, '以来', limit) || startsAt(text, end, '以來', limit)) { return end; }
  }
  if (def.category === 'time') {
    // Dates the date layer owns, kept out here too: 连续15年, 民國97年, 今年前7个月.
    if (startsAt(text, pos - 2, '连续', limit) || startsAt(text, pos - 2, '連續', limit) || startsAt(text, pos - 2, '民國', limit)
      || startsAt(text, pos - 2, '民国', limit) || startsAt(text, pos - 2, '年前', limit)) { return end; }
  }
  if (def.unit === '周' && (after === 0x5e74 /* 年 */ || after === 0x5c81 /* 岁 */)) { return end; }
  // 二元结构, 一元化, 多元论: 元 as "element", not yuan.
  if (u.form === '元' && chineseOnly && has(NOT_AFTER_YUAN, after)) { return end; }
  // 二期工程, 三期项目: a phase's name; 分两期, 共三期: a count of tranches.
  if ((u.form === '期') && isHanCode(after) && !has(TRANCHE_BEFORE, at(text, pos - 1, limit)) && !preQualifier(text, pos, floor)) { return end; }
  if ((u.form === '次' || u.form === '届' || u.form === '屆') && (isNumeralChar(after) || meetingWordWithin(text, end, 6))) { return end; }
  // 一座, 一名, 一种: an indefinite article, unless the count matters.
  const single = chineseOnly && num.end - pos === 1 && num.value === 1 && !half;
  // Reduplication: 一座座, 一场场 ("one after another"), never 100人人均.
  if (single && u.form.length === 1 && after === text.charCodeAt(afterMid)) { return end + 1; }

  let qualifier: Qualifier = innerAbove || def.above ? 'above' : 'exact';
  let start = pos;
  let post = postQualifier(text, end, limit);
  // 3倍多, 一年多: 多 after the unit.
  if (!post && (def.category === 'multiple' || def.category === 'time') && at(text, end, limit) === 0x591a && !isHanNounAfterDuo(text, end + 1, limit)) {
    post = { q: 'above', end: end + 1 };
  }
  let postQ: Qualifier | null = null;
  if (post) { postQ = post.q; end = post.end; }
  const pre = preQualifier(text, start, floor);
  if (pre) { start = pre.start; }
  const rate = !pre ? rateQualifier(text, pos, floor) : null;
  if (single && (def.category === 'classifier' || def.category === 'time') && !pre && !post && !rate) {
    let matters = false;
    for (let k = pos - 1; k >= Math.max(floor, pos - 5); k--) {
      const ch = text.charCodeAt(k);
      if (isClausePunct(ch)) { break; }
      if (has(COUNT_MATTERS, ch)) { matters = true; break; }
    }
    if (!matters) { return end; }
  }
  if (pre) { qualifier = pre.q; }
  else if (rate) { qualifier = rate; }
  if (postQ) { qualifier = postQ; }

  // A range: 3至5年, 16-24岁, 10%—15%.
  if (!post) {
    const range = rangeAfter(text, end, limit, num, def);
    if (range) { return emitRange(text, out, floor, pos, range); }
  }

  const value = num.value + (num.value < 0 ? -half : half);
  return emit(text, out, floor, start, end, value, def.unit, qualifier, kindOf(def), def.category === 'multiple');
}

/** 多 followed by a word it forms (多种, 多元, 多措并举) is not "more than". */
function isHanNounAfterDuo(text: string, pos: number, limit: number): boolean {
  return has(NOUN_AFTER_DUO, at(text, pos, limit));
}

/** 近万人, 逾万家, 超万亿元: 万 (or 万亿) alone after a qualifier, with a unit. */
function bareMagnitude(text: string, pos: number, floor: number, limit: number, out: Found): number {
  const pre = preQualifier(text, pos, floor);
  if (!pre) { return pos + 1; }
  let end = pos + 1;
  let value = 1e4;
  if (at(text, end, limit) === 0x4ebf || at(text, end, limit) === 0x5104) { value = 1e12; end++; }
  const u = matchUnit(text, end, limit);
  if (!u || u.def.category === 'time') { return pos + 1; }
  return emit(text, out, floor, pre.start, end + u.form.length, value, u.def.unit, pre.q, kindOf(u.def), false);
}

/** 不能超过每月1000元: a qualifier separated from the number by a rate (每月, 每人). */
function rateQualifier(text: string, pos: number, floor: number): Qualifier | null {
  for (let k = 1; k <= 3; k++) {
    const m = pos - k - 1;
    if (m < floor) { break; }
    if (text.charCodeAt(m) === RATE_MARK) {
      const p = preQualifier(text, m, floor);
      return p ? p.q : null;
    }
  }
  return null;
}

/** The high end of a range after the low end (and its unit, `def`, when it has one). */
interface RangeEnd {
  end: number;
  low: number;
  high: number;
  def: UnitDef | null;
}

function rangeAfter(text: string, pos: number, limit: number, low: NumeralScan, def: UnitDef | null): RangeEnd | null {
  const c = at(text, pos, limit);
  const dash = c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x7e || c === 0xff5e || c === 0x2015;
  const word = c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */;
  if (!dash && !word) { return null; }
  let k = pos + 1;
  if (c === 0x2014 && at(text, k, limit) === 0x2014) { k++; }
  const high = scanNumeral(text, k, limit);
  if (!high || high.form !== 'plain' || high.core.sequence || high.core.tooLong) { return null; }
  if (dash && !(low.core.arabic && high.core.arabic)) { return null; }
  if (isAsciiLetter(at(text, high.end, limit))) { return null; }
  // 3至5万元: the high end's magnitude applies to the low end too.
  let lowValue = low.value;
  if (!def && !low.core.magnitude && high.core.magnitude && low.exact) {
    let exp = 0;
    for (let m = high.end - 1; m > high.start && isBigUnit(text.charCodeAt(m)); m--) { exp += bigUnitExponent(text.charCodeAt(m)); }
    lowValue = decToNumber(shiftDec(low.exact, exp));
  }
  if (!(high.value > lowValue)) { return null; }
  const u2 = matchUnit(text, high.end, limit);
  // Both ends carry the same unit (10%—15%), or only the high end does (16-24岁, 3至5年).
  if (!u2 || (def && u2.def.unit !== def.unit)) { return null; }
  // Year spans (2018—2020年) belong to the date layer.
  if (u2.def.unit === '年' && low.core.intDigits === 4) { return null; }
  return { end: high.end + u2.form.length, low: lowValue, high: high.value, def: u2.def };
}

function bareNumber(text: string, out: Found, floor: number, limit: number, pos: number, num: NumeralScan, above: boolean): number {
  const core = num.core;
  const j = num.end;
  const next = at(text, j, limit);
  const chineseOnly = core.chinese && !core.arabic;
  // 16-24岁, 三至五年: a range whose unit stands on the high end.
  const range = rangeAfter(text, j, limit, num, null);
  if (range) { return emitRange(text, out, floor, pos, range); }
  // Chinese numerals need a unit, unless they carry a magnitude (五十万).
  if (chineseOnly && !(core.magnitude && core.hasDigit)) { return j; }
  // A bare number run into a noun is a code or a name: 12345热线, 985高校, 77国集团, 2.0版.
  if (!core.magnitude && isHanCode(next) && !has(AFTER_BARE_NUMBER, next)) { return skipRun(text, j, limit); }
  // A dash or operator without a range: 1—5月份 (a date), 1+N (a name).
  if (next === 0x2d || next === 0xff0d || next === 0x2014 || next === 0x2013 || next === 0x7e || next === 0xff5e || next === 0x2b || next === 0xff0b
    || next === 0xd7 /* × */ || next === 0x2a || next === 0x3e || next === 0x3c || next === 0x81f3 || next === 0x5230) { return skipRun(text, j + 1, limit); }
  // Enumeration markers and list numbers: 1、 1. （1）
  if (next === 0x3001 || next === 0xff09 || next === 0x29 || next === 0xff0e || (next === 0x2e && arabicDigit(at(text, j + 1, limit)) < 0)) { return j + 1; }
  const prev = at(text, pos - 1, limit);
  if (prev === 0xff08 || prev === 0x28 || prev === 0x3014 || prev === 0xff3b) { return j; }
  // A year or code without a unit (2019, 12345678): leave long integers to the date and name layers.
  if (core.arabic && !core.chinese && !core.magnitude && !core.decimal && core.intDigits === 4 && num.value >= 1900 && num.value <= 2100) { return j; }

  let qualifier: Qualifier = above ? 'above' : 'exact';
  let start = pos;
  let end = j;
  const post = postQualifier(text, end, limit);
  if (post) { qualifier = post.q; end = post.end; }
  const pre = preQualifier(text, pos, floor);
  if (pre) { start = pre.start; if (!post) { qualifier = pre.q; } }

  // The unit of a head noun just before (人口超过100万 → 人) or a bare noun just after (960多万贫困人口).
  let unit: string | null = null;
  // 人口超过100万, 报名人数达1342万: the noun may stand two characters (达, 约为) before the number.
  for (let gap = 0; gap <= 2 && !unit; gap++) {
    if (gap > 0 && !isHanCode(at(text, start - gap, limit))) { break; }
    for (const h of HEAD_NOUN_UNITS) {
      const s = start - gap - h.noun.length;
      if (s >= floor && text.startsWith(h.noun, s)) { unit = h.unit; break; }
    }
  }
  if (!unit) {
    // Only Han characters between the number and the noun (960多万贫困人口).
    for (let k = end; k <= end + 4 && k < limit && !unit; k++) {
      for (const h of HEAD_NOUN_UNITS) {
        if (startsAt(text, k, h.noun, limit)) { unit = h.unit; break; }
      }
      if (!isHanCode(text.charCodeAt(k))) { break; }
    }
  }
  let kind: NumberKind = 'cardinal';
  if (!unit && RATIO_WORDS.some((w) => start - w.length >= floor && text.startsWith(w, start - w.length))) { kind = 'ratio'; }
  return emit(text, out, floor, start, end, num.value, unit, qualifier, kind, false);
}

function emitRange(text: string, out: Found, floor: number, start: number, r: RangeEnd): number {
  return emit(text, out, floor, start, r.end, [r.low, r.high], r.def ? r.def.unit : null, 'range', kindOf(r.def), false);
}

/**
 * End of a short Chinese numeral at `pos` in one of the shapes 三, 十, 十五, 二十, 二十五 with no
 * numeral character after it, exactly where scanCore would end it; -1 for any other shape. Lets
 * the commonest rejections skip the numeral scan.
 */
function shortChineseEnd(text: string, pos: number, limit: number): number {
  let k = pos;
  if (chineseDigitValue(at(text, k, limit)) >= 1) { k++; }
  const t = at(text, k, limit);
  if (t === 0x5341 /* 十 */ || t === 0x62fe /* 拾 */) {
    k++;
    if (chineseDigitValue(at(text, k, limit)) >= 1) { k++; }
  } else if (k === pos) { return -1; }
  return isCoreChar(at(text, k, limit)) ? -1 : k;
}

/** 第N: an ordinal counts only when it ranks (第一大贸易伙伴国, 居世界第二位). */
function ordinal(text: string, pos: number, floor: number, limit: number, out: Found): number {
  // 第一条, 第十三章: a short numeral followed by neither 大 nor 位/名 ranks nothing.
  const e = shortChineseEnd(text, pos + 1, limit);
  if (e > 0) {
    const after = at(text, e, limit);
    if (after !== DA && after !== 0x4f4d && after !== 0x540d) { return e; }
  }
  const num = scanNumeral(text, pos, limit);
  if (!num || num.form !== 'ordinal' || num.core.tooLong) { return pos + 1; }
  const j = num.end;
  const next = at(text, j, limit);
  if (next === DA && isHanCode(at(text, j + 1, limit)) && !has(NOT_NOUN, at(text, j + 1, limit))) {
    return emit(text, out, floor, pos, j + 1, num.value, 'ordinal', 'exact', 'ordinal', false);
  }
  if (next === 0x4f4d /* 位 */ || next === 0x540d /* 名 */) {
    for (let k = pos - 1; k >= Math.max(floor, pos - 4); k--) {
      if (has(RANK_VERBS, text.charCodeAt(k))) {
        return emit(text, out, floor, pos, j + 1, num.value, 'ordinal', 'exact', 'ordinal', false);
      }
      if (isClausePunct(text.charCodeAt(k))) { break; }
    }
  }
  return j;
}

function ordinalWord(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** 9時7分: skip the minutes of a clock time too. */
function skipClock(text: string, pos: number, limit: number): number {
  let k = pos;
  while (k < limit && isNumeralChar(text.charCodeAt(k))) { k++; }
  if (k > pos && (at(text, k, limit) === 0x5206 /* 分 */)) { return k + 1; }
  return pos;
}

function finishSimple(text: string, out: Found, floor: number, limit: number, start: number, end: number,
  value: number, unit: string | null, kind: NumberKind): number {
  let s = start;
  let e = end;
  let qualifier: Qualifier = 'exact';
  const post = postQualifier(text, e, limit);
  if (post) { qualifier = post.q; e = post.end; }
  const pre = preQualifier(text, s, floor);
  if (pre) { s = pre.start; if (!post) { qualifier = pre.q; } }
  return emit(text, out, floor, s, e, value, unit, qualifier, kind, false);
}

/**
 * Records a number, with its change direction, and returns the resume offset. The annotation is
 * built once, in its final shape (no intermediate record per number, no English: numberEnglish
 * makes that when the JSON is written); `multiple` asks for a 倍's reading (增长1.1倍, 是…的1.1倍).
 */
function emit(text: string, out: Found, floor: number, start: number, end: number, value: number | [number, number],
  unit: string | null, qualifier: Qualifier, kind: NumberKind, multiple: boolean): number {
  const before = changeBefore(text, start, floor);
  const change = before ?? coordinatedChange(text, start, out.list);
  // Built with all its fields at once: a field added later would take a property array of its own.
  const a: NumberAnnotation = change ? { start, end, text: text.slice(start, end), value, unit, qualifier, kind, change }
    : { start, end, text: text.slice(start, end), value, unit, qualifier, kind };
  if (multiple) { multipleReading(text, a, before, floor, out); }
  out.list.push(a);
  return end;
}

/** 分别增长29.7%和34.4%: the second of coordinated values shares the first one's direction. */
function coordinatedChange(text: string, start: number, list: readonly NumberAnnotation[]): 'up' | 'down' | undefined {
  const last = list.length > 0 ? list[list.length - 1] : undefined;
  if (!last || !last.change) { return undefined; }
  const gap = start - last.end;
  if (gap === 1 && has(COORDINATORS, at(text, last.end, text.length))) { return last.change; }
  return undefined;
}

/** 倍: growth (增长1.1倍) or multiple (是…的1.1倍), and the base the sentence implies. */
function multipleReading(text: string, a: NumberAnnotation, change: 'up' | 'down' | undefined, floor: number, out: Found): void {
  const n = typeof a.value === 'number' ? a.value : NaN;
  let reading: 'growth' | 'multiple' | undefined;
  if (change === 'up') { reading = 'growth'; }
  else if (at(text, a.start - 1, text.length) === 0x7684 /* 的 */ || /相当于|相當於|是|为|為|达|達/.test(text.slice(Math.max(floor, a.start - 12), a.start))) { reading = 'multiple'; }
  if (!reading) { return; }
  a.reading = reading;
  if (!(n > 0)) { return; }
  // The stated value: the last earlier number in the same sentence with a measured unit.
  const list = out.list;
  for (let k = list.length - 1; k >= 0; k--) {
    const o = list[k];
    if (a.start - o.end > 40) { break; }
    let sameSentence = true;
    for (let p = o.end; p < a.start; p++) { if (isSentencePunct(text.charCodeAt(p))) { sameSentence = false; break; } }
    if (!sameSentence) { break; }
    if (isStatedValue(o)) {
      const base = (o.value as number) / (reading === 'growth' ? 1 + n : n);
      a.impliedBase = base;
      break;
    }
  }
}

// --- English -----------------------------------------------------------------------------

const QUALIFIER_PREFIX: Readonly<Record<Qualifier, string>> = { exact: '', range: '', above: 'over ', below: 'under ', approx: 'about ' };
const MAJOR = '大';
const FRACTION_BAR = '分之';

/**
 * The magnitude in English words, as the §6 JSON gives it: "32.5 trillion yuan", "over 140,000
 * companies", "10–15 percent", "2nd largest", "2.1 times (base ≈ 3.2 million kilowatts)". Made
 * on demand, never stored: everything it needs is on the annotation (the unit form and the
 * shape it was read from are in its text), except a 倍's implied base, whose unit is that of the
 * stated value before it in `numbers` (the list `n` belongs to, at `index` when known).
 */
export function numberEnglish(n: NumberAnnotation, numbers?: readonly NumberAnnotation[], index?: number): string {
  const v = n.value;
  const unit = n.unit;
  if (Array.isArray(v)) {
    const def = unit === null ? undefined : unitDefFor(unit, n.text);
    return `${englishNumber(v[0])}–${def ? englishWithUnit(v[1], def) : englishNumber(v[1])}`;
  }
  if (n.kind === 'ordinal') { return n.text.endsWith(MAJOR) ? `${ordinalWord(v)} largest` : ordinalWord(v); }
  let words: string;
  const def = unitDefOf(n);
  if (def) {
    words = def.category === 'percent' && def.unit !== '%' ? `${formatDecimal(v, 6)} ${v === 1 && def.enOne ? def.enOne : def.en}` : englishWithUnit(v, def);
  } else if (unit === null) {
    // N分之M is a fraction; a bare number after 比值 is not.
    words = n.kind === 'ratio' && n.text.includes(FRACTION_BAR) ? formatDecimal(v, 6) : englishNumber(v);
  } else if (n.text.includes(MAJOR + unit)) {
    words = `${englishNumber(v)} major ${unit}`;
  } else {
    // The unit of a head noun outside the span (人口超过100万).
    const head = HEAD_NOUN_UNITS.find((h) => h.unit === unit);
    words = englishMagnitude(v, head ? head.en : unit);
  }
  words = QUALIFIER_PREFIX[n.qualifier] + words;
  if (n.impliedBase === undefined) { return words; }
  const base = n.impliedBase;
  const stated = numbers ? statedValue(numbers, index ?? numbers.indexOf(n)) : undefined;
  // 上万人 was read without a unit definition: its base takes the unit as written, not a gloss.
  const baseDef = stated && stated.text.charCodeAt(0) !== 0x4e0a /* 上 */ ? unitDefOf(stated) : undefined;
  const gloss = baseDef ? englishMagnitude(base, baseDef.en) : stated ? `${englishNumber(base)} ${stated.unit ?? ''}` : englishNumber(base);
  return `${words} (base ≈ ${gloss})`;
}

/**
 * The unit definition a number's words come from, found by its unit and the form in its text;
 * undefined for the shapes whose words need none: N大 + noun, a head noun's unit, ordinals, bare numbers.
 */
function unitDefOf(n: NumberAnnotation): UnitDef | undefined {
  const unit = n.unit;
  if (unit === null || n.kind === 'ordinal') { return undefined; }
  // Classifiers report the form as written: a cardinal whose unit is not in its text took it from a noun.
  if (n.kind === 'cardinal' && (!n.text.includes(unit) || n.text.includes(MAJOR + unit))) { return undefined; }
  return unitDefFor(unit, n.text);
}

/**
 * The number a 倍's implied base was derived from: the nearest earlier one with a measured unit
 * (the recognizer sets impliedBase only when that one stands in the same sentence).
 */
function statedValue(numbers: readonly NumberAnnotation[], index: number): NumberAnnotation | undefined {
  for (let k = index - 1; k >= 0; k--) {
    if (isStatedValue(numbers[k])) { return numbers[k]; }
  }
  return undefined;
}

/** A number a 倍 can state the new value of: one value with a measured unit (not a share or a multiple). */
function isStatedValue(o: NumberAnnotation): boolean {
  return typeof o.value === 'number' && o.kind !== 'percent' && o.kind !== 'multiple' && o.unit !== null && o.unit !== '';
}
