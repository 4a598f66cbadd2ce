// Targets (ANNOTATION.md §3, §7): forward-looking goals with a quantity or a deadline.
// One pass per paragraph: sentences → clauses → markers, each looked up in a table by its
// first character, so the work is linear in the text; every span is capped at MAX_TARGET_LENGTH.
import type { DateAnnotation, NumberAnnotation, TargetAnnotation, TargetStrength } from './types';
import {
  CLAUSE_BREAKERS, COVERAGE_VALUES, DEADLINE_SUFFIXES, DURATION_UNITS, LE_EXCEPTIONS, LEADING_FILLERS, LEADING_VERBS, MAX_TARGET_LENGTH, NOUN_PREFIXES,
  NON_DEADLINE_AFTER, NON_DEADLINE_BEFORE, PAST_DATE_PREFIXES, PAST_EXCEPTIONS, PAST_WORDS, QUALIFIER_PREFIXES,
  QUALIFIER_SIGNS, QUALIFIER_SUFFIXES, RULE_WORDS, TARGET_MARKERS, VALUE_VERBS, type TargetMarker,
} from './targetWords';

interface Clause { start: number; end: number; sep: string }
interface Sentence { start: number; end: number; clauses: Clause[] }
/** `strong`: a deadline proper (到2027年, 2025年底前, an explicit year), not just the period spoken of (下半年). */
interface Deadline { text: string; start: number; end: number; strong: boolean }
interface Value { display: string; start: number; end: number; fromCoverage: boolean }
interface Scope { deadline: Deadline; strength: TargetStrength }
interface MarkerHit { pos: number; end: number; marker: TargetMarker; date?: Deadline }

const CLAUSE_SEPS = new Set(['，', ',', '；', ';', '：', ':']);
const SEMICOLONS = new Set(['；', ';']);
const SPACES = new Set([' ', '\t', '\u3000', '\r']);
const TRIM_CHARS = new Set([' ', '\t', '\u3000', '\r', '，', ',', '、', '：', ':']);
const BULLETS = ['——', '—', '－', '·', '•', '●', '○', '■', '▪', '- '];

function byFirstChar<T extends { word: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = r.word[0];
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  for (const list of m.values()) { list.sort((a, b) => b.word.length - a.word.length); }
  return m;
}

const MARKERS = byFirstChar(TARGET_MARKERS);
const MARKER_FIRST = new Uint8Array(65536);
for (const m of TARGET_MARKERS) { MARKER_FIRST[m.word.charCodeAt(0)] = 1; }
// Character classes for splitting: 1 ends a sentence, 2 ends a clause.
const SPLIT = new Uint8Array(65536);
for (const c of '。！？!?') { SPLIT[c.charCodeAt(0)] = 1; }
for (const c of '，,；;：:') { SPLIT[c.charCodeAt(0)] = 2; }
const COVERAGE = byFirstChar(COVERAGE_VALUES);
const words = (list: readonly string[]) => byFirstChar(list.map(word => ({ word })));
const PAST = words(PAST_WORDS);
const RULES = words(RULE_WORDS);

/** The longest word of `table` that starts at pos (ending by `limit`), or undefined. */
function wordAt(text: string, pos: number, limit: number, table: Map<string, { word: string }[]>): string | undefined {
  const list = table.get(text[pos]);
  if (!list) { return undefined; }
  for (const r of list) {
    if (pos + r.word.length <= limit && text.startsWith(r.word, pos)) { return r.word; }
  }
  return undefined;
}

function endsWithAny(text: string, end: number, list: readonly string[], floor: number): boolean {
  return list.some(w => end - w.length >= floor && text.startsWith(w, end - w.length));
}

function startsWithAny(text: string, pos: number, list: readonly string[], limit: number): string | undefined {
  let best: string | undefined;
  for (const w of list) {
    if (pos + w.length <= limit && text.startsWith(w, pos) && (!best || w.length > best.length)) { best = w; }
  }
  return best;
}

/** True when text[from, to) holds a word from the table (a past marker, a rule word). */
function containsWord(text: string, from: number, to: number, table: Map<string, { word: string }[]>, exceptions: readonly string[] = []): boolean {
  for (let i = from; i < to; i++) {
    const w = wordAt(text, i, to, table);
    if (!w) { continue; }
    const inException = exceptions.some(e => {
      const k = e.indexOf(w);
      return k >= 0 && i - k >= 0 && text.startsWith(e, i - k);
    });
    if (!inException) { return true; }
  }
  return false;
}

/** Index of the first element whose start is ≥ pos. */
function lowerBound(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const HAN_DIGITS = '〇零一二三四五六七八九';
const digitValue = (c: string): number => (c >= '０' && c <= '９' ? c.charCodeAt(0) - 0xff10 : c.charCodeAt(0) - 48);

function hanDigit(c: string | undefined): number {
  if (c === undefined) { return -1; }
  const k = HAN_DIGITS.indexOf(c);
  return k < 0 ? -1 : k <= 1 ? 0 : k - 1;
}

// 到2025年 states a deadline; 于11月5日举办 only dates an event.
const DEADLINE_INTRODUCERS = new Set(['到', '至']);

/** 2027年, ２０２７年, 二〇二七年, “十五五”: a year the reader can place without the document date. */
function hasExplicitYear(s: string): boolean {
  for (let i = 0; i + 5 <= s.length; i++) { if (yearAt(s, i)) { return true; } }
  return FIVE_YEAR_KEYS.some(k => s.includes(k));
}

const FIVE_YEAR_NUMBERS: Readonly<Record<string, number>> = { '十一五': 11, '十二五': 12, '十三五': 13, '十四五': 14, '十五五': 15, '十六五': 16 };
const FIVE_YEAR_KEYS = Object.keys(FIVE_YEAR_NUMBERS);
/** How far before a marker a past word still makes its clause a report of the past. */
const PAST_LOOKBACK = 40;
const LE = '了'.charCodeAt(0);
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
    const c = text[pos + k];
    if (isDigit(c)) { y = y * 10 + digitValue(c); } else if (hanDigit(c) >= 0) { y = y * 10 + hanDigit(c); } else { return undefined; }
  }
  if (text[pos + 4] !== '年' || y < 1900 || y > 2200) { return undefined; }
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
  if (sm === '01' && sd === '01' && em === '12' && ed === '31') { return ey; }
  if (r.start === r.end) { return r.end; }
  if (sy === ey && sm === em && sd === '01') {
    const last = new Date(Date.UTC(Number(ey), Number(em), 0)).getUTCDate();
    if (Number(ed) === last) { return `${ey}-${em}`; }
  }
  return r.end;
}

class TargetScanner {
  private readonly out: TargetAnnotation[] = [];

  constructor(
    private readonly text: string,
    private readonly numbers: readonly NumberAnnotation[],
    private readonly dates: readonly DateAnnotation[],
  ) {}

  run(from: number, to: number): TargetAnnotation[] {
    let ps = from;
    // A header ending in a colon (到2027年，实现以下目标：) hands its deadline to the bullet lines under it.
    let carry: Scope | null = null;
    while (ps < to) {
      let pe = this.text.indexOf('\n', ps);
      if (pe < 0 || pe > to) { pe = to; }
      const [cs, ce] = this.trim(ps, pe);
      if (ce > cs) {
        const bullet = startsWithAny(this.text, cs, BULLETS, ce);
        if (bullet && carry) {
          this.bulletItem(cs + bullet.length, ce, carry);
        } else {
          const colon = this.text[pe - 1] === '：' || this.text[pe - 1] === ':' || this.text[ce] === '：' || this.text[ce] === ':';
          const scope = this.paragraph(ps, pe);
          carry = colon ? scope ?? this.headerScope(ps, pe) : null;
        }
      }
      ps = pe + 1;
    }
    return this.out.sort((a, b) => a.start - b.start);
  }

  /** The deadline of a list header without a goal of its own (主要目标：, 2025年主要目标：). */
  private headerScope(ps: number, pe: number): Scope | null {
    const d = this.lastDeadlineIn(ps, pe) ?? this.deadlineIn(ps, pe);
    if (!d || !d.strong || this.isPast(ps, pe)) { return null; }
    return { deadline: d, strength: 'target' };
  }

  /** One bullet under a goal header is one goal, with or without a quantity. */
  private bulletItem(from: number, to: number, scope: Scope): void {
    let end = to;
    for (let i = from; i < to; i++) { if (SPLIT[this.text.charCodeAt(i)] === 1) { end = i; break; } }
    const [is, ie] = this.trim(from, end);
    if (ie <= is || this.isPast(is, ie) || containsWord(this.text, is, ie, RULES)) { return; }
    const own = this.deadlineIn(is, ie);
    this.emit(is, ie, this.markerStrengthAt(is, ie) ?? scope.strength, own ?? scope.deadline, this.valueIn(is, ie), is, is);
  }

  /**
   * Sentences are split in one pass; only those holding a marker's first character (or lying in a
   * 到2025年… scope) get their clauses built, so plain prose costs a table lookup per character.
   */
  private paragraph(ps: number, pe: number): Scope | null {
    let scope: Scope | null = null;
    const t = this.text;
    let ss = ps;
    let candidate = false;
    for (let i = ps; i <= pe; i++) {
      const code = i < pe ? t.charCodeAt(i) : 0;
      if (MARKER_FIRST[code] === 1) { candidate = true; }
      if (i < pe && SPLIT[code] !== 1) { continue; }
      // A question (将在哪些方面发力？) states no goal.
      const question = code === 0xff1f || code === 0x3f;
      if (i > ss && (candidate || scope) && !question) { scope = this.sentence(this.clausesOf(ss, i), scope); }
      ss = i + 1;
      candidate = false;
    }
    return scope;
  }

  private clausesOf(ss: number, se: number): Sentence {
    const clauses: Clause[] = [];
    const t = this.text;
    let cs = ss;
    for (let i = ss; i <= se; i++) {
      if (i < se && SPLIT[t.charCodeAt(i)] !== 2) { continue; }
      if (i > cs) { clauses.push({ start: cs, end: i, sep: i < se ? t[i] : '' }); }
      cs = i + 1;
    }
    if (clauses.length === 0) { clauses.push({ start: ss, end: se, sep: '' }); }
    return { start: ss, end: se, clauses };
  }

  /** The date (annotated, or read here when the date layer has none) starting at pos. */
  private dateAt(pos: number, limit: number): Deadline | undefined {
    const k = lowerBound(this.dates, pos);
    const d = this.dates[k];
    if (d && d.start === pos) {
      if (startsWithAny(this.text, pos, PAST_DATE_PREFIXES, limit)) { return undefined; }
      const dl = deadlineOf(d);
      return dl ? { text: dl, start: d.start, end: d.end, strong: hasExplicitYear(d.text) } : undefined;
    }
    if (d && d.start < pos + 6 && d.start > pos) { return undefined; }
    const y = yearAt(this.text, pos);
    if (y && y.end <= limit) { return { text: String(y.year), start: pos, end: y.end, strong: true }; }
    const q = this.text[pos] === '“' || this.text[pos] === '"' ? 1 : 0;
    const fy = startsWithAny(this.text, pos + q, FIVE_YEAR_KEYS, limit);
    if (fy) {
      const n = FIVE_YEAR_NUMBERS[fy];
      const endYear = 1966 + 5 * (n - 3) + 4;
      let end = pos + q + fy.length;
      if (this.text[end] === '”' || this.text[end] === '"') { end++; }
      const suffix = startsWithAny(this.text, end, DEADLINE_SUFFIXES, limit);
      return { text: String(endYear), start: pos, end: end + (suffix ? suffix.length : 0), strong: true };
    }
    return undefined;
  }

  /** Deadline-capable date starting at pos: not a base (比2020年) nor a start (2020年以来). */
  private deadlineAt(pos: number, floor: number, limit: number): Deadline | undefined {
    if (endsWithAny(this.text, pos, NON_DEADLINE_BEFORE, floor)) { return undefined; }
    const d = this.dateAt(pos, limit);
    if (!d) { return undefined; }
    let end = d.end;
    const suffix = startsWithAny(this.text, end, DEADLINE_SUFFIXES, limit);
    if (suffix) { end += suffix.length; }
    if (startsWithAny(this.text, end, NON_DEADLINE_AFTER, limit)) { return undefined; }
    const introduced = pos > floor && DEADLINE_INTRODUCERS.has(this.text[pos - 1]);
    const last = this.text[end - 1];
    return { text: d.text, start: d.start, end, strong: d.strong || introduced || last === '前' || last === '底' || last === '末' };
  }

  private markersIn(s: Sentence): MarkerHit[] {
    const out: MarkerHit[] = [];
    const t = this.text;
    for (let i = s.start; i < s.end; i++) {
      if (MARKER_FIRST[t.charCodeAt(i)] === 0) { continue; }
      const list = MARKERS.get(t[i]);
      if (!list) { continue; }
      for (const m of list) {
        if (i + m.word.length > s.end || !t.startsWith(m.word, i)) { continue; }
        const end = i + m.word.length;
        if (m.notAfter && endsWithAny(t, i, m.notAfter, s.start)) { continue; }
        if (m.notBefore && (end >= s.end || startsWithAny(t, end, m.notBefore, s.end + 1))) { continue; }
        let date: Deadline | undefined;
        if (m.deadline) {
          // 2021年到2025年 is a period, not a deadline.
          const prevDate = this.dates[lowerBound(this.dates, i) - 1];
          if ((prevDate && prevDate.end === i) || t[i - 1] === '年' || t[i - 1] === '从' || t[i - 1] === '從') { continue; }
          date = this.deadlineAt(end, s.start, s.end);
          if (!date) { continue; }
        }
        out.push({ pos: i, end, marker: m, date });
        i = end - 1;
        break;
      }
    }
    return out;
  }

  private sentence(s: Sentence, scope: Scope | null): Scope | null {
    const hits = this.markersIn(s);
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
      const end = this.goalEnd(s, hit, hits, h);
      const clause = s.clauses[clauseIndexAt(s, hit.pos)];
      // Past words before the marker count only close to it (已将…, 去年计划…).
      if (this.isPast(Math.max(clause.start, hit.pos - PAST_LOOKBACK), end) || containsWord(this.text, hit.pos, end, RULES)) { continue; }
      const own = hit.date ?? this.deadlineIn(hit.end, end) ?? this.topicDeadline(s, hit.pos);
      const value = this.valueIn(hit.end, end, hit.marker.strength === 'plan' && hit.marker.sameClause === true);
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
        if (header && own && own.strong && leads) { newScope = { deadline: own, strength: hit.marker.strength }; }
        continue;
      }
      const deadline = own ?? (scope ? scope.deadline : undefined);
      const t = this.emit(hit.pos, end, hit.marker.strength, deadline, value, hit.end, clause.start);
      emitted.push(t);
      if (own && leads && this.isLeadClause(clause, own)) {
        newScope = { deadline: own, strength: hit.marker.strength };
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

  /** The marker opens the sentence, or the part after a header colon (主要目标：到2025年，…). */
  private leadsSentence(s: Sentence, pos: number): boolean {
    const k = clauseIndexAt(s, pos);
    if (k === 0) { return pos - s.start <= 4; }
    const sep = s.clauses[k - 1].sep;
    const [cs] = this.trim(s.clauses[k].start, s.clauses[k].end);
    return (sep === '：' || sep === ':') && pos - cs <= 4;
  }

  /** A first clause that is only a deadline: 到2025年， / 力争到2027年， / 2025年底前，. */
  private isLeadClause(c: Clause, d: Deadline): boolean {
    return d.start >= c.start && d.end <= c.end && c.end - d.end <= 1 && c.end - c.start <= 14 && (c.sep === '，' || c.sep === ',');
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
          if (s.clauses[k].start > p && SEMICOLONS.has(s.clauses[k].sep)) { semicolon = true; break; }
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
    const bySemicolon = items.some(c => SEMICOLONS.has(c.sep));
    let start = -1;
    for (const c of items) {
      const cs = Math.max(c.start, p);
      if (start < 0) { start = cs; }
      if (bySemicolon && !SEMICOLONS.has(c.sep) && c !== items[items.length - 1]) { continue; }
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
    const list = MARKERS.get(this.text[pos]);
    const m = list?.find(x => !x.deadline && pos + x.word.length <= limit && this.text.startsWith(x.word, pos));
    return m ? m.strength : undefined;
  }

  /** End of the goal: the sentence end, a semicolon, or a clause that starts something new. */
  private goalEnd(s: Sentence, hit: MarkerHit, hits: readonly MarkerHit[], h: number): number {
    const cap = hit.pos + MAX_TARGET_LENGTH;
    let k = clauseIndexAt(s, hit.pos);
    let end = s.clauses[k].end;
    let m = h + 1;
    while (k + 1 < s.clauses.length) {
      const c = s.clauses[k];
      if (SEMICOLONS.has(c.sep)) { break; }
      const next = s.clauses[k + 1];
      if (next.end > cap) { break; }
      const [ns] = this.trim(next.start, next.end);
      // A marker heading the next clause starts a new goal; one inside it (…预测，销量将超过…) belongs to this one.
      while (m < hits.length && hits[m].pos < ns) { m++; }
      if (m < hits.length && hits[m].pos - ns <= 4 && hits[m].pos < next.end) { break; }
      if (startsWithAny(this.text, ns, CLAUSE_BREAKERS, next.end) || this.isPast(next.start, next.end)) { break; }
      end = next.end;
      k++;
    }
    return Math.min(end, cap);
  }

  private isPast(from: number, to: number): boolean {
    if (containsWord(this.text, from, to, PAST, PAST_EXCEPTIONS)) { return true; }
    for (let i = from + 1; i < to; i++) {
      if (this.text.charCodeAt(i) !== LE) { continue; }
      const inWord = LE_EXCEPTIONS.some(e => {
        const k = e.indexOf('了');
        return i - k >= 0 && this.text.startsWith(e, i - k);
      });
      if (!inWord) { return true; }
    }
    return false;
  }

  /** The first deadline-capable date in [from, to). */
  private deadlineIn(from: number, to: number): Deadline | undefined {
    for (let k = lowerBound(this.dates, from); k < this.dates.length && this.dates[k].start < to; k++) {
      const d = this.deadlineAt(this.dates[k].start, from, to);
      if (d) { return d; }
    }
    // The date layer may not have run: read 到/在/于 + year here.
    for (let i = from; i + 5 <= to; i++) {
      const c = this.text[i];
      if ((c === '到' || c === '在' || c === '于' || c === '於' || c === '至') && (isDigit(this.text[i + 1]) || hanDigit(this.text[i + 1]) >= 0 || this.text[i + 1] === '“')) {
        const d = this.deadlineAt(i + 1, from, to);
        if (d) { return d; }
      }
    }
    return undefined;
  }

  private lastDeadlineIn(from: number, to: number): Deadline | undefined {
    for (let k = lowerBound(this.dates, to) - 1; k >= 0 && this.dates[k].start >= from; k--) {
      const d = this.deadlineAt(this.dates[k].start, from, to);
      if (d) { return d; }
    }
    return undefined;
  }

  /** A date heading the marker's clause or standing alone before it: 今年将… / “十五五”期间，力争…. */
  private topicDeadline(s: Sentence, pos: number): Deadline | undefined {
    const k = clauseIndexAt(s, pos);
    const first = k > 0 && s.clauses[k - 1].end - s.clauses[k - 1].start <= 12 ? s.clauses[k - 1].start : s.clauses[k].start;
    const [from] = this.trim(first, pos);
    if (pos - from > 16) { return undefined; }
    const d = this.deadlineAt(from, s.start, pos);
    return d && !this.isPast(from, pos) ? d : undefined;
  }

  /**
   * The goal's quantity: the first number in [from, to), or a coverage word (全覆盖 → 100%).
   * A duration (未来十年, 持续3天) gives way to any other number; with `noDuration` it never counts.
   */
  private valueIn(from: number, to: number, noDuration = false): Value | undefined {
    let duration: NumberAnnotation | undefined;
    for (let k = lowerBound(this.numbers, from); k < this.numbers.length && this.numbers[k].start < to; k++) {
      const n = this.numbers[k];
      if (n.end > to || n.kind === 'ordinal' || n.unit === 'ordinal') { continue; }
      if (this.overlapsDate(n.start, n.end)) { continue; }
      if (n.unit !== null && DURATION_UNITS.includes(n.unit)) { duration ??= n; continue; }
      return { display: display(n), start: n.start, end: n.end, fromCoverage: false };
    }
    if (duration && !noDuration) { return { display: display(duration), start: duration.start, end: duration.end, fromCoverage: false }; }
    for (let i = from; i < to; i++) {
      const list = COVERAGE.get(this.text[i]);
      const w = list?.find(x => i + x.word.length <= to && this.text.startsWith(x.word, i));
      if (w) { return { display: w.value, start: i, end: i + w.word.length, fromCoverage: true }; }
    }
    return undefined;
  }

  private overlapsDate(start: number, end: number): boolean {
    const k = lowerBound(this.dates, end) - 1;
    for (let j = k; j >= 0 && j > k - 4; j--) { if (this.dates[j].end > start) { return true; } }
    return false;
  }

  private trim(from: number, to: number): [number, number] {
    while (from < to && TRIM_CHARS.has(this.text[from])) { from++; }
    while (to > from && (SPACES.has(this.text[to - 1]) || TRIM_CHARS.has(this.text[to - 1]))) { to--; }
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
    if (!value.fromCoverage && !TRIM_CHARS.has(t[value.end]) && t[value.end] !== '（' && t[value.end] !== '(') {
      const ce = this.clauseEndAfter(value.end, end);
      const [as, ae] = this.trim(value.end, ce);
      if (ae - as > 1 && t[as] !== '的' && !startsWithAny(t, as, QUALIFIER_SUFFIXES, ae) && !LEADING_VERBS.includes(t.slice(as, ae))) {
        return t.slice(as, ae).replace(/[的等]$/u, '') || undefined;
      }
    }
    // The value closes its clause: the object is what comes before it.
    let bs = p;
    for (let i = value.start - 1; i >= p; i--) {
      if (CLAUSE_SEPS.has(t[i])) { bs = i + 1; break; }
    }
    let be = value.start;
    for (;;) {
      const v = VALUE_VERBS.find(w => be - w.length >= bs && t.startsWith(w, be - w.length));
      if (!v) { break; }
      be -= v.length;
    }
    let before = this.stripLead(bs, be);
    // 拟连续几年发行特别国债，今年先发行1万亿元: the later clause repeats the verb; the goal's first clause names the thing.
    if ((before === undefined || before.length <= 1 || verbOnly(before)) && bs > p) { before = this.stripLead(p, this.clauseEndAfter(p, end)); }
    // 赤字率拟按3%安排, 经济增长目标为5%左右: the subject stands before the marker.
    if ((before === undefined || before.length <= 1) && markerPos > clauseStart) { return this.stripLead(clauseStart, markerPos); }
    return before;
  }

  private clauseEndAfter(p: number, end: number): number {
    for (let i = p; i < end; i++) { if (CLAUSE_SEPS.has(this.text[i])) { return i; } }
    return end;
  }

  private stripLead(from: number, to: number): string | undefined {
    const t = this.text;
    for (let guard = 0; guard < 6; guard++) {
      [from, to] = this.trim(from, to);
      const d = this.dateAt(from, to);
      if (d && d.start === from) { from = d.end; continue; }
      const w = startsWithAny(t, from, LEADING_FILLERS, to) ?? startsWithAny(t, from, LEADING_VERBS, to);
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
export function extractTargets(text: string, from: number, to: number, numbers: readonly NumberAnnotation[], dates: readonly DateAnnotation[]): TargetAnnotation[] {
  return new TargetScanner(text, numbers, dates).run(from, to);
}
