// Targets (ANNOTATION.md §3, §7): forward-looking goals with a quantity or a deadline.
// One pass per paragraph: sentences → clauses → markers, each looked up in a table by its
// first character, so the work is linear in the text; every span is capped at MAX_TARGET_LENGTH.
import type { DateAnnotation, NumberAnnotation, TargetAnnotation, TargetStrength } from '../types';
import {
  ARTICLE_MARKERS, CLAUSE_BREAKERS, COVERAGE_VALUES, DEADLINE_PHRASES, DEADLINE_SUFFIXES, DISCOURSE_UNITS, DURATION_UNITS, LE_EXCEPTIONS, LEADING_FILLERS, LEADING_VERBS, MAX_TARGET_LENGTH, NOUN_PREFIXES,
  NON_DEADLINE_AFTER, NON_DEADLINE_BEFORE, PAST_DATE_PREFIXES, PAST_EXCEPTIONS, PAST_WORDS, QUALIFIER_PREFIXES,
  QUALIFIER_SIGNS, QUALIFIER_SUFFIXES, RULE_WORDS, TARGET_MARKERS, VALUE_VERBS, type TargetMarker,
} from './markerWords';

/** `sep`: char code of the separator after the clause (0: none, the sentence ends). */
interface Clause { start: number; end: number; sep: number }
interface Sentence { start: number; end: number; clauses: Clause[] }
/** `strong`: a deadline proper (到2027年, 2025年底前, an explicit year), not just the period spoken of (下半年). */
interface Deadline { text: string; start: number; end: number; strong: boolean; /** Last day it covers (YYYY-MM-DD), when known. */ until?: string }
interface Value { display: string; start: number; end: number; fromCoverage: boolean }
interface Scope { deadline: Deadline; strength: TargetStrength }
interface MarkerHit { pos: number; end: number; marker: TargetMarker; date?: Deadline }
/** A marker with its exclusion words as tables (notAfter by last character, notBefore by first). */
interface MarkerRow { word: string; marker: TargetMarker; notAfter: CodeTable<{ word: string }> | undefined; notBefore: CodeTable<{ word: string }> | undefined }

/** A sentence led by a deadline without 到 (“十五五”末，… / 2025年底前，…) reads as 到…年. */
const LEAD_DEADLINE: TargetMarker = { word: '', strength: 'target', deadline: true };
/** First characters of such a lead: digits, Chinese year digits, a quote (“十五五”), 本 (本世纪中叶). */
const LEAD_FIRST = new Uint8Array(65536);
for (const c of '0123456789０１２３４５６７８９〇零一二三四五六七八九十“"本') { LEAD_FIRST[c.charCodeAt(0)] = 1; }
const LEAD_LAST = new Uint8Array(65536);
for (const c of '前末') { LEAD_LAST[c.charCodeAt(0)] = 1; }

// Word tables are keyed by char code, never by one-character strings: a lookup is two array reads
// and allocates nothing. CHAR_ID numbers the few hundred characters that start (or end) a word.
const CHAR_ID = new Uint16Array(65536);
let charIds = 0;
const idOf = (code: number): number => CHAR_ID[code] || (CHAR_ID[code] = ++charIds);
/** Rows by the CHAR_ID of their first (or last) character, longest word first. */
type CodeTable<T> = (T[] | undefined)[];

function byChar<T extends { word: string }>(rows: readonly T[], last = false): CodeTable<T> {
  const table: CodeTable<T> = [];
  for (const r of rows) {
    const id = idOf(r.word.charCodeAt(last ? r.word.length - 1 : 0));
    (table[id] ??= []).push(r);
  }
  for (const list of table) { list?.sort((a, b) => b.word.length - a.word.length); }
  return table;
}
const byFirstChar = <T extends { word: string }>(rows: readonly T[]): CodeTable<T> => byChar(rows);
const words = (list: readonly string[], last = false): CodeTable<{ word: string }> => byChar(list.map(word => ({ word })), last);

const MARKERS = byFirstChar<MarkerRow>(TARGET_MARKERS.map(m => ({
  word: m.word, marker: m,
  notAfter: m.notAfter ? words(m.notAfter, true) : undefined,
  notBefore: m.notBefore ? words(m.notBefore) : undefined,
})));
// Character classes, one read per character of prose: 1 ends a sentence, 2 ends a clause,
// 4 may start a marker word, 8 is trimmed at a span's edges, 16 is a semicolon.
const CLS = new Uint8Array(65536);
for (const c of '。！？!?') { CLS[c.charCodeAt(0)] |= 1; }
for (const c of '，,；;：:') { CLS[c.charCodeAt(0)] |= 2; }
for (const m of TARGET_MARKERS) { CLS[m.word.charCodeAt(0)] |= 4; }
for (const c of ' \t\u3000\r，,、：:') { CLS[c.charCodeAt(0)] |= 8; }
for (const c of '；;') { CLS[c.charCodeAt(0)] |= 16; }
const SENTENCE_END = 1;
const CLAUSE_SEP = 2;
const MARKER_START = 4;
const TRIMMED = 8;
const SEMICOLON = 16;
const SINGLE_MARKER = 32;
const LEAD_END = 64;
const NEWLINE = 128;
const NEWLINE_CODE = 10;
/** Where the paragraph scan stops: a sentence end, the first character of a marker word (32: a one-character one), 前 or 末 (64), the line end (128). */
const STOP = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) { STOP[c] = (CLS[c] & (SENTENCE_END | MARKER_START)) | (LEAD_LAST[c] === 1 ? LEAD_END : 0); }
STOP[NEWLINE_CODE] = NEWLINE;
const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;
/** 1 at the hash of the first two characters of every marker word of two or more. */
const MARKER_PAIR = new Uint8Array(65536);
for (const m of TARGET_MARKERS) {
  if (m.word.length === 1) { STOP[m.word.charCodeAt(0)] |= SINGLE_MARKER; } else { MARKER_PAIR[pairHash(m.word.charCodeAt(0), m.word.charCodeAt(1))] = 1; }
}
const isColon = (code: number): boolean => code === 0xff1a || code === 0x3a;
const DI = '第'.charCodeAt(0);
const isSemicolon = (sep: number): boolean => (CLS[sep] & SEMICOLON) !== 0;
const isComma = (sep: number): boolean => sep === 0xff0c || sep === 0x2c;

const COVERAGE = byFirstChar(COVERAGE_VALUES);
const COVERAGE_FIRST = new Uint8Array(65536);
for (const r of COVERAGE_VALUES) { COVERAGE_FIRST[r.word.charCodeAt(0)] = 1; }
const DISCOURSE: ReadonlySet<string> = new Set(DISCOURSE_UNITS);
const DURATIONS: ReadonlySet<string> = new Set(DURATION_UNITS);
const PAST = words(PAST_WORDS);
const RULES = words(RULE_WORDS);
const PHRASES = byFirstChar(DEADLINE_PHRASES);
const BULLETS = words(['——', '—', '－', '·', '•', '●', '○', '■', '▪', '- ']);
const BREAKERS = words(CLAUSE_BREAKERS);
const SUFFIXES = words(DEADLINE_SUFFIXES);
const NOT_DEADLINE_AFTER = words(NON_DEADLINE_AFTER);
const NOT_DEADLINE_BEFORE = words(NON_DEADLINE_BEFORE, true);
const PAST_PREFIXES = words(PAST_DATE_PREFIXES);
const FILLERS = words(LEADING_FILLERS);
const VERBS = words(LEADING_VERBS);
const VALUE_VERBS_BY_END = words(VALUE_VERBS, true);

/** The longest row of `table` whose word starts at pos (ending by `limit`), or undefined. */
function rowAt<T extends { word: string }>(text: string, pos: number, limit: number, table: CodeTable<T>): T | undefined {
  if (pos >= limit) { return undefined; }
  const list = table[CHAR_ID[text.charCodeAt(pos)]];
  if (!list) { return undefined; }
  for (const r of list) {
    if (pos + r.word.length <= limit && text.startsWith(r.word, pos)) { return r; }
  }
  return undefined;
}

function wordAt(text: string, pos: number, limit: number, table: CodeTable<{ word: string }>): string | undefined {
  return rowAt(text, pos, limit, table)?.word;
}

/** The longest word of `table` (built by last character) ending at `end` and starting at or after floor. */
function wordEndingAt(text: string, end: number, floor: number, table: CodeTable<{ word: string }>): string | undefined {
  if (end <= floor) { return undefined; }
  const list = table[CHAR_ID[text.charCodeAt(end - 1)]];
  if (!list) { return undefined; }
  for (const r of list) {
    if (end - r.word.length >= floor && text.startsWith(r.word, end - r.word.length)) { return r.word; }
  }
  return undefined;
}
const wordEndsAt = (text: string, end: number, floor: number, table: CodeTable<{ word: string }>): boolean => wordEndingAt(text, end, floor, table) !== undefined;

// 到/在/于 + a year-like start: where the scanner reads a deadline the date layer did not give.
const DATE_INTRODUCER = new Uint8Array(65536);
for (const c of '到在于於至') { DATE_INTRODUCER[c.charCodeAt(0)] = 1; }
const DATE_FIRST = new Uint8Array(65536);
for (const c of '0123456789０１２３４５６７８９〇零一二三四五六七八九“') { DATE_FIRST[c.charCodeAt(0)] = 1; }

function startsWithAny(text: string, pos: number, list: readonly string[], limit: number): string | undefined {
  let best: string | undefined;
  for (const w of list) {
    if (pos + w.length <= limit && text.startsWith(w, pos) && (!best || w.length > best.length)) { best = w; }
  }
  return best;
}

/** True when a word from the table (a past marker, a rule word) starts in [from, to) and ends by `limit` (default: to). */
function containsWord(text: string, from: number, to: number, table: CodeTable<{ word: string }>, exceptions: readonly string[] = [], limit = to): boolean {
  for (let i = from; i < to; i++) {
    if (table[CHAR_ID[text.charCodeAt(i)]] === undefined) { continue; }
    const w = wordAt(text, i, limit, table);
    if (!w) { continue; }
    const inException = exceptions.some(e => {
      const k = e.indexOf(w);
      return k >= 0 && i - k >= 0 && text.startsWith(e, i - k);
    });
    if (!inException) { return true; }
  }
  return false;
}

const PAST_FIRST = 1;
const PERFECTIVE = 2;
/** PAST_FIRST: the first character of a past word; PERFECTIVE: 了. */
const PAST_MARK = new Uint8Array(65536);
for (const w of PAST_WORDS) { PAST_MARK[w.charCodeAt(0)] |= PAST_FIRST; }
PAST_MARK['了'.charCodeAt(0)] |= PERFECTIVE;
/** Words holding 了 that is not perfective (为了, 了解), with the offset of their first 了. */
const LE_WORDS = LE_EXCEPTIONS.map(word => ({ word, at: word.indexOf('了') }));

/** The 了 at i belongs to a word of LE_EXCEPTIONS. */
function leInWord(text: string, i: number): boolean {
  for (const e of LE_WORDS) {
    if (i - e.at >= 0 && text.startsWith(e.word, i - e.at)) { return true; }
  }
  return false;
}

/** Index of the first of the sorted starts that is ≥ pos. */
function lowerBound(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const HAN_DIGITS = '〇零一二三四五六七八九';
/** Value of a digit of a year (0-9, ０-９, 〇零一…九) by char code, -1 for anything else. */
const YEAR_DIGIT = new Int8Array(65536).fill(-1);
for (let d = 0; d < 10; d++) { YEAR_DIGIT[48 + d] = d; YEAR_DIGIT[0xff10 + d] = d; }
for (let k = 0; k < HAN_DIGITS.length; k++) { YEAR_DIGIT[HAN_DIGITS.charCodeAt(k)] = k <= 1 ? 0 : k - 1; }
const NIAN = '年'.charCodeAt(0);
const ARTICLE_END = 1;
const ARTICLE_NUMERAL = 2;
/** In 第五条: ARTICLE_END for 条, ARTICLE_NUMERAL for the digits and numerals before it. */
const ARTICLE_CHARS = new Uint8Array(65536);
for (const c of '0123456789０１２３４５６７８９' + HAN_DIGITS + '十百千') { ARTICLE_CHARS[c.charCodeAt(0)] = ARTICLE_NUMERAL; }
for (const c of ARTICLE_MARKERS) { ARTICLE_CHARS[c.charCodeAt(0)] = ARTICLE_END; }
const CONG = '从'.charCodeAt(0);
const CONG_T = '從'.charCodeAt(0);

function hanDigit(c: string | undefined): number {
  if (c === undefined) { return -1; }
  const k = HAN_DIGITS.indexOf(c);
  return k < 0 ? -1 : k <= 1 ? 0 : k - 1;
}

// 到2025年 states a deadline; 于11月5日举办 only dates an event.
const DEADLINE_INTRODUCERS = ['到'.charCodeAt(0), '至'.charCodeAt(0)];

/** 2027年, ２０２７年, 二〇二七年, “十五五”: a year the reader can place without the document date. */
function hasExplicitYear(s: string): boolean {
  for (let i = 0; i + 5 <= s.length; i++) { if (yearAt(s, i)) { return true; } }
  return FIVE_YEAR_KEYS.some(k => s.includes(k));
}

const FIVE_YEAR_NUMBERS: Readonly<Record<string, number>> = { '十一五': 11, '十二五': 12, '十三五': 13, '十四五': 14, '十五五': 15, '十六五': 16 };
const FIVE_YEAR_KEYS = Object.keys(FIVE_YEAR_NUMBERS);
const FIVE_YEAR_FIRST = new Uint8Array(65536);
for (const k of FIVE_YEAR_KEYS) { FIVE_YEAR_FIRST[k.charCodeAt(0)] = 1; }
/** How far before a marker a past word still makes its clause a report of the past. */
const PAST_LOOKBACK = 40;
const MAX_LIST_LENGTH = 10 * MAX_TARGET_LENGTH;

/** Index of the clause of s holding pos (the clauses tile the sentence in order). */
function clauseIndexAt(s: Sentence, pos: number): number {
  let lo = 0;
  let hi = s.clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.clauses[mid].start <= pos) { lo = mid; } else { hi = mid - 1; }
  }
  return lo;
}

/** Year of a numeral year at pos (2027年, ２０２７年, 二〇二七年) and where its 年 ends. */
function yearAt(text: string, pos: number): { year: number; end: number } | undefined {
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const v = pos + k < text.length ? YEAR_DIGIT[text.charCodeAt(pos + k)] : -1;
    if (v < 0) { return undefined; }
    y = y * 10 + v;
  }
  if (text.charCodeAt(pos + 4) !== NIAN || y < 1900 || y > 2200) { return undefined; }
  return { year: y, end: pos + 5 };
}

/** Deadline text of a resolved range: a year, a month or a day (ANNOTATION.md §3). */
function deadlineOf(d: DateAnnotation): string | null {
  const r = d.resolved;
  if (!r) {
    for (let i = d.start; i + 5 <= d.end; i++) {
      const y = yearAt(d.text, i - d.start);
      if (y) { return String(y.year); }
    }
    return null;
  }
  const [sy, sm, sd] = r.start.split('-');
  const [ey, em, ed] = r.end.split('-');
  // A whole year, or what is left of it (年内), is the year.
  if (em === '12' && ed === '31' && (sy === ey ? r.start !== r.end : sm === '01' && sd === '01')) { return ey; }
  if (r.start === r.end) { return r.end; }
  if (sy === ey && sm === em && sd === '01') {
    const last = new Date(Date.UTC(Number(ey), Number(em), 0)).getUTCDate();
    if (Number(ed) === last) { return `${ey}-${em}`; }
  }
  return r.end;
}

class TargetScanner {
  private readonly out: TargetAnnotation[] = [];
  /** The deadline each date gives (null: none), by index into `dates`; filled as asked. */
  private readonly deadlines: (Deadline | null | undefined)[] = [];
  /** The date of the 到/至 markerAt found last. */
  private markerDate: Deadline | undefined = undefined;
  private dateCursor = 0;
  /** Where the line paragraph() read ends. */
  private lineEnd = 0;
  /** The last newline in [from, to) of run(), or from - 1: no indexOf for a line end may run past `to`. */
  private lastNewline = -1;

  // Offsets of the dates and numbers, asked for far more often than the rest of them: arrays of
  // small integers read them without touching the annotations, whose shapes vary with their
  // optional fields (and cost less to make per chunk than typed arrays).
  private readonly dateStart: number[] = [];
  private readonly dateEnd: number[] = [];
  private readonly numberStart: number[] = [];

  constructor(
    private readonly text: string,
    private readonly numbers: readonly NumberAnnotation[],
    private readonly dates: readonly DateAnnotation[],
    private readonly documentDate: string | null,
  ) {
    for (const d of dates) { this.dateStart.push(d.start); this.dateEnd.push(d.end); }
    for (const n of numbers) { this.numberStart.push(n.start); }
  }

  run(from: number, to: number): TargetAnnotation[] {
    const t = this.text;
    // indexOf must not run past `to`: on a huge line without newlines it would rescan the rest per chunk.
    let lastNl = to - 1;
    while (lastNl >= from && t.charCodeAt(lastNl) !== NEWLINE_CODE) { lastNl--; }
    this.lastNewline = lastNl;
    let ps = from;
    // A header ending in a colon (到2027年，实现以下目标：) hands its deadline to the bullet lines under it.
    let carry: Scope | null = null;
    // Each line ends at a newline or at `to`; the paragraph scan finds it (a newline is never trimmed,
    // so the line's head is read without knowing its end), and only the rare article and bullet lines
    // look for it first.
    while (ps < to) {
      let cs = ps;
      while (cs < to && (CLS[t.charCodeAt(cs)] & TRIMMED) !== 0) { cs++; }
      if (cs >= to || t.charCodeAt(cs) === NEWLINE_CODE) { ps = cs + 1; continue; } // a blank line
      if (this.isArticle(cs, to)) {
        carry = null;
        ps = this.lineEndFrom(cs, to) + 1;
        continue;
      }
      if (carry !== null && BULLETS[CHAR_ID[t.charCodeAt(cs)]] !== undefined) {
        const pe = this.lineEndFrom(cs, to);
        const bullet = wordAt(t, cs, this.trimEnd(cs, pe), BULLETS);
        if (bullet) {
          this.bulletItem(cs + bullet.length, this.trimEnd(cs, pe), carry);
          ps = pe + 1;
          continue;
        }
      }
      const scope = this.paragraph(ps, to);
      const pe = this.lineEnd;
      const colon = isColon(t.charCodeAt(pe - 1)) || isColon(t.charCodeAt(this.trimEnd(cs, pe)));
      carry = colon ? scope ?? this.headerScope(ps, pe) : null;
      ps = pe + 1;
    }
    return this.out.sort((a, b) => a.start - b.start);
  }

  /** End of the line holding pos: its newline, or `to`. */
  private lineEndFrom(pos: number, to: number): number {
    return pos <= this.lastNewline ? this.text.indexOf('\n', pos) : to;
  }

  /** 第五条 …: an article of a regulation (bounded look at the line's head; a newline or a blank ends it). */
  private isArticle(cs: number, ce: number): boolean {
    const t = this.text;
    if (t.charCodeAt(cs) !== DI) { return false; }
    for (let i = cs + 1; i < ce && i <= cs + 7; i++) {
      const k = ARTICLE_CHARS[t.charCodeAt(i)];
      if (k === ARTICLE_END) { return i > cs + 1; }
      if (k !== ARTICLE_NUMERAL) { return false; }
    }
    return false;
  }

  /** A deadline that ended before the document was written reports the past (到2023年末，…达到…). */
  private beforeDocument(d: Deadline | undefined): boolean {
    return d !== undefined && this.documentDate !== null && d.until !== undefined && d.until < this.documentDate;
  }

  /** The deadline of a list header without a goal of its own (主要目标：, 2025年主要目标：). */
  private headerScope(ps: number, pe: number): Scope | null {
    const d = this.lastDeadlineIn(ps, pe) ?? this.deadlineIn(ps, pe);
    if (!d || !d.strong || this.isPast(ps, pe) || this.beforeDocument(d)) { return null; }
    return { deadline: d, strength: 'target' };
  }

  /** One bullet under a goal header is one goal, with or without a quantity. */
  private bulletItem(from: number, to: number, scope: Scope): void {
    let end = to;
    for (let i = from; i < to; i++) { if ((CLS[this.text.charCodeAt(i)] & SENTENCE_END) !== 0) { end = i; break; } }
    const [is, ie] = this.trim(from, end);
    if (ie <= is || this.isPast(is, ie) || containsWord(this.text, is, ie, RULES)) { return; }
    const own = this.deadlineIn(is, ie);
    if (this.beforeDocument(own)) { return; }
    this.emit(is, ie, this.markerStrengthAt(is, ie) ?? scope.strength, own ?? scope.deadline, this.valueIn(is, ie), is, is);
  }

  /**
   * One line, from ps to its newline (or `to`; its end goes to lineEnd). Sentences are split in
   * one pass; outside a 到2025年… scope only those where a marker really applies (markerAt, as
   * markersIn reads it) or that may open with a deadline get their clauses built, so plain prose
   * costs a table lookup per character.
   */
  private paragraph(ps: number, to: number): Scope | null {
    const t = this.text;
    let scope: Scope | null = null;
    let ss = ps;
    // The first character of the sentence that may start a marker word, and the first marker
    // markersIn will take (read before the sentence end is known, see markerAt); -1: none yet.
    let first = -1;
    let hit = -1;
    // A 前 or 末 closing a short first clause (2025年底前，): only then may the sentence lead with a deadline.
    let leadEnd = false;
    let i = ps;
    for (; i < to; i++) {
      const f = STOP[t.charCodeAt(i)];
      if (f === 0) { continue; }
      if ((f & NEWLINE) !== 0) { break; }
      if ((f & LEAD_END) !== 0 && i - ss <= 18 && ((CLS[t.charCodeAt(i + 1)] | CLS[t.charCodeAt(i + 2)]) & CLAUSE_SEP) !== 0) { leadEnd = true; }
      if ((f & (SENTENCE_END | MARKER_START)) === 0) { continue; }
      if ((f & SENTENCE_END) === 0) {
        if (first < 0) { first = i; }
        // Most marker characters (有, 主, 力) stand in other words: their next character tells.
        if (hit < 0 && scope === null && ((f & SINGLE_MARKER) !== 0 || MARKER_PAIR[pairHash(t.charCodeAt(i), t.charCodeAt(i + 1))] === 1) && this.markerAt(i, ss, to, true)) { hit = i; }
        continue;
      }
      // Most sentences hold no marker that applies, no lead and no scope: nothing to read (the
      // test of endSentence, with oddHead's first step).
      if (scope !== null || hit >= 0 || leadEnd || LEAD_LAST[t.charCodeAt(ss - 1)] === 1 || (first >= 0 && (CLS[t.charCodeAt(ss)] & (TRIMMED | SEMICOLON)) !== 0)) {
        scope = this.endSentence(ss, i, to, scope, first, hit, leadEnd);
      }
      ss = i + 1;
      first = -1;
      hit = -1;
      leadEnd = false;
    }
    this.lineEnd = i;
    return this.endSentence(ss, i, i, scope, first, hit, leadEnd);
  }

  /**
   * The sentence [ss, se) is complete: read it if a marker, a lead deadline or the scope may give a
   * goal. `to` is the line's end once known (se at its end), else the chunk's.
   */
  private endSentence(ss: number, se: number, to: number, scope: Scope | null, first: number, hit: number, leadEnd: boolean): Scope | null {
    const code = se < to ? this.text.charCodeAt(se) : 0;
    // A question (将在哪些方面发力？) states no goal.
    if (se <= ss || code === 0xff1f || code === 0x3f) { return scope; }
    if (scope) { return this.sentence(this.clausesOf(ss, se), scope, first < 0 ? se : first); }
    if (hit >= 0) { return this.sentence(this.clausesOf(ss, se), null, hit); }
    // Without a marker only a lead deadline (2025年底前，…) can start a goal; the sentences read for
    // one are those mayLeadWithDate lets through (or, at an odd head, those with a marker word).
    const mayLead = (leadEnd || LEAD_LAST[this.text.charCodeAt(ss - 1)] === 1) && this.mayLeadWithDate(ss, se);
    if ((mayLead || (first >= 0 && this.oddHead(ss, se) && this.anyMarkerWord(first, se, this.lineEndFrom(se, to)))) && this.leadDeadline(this.firstClause(ss, se), ss, se)) {
      return this.sentence(this.clausesOf(ss, se), null, se);
    }
    return null;
  }

  /**
   * A sentence whose head mayLeadWithDate does not read as leadDeadline does (more than four
   * leading blanks, a leading semicolon): there, as before, any marker word lets leadDeadline decide.
   */
  private oddHead(ss: number, se: number): boolean {
    const t = this.text;
    let i = ss;
    while (i < se && (CLS[t.charCodeAt(i)] & (TRIMMED | SEMICOLON)) !== 0) {
      if ((CLS[t.charCodeAt(i)] & SEMICOLON) !== 0) { return true; }
      i++;
    }
    return i - ss > 4;
  }

  private anyMarkerWord(from: number, se: number, pe: number): boolean {
    if (from < 0) { return false; }
    const t = this.text;
    for (let i = from; i < se; i++) {
      if ((CLS[t.charCodeAt(i)] & MARKER_START) !== 0 && this.markerWordAt(i, pe)) { return true; }
    }
    return false;
  }

  /** A marker word starts at i (a deadline marker only before something a date may start with). */
  private markerWordAt(i: number, pe: number): boolean {
    const t = this.text;
    const list = MARKERS[CHAR_ID[t.charCodeAt(i)]];
    if (!list) { return false; }
    for (const m of list) {
      const end = i + m.word.length;
      if (end > pe || !t.startsWith(m.word, i)) { continue; }
      if (!m.marker.deadline) { return true; }
      if (end < pe && LEAD_FIRST[t.charCodeAt(end)] === 1) { return true; }
      const k = lowerBound(this.dateStart, end);
      return k < this.dateStart.length && this.dateStart[k] === end;
    }
    return false;
  }

  /** A sentence may open with a deadline of its own (2025年底前，/ “十五五”末，/ 本世纪中叶). */
  private mayLeadWithDate(ss: number, se: number): boolean {
    let i = ss;
    const t = this.text;
    while (i < se && i < ss + 4 && (CLS[t.charCodeAt(i)] & TRIMMED) !== 0) { i++; }
    // Most sentences fail on their first character; only then look for the 前 or 末 ending a short
    // first clause (2025年底前，) that leadDeadline wants.
    if (LEAD_FIRST[t.charCodeAt(i)] !== 1 && !this.dateStartsAt(i)) { return false; }
    let sep = -1;
    for (let k = i + 1; k < se && k <= i + 15; k++) { if ((CLS[t.charCodeAt(k)] & CLAUSE_SEP) !== 0) { sep = k; break; } }
    return sep >= 0 && (LEAD_LAST[t.charCodeAt(sep - 1)] === 1 || LEAD_LAST[t.charCodeAt(sep - 2)] === 1);
  }

  /** A date starts at pos; the cursor makes the paragraph's questions, asked in order, cost O(1) each. */
  private dateStartsAt(pos: number): boolean {
    const starts = this.dateStart;
    let k = this.dateCursor;
    while (k < starts.length && starts[k] < pos) { k++; }
    while (k > 0 && starts[k - 1] >= pos) { k--; }
    this.dateCursor = k;
    return k < starts.length && starts[k] === pos;
  }

  /** The lead deadline of a sentence without 到: it must end in 前, or be a plan period's 末. */
  private leadDeadline(c: Clause, ss: number, se: number): MarkerHit | undefined {
    const cs = this.trimStart(c.start, c.end);
    if (cs >= c.end || this.markerWordAt(cs, c.end)) { return undefined; }
    const d = this.deadlineAt(cs, ss, se);
    if (!d || !this.isLeadClause(c, d)) { return undefined; }
    const last = this.text[d.end - 1];
    const planEnd = last === '末' && FIVE_YEAR_KEYS.some(k => this.text.startsWith(k, d.start) || this.text.startsWith(k, d.start + 1));
    return last === '前' || planEnd ? { pos: cs, end: cs, marker: LEAD_DEADLINE, date: d } : undefined;
  }

  /** The first clause of the sentence [ss, se), as clausesOf finds it. */
  private firstClause(ss: number, se: number): Clause {
    const t = this.text;
    let cs = ss;
    for (let i = ss; i <= se; i++) {
      if (i < se && (CLS[t.charCodeAt(i)] & CLAUSE_SEP) === 0) { continue; }
      if (i > cs) { return { start: cs, end: i, sep: i < se ? t.charCodeAt(i) : 0 }; }
      cs = i + 1;
    }
    return { start: ss, end: se, sep: 0 };
  }

  private clausesOf(ss: number, se: number): Sentence {
    const clauses: Clause[] = [];
    const t = this.text;
    let cs = ss;
    for (let i = ss; i <= se; i++) {
      if (i < se && (CLS[t.charCodeAt(i)] & CLAUSE_SEP) === 0) { continue; }
      if (i > cs) { clauses.push({ start: cs, end: i, sep: i < se ? t.charCodeAt(i) : 0 }); }
      cs = i + 1;
    }
    if (clauses.length === 0) { clauses.push({ start: ss, end: se, sep: 0 }); }
    return { start: ss, end: se, clauses };
  }

  /** The date (annotated, or read here when the date layer has none) starting at pos. */
  private dateAt(pos: number, limit: number): Deadline | undefined {
    const k = lowerBound(this.dateStart, pos);
    const next = k < this.dateStart.length ? this.dateStart[k] : -1;
    if (next === pos) {
      const d = this.dates[k];
      if (wordAt(this.text, pos, limit, PAST_PREFIXES)) { return undefined; }
      let dl = this.deadlines[k];
      if (dl === undefined) {
        // Each date is read once, however many goals and clauses ask about it.
        const text = deadlineOf(d);
        dl = this.deadlines[k] = text ? { text, start: d.start, end: d.end, strong: hasExplicitYear(d.text), until: d.resolved ? d.resolved.end : undefined } : null;
      }
      return dl ?? undefined;
    }
    if (next < pos + 6 && next > pos) { return undefined; }
    const y = yearAt(this.text, pos);
    if (y && y.end <= limit) { return { text: String(y.year), start: pos, end: y.end, strong: true, until: `${y.year}-12-31` }; }
    const q = this.text[pos] === '“' || this.text[pos] === '"' ? 1 : 0;
    const fy = FIVE_YEAR_FIRST[this.text.charCodeAt(pos + q)] === 1 ? startsWithAny(this.text, pos + q, FIVE_YEAR_KEYS, limit) : undefined;
    if (fy) {
      const n = FIVE_YEAR_NUMBERS[fy];
      const endYear = 1966 + 5 * (n - 3) + 4;
      let end = pos + q + fy.length;
      if (this.text[end] === '”' || this.text[end] === '"') { end++; }
      const suffix = wordAt(this.text, end, limit, SUFFIXES);
      return { text: String(endYear), start: pos, end: end + (suffix ? suffix.length : 0), strong: true, until: `${endYear}-12-31` };
    }
    const ph = rowAt(this.text, pos, limit, PHRASES);
    if (ph) { return { text: String(ph.year), start: pos, end: pos + ph.word.length, strong: true, until: `${ph.year}-12-31` }; }
    return undefined;
  }

  /** Deadline-capable date starting at pos: not a base (比2020年) nor a start (2020年以来). */
  private deadlineAt(pos: number, floor: number, limit: number): Deadline | undefined {
    if (wordEndsAt(this.text, pos, floor, NOT_DEADLINE_BEFORE)) { return undefined; }
    const d = this.dateAt(pos, limit);
    if (!d) { return undefined; }
    let end = d.end;
    const suffix = wordAt(this.text, end, limit, SUFFIXES);
    if (suffix) { end += suffix.length; }
    if (wordAt(this.text, end, limit, NOT_DEADLINE_AFTER)) { return undefined; }
    const introduced = pos > floor && DEADLINE_INTRODUCERS.includes(this.text.charCodeAt(pos - 1));
    const last = this.text[end - 1];
    return { text: d.text, start: d.start, end, strong: d.strong || introduced || last === '前' || last === '底' || last === '末', until: d.until };
  }

  /**
   * The marker word at i that states a goal in the sentence [ss, se), or undefined; a 到/至's date
   * goes to markerDate. With `ahead` the sentence end is not known yet and se is the chunk's end:
   * no marker or exclusion word holds a full stop or a newline, so those read the same; a 到/至
   * only needs something a date may start with (a date could run past the unknown end), and
   * markersIn decides.
   */
  private markerAt(i: number, ss: number, se: number, ahead = false): TargetMarker | undefined {
    const t = this.text;
    const list = MARKERS[CHAR_ID[t.charCodeAt(i)]];
    if (!list) { return undefined; }
    for (const r of list) {
      const m = r.marker;
      if (i + m.word.length > se || !t.startsWith(m.word, i)) { continue; }
      const end = i + m.word.length;
      if (r.notAfter && wordEndsAt(t, i, ss, r.notAfter)) { continue; }
      if (r.notBefore && (end >= se || (STOP[t.charCodeAt(end)] & (SENTENCE_END | NEWLINE)) !== 0 || rowAt(t, end, se + 1, r.notBefore))) { continue; }
      let date: Deadline | undefined;
      if (m.deadline) {
        // 2021年到2025年 is a period, not a deadline.
        const before = lowerBound(this.dateStart, i) - 1;
        const prev = t.charCodeAt(i - 1);
        if ((before >= 0 && this.dateEnd[before] === i) || prev === NIAN || prev === CONG || prev === CONG_T) { continue; }
        if (ahead) {
          const k = lowerBound(this.dateStart, end);
          if (LEAD_FIRST[t.charCodeAt(end)] === 1 || (k < this.dateStart.length && this.dateStart[k] === end)) { return m; }
          continue;
        }
        date = this.deadlineAt(end, ss, se);
        if (!date) { continue; }
      }
      this.markerDate = date;
      return m;
    }
    return undefined;
  }

  /** Markers of the sentence; none stands before `from`. */
  private markersIn(s: Sentence, from: number): MarkerHit[] {
    const out: MarkerHit[] = [];
    const lead = this.leadDeadline(s.clauses[0], s.start, s.end);
    if (lead) { out.push(lead); }
    const t = this.text;
    for (let i = from; i < s.end; i++) {
      if ((CLS[t.charCodeAt(i)] & MARKER_START) === 0) { continue; }
      const m = this.markerAt(i, s.start, s.end);
      if (!m) { continue; }
      const end = i + m.word.length;
      out.push({ pos: i, end, marker: m, date: this.markerDate });
      i = end - 1;
    }
    return out;
  }

  private sentence(s: Sentence, scope: Scope | null, firstMarker: number): Scope | null {
    // 2024年，… : a sentence opening with a time of its own leaves the paragraph's deadline behind.
    if (scope && this.dateAt(this.trimStart(s.start, s.end), s.end)) { scope = null; }
    const hits = this.markersIn(s, firstMarker);
    const emitted: { start: number; end: number }[] = [];
    let newScope = scope;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      if (emitted.length && hit.pos < emitted[emitted.length - 1].end) { continue; }
      if (hit.marker.list) {
        const handled = this.list(s, hit, scope, emitted);
        if (handled === 'list') { break; }
        if (handled === 'lead') { continue; }
      }
      // Most markers (将, 计划) head no quantity and no deadline: nothing below would find one.
      if (!this.mayHoldGoal(s, hit)) { continue; }
      const clause = s.clauses[clauseIndexAt(s, hit.pos)];
      // 到2027年，力争使…: the lead gives its deadline to the goal the next marker opens; the span starts at 到.
      const inner = hit.date && hit.marker.deadline && this.isLeadClause(clause, hit.date) ? this.headingHit(s, clause, hits, h) : undefined;
      const { end, split } = this.goalEnd(s, hit, hits, h, inner !== undefined);
      // Past words before the marker count only close to it (已将…, 去年计划…).
      if (this.isPast(Math.max(clause.start, hit.pos - PAST_LOOKBACK), end) || containsWord(this.text, hit.pos, end, RULES)) { continue; }
      const own = hit.date ?? this.deadlineIn(hit.end, end) ?? this.topicDeadline(s, hit.pos);
      if (this.beforeDocument(own)) { continue; }
      const strength = inner ? inner.marker.strength : hit.marker.strength;
      const value = this.valueIn(hit.end, end, strength === 'plan' && (inner ?? hit).marker.sameClause === true);
      // The quantity or deadline must sit in the marker's own clause, unless that clause is only a lead (力争到2027年，).
      const firstEnd = clause.end;
      const leadOnly = (own !== undefined && own.strong && own.start < firstEnd) || firstEnd - hit.end <= 6;
      const valueOk = value !== undefined && (value.start < firstEnd || leadOnly || !hit.marker.sameClause);
      if (!valueOk && !(own && own.strong && own.start < firstEnd)) { continue; }
      // 到2023年底，全国已建成… : the goal after the lead was cut away as past.
      const [cs2, ce2] = this.trim(Math.max(hit.end, own && own.end <= end ? own.end : hit.end), end);
      const header = !value && (this.text[end] === '：' || this.text[end] === ':');
      const leads = this.leadsSentence(s, hit.pos);
      if (ce2 <= cs2 || header) {
        if (header && own && own.strong && leads) { newScope = { deadline: own, strength }; }
        continue;
      }
      const deadline = own ?? (scope ? scope.deadline : undefined);
      const t = this.emit(hit.pos, end, strength, deadline, value, inner ? inner.pos : hit.end, clause.start);
      emitted.push(t);
      if (own && leads && this.isLeadClause(clause, own)) {
        newScope = { deadline: own, strength };
      }
      // …，年内新开工…5万个: a clause opening with its own date and quantity is the next goal of the same voice.
      let from = split;
      while (from >= 0) {
        const k = clauseIndexAt(s, from);
        const next = this.goalEnd(s, { pos: from, end: from, marker: hit.marker }, hits, h, false);
        const [gs, ge] = this.trim(from, next.end);
        const gDeadline = this.deadlineIn(gs, ge);
        if (ge > gs && !this.beforeDocument(gDeadline)) {
          emitted.push(this.emit(gs, ge, strength, gDeadline ?? deadline, this.valueIn(gs, ge), gs, s.clauses[k].start));
        }
        from = next.split;
      }
    }
    // Later clauses of a 到2025年，… paragraph: each with its own quantity inherits the deadline.
    if (newScope) {
      const first = emitted.length ? emitted[0].start : 0;
      let e = 0;
      const taken = emitted.length;
      for (const c of s.clauses) {
        while (e < taken && emitted[e].end <= c.start) { e++; }
        if (e < taken && emitted[e].start < c.end) { continue; }
        if (taken && newScope !== scope && c.start < first) { continue; }
        const [cs, ce] = this.trim(c.start, c.end);
        if (ce <= cs || ce - cs > MAX_TARGET_LENGTH) { continue; }
        const value = this.valueIn(cs, ce);
        if (!value || this.isPast(cs, ce) || containsWord(this.text, cs, ce, RULES)) { continue; }
        const own = this.deadlineIn(cs, ce);
        emitted.push(this.emit(cs, ce, newScope.strength, own ?? newScope.deadline, value, cs, cs));
      }
    }
    return newScope;
  }

  /**
   * False when the goal the hit may open can have neither a quantity (valueIn) nor a deadline
   * (its date, deadlineIn, topicDeadline): a cheap superset of what those find, as the goal ends
   * by the sentence end and MAX_TARGET_LENGTH.
   */
  private mayHoldGoal(s: Sentence, hit: MarkerHit): boolean {
    if (hit.date) { return true; }
    const from = hit.end;
    const limit = Math.min(s.end, hit.pos + MAX_TARGET_LENGTH);
    const n = lowerBound(this.numberStart, from);
    if (n < this.numberStart.length && this.numberStart[n] < limit) { return true; }
    const d = lowerBound(this.dateStart, from);
    if (d < this.dateStart.length && this.dateStart[d] < limit) { return true; }
    if (this.topicDeadline(s, hit.pos)) { return true; }
    const t = this.text;
    for (let i = from; i < limit; i++) {
      const code = t.charCodeAt(i);
      if (COVERAGE_FIRST[code] === 1 && rowAt(t, i, limit, COVERAGE)) { return true; }
      if (DATE_INTRODUCER[code] === 1 && DATE_FIRST[t.charCodeAt(i + 1)] === 1) { return true; }
    }
    return false;
  }

  /** The marker opens the sentence, or the part after a header colon (主要目标：到2025年，…). */
  private leadsSentence(s: Sentence, pos: number): boolean {
    const k = clauseIndexAt(s, pos);
    if (k === 0) { return pos - s.start <= 4; }
    const sep = s.clauses[k - 1].sep;
    const [cs] = this.trim(s.clauses[k].start, s.clauses[k].end);
    return isColon(sep) && pos - cs <= 4;
  }

  /** A first clause that is only a deadline: 到2025年， / 力争到2027年， / 2025年底前，. */
  private isLeadClause(c: Clause, d: Deadline): boolean {
    return d.start >= c.start && d.end <= c.end && c.end - d.end <= 1 && c.end - c.start <= 14 && isComma(c.sep);
  }

  /** Goal list: 主要预期目标是：A；B；C — one target per item, the header's deadline for all. */
  private list(s: Sentence, hit: MarkerHit, scope: Scope | null, emitted: { start: number; end: number }[]): 'list' | 'lead' | 'none' {
    const t = this.text;
    let p = hit.end;
    if (t[p - 1] !== '：' && t[p - 1] !== ':') {
      if (t[p] === '是' || t[p] === '为' || t[p] === '為') { p++; }
      if (t[p] !== '：' && t[p] !== ':') {
        // Without a colon it is a list only when semicolons separate its items.
        let semicolon = false;
        for (let k = clauseIndexAt(s, p); k < s.clauses.length && s.clauses[k].start < p + MAX_TARGET_LENGTH; k++) {
          if (s.clauses[k].start > p && isSemicolon(s.clauses[k].sep)) { semicolon = true; break; }
        }
        if (!semicolon) { return 'none'; }
      } else { p++; }
    }
    // 主要目标：到2025年，… is a header over a 到…年 lead, which the 到 marker takes.
    const [ls] = this.trim(p, s.end);
    const leadHit = (this.text[ls] === '到' || this.text[ls] === '至') ? this.deadlineAt(ls + 1, s.start, s.end) : undefined;
    if (leadHit && this.isLeadClause(s.clauses[clauseIndexAt(s, ls)], leadHit)) { return 'lead'; }
    const back = Math.max(s.start, hit.pos - PAST_LOOKBACK);
    if (this.isPast(back, p)) { return 'none'; }
    const header = this.lastDeadlineIn(back, hit.pos) ?? this.deadlineIn(hit.pos, p) ?? (scope ? scope.deadline : undefined);
    // A list is a few hundred characters; a line without a full stop must not make it endless.
    const items = s.clauses.filter(c => c.end > p && c.start < p + MAX_LIST_LENGTH);
    const bySemicolon = items.some(c => isSemicolon(c.sep));
    let start = -1;
    for (const c of items) {
      const cs = Math.max(c.start, p);
      if (start < 0) { start = cs; }
      if (bySemicolon && !isSemicolon(c.sep) && c !== items[items.length - 1]) { continue; }
      const [is, ie] = this.trim(start, Math.min(c.end, start + MAX_TARGET_LENGTH));
      start = -1;
      if (ie <= is) { continue; }
      const lead = this.markerStrengthAt(is, ie);
      const own = this.deadlineIn(is, ie);
      const value = this.valueIn(is, ie);
      emitted.push(this.emit(is, ie, lead ?? hit.marker.strength, own ?? header, value, is, is));
    }
    return 'list';
  }

  private markerStrengthAt(pos: number, limit: number): TargetStrength | undefined {
    const list = pos < limit ? MARKERS[CHAR_ID[this.text.charCodeAt(pos)]] : undefined;
    const m = list?.find(x => !x.marker.deadline && pos + x.word.length <= limit && this.text.startsWith(x.word, pos));
    return m ? m.marker.strength : undefined;
  }

  /** The marker heading the clause after `clause` (力争 in 到2027年，力争…), if it opens a goal of its own. */
  private headingHit(s: Sentence, clause: Clause, hits: readonly MarkerHit[], h: number): MarkerHit | undefined {
    const k = clauseIndexAt(s, clause.start);
    if (k + 1 >= s.clauses.length) { return undefined; }
    const [ns] = this.trim(s.clauses[k + 1].start, s.clauses[k + 1].end);
    const next = hits[h + 1];
    return next && !next.marker.list && !next.marker.deadline && next.pos >= ns && next.pos - ns <= 4 && next.pos < s.clauses[k + 1].end ? next : undefined;
  }

  /**
   * End of the goal: the sentence end, a semicolon, or a clause that starts something new.
   * `split` is where a clause opening with its own date and quantity starts the next goal (else -1).
   * With `overLead` the marker heading the first next clause continues this goal (its lead).
   */
  private goalEnd(s: Sentence, hit: MarkerHit, hits: readonly MarkerHit[], h: number, overLead: boolean): { end: number; split: number } {
    const cap = hit.pos + MAX_TARGET_LENGTH;
    let k = clauseIndexAt(s, hit.pos);
    let end = s.clauses[k].end;
    let m = h + 1;
    let split = -1;
    let first = true;
    while (k + 1 < s.clauses.length) {
      const c = s.clauses[k];
      if (isSemicolon(c.sep)) { break; }
      const next = s.clauses[k + 1];
      if (next.end > cap) { break; }
      const ns = this.trimStart(next.start, next.end);
      // A marker heading the next clause starts a new goal; one inside it (…预测，销量将超过…) belongs to this one.
      while (m < hits.length && hits[m].pos < ns) { m++; }
      const heading = m < hits.length && hits[m].pos - ns <= 4 && hits[m].pos < next.end;
      if (heading && !(overLead && first)) { break; }
      if (wordAt(this.text, ns, next.end, BREAKERS) || this.isPast(next.start, next.end)) { break; }
      if (!heading && this.opensDatedGoal(hit.end, end, ns, next.end)) { split = ns; break; }
      end = next.end;
      k++;
      first = false;
    }
    return { end: Math.min(end, cap), split: split >= 0 && split < cap ? split : -1 };
  }

  /** [ns, ne) opens with a date of its own and holds a quantity, after a goal [gs, ge) already complete. */
  private opensDatedGoal(gs: number, ge: number, ns: number, ne: number): boolean {
    const d = this.dateAt(ns, ne);
    if (!d || d.start !== ns || d.end >= ne) { return false; }
    if (!this.valueIn(d.end, ne, true)) { return false; }
    return this.valueIn(gs, ge, true) !== undefined || this.deadlineIn(gs, ge) !== undefined;
  }

  /** A past word (not inside an exception) anywhere in [from, to), or a perfective 了 after its first character. */
  private isPast(from: number, to: number): boolean {
    const t = this.text;
    // One pass for both: a table read per character.
    for (let i = from; i < to; i++) {
      const mark = PAST_MARK[t.charCodeAt(i)];
      if (mark === 0) { continue; }
      if ((mark & PAST_FIRST) !== 0 && containsWord(t, i, i + 1, PAST, PAST_EXCEPTIONS, to)) { return true; }
      if ((mark & PERFECTIVE) !== 0 && i > from && !leInWord(t, i)) { return true; }
    }
    return false;
  }

  /** The first deadline-capable date in [from, to). */
  private deadlineIn(from: number, to: number): Deadline | undefined {
    const starts = this.dateStart;
    for (let k = lowerBound(starts, from); k < starts.length && starts[k] < to; k++) {
      const d = this.deadlineAt(starts[k], from, to);
      if (d) { return d; }
    }
    // The date layer may not have run: read 到/在/于 + year here.
    for (let i = from; i + 5 <= to; i++) {
      if (DATE_INTRODUCER[this.text.charCodeAt(i)] === 1 && DATE_FIRST[this.text.charCodeAt(i + 1)] === 1) {
        const d = this.deadlineAt(i + 1, from, to);
        if (d) { return d; }
      }
    }
    return undefined;
  }

  private lastDeadlineIn(from: number, to: number): Deadline | undefined {
    const starts = this.dateStart;
    for (let k = lowerBound(starts, to) - 1; k >= 0 && starts[k] >= from; k--) {
      const d = this.deadlineAt(starts[k], from, to);
      if (d) { return d; }
    }
    return undefined;
  }

  /** A date heading the marker's clause or standing alone before it: 今年将… / “十五五”期间，力争…. */
  private topicDeadline(s: Sentence, pos: number): Deadline | undefined {
    const k = clauseIndexAt(s, pos);
    // 同时，今年计划…: the short clause before may be a connective; then the marker's own clause speaks.
    const starts = k > 0 && s.clauses[k - 1].end - s.clauses[k - 1].start <= 12 ? [s.clauses[k - 1].start, s.clauses[k].start] : [s.clauses[k].start];
    for (const first of starts) {
      const [from] = this.trim(first, pos);
      if (pos - from > 16) { continue; }
      const d = this.deadlineAt(from, s.start, pos);
      if (d) { return this.isPast(from, pos) ? undefined : d; }
    }
    return undefined;
  }

  /**
   * The goal's quantity: the first number in [from, to), or a coverage word (全覆盖 → 100%).
   * A duration (未来十年, 持续3天) gives way to any other number; with `noDuration` it never counts.
   */
  private valueIn(from: number, to: number, noDuration = false): Value | undefined {
    let duration: NumberAnnotation | undefined;
    for (let k = lowerBound(this.numberStart, from); k < this.numberStart.length && this.numberStart[k] < to; k++) {
      const n = this.numbers[k];
      if (n.end > to || n.kind === 'ordinal' || n.unit === 'ordinal' || (n.unit !== null && DISCOURSE.has(n.unit))) { continue; }
      if (this.overlapsDate(n.start, n.end)) { continue; }
      if (n.unit !== null && DURATIONS.has(n.unit)) { duration ??= n; continue; }
      return { display: display(n), start: n.start, end: n.end, fromCoverage: false };
    }
    if (duration && !noDuration) { return { display: display(duration), start: duration.start, end: duration.end, fromCoverage: false }; }
    for (let i = from; i < to; i++) {
      if (COVERAGE_FIRST[this.text.charCodeAt(i)] === 0) { continue; }
      const w = rowAt(this.text, i, to, COVERAGE);
      if (w) { return { display: w.value, start: i, end: i + w.word.length, fromCoverage: true }; }
    }
    return undefined;
  }

  private overlapsDate(start: number, end: number): boolean {
    const k = lowerBound(this.dateStart, end) - 1;
    for (let j = k; j >= 0 && j > k - 4; j--) { if (this.dateEnd[j] > start) { return true; } }
    return false;
  }

  private trimEnd(from: number, to: number): number {
    while (to > from && (CLS[this.text.charCodeAt(to - 1)] & TRIMMED) !== 0) { to--; }
    return to;
  }

  private trimStart(from: number, to: number): number {
    while (from < to && (CLS[this.text.charCodeAt(from)] & TRIMMED) !== 0) { from++; }
    return from;
  }

  private trim(from: number, to: number): [number, number] {
    while (from < to && (CLS[this.text.charCodeAt(from)] & TRIMMED) !== 0) { from++; }
    while (to > from && (CLS[this.text.charCodeAt(to - 1)] & TRIMMED) !== 0) { to--; }
    return [from, to];
  }

  private emit(start: number, end: number, strength: TargetStrength, deadline: Deadline | undefined, value: Value | undefined, contentFrom: number, clauseStart: number): TargetAnnotation {
    const markerPos = start;
    [start, end] = this.trim(start, end);
    const t: TargetAnnotation = {
      start, end, text: this.text.slice(start, end),
      deadline: deadline ? deadline.text : null,
      value: value ? value.display : null,
      object: this.objectOf(contentFrom, end, value, deadline, clauseStart, markerPos) ?? null,
      strength,
    };
    if (deadline) { t.deadlineStart = deadline.start; }
    this.out.push(t);
    return t;
  }

  /** What is to be achieved: the noun after the value, else the subject before it. */
  private objectOf(from: number, end: number, value: Value | undefined, deadline: Deadline | undefined, clauseStart: number, markerPos: number): string | undefined {
    const t = this.text;
    let p = from;
    if (deadline && deadline.start >= from && deadline.start - from <= 2 && deadline.end <= end) { p = deadline.end; }
    [p] = this.trim(p, end);
    if (!value) {
      const ce = this.clauseEndAfter(p, end);
      return this.stripLead(p, ce);
    }
    // 28.5万亿元、比上年增加…: punctuation right after the value means no noun follows it.
    if (!value.fromCoverage && (CLS[t.charCodeAt(value.end)] & TRIMMED) === 0 && t[value.end] !== '（' && t[value.end] !== '(') {
      const ce = this.clauseEndAfter(value.end, end);
      const [as, ae] = this.trim(value.end, ce);
      if (ae - as > 1 && t[as] !== '的' && !startsWithAny(t, as, QUALIFIER_SUFFIXES, ae) && !LEADING_VERBS.includes(t.slice(as, ae))) {
        return t.slice(as, ae).replace(/[的等]$/u, '') || undefined;
      }
    }
    // The value closes its clause: the object is what comes before it.
    let bs = p;
    for (let i = value.start - 1; i >= p; i--) {
      if ((CLS[t.charCodeAt(i)] & CLAUSE_SEP) !== 0) { bs = i + 1; break; }
    }
    let be = value.start;
    for (;;) {
      const v = wordEndingAt(t, be, bs, VALUE_VERBS_BY_END);
      if (v) { be -= v.length; continue; }
      // 投资规模较2023年增长25%: the base of the comparison is not part of the object.
      const k = lowerBound(this.dateStart, be) - 1;
      const cmp = k >= 0 && this.dateEnd[k] === be && this.dateStart[k] > bs ? wordEndingAt(t, this.dateStart[k], bs, NOT_DEADLINE_BEFORE) : undefined;
      if (!cmp) { break; }
      be = this.dateStart[k] - cmp.length;
    }
    let before = this.stripLead(bs, be);
    // 拟连续几年发行特别国债，今年先发行1万亿元: the later clause repeats the verb; the goal's first clause names the thing.
    if ((before === undefined || before.length <= 1 || verbOnly(before)) && bs > p) { before = this.stripLead(p, this.clauseEndAfter(p, end)); }
    // 赤字率拟按3%安排, 经济增长目标为5%左右: the subject stands before the marker.
    if ((before === undefined || before.length <= 1) && markerPos > clauseStart) { return this.stripLead(clauseStart, markerPos); }
    return before;
  }

  private clauseEndAfter(p: number, end: number): number {
    for (let i = p; i < end; i++) { if ((CLS[this.text.charCodeAt(i)] & CLAUSE_SEP) !== 0) { return i; } }
    return end;
  }

  private stripLead(from: number, to: number): string | undefined {
    const t = this.text;
    for (let guard = 0; guard < 6; guard++) {
      [from, to] = this.trim(from, to);
      const d = this.dateAt(from, to);
      if (d && d.start === from) { from = d.end; continue; }
      const w = wordAt(t, from, to, FILLERS) ?? wordAt(t, from, to, VERBS);
      if (w && to - from > w.length) { from += w.length; continue; }
      break;
    }
    [from, to] = this.trim(from, to);
    return to > from ? t.slice(from, to) : undefined;
  }
}

/** 先发行, 再新建: an adverb and a verb, no noun (总投资 and 年产值 are nouns). */
function verbOnly(s: string): boolean {
  const v = LEADING_VERBS.find(w => s.endsWith(w));
  return v !== undefined && s.length - v.length <= 1 && !NOUN_PREFIXES.includes(s.slice(0, s.length - v.length));
}

/** Display string of a value: the number's text, its qualifier as a sign (≈200个, >14万家). */
function display(n: NumberAnnotation): string {
  const sign = QUALIFIER_SIGNS[n.qualifier];
  if (!sign) { return n.text; }
  let s = n.text;
  const pre = startsWithAny(s, 0, QUALIFIER_PREFIXES, s.length);
  if (pre && s.length > pre.length && (isDigit(s[pre.length]) || hanDigit(s[pre.length]) >= 0 || '十百千万两兩'.includes(s[pre.length]))) { s = s.slice(pre.length); }
  for (const suf of QUALIFIER_SUFFIXES) {
    if (s.endsWith(suf) && s.length > suf.length) { s = s.slice(0, -suf.length); break; }
  }
  // 960多万, 3億餘元: the vague tail sits inside the number.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ((c === '多' || c === '余' || c === '餘') && i > 0 && i + 1 < s.length && (isDigit(s[i - 1]) || '十百千万萬亿億'.includes(s[i - 1]))) { continue; }
    out += c;
  }
  return sign + out;
}

/** Targets in text[from, to) given the numbers and dates found there (sorted, resolved). */
export function extractTargets(
  text: string, from: number, to: number, numbers: readonly NumberAnnotation[], dates: readonly DateAnnotation[],
  /** YYYY-MM-DD: a deadline already passed then is a report, not a goal. */
  documentDate: string | null = null,
): TargetAnnotation[] {
  return new TargetScanner(text, numbers, dates, documentDate).run(from, to);
}
