// The date recognizer: a hand-written single pass over char codes with bounded lookaround
// (ANNOTATION.md §2 and §7 "Dates"), and the resolver that turns raw dates into calendar ranges
// against the document date, the article's dateline and the context just read.
import { EMPTY_PROFILE, type DocumentProfile } from './profile';
import type { DateAnnotation, DateBasis, DateGranularity, DateRange, DocumentDate, Span } from './types';
import {
  AS_OF_BEFORE, CLOSE_QUOTES, CN_DIGITS, COMPARISON_BEFORE, DEADLINE_AFTER, DEADLINE_BEFORE, FESTIVALS, HALVES,
  EVENT_DOTS, EVENT_WORDS, LOOK_BACK_HEADING_WORDS, LOOK_BACK_OPENERS, MONTH_DAY_DOTS, OPEN_QUOTES, PARTS_OF_DAY, PLAN_SUFFIXES, PLAN_UNQUOTED_CUES, PREVIOUS_YEAR_WORDS,
  RANGE_DASHES, RELATIVE_MONTHS, RELATIVE_YEARS, ROC_OFFSET, ROC_PREFIXES, XUN, YEAR_EDGE_BLOCKERS, planYears,
  type FestivalRule,
} from './dateWords';

export type RawShape = 'calendar' | 'monthRel' | 'dayOnly' | 'duration' | 'plan' | 'event' | 'withinYear';
/** Where a calendar date's year comes from. */
export type YearMode = 'explicit' | 'relative' | 'previous' | 'context';
export type RawPart = 'year' | 'half' | 'quarter' | 'months' | 'days' | 'yearEnd' | 'yearStart' | 'same' | 'festival';
export type MonthPoint = 'end' | 'start' | 'firstWeek' | 'xun1' | 'xun2' | 'xun3';

/** A date found in the text before it is resolved against the document date. */
export interface RawDate extends Span {
  relative: boolean;
  shape: RawShape;
  yearMode?: YearMode;
  /** Explicit year (民國 years already converted). */
  year?: number;
  /** Last year of an explicit range (2021—2025年). */
  yearTo?: number;
  /** 今年 0, 去年 -1, 前年 -2, 明年 1. */
  yearOffset?: number;
  part?: RawPart;
  half?: 1 | 2;
  quarter?: number;
  quarterTo?: number;
  month?: number;
  monthTo?: number;
  day?: number;
  dayTo?: number;
  monthPoint?: MonthPoint;
  /** …以来: from the period's start to the document date. */
  since?: boolean;
  asOf?: boolean;
  partOfDay?: string;
  festival?: string;
  /** Duration in years (11年来, 连续15年); null when approximate (40多年来). */
  years?: number | null;
  monthOffset?: number;
  /** Plan period years (“十四五” → 2021, 2025). */
  planFrom?: number;
  planTo?: number;
  /** A deadline year (到2027年, 2025年前): never completes a dateline. */
  deadline?: boolean;
  /** Written as what is compared with (比2020年, 相比于5月份). */
  comparison?: boolean;
  /** A year given in the 民國 era. */
  roc?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Character classes

function arabicDigit(c: number): number {
  if (c >= 48 && c <= 57) { return c - 48; }
  if (c >= 0xff10 && c <= 0xff19) { return c - 0xff10; }
  return -1;
}

// Char-code tables: the scanner looks at every character, so lookups must be cheap.
const CN_DIGIT_TABLE = new Int8Array(65536).fill(-1);
for (const [ch, v] of Object.entries(CN_DIGITS)) { CN_DIGIT_TABLE[ch.charCodeAt(0)] = v; }

const CN_NUMERAL_CHARS = '〇○零一二两兩三四五六七八九十拾百千万萬亿億廿卅';
const CN_NUMERAL_TABLE = new Uint8Array(65536);
for (const ch of CN_NUMERAL_CHARS) { CN_NUMERAL_TABLE[ch.charCodeAt(0)] = 1; }
function isCnNumeralCode(c: number): boolean { return CN_NUMERAL_TABLE[c] === 1; }
function isCnNumeral(ch: string): boolean { return ch.length > 0 && CN_NUMERAL_TABLE[ch.charCodeAt(0)] === 1; }
/** The code unit c is one of the characters of set (false for NaN, past the end of the text): no substring. */
function codeIn(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) { if (set.charCodeAt(k) === c) { return true; } }
  return false;
}
/** A membership table over char codes for the characters of chars. */
function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (const ch of chars) { t[ch.charCodeAt(0)] = 1; }
  return t;
}
const RANGE_DASH_TABLE = charTable(RANGE_DASHES);
/** The code unit at k, or -1 at or past limit (no one-character string per test). */
function codeAt(text: string, k: number, limit: number): number { return k < limit ? text.charCodeAt(k) : -1; }
function isDecimalPoint(ch: string): boolean { return ch === '.' || ch === '．'; }
function isLatin(c: number): boolean { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff5a); }

interface NumRead { value: number; end: number; cn: boolean; len: number }

/** Arabic digits from i (at most maxLen; a longer run fails). */
function readArabic(text: string, i: number, limit: number, maxLen: number): NumRead | null {
  let v = 0;
  let j = i;
  while (j < limit && j - i <= maxLen) {
    const d = arabicDigit(text.charCodeAt(j));
    if (d < 0) { break; }
    v = v * 10 + d;
    j++;
  }
  const len = j - i;
  if (len === 0 || len > maxLen) { return null; }
  return { value: v, end: j, cn: false, len };
}

/** A small Chinese numeral 1–99 (五, 十, 十二, 二十一, 廿一); at most three characters. */
function readCnSmall(text: string, i: number, limit: number): NumRead | null {
  const a = i < limit ? text.charCodeAt(i) : 0;
  if (!isCnNumeralCode(a)) { return null; }
  const b = i + 1 < limit ? text.charCodeAt(i + 1) : 0;
  const c = i + 2 < limit ? text.charCodeAt(i + 2) : 0;
  let value: number;
  let end: number;
  if (a === TEN || a === TEN_FORMAL) {
    const d = CN_DIGIT_TABLE[b];
    if (d > 0) { value = 10 + d; end = i + 2; } else { value = 10; end = i + 1; }
  } else if (a === TWENTY || a === THIRTY) {
    const d = CN_DIGIT_TABLE[b];
    const base = a === TWENTY ? 20 : 30;
    if (d > 0) { value = base + d; end = i + 2; } else { value = base; end = i + 1; }
  } else {
    const d = CN_DIGIT_TABLE[a];
    if (d <= 0) { return null; }
    if (b === TEN || b === TEN_FORMAL) {
      const e = CN_DIGIT_TABLE[c];
      if (e > 0) { value = d * 10 + e; end = i + 3; } else { value = d * 10; end = i + 2; }
    } else { value = d; end = i + 1; }
  }
  if (end < limit && isCnNumeralCode(text.charCodeAt(end))) { return null; }
  return { value, end, cn: true, len: end - i };
}
const TEN = '十'.charCodeAt(0);
const TEN_FORMAL = '拾'.charCodeAt(0);
const TWENTY = '廿'.charCodeAt(0);
const THIRTY = '卅'.charCodeAt(0);
const LIANG = '两'.charCodeAt(0);
const LIANG_T = '兩'.charCodeAt(0);

/** A small number written either way (up to maxArabic digits). */
function readSmall(text: string, i: number, limit: number, maxArabic: number): NumRead | null {
  return readArabic(text, i, limit, maxArabic) ?? readCnSmall(text, i, limit);
}

/** A four-digit year written digit by digit in Chinese (二〇二四). */
function readCnYear(text: string, i: number, limit: number): NumRead | null {
  if (i + 4 > limit) { return null; }
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(i + k);
    if (c === LIANG || c === LIANG_T) { return null; }
    const d = CN_DIGIT_TABLE[c];
    if (d < 0) { return null; }
    v = v * 10 + d;
  }
  if (i + 4 < limit && CN_DIGIT_TABLE[text.charCodeAt(i + 4)] >= 0) { return null; }
  return { value: v, end: i + 4, cn: true, len: 4 };
}

function startsWithAt(text: string, i: number, word: string, limit: number): boolean {
  const n = word.length;
  if (i + n > limit) { return false; }
  if (i < 0) { return text.startsWith(word, i); }
  // Code by code: the words are short, and the first character decides most calls.
  for (let k = 0; k < n; k++) { if (text.charCodeAt(i + k) !== word.charCodeAt(k)) { return false; } }
  return true;
}

function matchWord(text: string, i: number, words: readonly string[], limit: number): string | null {
  for (const w of words) { if (startsWithAt(text, i, w, limit)) { return w; } }
  return null;
}

function endsWithBefore(text: string, i: number, words: readonly string[], floor: number): string | null {
  for (const w of words) {
    const s = i - w.length;
    if (s >= floor && (s < 0 || w.length === 0 || text.charCodeAt(i - 1) === w.charCodeAt(w.length - 1)) && text.startsWith(w, s)) { return w; }
  }
  return null;
}

/** True when the character before i continues a number (so a date cannot start at i). */
function numericBefore(text: string, i: number): boolean {
  if (i === 0) { return false; }
  const c = text.charCodeAt(i - 1);
  // digits, . ． , / % ％ and Latin letters
  return arabicDigit(c) >= 0 || c === 0x2e || c === 0xff0e || isLatin(c) || c === 0x2c || c === 0x2f || c === 0x25 || c === 0xff05;
}

// ---------------------------------------------------------------------------------------------
// The scanner

interface Ctx {
  text: string;
  from: number;
  limit: number;
  /** The document writes 民國 years (its profile's era), so that 70年10月19日 and 102年度 are ROC years. */
  roc: boolean;
}

/** Finds dates in text[from, to); from and to are line boundaries. */
export function scanDates(text: string, from: number, to: number, profile: DocumentProfile = EMPTY_PROFILE): RawDate[] {
  const ctx: Ctx = { text, from, limit: Math.min(to, text.length), roc: profile.era.kind === 'roc' };
  const out: RawDate[] = [];
  let i = from;
  const limit = ctx.limit;
  while (i < limit) {
    // The tight loop over characters that start nothing (most of them).
    let kind = START_TABLE[text.charCodeAt(i)];
    while (kind === 0 && ++i < limit) { kind = START_TABLE[text.charCodeAt(i)]; }
    if (kind === 0) { break; }
    // A date never starts inside a run of numerals: a run that starts none is skipped at once (keeps 100,000 digits linear).
    if (kind === K_DIGIT) {
      // Every digit rule reads the whole run of digits and needs one of a few characters right after it.
      let e = i + 1;
      while (e < limit && arabicDigit(text.charCodeAt(e)) >= 0) { e++; }
      const r = e < limit && AFTER_DIGITS[text.charCodeAt(e)] !== 0 ? digitDate(ctx, i, e) : null;
      if (r) { out.push(r); i = r.end; } else { i = e; }
      continue;
    }
    if (kind === K_CN_NUMERAL) {
      const r = i + 1 < limit && (NEXT_TABLE[text.charCodeAt(i + 1)] & NEXT_AFTER_CN) !== 0 ? cnNumeralDate(ctx, i) : null;
      if (r) { out.push(r); i = r.end; continue; }
      let j = i + 1;
      while (j < limit && isCnNumeralCode(text.charCodeAt(j))) { j++; }
      i = j;
      continue;
    }
    // Every other rule needs one of a few second characters: test that before calling anything.
    const next = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
    if (next < 0 || (NEXT_TABLE[next] & NEXT_FOR_KIND[kind]) === 0) { i++; continue; }
    const r = wordDate(ctx, i, kind, next);
    if (r) { out.push(r); i = r.end; } else { i++; }
  }
  return out;
}

/**
 * A raw date with every field present (undefined when unused), always in this order: all raw dates
 * share one hidden class, so the parsers' writes and the resolver's reads stay monomorphic, and no
 * object is spread per date. `make` fills in its span.
 */
function raw(relative: boolean, shape: RawShape, yearMode?: YearMode, part?: RawPart): RawDate {
  return {
    start: 0, end: 0, text: '', relative, shape, yearMode, year: undefined, yearTo: undefined, yearOffset: undefined, part,
    half: undefined, quarter: undefined, quarterTo: undefined, month: undefined, monthTo: undefined, day: undefined,
    dayTo: undefined, monthPoint: undefined, since: undefined, asOf: undefined, partOfDay: undefined, festival: undefined,
    years: undefined, monthOffset: undefined, planFrom: undefined, planTo: undefined, deadline: undefined,
    comparison: undefined, roc: undefined,
  };
}

function make(ctx: Ctx, start: number, end: number, r: RawDate): RawDate {
  r.start = start;
  r.end = end;
  r.text = ctx.text.slice(start, end);
  return r;
}

/** Copies what a sub-expression (parseSub, monthExpr, firstN) read onto the raw date. */
function applySub(r: RawDate, f: Sub): void {
  r.part = f.part;
  if (f.half !== undefined) { r.half = f.half; }
  if (f.quarter !== undefined) { r.quarter = f.quarter; }
  if (f.quarterTo !== undefined) { r.quarterTo = f.quarterTo; }
  if (f.month !== undefined) { r.month = f.month; }
  if (f.monthTo !== undefined) { r.monthTo = f.monthTo; }
  if (f.day !== undefined) { r.day = f.day; }
  if (f.dayTo !== undefined) { r.dayTo = f.dayTo; }
  if (f.monthPoint !== undefined) { r.monthPoint = f.monthPoint; }
  if (f.partOfDay !== undefined) { r.partOfDay = f.partOfDay; }
  if (f.festival !== undefined) { r.festival = f.festival; }
}

/** A date at the digits text[i, e) (e < limit, and the character at e is one of AFTER_DIGITS). */
function digitDate(ctx: Ctx, i: number, e: number): RawDate | null {
  const { text } = ctx;
  if (numericBefore(text, i)) { return null; }
  const x = text.charCodeAt(e);
  // The common cases: each rule left out needs another character right after the digits.
  if (x === NIAN) { return parseYearDate(ctx, i) ?? parseDecade(ctx, i) ?? parseYearsSince(ctx, i); }
  if (x === YUE) { return parseMonthDate(ctx, i, 'context'); }
  if (x === RI) { return parseBareDay(ctx, i); }
  // After . ． / ／ only a full numeric date (4 digits: 2024.9.2) or a bracketed dotted range ((7.4—7.10)) can
  // start here; a decimal such as 3.5 stops at once.
  if (AFTER_DIGITS[x] === 2) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (e - i !== 4 && !(f2Dot(x) && e - i <= 2 && (prev === 0xff08 || prev === 0x28))) { return null; }
  }
  return parseIsoDate(ctx, i) ?? parseYearDate(ctx, i) ?? parseDecade(ctx, i) ?? parseDottedRange(ctx, i) ?? parseEventLabel(ctx, i)
    ?? parseMonthDate(ctx, i, 'context') ?? parseQuarters(ctx, i, false) ?? parseYearsSince(ctx, i) ?? parseBareDay(ctx, i);
}

/** A date at the Chinese numeral at i. */
function cnNumeralDate(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  if ((prev >= 0 && isCnNumeralCode(prev)) || prev === DI) { return null; }
  if (FESTIVAL_FIRST_TABLE[c] === 1) {
    const festival = parseFestival(ctx, i, i); // 五一劳动节
    if (festival) { return festival; }
  }
  // Cheap filter: a date that starts with a Chinese numeral has 年, 月, 季, 五 (plans) or 世 close by.
  let cue = false;
  for (let k = i + 1; k < limit && k <= i + 6 && !cue; k++) { cue = CN_DATE_CUE_TABLE[text.charCodeAt(k)] === 1; }
  if (!cue) { return null; }
  return parseYearDate(ctx, i) ?? parsePlan(ctx, i, false) ?? parseQuarters(ctx, i, false) ?? parseMonthDate(ctx, i, 'context')
    ?? parseYearsSince(ctx, i) ?? parseDecade(ctx, i);
}

/** A date at a word or quotation mark (kind: START_TABLE; next: the character after it, already checked against NEXT_FOR_KIND). */
function wordDate(ctx: Ctx, i: number, kind: number, next: number): RawDate | null {
  const { text, limit } = ctx;
  switch (kind) {
    case K_QUOTE:
      return parsePlan(ctx, i, true) ?? parseEventLabel(ctx, i);
    case K_RELATIVE: // 今 去 前 明 本 上
      return parseRelativeYear(ctx, i) ?? parseHalfOrMonthRel(ctx, i) ?? parseFirstN(ctx, i, 'context') ?? parseDecade(ctx, i);
    case K_XIA: // 下
      return parseHalfOrMonthRel(ctx, i);
    case K_DI: { // 第
      // 第一季度, 第三、四季度: 季 stands within the numeral(s) read by quarterList (at most 3 + 1 + 3 characters).
      let cue = false;
      for (let k = i + 2; k < limit && k <= i + 8 && !cue; k++) { cue = text.charCodeAt(k) === JI; }
      return cue ? parseQuarters(ctx, i, true) : null;
    }
    case K_YEAR_WORD: // 全 年
      return parseYearWord(ctx, i);
    case K_PAST: // 过 過
      return parsePastYear(ctx, i);
    case K_CONSECUTIVE: // 连 連
      return parseConsecutive(ctx, i);
    case K_JIN: // 近
      return parseYearsSince(ctx, i);
    case K_ROC: // 民
      return parseRocYear(ctx, i);
    case K_ZHONG: // 中: 中华民国 or 中秋
      return next === 0x83ef || next === 0x534e ? parseRocYear(ctx, i) : parseFestival(ctx, i, i); // 華华
    default: // K_FESTIVAL
      return parseFestival(ctx, i, i);
  }
}

const DI = '第'.charCodeAt(0);
const FESTIVAL_FIRST = FESTIVALS.map(([name]) => name[0]).join('');
const FESTIVAL_FIRST_TABLE = new Uint8Array(65536);
for (const ch of FESTIVAL_FIRST) { FESTIVAL_FIRST_TABLE[ch.charCodeAt(0)] = 1; }
const JI = '季'.charCodeAt(0);
const NIAN = '年'.charCodeAt(0);
const YUE = '月'.charCodeAt(0);
const ZHI = '至'.charCodeAt(0);
const DUN = '、'.charCodeAt(0);
const RI = '日'.charCodeAt(0);
/** Festival names by their first character, longest first as in the table. */
const FESTIVALS_BY_FIRST = new Map<number, string[]>();
for (const [name] of FESTIVALS) {
  const k = name.charCodeAt(0);
  const list = FESTIVALS_BY_FIRST.get(k);
  if (list) { list.push(name); } else { FESTIVALS_BY_FIRST.set(k, [name]); }
}
const CN_DATE_CUE_TABLE = new Uint8Array(65536);
for (const ch of '年月季五世') { CN_DATE_CUE_TABLE[ch.charCodeAt(0)] = 1; }
/**
 * What a date may start with, by kind (0: nothing). A character takes the first kind that names it:
 * digits, then Chinese numerals, then quotes, then the words of wordDate's switch, then festivals.
 */
const START_TABLE = new Uint8Array(65536);
const K_DIGIT = 1, K_CN_NUMERAL = 2, K_QUOTE = 3, K_RELATIVE = 4, K_XIA = 5, K_DI = 6, K_YEAR_WORD = 7, K_PAST = 8,
  K_CONSECUTIVE = 9, K_JIN = 10, K_ROC = 11, K_ZHONG = 12, K_FESTIVAL = 13;
function setKind(chars: string, kind: number): void {
  for (const ch of chars) { if (START_TABLE[ch.charCodeAt(0)] === 0) { START_TABLE[ch.charCodeAt(0)] = kind; } }
}
setKind('0123456789０１２３４５６７８９', K_DIGIT);
setKind(CN_NUMERAL_CHARS, K_CN_NUMERAL);
setKind(OPEN_QUOTES, K_QUOTE);
setKind('今去前明本上', K_RELATIVE);
setKind('下', K_XIA);
setKind('第', K_DI);
setKind('全年', K_YEAR_WORD);
setKind('过過', K_PAST);
setKind('连連', K_CONSECUTIVE);
setKind('近', K_JIN);
setKind('民', K_ROC);
setKind('中', K_ZHONG);
setKind(FESTIVAL_FIRST, K_FESTIVAL);
/**
 * Characters that may follow a run of digits in some date (2024年, 2024-, 7.4—, 7·20, 6月, 5、6月,
 * 1—7月, 3至5月, 二季度, 20世纪, 40多年来, 2日): anything else rules the run out at once.
 */
const AFTER_DIGITS = new Uint8Array(65536);
for (const ch of '年世月季多余餘日、' + '-./－．／' + RANGE_DASHES + MONTH_DAY_DOTS + EVENT_DOTS) { AFTER_DIGITS[ch.charCodeAt(0)] = 1; }
// 2: separators that only a full numeric date or a dotted range reads (unless another rule names them too).
for (const ch of './．／') {
  const c = ch.charCodeAt(0);
  if (!RANGE_DASHES.includes(ch) && !EVENT_DOTS.includes(ch)) { AFTER_DIGITS[c] = 2; }
}
/** The dots of a dotted range ((7.4—7.10)). */
function f2Dot(c: number): boolean { return c === 0x2e || c === 0xff0e; }
/** Second characters, one bit per group of first characters. */
const NEXT_TABLE = new Uint16Array(65536);
const NEXT_RELATIVE = 1, NEXT_XIA = 2, NEXT_NUMERAL = 4, NEXT_YEAR_WORD = 8;
function setNext(chars: string, bit: number): void { for (const ch of chars) { NEXT_TABLE[ch.charCodeAt(0)] |= bit; } }
const DIGIT_CHARS = '0123456789０１２３４５６７８９';
// 今年 本年度 上一年 上年 (years), 上半年 上月 (halves, months), 前7个月 前三季度, 上世纪 上个世纪.
setNext('年一半月世个個' + DIGIT_CHARS + CN_NUMERAL_CHARS, NEXT_RELATIVE);
setNext('半月', NEXT_XIA); // 下半年, 下月
setNext(DIGIT_CHARS + CN_NUMERAL_CHARS, NEXT_NUMERAL); // 第一季度, 近5年来
setNext('年内底末初', NEXT_YEAR_WORD); // 全年, 年内, 年底, 年末, 年初
const NEXT_PAST = 16, NEXT_CONSECUTIVE = 32, NEXT_ROC = 64, NEXT_FESTIVAL = 128, NEXT_AFTER_CN = 256, NEXT_ZHONG = 512;
/**
 * What may follow the first numeral of a date written in Chinese: more numerals (二〇二四年, 十二月, 十四五,
 * 五一劳动节), or 季 、 月 多 余 年 世 or a dash right after one (一季度, 三、四月, 一至三月, 十多年来, 八十年代).
 */
setNext(CN_NUMERAL_CHARS + Object.keys(CN_DIGITS).join('') + '季、月多余餘年世' + RANGE_DASHES, NEXT_AFTER_CN);
setNext('去', NEXT_PAST); // 过去一年
setNext('续續', NEXT_CONSECUTIVE); // 连续15年
/** Second characters of the words that start with first (民 → 國国; 中 → 華华 of 中华民国, 秋 of 中秋). */
function secondsAfter(first: string, words: readonly string[]): string { return words.filter((w) => w[0] === first).map((w) => w[1]).join(''); }
setNext(secondsAfter('民', ROC_PREFIXES), NEXT_ROC);
setNext(secondsAfter('中', [...ROC_PREFIXES, ...FESTIVALS.map(([name]) => name)]), NEXT_ZHONG);
setNext(FESTIVALS.map(([name]) => name[1]).join(''), NEXT_FESTIVAL); // 国庆, 春节 …
/**
 * The second characters each kind of word needs (a superset: the rules check the rest). Quotation
 * marks open a plan (“十四五”) or an event label (“12·21”): a numeral follows.
 */
const NEXT_FOR_KIND = new Uint16Array(K_FESTIVAL + 1);
NEXT_FOR_KIND[K_QUOTE] = NEXT_NUMERAL;
NEXT_FOR_KIND[K_RELATIVE] = NEXT_RELATIVE;
NEXT_FOR_KIND[K_XIA] = NEXT_XIA;
NEXT_FOR_KIND[K_DI] = NEXT_NUMERAL;
NEXT_FOR_KIND[K_YEAR_WORD] = NEXT_YEAR_WORD;
NEXT_FOR_KIND[K_PAST] = NEXT_PAST;
NEXT_FOR_KIND[K_CONSECUTIVE] = NEXT_CONSECUTIVE;
NEXT_FOR_KIND[K_JIN] = NEXT_NUMERAL;
NEXT_FOR_KIND[K_ROC] = NEXT_ROC;
NEXT_FOR_KIND[K_ZHONG] = NEXT_ZHONG;
NEXT_FOR_KIND[K_FESTIVAL] = NEXT_FESTIVAL;

/** What follows a year-bearing word: 上半年, 一季度, 前7个月, 7月底, 全年, 底, 同期, 春节 … */
type Sub = Pick<RawDate, 'half' | 'quarter' | 'quarterTo' | 'month' | 'monthTo' | 'day' | 'dayTo' | 'monthPoint' | 'partOfDay' | 'festival'>
  & { end: number; part: RawPart };

/** A sub-expression with every field present, in one order (one hidden class, like raw()). */
function sub(end: number, part: RawPart): Sub {
  return {
    end, part, half: undefined, quarter: undefined, quarterTo: undefined, month: undefined, monthTo: undefined,
    day: undefined, dayTo: undefined, monthPoint: undefined, partOfDay: undefined, festival: undefined,
  };
}
function monthsSub(end: number, month: number, monthTo: number): Sub {
  const s = sub(end, 'months');
  s.month = month;
  s.monthTo = monthTo;
  return s;
}
function quarterSub(end: number, quarter: number, quarterTo: number): Sub {
  const s = sub(end, 'quarter');
  s.quarter = quarter;
  s.quarterTo = quarterTo;
  return s;
}

function parseSub(ctx: Ctx, i: number, afterYearWord: boolean): Sub | null {
  const { text, limit } = ctx;
  if (SUB_FIRST[text.charCodeAt(i)] !== 1) { return null; } // most years end where they stand (2024年，)
  for (const [w, h] of HALVES) {
    if (startsWithAt(text, i, w, limit)) { const s = sub(i + w.length, 'half'); s.half = h; return s; }
  }
  const q = quarterList(ctx, startsWithAt(text, i, '第', limit) ? i + 1 : i);
  if (q) {
    const end = quarterEnd(text, q.end, limit);
    const s = quarterSub(end, q.from, q.to);
    if (end > q.end) { s.monthPoint = 'end'; }
    return s;
  }
  const first = firstN(ctx, i);
  if (first) { return first; }
  const m = monthExpr(ctx, i);
  if (m) { return m; }
  if (startsWithAt(text, i, '全年', limit)) { return sub(i + 2, 'year'); }
  if (startsWithAt(text, i, '同期', limit)) { return sub(i + 2, 'same'); }
  // 年底/年末/年初 after a year word (今年年底), or 底/末/初 right after 年 (去年底, 2024年底).
  let j = i;
  if (!afterYearWord && startsWithAt(text, i, '年', limit)) { j = i + 1; }
  if (afterYearWord && startsWithAt(text, i, '年', limit) && i + 1 < limit && codeIn('底末初', text.charCodeAt(i + 1))) { j = i + 1; }
  if (j < limit) {
    const e = text.charCodeAt(j);
    if (e === DI_BOTTOM || e === MO_END || e === CHU_START) {
      if (!codeIn(edgeBlockers(e), codeAt(text, j + 1, limit))) {
        return sub(j + 1, e === CHU_START ? 'yearStart' : 'yearEnd');
      }
    }
  }
  for (const name of FESTIVALS_BY_FIRST.get(text.charCodeAt(i)) ?? []) {
    if (startsWithAt(text, i, name, limit)) { const s = sub(i + name.length, 'festival'); s.festival = name; return s; }
  }
  return null;
}

/** What a sub-expression may start with (halves, quarters, 前N个月, months, 全年, 同期, 年底, festivals). */
const SUB_FIRST = charTable(HALVES.map(([w]) => w[0]).join('') + '第前全同年底末初' + DIGIT_CHARS + CN_NUMERAL_CHARS + FESTIVAL_FIRST);
const DI_BOTTOM = '底'.charCodeAt(0);
const MO_END = '末'.charCodeAt(0);
const CHU_START = '初'.charCodeAt(0);
/** YEAR_EDGE_BLOCKERS by the code of 底, 末 or 初. */
function edgeBlockers(c: number): string { return YEAR_EDGE_BLOCKERS[String.fromCharCode(c)] ?? ''; }

/** First characters of the parts of the day (上午, 晚上 …). */
const POD_FIRST = charTable(PARTS_OF_DAY.map((w) => w[0]).join(''));

/** Optional 以来 after a period. */
function since(ctx: Ctx, end: number): number {
  return end + 2 <= ctx.limit && ctx.text.charCodeAt(end) === 0x4ee5 && ctx.text.charCodeAt(end + 1) === 0x6765 ? end + 2 : end; // 以来
}

/** Last characters of the as-of and comparison words. */
const FLAG_LAST = charTable([...AS_OF_BEFORE, ...COMPARISON_BEFORE].map((w) => w[w.length - 1]).join(''));
/** Marks an as-of point (截至…) or the thing compared with (比…) by the words just before start. */
function flagsBefore(ctx: Ctx, r: RawDate, start: number): void {
  if (start === 0 || FLAG_LAST[ctx.text.charCodeAt(start - 1)] !== 1) { return; } // no word of either list ends there
  const floor = Math.max(0, start - 4);
  if (endsWithBefore(ctx.text, start, AS_OF_BEFORE, floor)) { r.asOf = true; }
  else if (endsWithBefore(ctx.text, start, COMPARISON_BEFORE, floor)) { r.comparison = true; }
}

/** 2024年…, 二〇二四年…, 2021—2025年, 民國97年…, and (in a 民國 document) 70年10月19日, 102年度. */
function parseYearDate(ctx: Ctx, i: number, rocPrefixStart = -1): RawDate | null {
  const { text, limit } = ctx;
  const start = rocPrefixStart >= 0 ? rocPrefixStart : i;
  let y: NumRead | null;
  let roc = rocPrefixStart >= 0;
  if (roc) {
    y = readSmall(text, i, limit, 3);
    if (!y) { return null; }
  } else {
    y = readArabic(text, i, limit, 4) ?? readCnYear(text, i, limit);
    if (!y || y.len !== 4 || y.value < 1800 || y.value > 2199) {
      // 70年10月19日, 102年度 in a 民國 document.
      // A short year is an ROC year only in a document its profile dates in that era.
      if (!y || y.cn || y.len > 3 || y.value === 0 || !ctx.roc) { return null; }
      const after = y.end;
      if (!startsWithAt(text, after, '年', limit)) { return null; }
      // Only a full 年月日 or 年度 reads as a 民國 year (有期徒刑3年10月 is a duration).
      const m = readSmall(text, after + 1, limit, 2);
      const d = m && m.value >= 1 && m.value <= 12 && startsWithAt(text, m.end, '月', limit) ? readSmall(text, m.end + 1, limit, 2) : null;
      const isFull = d !== null && d.value >= 1 && d.value <= 31 && startsWithAt(text, d.end, '日', limit);
      if (!isFull && !startsWithAt(text, after + 1, '度', limit)) { return null; }
      roc = true;
    }
  }
  const year = y.value + (roc ? ROC_OFFSET : 0);
  let j = y.end;
  let yearTo: number | undefined;
  // 2021—2025年: one range span.
  if (!roc && !y.cn && j < limit && RANGE_DASH_TABLE[text.charCodeAt(j)] === 1 && text.charCodeAt(j) !== ZHI) {
    const y2 = readArabic(text, j + 1, limit, 4);
    if (y2 && y2.len === 4 && y2.value > y.value && y2.value <= 2199 && startsWithAt(text, y2.end, '年', limit)) {
      yearTo = y2.value;
      j = y2.end;
    }
  }
  if (!startsWithAt(text, j, '年', limit)) { return null; }
  j++;
  if (startsWithAt(text, j, '度', limit)) { j++; }
  if (startsWithAt(text, j, '来', limit)) { return null; } // 2000年来 reads as a duration, not a year
  if (startsWithAt(text, j, '代', limit)) { return null; } // 1980年代 is a decade
  const fields = raw(false, 'calendar', 'explicit', 'year');
  fields.year = year;
  flagsBefore(ctx, fields, start);
  if (roc) { fields.roc = true; }
  if (yearTo !== undefined) { fields.yearTo = yearTo; }
  else {
    const sub = parseSub(ctx, j, false);
    if (sub) {
      applySub(fields, sub);
      j = sub.end;
      if (fields.part === 'same') { fields.relative = true; }
    }
  }
  const floor = Math.max(0, start - 3);
  const before = endsWithBefore(text, start, DEADLINE_BEFORE, floor);
  if (before && !endsWithBefore(text, start, AS_OF_BEFORE, Math.max(0, start - 4))) { fields.deadline = true; }
  if (fields.part === 'year' && matchWord(text, j, DEADLINE_AFTER, limit)) { fields.deadline = true; }
  if (fields.part === 'year' && (startsWithAt(text, j + 2, '目标', limit) || startsWithAt(text, j + 1, '目标', limit))) { fields.deadline = true; }
  const end = since(ctx, j);
  if (end > j) { fields.since = true; fields.relative = true; }
  return make(ctx, start, end, fields);
}

/** 2024-09-02, 2024.9.2, 2024/09/02: a full numeric date (a year of four digits, a valid month and day). */
function parseIsoDate(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  const y = readArabic(text, i, limit, 4);
  if (!y || y.len !== 4 || y.value < 1900 || y.value > 2100 || y.end >= limit) { return null; }
  const sep = text[y.end];
  if (sep !== '-' && sep !== '.' && sep !== '/' && sep !== '－' && sep !== '．' && sep !== '／') { return null; }
  const m = readArabic(text, y.end + 1, limit, 2);
  if (!m || m.value < 1 || m.value > 12 || text[m.end] !== sep) { return null; }
  const d = readArabic(text, m.end + 1, limit, 2);
  if (!d || d.value < 1 || d.value > daysInMonth(y.value, m.value)) { return null; }
  const next = d.end < limit ? text[d.end] : '';
  if (next === sep || isDecimalPoint(next) || next === '%' || next === '％' || arabicDigit(text.charCodeAt(d.end)) >= 0) { return null; }
  const r = raw(false, 'calendar', 'explicit', 'days');
  r.year = y.value; r.month = m.value; r.day = d.value;
  return make(ctx, i, d.end, r);
}

const CENTURY_PREFIXES: readonly string[] = ['上世纪', '上世紀', '上个世纪', '上個世紀'];

/** 80年代, 上世纪90年代, 20世纪80年代, 八十年代, 1980年代: a decade. */
function parseDecade(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  let j = i;
  let century = 1900;
  let prefixed = false;
  const prev = matchWord(text, i, CENTURY_PREFIXES, limit);
  if (prev) { j = i + prev.length; prefixed = true; }
  else {
    const c = readSmall(text, i, limit, 2);
    if (c && c.value >= 1 && c.value <= 30 && (startsWithAt(text, c.end, '世纪', limit) || startsWithAt(text, c.end, '世紀', limit))) {
      century = (c.value - 1) * 100; j = c.end + 2; prefixed = true;
    }
  }
  const y = readArabic(text, j, limit, 4) ?? readCnSmall(text, j, limit);
  if (!y || !startsWithAt(text, y.end, '年代', limit) || y.value % 10 !== 0) { return null; }
  let start: number;
  if (!y.cn && y.len === 4) {
    if (prefixed || y.value < 1000) { return null; }
    start = y.value;
  } else if ((y.cn || y.len === 2) && y.value >= 10 && y.value <= 90) {
    start = century + y.value;
  } else { return null; }
  const r = raw(false, 'calendar', 'explicit', 'year');
  r.year = start; r.yearTo = start + 9;
  return make(ctx, i, y.end + 2, r);
}

/** 民國97年2月1日, 中華民國101年6月6（星期三）. */
function parseRocYear(ctx: Ctx, i: number): RawDate | null {
  const p = matchWord(ctx.text, i, ROC_PREFIXES, ctx.limit);
  if (!p) { return null; }
  return parseYearDate(ctx, i + p.length, i);
}

interface ListRead { from: number; to: number; end: number }

/** 一季度, 三、四季度, 一至三季度, 二季度 (i at the numeral). */
function quarterList(ctx: Ctx, i: number): ListRead | null {
  const { text, limit } = ctx;
  const a = readSmall(text, i, limit, 1);
  if (!a || a.value < 1 || a.value > 4) { return null; }
  let j = a.end;
  let to = a.value;
  if (j < limit && (text.charCodeAt(j) === DUN || RANGE_DASH_TABLE[text.charCodeAt(j)] === 1)) {
    const b = readSmall(text, j + 1, limit, 1);
    if (b && b.value > a.value && b.value <= 4 && startsWithAt(text, b.end, '季度', limit)) { to = b.value; j = b.end; }
  }
  if (!startsWithAt(text, j, '季度', limit)) { return null; }
  return { from: a.value, to, end: j + 2 };
}

/** 二季度末: the end of the quarter; returns the end of the span. */
function quarterEnd(text: string, i: number, limit: number): number {
  const e = codeAt(text, i, limit);
  return (e === MO_END || e === DI_BOTTOM) && !codeIn(edgeBlockers(e), text.charCodeAt(i + 1)) ? i + 1 : i;
}

/** Bare quarters: 二季度, 第一季度, 三、四季度, 二季度末 (year from context). */
function parseQuarters(ctx: Ctx, i: number, ordinal: boolean): RawDate | null {
  const q = quarterList(ctx, ordinal ? i + 1 : i);
  if (!q) { return null; }
  const qEnd = quarterEnd(ctx.text, q.end, ctx.limit);
  const end = since(ctx, qEnd);
  const r = raw(true, 'calendar', 'context', 'quarter');
  r.quarter = q.from; r.quarterTo = q.to;
  if (qEnd > q.end) { r.monthPoint = 'end'; }
  if (end > qEnd) { r.since = true; }
  flagsBefore(ctx, r, i);
  return make(ctx, i, end, r);
}

/** 前7个月, 前三季度 (i at 前). */
function firstN(ctx: Ctx, i: number): Sub | null {
  const { text, limit } = ctx;
  if (!startsWithAt(text, i, '前', limit)) { return null; }
  const n = readSmall(text, i + 1, limit, 2);
  if (!n) { return null; }
  if (startsWithAt(text, n.end, '个月', limit) || startsWithAt(text, n.end, '個月', limit)) {
    if (n.value < 1 || n.value > 12) { return null; }
    return monthsSub(n.end + 2, 1, n.value);
  }
  // 前5月 / 前5月份 (Taiwan and statistics style): the first five months, unless a day follows (前5月3日).
  if (startsWithAt(text, n.end, '月', limit) && n.value >= 1 && n.value <= 12) {
    const end = startsWithAt(text, n.end + 1, '份', limit) ? n.end + 2 : n.end + 1;
    const next = end < limit ? text.charCodeAt(end) : 0;
    if (!(next >= 0x30 && next <= 0x39) && !(next >= 0xff10 && next <= 0xff19) && !isCnNumeral(text[end] ?? '')) {
      return monthsSub(end, 1, n.value);
    }
  }
  for (const w of ['个季度', '季度']) {
    if (startsWithAt(text, n.end, w, limit) && n.value >= 1 && n.value <= 4) {
      return quarterSub(n.end + w.length, 1, n.value);
    }
  }
  return null;
}

function parseFirstN(ctx: Ctx, i: number, mode: YearMode): RawDate | null {
  const f = firstN(ctx, i);
  if (!f) { return null; }
  if (codeIn('提之以此目当', ctx.text.charCodeAt(i - 1))) { return null; }
  const r = raw(true, 'calendar', mode);
  applySub(r, f);
  flagsBefore(ctx, r, i);
  return make(ctx, i, f.end, r);
}

/**
 * A month expression at i: 6月, 6月份, 5、6月份, 7、8、9三个月, 1—7月, 7月底, 7月首周, 9月2日, 8月2日上午,
 * 6月6（星期三）, 9月15日至20日, 一月十六日.
 */
function monthExpr(ctx: Ctx, i: number): Sub | null {
  const { text, limit } = ctx;
  const m = readSmall(text, i, limit, 2);
  if (!m || m.value < 1 || m.value > 12) { return null; }
  let j = m.end;
  let monthTo = m.value;
  // Lists and ranges of months.
  if (j < limit && text.charCodeAt(j) === DUN) {
    let k = j;
    let last = m.value;
    let count = 1;
    while (k < limit && text.charCodeAt(k) === DUN && count < 12) {
      const n = readSmall(text, k + 1, limit, 2);
      if (!n || n.value !== last + 1) { break; }
      last = n.value;
      count++;
      k = n.end;
    }
    if (count > 1) {
      if (startsWithAt(text, k, '月', limit)) { monthTo = last; j = k; }
      else {
        const cnt = readCnSmall(text, k, limit);
        if (cnt && cnt.value === count && (startsWithAt(text, cnt.end, '个月', limit) || startsWithAt(text, cnt.end, '個月', limit))) {
          return monthsSub(cnt.end + 2, m.value, last);
        }
        return null;
      }
    } else { return null; }
  } else if (j < limit && RANGE_DASH_TABLE[text.charCodeAt(j)] === 1) {
    const n = readSmall(text, j + 1, limit, 2);
    if (n && n.value > m.value && n.value <= 12 && n.cn === m.cn && startsWithAt(text, n.end, '月', limit)) { monthTo = n.value; j = n.end; }
  }
  if (!startsWithAt(text, j, '月', limit)) { return null; }
  j++;
  const fields = monthsSub(0, m.value, monthTo);
  if (startsWithAt(text, j, '份', limit)) { j++; }
  if (monthTo !== m.value) { fields.end = j; return fields; }
  // Day.
  const d = readSmall(text, j, limit, 2);
  if (d && d.value >= 1 && d.value <= 31 && !startsWithAt(text, d.end, '个', limit)) {
    let k = d.end;
    let hasDay = false;
    if (k < limit && codeIn('日号號', text.charCodeAt(k))) { k++; hasDay = true; }
    else {
      // 6月6（星期三）: the weekday stands for the missing 日.
      const w = weekdayParen(text, k, limit);
      if (w > k) { k = w; hasDay = true; }
    }
    if (hasDay) {
      fields.part = 'days';
      fields.day = d.value;
      // 9月15日至20日, 9月15日—10月2日.
      if (k < limit && RANGE_DASH_TABLE[text.charCodeAt(k)] === 1) {
        const e = readSmall(text, k + 1, limit, 2);
        if (e) {
          if (startsWithAt(text, e.end, '日', limit) && e.value > d.value && e.value <= 31) {
            fields.dayTo = e.value; fields.monthTo = m.value; k = e.end + 1;
          } else if (startsWithAt(text, e.end, '月', limit) && e.value > m.value && e.value <= 12) {
            const f = readSmall(text, e.end + 1, limit, 2);
            if (f && f.value >= 1 && f.value <= 31 && startsWithAt(text, f.end, '日', limit)) {
              fields.monthTo = e.value; fields.dayTo = f.value; k = f.end + 1;
            }
          }
        }
      }
      const pod = k < limit && POD_FIRST[text.charCodeAt(k)] === 1 ? matchWord(text, k, PARTS_OF_DAY, limit) : null;
      if (pod) {
        const after = k + pod.length < limit ? text.charCodeAt(k + pod.length) : 0;
        const clock = arabicDigit(after) >= 0 || isCnNumeralCode(text.charCodeAt(k + pod.length));
        const word = (pod === '晚' || pod === '夜') && codeIn('会报宴餐饭校班', text.charCodeAt(k + 1));
        if (!clock && !word) { fields.partOfDay = pod; k += pod.length; }
      }
      fields.end = k; return fields;
    }
  }
  // Parts of the month.
  const e = codeAt(text, j, limit);
  if (e === DI_BOTTOM || e === MO_END) { fields.monthPoint = 'end'; fields.end = j + 1; return fields; }
  if (e === CHU_START && !codeIn('步期次级', text.charCodeAt(j + 1))) { fields.monthPoint = 'start'; fields.end = j + 1; return fields; }
  if (startsWithAt(text, j, '首周', limit) || startsWithAt(text, j, '第一周', limit)) {
    fields.monthPoint = 'firstWeek';
    fields.end = j + (e === 0x9996 ? 2 : 3); return fields; // 首周 or 第一周
  }
  for (const [w, a] of XUN) {
    if (startsWithAt(text, j, w, limit)) {
      fields.monthPoint = a === 1 ? 'xun1' : a === 11 ? 'xun2' : 'xun3';
      fields.end = j + w.length; return fields;
    }
  }
  fields.end = j; return fields;
}

/** （星期三） or (星期三) or （周三） right after a day written without 日; returns the end, or i. */
function weekdayParen(text: string, i: number, limit: number): number {
  if (i >= limit || (text.charCodeAt(i) !== 0xff08 && text.charCodeAt(i) !== 0x28)) { return i; } // （ (
  let k = i + 1;
  if (startsWithAt(text, k, '星期', limit)) { k += 2; } else if (startsWithAt(text, k, '禮拜', limit) || startsWithAt(text, k, '礼拜', limit)) { k += 2; } else if (startsWithAt(text, k, '周', limit) || startsWithAt(text, k, '週', limit)) { k += 1; } else { return i; }
  if (k >= limit || !codeIn('一二三四五六日天', text.charCodeAt(k))) { return i; }
  k++;
  if (k < limit && (text.charCodeAt(k) === 0xff09 || text.charCodeAt(k) === 0x29)) { return k + 1; } // ） )
  return i;
}

/** A month expression whose year comes from context (or the given mode). */
function parseMonthDate(ctx: Ctx, i: number, mode: YearMode): RawDate | null {
  const { text } = ctx;
  if (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (codeIn('第个每近前后', p) || isCnNumeralCode(p)) { return null; }
    // 3年10月 (a term of years and months): a real year would have been read with its month.
    if (p === NIAN && i > 1 && (arabicDigit(text.charCodeAt(i - 2)) >= 0 || isCnNumeralCode(text.charCodeAt(i - 2)))) { return null; }
  }
  const m = monthExpr(ctx, i);
  if (!m) { return null; }
  const end = since(ctx, m.end);
  const r = raw(true, 'calendar', mode);
  applySub(r, m);
  if (end > m.end) { r.since = true; }
  flagsBefore(ctx, r, i);
  return make(ctx, i, end, r);
}

/** 今年…, 去年…, 前年…, 明年…, 本年度, 上年… with what follows. */
function parseRelativeYear(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  let offset: number | null = null;
  let mode: YearMode = 'relative';
  let j = i;
  for (const [w, o] of RELATIVE_YEARS) {
    if (startsWithAt(text, i, w, limit)) { offset = o; j = i + w.length; break; }
  }
  const previousWord = offset === null ? matchWord(text, i, PREVIOUS_YEAR_WORDS, limit) : null;
  if (previousWord) {
    if (prev === 0x4ee5) { return null; } // 以: 规模以上年营业收入
    offset = -1; mode = 'previous'; j = i + previousWord.length;
    if (startsWithAt(text, j, '度', limit)) { j++; }
  }
  if (offset === null) { return null; }
  const next = codeAt(text, j, limit);
  if (j === i + 2 && startsWithAt(text, i, '前年', limit) && (codeIn('提之以此目当', prev) || codeIn('度均', next))) { return null; }
  if (j === i + 2 && startsWithAt(text, i, '去年', limit) && (codeIn('轻輕', next) || codeIn('过過', prev))) { return null; }
  const fields = raw(true, 'calendar', mode, 'year');
  fields.yearOffset = offset;
  flagsBefore(ctx, fields, i);
  const sub = parseSub(ctx, j, true);
  if (sub) { applySub(fields, sub); j = sub.end; }
  const end = since(ctx, j);
  if (end > j) { fields.since = true; }
  return make(ctx, i, end, fields);
}

/** 上半年, 下半年 (year from context), 上月/本月/下月. */
function parseHalfOrMonthRel(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  for (const [w, h] of HALVES) {
    if (startsWithAt(text, i, w, limit)) {
      const end = since(ctx, i + w.length);
      const r = raw(true, 'calendar', 'context', 'half');
      r.half = h;
      if (end > i + w.length) { r.since = true; }
      flagsBefore(ctx, r, i);
      return make(ctx, i, end, r);
    }
  }
  for (const [w, o] of RELATIVE_MONTHS) {
    if (startsWithAt(text, i, w, limit)) {
      let end = i + w.length;
      if (startsWithAt(text, end, '份', limit)) { end++; }
      if (i > 0 && codeIn('每以', text.charCodeAt(i - 1))) { return null; }
      const fields = raw(true, 'monthRel');
      fields.monthOffset = o;
      flagsBefore(ctx, fields, i);
      // 上月末, 上月底, 本月初.
      const e = codeAt(text, end, limit);
      if ((e === MO_END || e === DI_BOTTOM) && !codeIn(edgeBlockers(e), text.charCodeAt(end + 1))) { fields.monthPoint = 'end'; end++; }
      else if (e === CHU_START && !codeIn(edgeBlockers(e), text.charCodeAt(end + 1))) { fields.monthPoint = 'start'; end++; }
      return make(ctx, i, end, fields);
    }
  }
  return null;
}

/** 全年, 年底, 年末, 年初, 年内 (year from context). */
function parseYearWord(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (codeIn('每当當同次该該多几余', prev) || arabicDigit(prev) >= 0 || isCnNumeralCode(prev)) { return null; }
  if (startsWithAt(text, i, '全年', limit)) {
    if (codeIn('安健', prev)) { return null; }
    return make(ctx, i, i + 2, raw(true, 'calendar', 'context', 'year'));
  }
  if (startsWithAt(text, i, '年内', limit)) {
    return make(ctx, i, i + 2, raw(true, 'withinYear'));
  }
  if (text.charCodeAt(i) === NIAN && i + 1 < limit) {
    const e = text.charCodeAt(i + 1);
    if ((e === DI_BOTTOM || e === MO_END || e === CHU_START) && !codeIn(edgeBlockers(e), text.charCodeAt(i + 2))) {
      const end = since(ctx, i + 2);
      const r = raw(true, 'calendar', 'context', e === CHU_START ? 'yearStart' : 'yearEnd');
      if (end > i + 2) { r.since = true; }
      flagsBefore(ctx, r, i);
      return make(ctx, i, end, r);
    }
  }
  return null;
}

/** 过去一年: the year under review. */
function parsePastYear(ctx: Ctx, i: number): RawDate | null {
  const w = matchWord(ctx.text, i, ['过去一年', '過去一年'], ctx.limit);
  if (!w) { return null; }
  const r = raw(true, 'calendar', 'relative', 'year');
  r.yearOffset = -1;
  return make(ctx, i, i + w.length, r);
}

/** 连续15年. */
function parseConsecutive(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  if (!startsWithAt(text, i + 1, '续', limit) && !startsWithAt(text, i + 1, '續', limit)) { return null; }
  const n = readSmall(text, i + 2, limit, 3);
  if (!n || n.value < 1 || !startsWithAt(text, n.end, '年', limit)) { return null; }
  if (startsWithAt(text, n.end + 1, '度', limit)) { return null; }
  const r = raw(true, 'duration');
  r.years = n.value;
  return make(ctx, i, n.end + 1, r);
}

/** 11年来, 40多年来, 近5年以来, 十年来 (i at the numeral or at 近). */
function parseYearsSince(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  let j = i;
  if (text.charCodeAt(i) === 0x8fd1) { j = i + 1; } // 近
  else if (codeIn('几幾数數好多', text.charCodeAt(i - 1))) { return null; } // 几十年来 is vague
  const n = readSmall(text, j, limit, 3);
  if (!n || n.value < 1) { return null; }
  let k = n.end;
  let approx = false;
  if (k < limit && codeIn('多余餘', text.charCodeAt(k))) { approx = true; k++; }
  if (!startsWithAt(text, k, '年', limit)) { return null; }
  k++;
  if (startsWithAt(text, k, '以来', limit)) { k += 2; } else if (startsWithAt(text, k, '来', limit) || startsWithAt(text, k, '來', limit)) { k += 1; } else { return null; }
  const r = raw(true, 'duration');
  r.years = approx ? null : n.value;
  return make(ctx, i, k, r);
}

/** 2日 where a month has just been named on the same line (本报北京9月2日讯…新闻中心2日举办). */
function parseBareDay(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  const d = readArabic(text, i, limit, 2);
  if (!d || d.value < 1 || d.value > 31 || !startsWithAt(text, d.end, '日', limit)) { return null; }
  if (codeIn('第每个個近数數多几幾前后後〔[（(年月号號至到—-~～', i > 0 ? text.charCodeAt(i - 1) : -1)) { return null; }
  if (codeIn('内內以后後前起之左余餘多个個历曆均间間期止元', codeAt(text, d.end + 1, limit))) { return null; }
  // A month named shortly before on the same line.
  const floor = Math.max(0, i - 120);
  let found = false;
  for (let k = i - 1; k > floor; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 0x0a) { break; }
    if (ch === YUE && (arabicDigit(text.charCodeAt(k - 1)) >= 0 || isCnNumeralCode(text.charCodeAt(k - 1)))) { found = true; break; }
  }
  if (!found) { return null; }
  let end = d.end + 1;
  const pod = matchWord(text, end, PARTS_OF_DAY, limit);
  const fields = raw(true, 'dayOnly');
  fields.day = d.value;
  if (pod && pod.length > 1 && arabicDigit(text.charCodeAt(end + pod.length)) < 0 && !isCnNumeral(text[end + pod.length] ?? '')) {
    fields.partOfDay = pod;
    end += pod.length;
  }
  return make(ctx, i, end, fields);
}

/** （7.4—7.10）: a dotted day range inside brackets. */
function parseDottedRange(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  const prev = i > 0 ? text[i - 1] : '';
  if (prev !== '（' && prev !== '(') { return null; }
  const m = readArabic(text, i, limit, 2);
  if (!m || m.value < 1 || m.value > 12 || m.end >= limit || !isDecimalPoint(text[m.end])) { return null; }
  const d = readArabic(text, m.end + 1, limit, 2);
  if (!d || d.value < 1 || d.value > 31 || d.end >= limit || !RANGE_DASHES.includes(text[d.end])) { return null; }
  let k = d.end + 1;
  const m2 = readArabic(text, k, limit, 2);
  if (!m2) { return null; }
  let month2 = m.value;
  let day2: number;
  if (m2.end < limit && isDecimalPoint(text[m2.end])) {
    const d2 = readArabic(text, m2.end + 1, limit, 2);
    if (!d2 || m2.value < m.value || m2.value > 12 || d2.value < 1 || d2.value > 31) { return null; }
    month2 = m2.value; day2 = d2.value; k = d2.end;
  } else { day2 = m2.value; k = m2.end; }
  if (k >= limit || (text[k] !== '）' && text[k] !== ')')) { return null; }
  if (month2 === m.value && day2 <= d.value) { return null; }
  const r = raw(true, 'calendar', 'context', 'days');
  r.month = m.value; r.day = d.value; r.monthTo = month2; r.dayTo = day2;
  return make(ctx, i, k, r);
}

/** “十四五”时期, “十四五”, 十四五规划. */
function parsePlan(ctx: Ctx, i: number, quoted: boolean): RawDate | null {
  const { text, limit } = ctx;
  let j = quoted ? i + 1 : i;
  const n = readCnPlanOrdinal(text, j, limit);
  if (!n) { return null; }
  j = n.end;
  if (!startsWithAt(text, j, '五', limit)) { return null; }
  j++;
  if (quoted) {
    if (j >= limit || !CLOSE_QUOTES.includes(text[j])) { return null; }
    j++;
  } else {
    if (n.value < 11) { return null; } // 四五线城市 is not a plan
    if (!matchWord(text, j, PLAN_UNQUOTED_CUES, limit)) { return null; }
  }
  const years = planYears(n.value);
  if (!years) { return null; }
  const suffix = matchWord(text, j, PLAN_SUFFIXES, limit);
  if (suffix) { j += suffix.length; }
  else if (startsWithAt(text, j, '末', limit) && !codeIn(YEAR_EDGE_BLOCKERS['末'], text.charCodeAt(j + 1))) {
    // “十四五”末: the plan's last year.
    const r = raw(false, 'plan');
    r.planFrom = years[1]; r.planTo = years[1];
    return make(ctx, i, j + 1, r);
  }
  const r = raw(false, 'plan');
  r.planFrom = years[0]; r.planTo = years[1];
  return make(ctx, i, j, r);
}

/** The ordinal of a plan (十四 in 十四五); the trailing 五 belongs to the plan word. */
function readCnPlanOrdinal(text: string, i: number, limit: number): NumRead | null {
  const a = codeAt(text, i, limit);
  const b = codeAt(text, i + 1, limit);
  const c = codeAt(text, i + 2, limit);
  if (a === TEN) {
    const d = cnDigitCode(b);
    if (d > 0 && c === WU) { return { value: 10 + d, end: i + 2, cn: true, len: 2 }; }
    if (b === WU) { return { value: 10, end: i + 1, cn: true, len: 1 }; }
    return null;
  }
  if (a === ER && b === TEN) {
    const d = cnDigitCode(c);
    if (d > 0 && text.charCodeAt(i + 3) === WU) { return { value: 20 + d, end: i + 3, cn: true, len: 3 }; }
    if (c === WU) { return { value: 20, end: i + 2, cn: true, len: 2 }; }
    return null;
  }
  const d = cnDigitCode(a);
  if (d > 0 && b === WU) { return { value: d, end: i + 1, cn: true, len: 1 }; }
  return null;
}
const ER = '二'.charCodeAt(0);
const WU = '五'.charCodeAt(0);
/** The value of a Chinese digit's code (-1 for anything else, and for -1 past the end). */
function cnDigitCode(c: number): number { return c >= 0 ? CN_DIGIT_TABLE[c] : -1; }

/** “12·21”事故 (quoted, quotes in the span) or 7·20特大暴雨 (unquoted, before an event word): an event named by its date. */
function parseEventLabel(ctx: Ctx, i: number): RawDate | null {
  const { text, limit } = ctx;
  const quoted = codeIn(OPEN_QUOTES, text.charCodeAt(i));
  const m = readArabic(text, quoted ? i + 1 : i, limit, 2);
  if (!m || m.value < 1 || m.value > 12 || m.end >= limit) { return null; }
  // Unquoted, only the middle dot: 7.20 is a decimal.
  if (quoted ? !MONTH_DAY_DOTS.includes(text[m.end]) : !codeIn(EVENT_DOTS, text.charCodeAt(m.end))) { return null; }
  const d = readArabic(text, m.end + 1, limit, 2);
  if (!d || d.value < 1 || d.value > 31 || d.end >= limit) { return null; }
  if (quoted) {
    if (!CLOSE_QUOTES.includes(text[d.end])) { return null; }
    const r = raw(true, 'event');
    r.month = m.value; r.day = d.value;
    return make(ctx, i, d.end + 1, r);
  }
  if (!matchWord(text, d.end, EVENT_WORDS, limit)) { return null; }
  const r = raw(true, 'event');
  r.month = m.value; r.day = d.value;
  return make(ctx, i, d.end, r);
}

/** 元旦, 春节, 国庆节 … */
function parseFestival(ctx: Ctx, i: number, start: number): RawDate | null {
  const { text, limit } = ctx;
  const names = FESTIVALS_BY_FIRST.get(text.charCodeAt(i));
  if (!names) { return null; }
  for (const name of names) {
    if (startsWithAt(text, i, name, limit)) {
      const r = raw(true, 'calendar', 'relative', 'festival');
      r.yearOffset = 0; r.festival = name;
      return make(ctx, start, i + name.length, r);
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Datelines

export interface Dateline {
  /** The dateline text (本报北京9月2日讯, (新华社北京9月2日电)). */
  text: string;
  start: number;
  end: number;
  month: number;
  day: number;
  year?: number;
  /** At the head of its article (讯, 电 followed by text) or closing it ((新华社…电) on its own). */
  position: 'head' | 'tail';
}

const DATELINE_PUNCT = '，。；：！？,;:!?、“”"';
/** 讯 电 訊 電: the last character of a dateline. */
const DATELINE_END = new Uint8Array(65536);
for (const ch of '讯电訊電') { DATELINE_END[ch.charCodeAt(0)] = 1; }
/** A dateline's prefix names a paper, agency or site (本报, 新华社, 人民网, 央视, 电视台). */
const DATELINE_AGENCY_MARKS: readonly string[] = ['报', '報', '社', '网', '網', '台', '央视', '央視', '记者', '記者'];

/** Finds datelines: …M月D日讯 / …M月D日电, with a short agency-and-place prefix. Linear: bounded lookback per 讯/电. */
export function findDatelines(text: string): Dateline[] {
  const out: Dateline[] = [];
  const n = text.length;
  // Every 日 followed by 讯/电, found with the engine's own string search (no per-character loop).
  for (let r = text.indexOf('日'); r >= 0; r = text.indexOf('日', r + 1)) {
    const i = r + 1;
    if (i >= n || DATELINE_END[text.charCodeAt(i)] === 0) { continue; }
    // Day and month, read backwards.
    let k = i - 2;
    const dayEnd = k + 1;
    while (k >= 0 && dayEnd - k <= 3 && (arabicDigit(text.charCodeAt(k)) >= 0 || isCnNumeral(text[k]))) { k--; }
    if (k === i - 2 || k < 0 || text[k] !== '月') { continue; }
    const day = readSmall(text, k + 1, dayEnd, 2);
    if (!day || day.end !== dayEnd || day.value < 1 || day.value > 31) { continue; }
    let m = k - 1;
    while (m >= 0 && k - m <= 2 && (arabicDigit(text.charCodeAt(m)) >= 0 || isCnNumeral(text[m]))) { m--; }
    const month = readSmall(text, m + 1, k, 2);
    if (!month || month.end !== k || month.value < 1 || month.value > 12) { continue; }
    let year: number | undefined;
    let p = m;
    if (p >= 0 && text[p] === '年') {
      let q = p - 1;
      while (q >= 0 && p - q <= 4 && arabicDigit(text.charCodeAt(q)) >= 0) { q--; }
      const y = readArabic(text, q + 1, p, 4);
      if (y && y.len === 4) { year = y.value; p = q; }
    }
    // Prefix: agency and place, back to the line start or an opening bracket, no punctuation.
    let s = p;
    let ok = false;
    let paren = false;
    while (s >= 0 && p - s <= 24) {
      const c = text[s];
      if (c === '\n') { ok = true; break; }
      if (c === '(' || c === '（') { ok = true; paren = true; break; }
      if (DATELINE_PUNCT.includes(c) || arabicDigit(text.charCodeAt(s)) >= 0) { break; }
      s--;
    }
    if (s < 0) { ok = true; }
    if (!ok || p - s < 2) { continue; }
    const prefix = text.slice(s + 1, p + 1);
    if (!DATELINE_AGENCY_MARKS.some((w) => prefix.includes(w))) { continue; }
    const start = s + 1 - (paren ? 1 : 0);
    let end = i + 1;
    if (paren && end < n && (text[end] === ')' || text[end] === '）')) { end++; }
    // Tail: nothing but blanks after it on its line.
    let t = end;
    while (t < n && (text[t] === ' ' || text[t] === '\t' || text[t] === '\u3000' || text[t] === '\r')) { t++; }
    const position = t >= n || text[t] === '\n' ? (paren ? 'tail' : 'head') : 'head';
    let textStart = start;
    while (textStart < i && (text[textStart] === ' ' || text[textStart] === '\u3000')) { textStart++; }
    const d: Dateline = { text: text.slice(textStart, end), start: textStart, end, month: month.value, day: day.value, position };
    if (year !== undefined) { d.year = year; }
    out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (UTC days, no Date objects in the hot path)

function pad(n: number, w = 2): string {
  // The common cases without padStart; anything else (negative, fractional, wider) as before.
  if (w === 2 && n >= 0 && n <= 99 && Number.isInteger(n)) { return n < 10 ? '0' + n : String(n); }
  if (w === 4 && n >= 1000 && n <= 9999 && Number.isInteger(n)) { return String(n); }
  return String(n).padStart(w, '0');
}
export function isoDate(y: number, m: number, d: number): string { return `${pad(y, 4)}-${pad(m)}-${pad(d)}`; }
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  // Arithmetic for real calendar years (no Date object per call); Date.UTC reads years 0–99 as
  // 1900–1999, so those and any unusual month keep the Date path.
  if (m >= 1 && m <= 12 && y >= 100 && y <= 200000 && Number.isInteger(y) && Number.isInteger(m)) {
    if (m !== 2) { return MONTH_DAYS[m - 1]; }
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parseIso(s: string): { y: number; m: number; d: number } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) { return null; }
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) { return null; }
  return { y, m, d };
}

/**
 * The days and ranges of one analysis. Most dates of a document resolve to a handful of ranges
 * (今年, 去年, 上半年…), so an equal day is one string and an equal range one frozen object, shared
 * by every annotation that holds it (nobody mutates a resolved range).
 */
class Days {
  // Direct-mapped caches (a slot per key's low bits; a clash replaces the slot): cheaper than a Map per
  // lookup, and bounded whatever the document.
  private readonly isoKeys = new Int32Array(ISO_SLOTS).fill(-1);
  private readonly isoStrings: string[] = new Array<string>(ISO_SLOTS).fill('');
  private readonly ranges: (DateRange | null)[] = new Array<DateRange | null>(RANGE_SLOTS).fill(null);

  /** isoDate(y, m, d), built once per day. */
  iso(y: number, m: number, d: number): string {
    // Only real calendar fields have a key (m < 16, d < 32); anything else is built as before.
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 0 && y <= 9999 && (y | 0) === y && (m | 0) === m && (d | 0) === d)) { return isoDate(y, m, d); }
    const key = (y << 9) | (m << 5) | d;
    const slot = (key ^ (key >>> 9)) & (ISO_SLOTS - 1);
    if (this.isoKeys[slot] === key) { return this.isoStrings[slot]; }
    const s = isoDate(y, m, d);
    this.isoKeys[slot] = key;
    this.isoStrings[slot] = s;
    return s;
  }

  range(start: string, end: string): DateRange {
    // The slot from the digits of year, month and day of both ends (YYYY-MM-DD; any other string hashes too).
    const h = start.charCodeAt(3) * 1009 + start.charCodeAt(6) * 131 + start.charCodeAt(9) * 31 + start.charCodeAt(8) * 7
      + end.charCodeAt(6) * 17 + end.charCodeAt(9) * 3 + end.charCodeAt(8) * 5 + end.charCodeAt(3);
    const slot = (h | 0) & (RANGE_SLOTS - 1);
    const r0 = this.ranges[slot];
    if (r0 !== null && r0.start === start && r0.end === end) { return r0; }
    const r: DateRange = Object.freeze({ start, end });
    this.ranges[slot] = r;
    return r;
  }

  day(y: number, m: number, d: number): DateRange { const s = this.iso(y, m, d); return this.range(s, s); }
}
const ISO_SLOTS = 1024;
const RANGE_SLOTS = 512;

function addDays(days: Days, iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) { return iso; }
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return days.iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The same calendar day n years later (29 Feb → 28 Feb). */
function shiftYears(days: Days, iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) { return iso; }
  const y = p.y + n;
  return days.iso(y, p.m, Math.min(p.d, daysInMonth(y, p.m)));
}

function yearRange(days: Days, y: number, y2 = y): DateRange { return days.range(days.iso(y, 1, 1), days.iso(y2, 12, 31)); }
function monthRange(days: Days, y: number, m: number, m2 = m): DateRange { return days.range(days.iso(y, m, 1), days.iso(y, m2, daysInMonth(y, m2))); }
function dayRange(days: Days, y: number, m: number, d: number): DateRange { return days.day(y, m, Math.min(d, daysInMonth(y, m))); }

function festivalDate(days: Days, rule: FestivalRule, year: number): string | null {
  switch (rule.kind) {
    case 'fixed': return days.iso(year, rule.month, rule.day);
    case 'lunar': {
      const md = rule.table[year];
      return md ? addDays(days, `${year}-${md}`, rule.offsetDays) : null;
    }
    case 'qingming': {
      // Solar term 清明 (21st century): day = floor(Y·0.2422 + 4.81) − floor(Y/4), Y = year mod 100.
      if (year < 2000 || year > 2099) { return null; }
      const yy = year % 100;
      return days.iso(year, 4, Math.floor(yy * 0.2422 + 4.81) - Math.floor(yy / 4));
    }
  }
}

/** The calendar range of a calendar-shaped raw date in a given year (without 以来). */
function calendarRange(days: Days, raw: RawDate, y: number): DateRange | null {
  switch (raw.part) {
    case 'year': case undefined:
      return yearRange(days, y, raw.yearTo ?? y);
    case 'half':
      return raw.half === 1 ? days.range(days.iso(y, 1, 1), days.iso(y, 6, 30)) : days.range(days.iso(y, 7, 1), days.iso(y, 12, 31));
    case 'quarter': {
      const q1 = raw.quarter ?? 1;
      const q2 = raw.quarterTo ?? q1;
      if (raw.monthPoint === 'end') { return dayRange(days, y, q2 * 3, daysInMonth(y, q2 * 3)); }
      return monthRange(days, y, q1 * 3 - 2, q2 * 3);
    }
    case 'months': {
      const m = raw.month ?? 1;
      const m2 = raw.monthTo ?? m;
      const dim = daysInMonth(y, m);
      switch (raw.monthPoint) {
        case 'end': return dayRange(days, y, m, dim);
        case 'start': return dayRange(days, y, m, 1);
        case 'xun1': return days.range(days.iso(y, m, 1), days.iso(y, m, 10));
        case 'xun2': return days.range(days.iso(y, m, 11), days.iso(y, m, 20));
        case 'xun3': return days.range(days.iso(y, m, 21), days.iso(y, m, dim));
        case 'firstWeek': {
          // The first week that starts on a Monday inside the month.
          const dow = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
          const first = 1 + ((8 - dow) % 7);
          const s = days.iso(y, m, first);
          return days.range(s, addDays(days, s, 6));
        }
        default: return monthRange(days, y, m, m2);
      }
    }
    case 'days': {
      const m = raw.month ?? 1;
      const d = raw.day ?? 1;
      if (d > daysInMonth(y, m)) { return null; }
      const s = days.iso(y, m, d);
      if (raw.dayTo === undefined) { return days.range(s, s); }
      const m2 = raw.monthTo ?? m;
      return days.range(s, days.iso(y, m2, Math.min(raw.dayTo, daysInMonth(y, m2))));
    }
    case 'yearEnd': return dayRange(days, y, 12, 31);
    case 'yearStart': return dayRange(days, y, 1, 1);
    case 'festival': {
      const rule = FESTIVALS.find(([n]) => n === raw.festival)?.[1];
      const s = rule ? festivalDate(days, rule, y) : null;
      return s ? days.range(s, s) : null;
    }
    case 'same': return null;
  }
}

function granularityOf(raw: RawDate, range: DateRange | null): DateGranularity {
  if (raw.shape === 'duration') { return 'duration'; }
  if (raw.shape === 'plan') { return raw.planFrom === raw.planTo ? 'year' : 'period'; }
  if (raw.shape === 'withinYear' || raw.since) { return 'period'; }
  if (raw.shape === 'event' || raw.part === 'festival') { return 'event'; }
  if (raw.shape === 'dayOnly') { return 'day'; }
  if (raw.shape === 'monthRel') { return raw.monthPoint ? 'day' : 'month'; }
  switch (raw.part) {
    case 'year': return raw.yearTo !== undefined ? 'period' : 'year';
    case 'half': return 'half';
    case 'quarter':
      if (raw.monthPoint === 'end') { return 'day'; } return raw.quarterTo !== undefined && raw.quarterTo !== raw.quarter ? 'period' : 'quarter';
    case 'months':
      if (raw.monthPoint === 'end' || raw.monthPoint === 'start') { return 'day'; }
      if (raw.monthPoint) { return 'period'; }
      return raw.monthTo !== undefined && raw.monthTo !== raw.month ? 'period' : 'month';
    case 'days': return raw.dayTo !== undefined ? 'period' : 'day';
    case 'yearEnd': case 'yearStart': return 'day';
    default: break;
  }
  return range && range.start === range.end ? 'day' : 'period';
}

// ---------------------------------------------------------------------------------------------
// The resolver

/** Longest line (in characters) read as a heading. */
const HEADING_MAX = 48;
/** Sentence punctuation that a heading never contains. */
const HEADING_STOP = new Uint8Array(65536);
for (const ch of '。！？；!?;') { HEADING_STOP[ch.charCodeAt(0)] = 1; }
/** Punctuation that ends a sentence (a newline ends the paragraph too: the resolver finds those with indexOf). */
const SENTENCE_END = new Uint8Array(65536);
for (const ch of '。！？；!?') { SENTENCE_END[ch.charCodeAt(0)] = 1; }

// The bases that carry no position are one frozen object each, shared by every date they explain.
const EXPLICIT: DateBasis = Object.freeze({ kind: 'explicit' });
function unresolved(reason: string): DateBasis { return Object.freeze({ kind: 'unresolved', reason }); }
const NO_DOCUMENT_DATE = unresolved('no document date');
const APPROXIMATE = unresolved('approximate duration');
const NO_MONTH = unresolved('no month in context');
const NO_PERIOD = unresolved('no period to compare with');
const STARTS_AFTER = unresolved('starts after the document date');
const INVALID = unresolved('invalid date');
function noAnchor(): DateBasis { return NO_DOCUMENT_DATE; }
/** Slots of the resolver's cache of context bases (a power of two). */
const CONTEXT_SLOTS = 16;

/** The date relative dates count from; `dateline` is the start of the article's dateline (-1: the document date). */
interface Anchor { date: string; year: number; month: number; dateline: number; basis: DateBasis }

/** A date that later dates refer to; start < 0 (range null) while there is none. Updated in place, not renewed per date. */
interface Period { range: DateRange | null; text: string; start: number }
interface MonthMark { y: number; m: number; text: string; start: number }

/** Resolves raw dates in document order; keeps the context (last month mentioned, dateline of the article…). */
export class DateResolver {
  private readonly datelines: readonly Dateline[];
  private readonly docDate: { y: number; m: number; d: number } | null;
  // Incremental paragraph/sentence tracking (dates arrive in order, so the whole pass stays linear).
  private scanPos = 0;
  private paraStart = 0;
  private sentenceStart = 0;
  /** The first newline at or after scanPos (text.length when none; -1 before the first search). */
  private nextNewline = -1;

  private reviewYear: { year: number; text: string; start: number } | null = null;
  private reviewPara = -1;
  /** Year under review set by a heading; `dateline` is the article it was set in (a new article ends it). */
  /** `whole`: set by the document's title (…2023年…统计公报), so chapter headings do not end it. */
  private sectionYear: { year: number; text: string; start: number; dateline: number; whole: boolean } | null = null;
  // The context records below are one object each, updated in place (sentence -1, start -1: none).
  private readonly sentenceYear = { year: 0, text: '', start: -1, sentence: -1 };
  private readonly topicMonth: MonthMark = { y: 0, m: 0, text: '', start: -1 };
  private readonly lastMonth: MonthMark = { y: 0, m: 0, text: '', start: -1 };
  private readonly lastPeriod: Period = { range: null, text: '', start: -1 };
  private datelineIdx = 0;
  private lastAnchor: Anchor | null = null;
  private lastAnchorDateline: Dateline | null = null;
  private readonly days = new Days();
  /**
   * The context bases made last, by the start of the date they name (a few slots, indexed by the start's low
   * bits): the dates that follow an anchor share its basis, and no table grows with the document.
   */
  private readonly contextStarts = new Int32Array(CONTEXT_SLOTS).fill(-1);
  private readonly contextBases: DateBasis[] = new Array<DateBasis>(CONTEXT_SLOTS).fill(EXPLICIT);
  /** Date texts by content: 今年, 上半年, 2024年… recur, and each annotation keeps its text. */
  private readonly texts = new Map<string, string>();

  /** `datelines`: findDatelines(text), when the caller already has it. */
  constructor(private readonly text: string, private readonly documentDate: DocumentDate | null, datelines?: readonly Dateline[]) {
    this.docDate = documentDate ? parseIso(documentDate.date) : null;
    this.datelines = documentDate && documentDate.source !== 'setting' ? (datelines ?? findDatelines(text)) : [];
  }

  private advance(to: number): void {
    const t = this.text;
    const from = this.scanPos;
    if (to <= from) { return; }
    // The first newline at or after `from`, through the engine's string search (each stretch searched once).
    let nl = this.nextNewline;
    if (nl < from) { nl = t.indexOf('\n', from); if (nl < 0) { nl = t.length; } }
    let floor = from;
    if (nl < to) {
      // A new top-level chapter (二、…) ends the look-back section of the one before.
      while (nl < to && this.sectionYear && !this.sectionYear.whole) {
        if (this.chapterHeadingAt(nl + 1)) { this.sectionYear = null; }
        nl = t.indexOf('\n', nl + 1);
        if (nl < 0) { nl = t.length; }
      }
      // The paragraph starts after the last newline before `to`, and the sentence after the last break: read
      // backwards from `to`, which stops at that newline (one lies at or after `from`).
      let k = to - 1;
      let sentenceEnd = -1;
      for (let c = t.charCodeAt(k); c !== 0x0a; c = t.charCodeAt(--k)) {
        if (sentenceEnd < 0 && SENTENCE_END[c] === 1) { sentenceEnd = k; }
      }
      this.paraStart = k + 1;
      this.sentenceStart = sentenceEnd >= 0 ? sentenceEnd + 1 : k + 1;
      nl = t.indexOf('\n', to);
      if (nl < 0) { nl = t.length; }
      floor = to; // the sentence is known
    }
    this.nextNewline = nl;
    // No newline before `to`: the sentence starts after the last sentence end, read backwards, never below `from`.
    for (let k = to - 1; k >= floor; k--) {
      if (SENTENCE_END[t.charCodeAt(k)] === 1) { this.sentenceStart = k + 1; break; }
    }
    this.scanPos = to;
  }

  /** True when the line at p is a short chapter heading that opens with 一、/二、/第二章/第二部分. */
  private chapterHeadingAt(p: number): boolean {
    const t = this.text;
    let k = p;
    if (t[k] === '第') { k++; }
    const n0 = k;
    while (k < t.length && k - n0 < 4 && isCnNumeral(t[k])) { k++; }
    if (k === n0) { return false; }
    const marker = t[k] === '、' || t[k] === '章' || startsWithAt(t, k, '部分', t.length);
    return marker && this.headingText(p) !== null;
  }

  /** True when the line at p is the document's first non-blank line (its title); looks back a bounded way. */
  private isTitleLine(p: number): boolean {
    if (p > 256) { return false; }
    for (let k = 0; k < p; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x3000 && c !== 0x09 && c !== 0xfeff) { return false; }
    }
    return true;
  }

  /** The line at p when it reads as a heading (short, no sentence punctuation), else null. */
  private headingText(p: number): string | null {
    const t = this.text;
    let e = p;
    while (e < t.length && t.charCodeAt(e) !== 0x0a) {
      if (e - p > HEADING_MAX || HEADING_STOP[t.charCodeAt(e)] === 1) { return null; }
      e++;
    }
    return t.slice(p, e);
  }

  /** The article's dateline governing position p, if any. */
  private datelineFor(p: number): Dateline | null {
    const ds = this.datelines;
    if (ds.length === 0) { return null; }
    while (this.datelineIdx < ds.length && ds[this.datelineIdx].end <= p) { this.datelineIdx++; }
    const prev = this.datelineIdx > 0 ? ds[this.datelineIdx - 1] : null;
    const next = this.datelineIdx < ds.length ? ds[this.datelineIdx] : null;
    const inside = next && next.start <= p ? next : null;
    if (inside) { return inside; }
    const head = prev && prev.position === 'head' ? prev : null;
    const tail = next && next.position === 'tail' ? next : null;
    if (head && tail) { return p - head.end <= tail.start - p ? head : tail; }
    return head ?? tail;
  }

  private anchor(p: number): Anchor | null {
    if (!this.docDate || !this.documentDate) { return null; }
    const dl = this.datelineFor(p);
    // The same dateline (or none) gives the same anchor: built once, its basis shared by the dates it resolves.
    if (this.lastAnchor && this.lastAnchorDateline === dl) { return this.lastAnchor; }
    let a: Anchor;
    if (dl) {
      const y = dl.year ?? this.docDate.y;
      const date = this.days.iso(y, dl.month, Math.min(dl.day, daysInMonth(y, dl.month)));
      const basis: DateBasis = Object.freeze({ kind: 'dateline', datelineText: dl.text, datelineStart: dl.start, date });
      a = { date, year: y, month: dl.month, dateline: dl.start, basis };
    } else {
      const basis: DateBasis = Object.freeze({ kind: 'document', documentDate: this.documentDate.date });
      a = { date: this.documentDate.date, year: this.docDate.y, month: this.docDate.m, dateline: -1, basis };
    }
    this.lastAnchor = a;
    this.lastAnchorDateline = dl;
    return a;
  }

  /** The context basis naming the date at start (its text). */
  private contextBasis(text: string, start: number): DateBasis {
    const slot = start & (CONTEXT_SLOTS - 1);
    if (this.contextStarts[slot] === start) { return this.contextBases[slot]; }
    const b: DateBasis = Object.freeze({ kind: 'context', anchorText: text, anchorStart: start });
    this.contextStarts[slot] = start;
    this.contextBases[slot] = b;
    return b;
  }

  resolve(raw: RawDate): DateAnnotation {
    this.advance(raw.start);
    const sentence = this.sentenceStart;
    const days = this.days;
    const anchor = this.anchor(raw.start);
    const anchorDateline = anchor ? anchor.dateline : -1;
    const anchorYear = anchor ? anchor.year : null;

    // A paragraph that opens with 过去一年 / 去年 / an explicit year reviews that year; a heading
    // such as 2022年工作回顾 or a bulletin's title sets the year under review for what follows it.
    if (this.reviewPara !== this.paraStart) {
      this.reviewPara = this.paraStart;
      this.reviewYear = null;
      let k = this.paraStart;
      while (k < raw.start) {
        const c = this.text.charCodeAt(k);
        if (c !== 0x20 && c !== 0x3000 && c !== 0x09) { break; }
        k++;
      }
      const explicitYear = raw.shape === 'calendar' && raw.yearMode === 'explicit' && raw.year !== undefined
        && raw.yearTo === undefined && !raw.deadline && !raw.since;
      if (k === raw.start) {
        if (explicitYear && raw.year !== undefined) {
          this.reviewYear = { year: raw.year, text: raw.text, start: raw.start };
        } else if (anchorYear !== null && LOOK_BACK_OPENERS.some((w) => raw.text.startsWith(w))) {
          this.reviewYear = { year: anchorYear - 1, text: raw.text, start: raw.start };
        }
      }
      const singleYear = raw.shape === 'calendar' && raw.part === 'year' && raw.yearTo === undefined && !raw.since && !raw.deadline;
      const headingYear = !singleYear ? null
        : raw.yearMode === 'explicit' ? raw.year ?? null
          : raw.yearMode === 'relative' && anchorYear !== null ? anchorYear + (raw.yearOffset ?? 0) : null;
      if (headingYear !== null && anchorYear !== null && headingYear < anchorYear) {
        const heading = this.headingText(this.paraStart);
        if (heading !== null && LOOK_BACK_HEADING_WORDS.some((w) => heading.includes(w))) {
          this.sectionYear = { year: headingYear, text: raw.text, start: raw.start, dateline: anchorDateline, whole: this.isTitleLine(this.paraStart) && !this.chapterHeadingAt(this.paraStart) };
        }
      }
    }
    if (this.sectionYear && this.sectionYear.dateline !== anchorDateline) { this.sectionYear = null; }
    const review = this.reviewYear ?? this.sectionYear;

    let range: DateRange | null = null;
    let basis: DateBasis | undefined;

    switch (raw.shape) {
      case 'plan':
        range = yearRange(days, raw.planFrom ?? 0, raw.planTo ?? 0);
        basis = EXPLICIT;
        break;
      case 'duration':
        if (!anchor) { basis = noAnchor(); break; }
        if (raw.years === null || raw.years === undefined) { basis = APPROXIMATE; break; }
        range = days.range(shiftYears(days, anchor.date, -raw.years), anchor.date);
        basis = anchor.basis;
        break;
      case 'withinYear':
        if (!anchor) { basis = noAnchor(); break; }
        range = days.range(anchor.date, days.iso(anchor.year, 12, 31));
        basis = anchor.basis;
        break;
      case 'monthRel': {
        if (!anchor) { basis = noAnchor(); break; }
        const tm = this.topicMonth;
        const topic = tm.start >= 0;
        let y = topic ? tm.y : anchor.year;
        let m = (topic ? tm.m : anchor.month) + (raw.monthOffset ?? 0);
        if (m < 1) { m += 12; y--; } else if (m > 12) { m -= 12; y++; }
        range = raw.monthPoint === 'end' ? dayRange(days, y, m, daysInMonth(y, m)) : raw.monthPoint === 'start' ? dayRange(days, y, m, 1) : monthRange(days, y, m);
        basis = topic ? this.contextBasis(tm.text, tm.start) : anchor.basis;
        break;
      }
      case 'dayOnly': {
        const lm = this.lastMonth;
        if (lm.start < 0) { basis = NO_MONTH; break; }
        if ((raw.day ?? 1) <= daysInMonth(lm.y, lm.m)) { range = dayRange(days, lm.y, lm.m, raw.day ?? 1); }
        basis = this.contextBasis(lm.text, lm.start);
        break;
      }
      case 'event': {
        if (!anchor) { basis = noAnchor(); break; }
        let y = anchorYear ?? 0;
        if (days.iso(y, raw.month ?? 1, raw.day ?? 1) > anchor.date) { y--; }
        range = dayRange(days, y, raw.month ?? 1, raw.day ?? 1);
        basis = anchor.basis;
        break;
      }
      case 'calendar': {
        let year: number | null = null;
        switch (raw.yearMode) {
          case 'explicit':
            year = raw.year ?? null;
            basis = EXPLICIT;
            break;
          case 'relative':
            if (anchorYear === null || !anchor) { basis = noAnchor(); break; }
            year = anchorYear + (raw.yearOffset ?? 0);
            basis = anchor.basis;
            break;
          case 'previous':
            if (review) { year = review.year - 1; basis = this.contextBasis(review.text, review.start); }
            else if (anchorYear !== null && anchor) { year = anchorYear - 1; basis = anchor.basis; }
            else { basis = noAnchor(); }
            break;
          case 'context':
          default: {
            const sy = this.sentenceYear.sentence === sentence ? this.sentenceYear : null;
            const monthish = raw.part === 'months' || raw.part === 'days';
            if (sy && monthish) { year = sy.year; basis = this.contextBasis(sy.text, sy.start); }
            else if (review) { year = review.year; basis = this.contextBasis(review.text, review.start); }
            else if (anchorYear !== null && anchor) { year = anchorYear; basis = anchor.basis; }
            else { basis = noAnchor(); }
            break;
          }
        }
        if (year === null) { break; }
        if (raw.part === 'same') {
          const lp = this.lastPeriod;
          if (!lp.range) { basis = NO_PERIOD; break; }
          const shift = raw.yearMode === 'explicit' ? year - Number(lp.range.start.slice(0, 4)) : -1;
          range = days.range(shiftYears(days, lp.range.start, shift), shiftYears(days, lp.range.end, shift));
          basis = this.contextBasis(lp.text, lp.start);
          break;
        }
        if (raw.part === 'festival' && raw.yearMode === 'relative' && raw.text.length === (raw.festival ?? '').length && anchor) {
          // A bare festival: its next occurrence from the document date.
          const rule = FESTIVALS.find(([n]) => n === raw.festival)?.[1];
          const s0 = rule ? festivalDate(days, rule, year) : null;
          const s = s0 !== null && s0 < anchor.date && rule ? festivalDate(days, rule, year + 1) : s0;
          range = s ? days.range(s, s) : null;
          break;
        }
        range = calendarRange(days, raw, year);
        if (range && raw.since) {
          if (!anchor) { range = null; basis = noAnchor(); break; }
          // 12月以来 said in September began last December.
          if (range.start > anchor.date && raw.yearMode === 'context') {
            year--;
            range = calendarRange(days, raw, year);
          }
          if (!range || range.start > anchor.date) { range = null; basis = STARTS_AFTER; break; }
          range = days.range(range.start, anchor.date);
          if (basis?.kind === 'explicit') { basis = anchor.basis; }
        }
        // Context for what follows.
        if (range) {
          if (raw.part === 'months' || raw.part === 'days') {
            const lm = this.lastMonth;
            lm.y = year; lm.m = raw.monthTo ?? raw.month ?? 1; lm.text = raw.text; lm.start = raw.start;
            if (!raw.comparison) { const tm = this.topicMonth; tm.y = lm.y; tm.m = lm.m; tm.text = lm.text; tm.start = lm.start; }
            if (raw.yearMode !== 'context') { const sy = this.sentenceYear; sy.year = year; sy.text = raw.text; sy.start = raw.start; sy.sentence = sentence; }
          }
          const lp = this.lastPeriod; lp.range = range; lp.text = raw.text; lp.start = raw.start;
        }
        break;
      }
    }
    const granularity = granularityOf(raw, range);
    let text = raw.text;
    // Short texts are copies (a longer slice shares the document's characters): keep one of each.
    if (text.length <= 12) {
      const seen = this.texts.get(text);
      if (seen === undefined) { this.texts.set(text, text); } else { text = seen; }
    }
    if (!range && basis?.kind !== 'unresolved') { basis = basis ? INVALID : NO_DOCUMENT_DATE; }
    // One literal in the JSON's key order (the optional keys, when present, stand before granularity).
    if (!raw.partOfDay && !raw.asOf && basis) {
      return { start: raw.start, end: raw.end, text, relative: raw.relative, resolved: range, granularity, basis };
    }
    const out: DateAnnotation = { start: raw.start, end: raw.end, text, relative: raw.relative, resolved: range };
    if (raw.partOfDay) { out.partOfDay = raw.partOfDay; }
    if (raw.asOf) { out.asOf = true; }
    out.granularity = granularity;
    if (basis) { out.basis = basis; }
    return out;
  }
}
