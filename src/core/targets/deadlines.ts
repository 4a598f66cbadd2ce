// Explicit deadlines (docs/annotation.md §3 `deadline`): the date a goal is to be met by, from the
// date layer's annotation or read here (2027年, “十四五”末, 本世纪中叶) when that layer gave none.
// A base (比2020年) or a start (2020年以来) is not a deadline; a date already past when the
// document was written reports the past.
import { Ch, WordList, WordTable, codeIn, digitValue, isInlineSpace } from '../text';
import type { DateAnnotation } from '../types';
import { CLAUSE_SEP, CLS, DATE_FIRST, DATE_INTRODUCER, yearDigitValue } from './classes';
import {
  DATE_RANGE_MARKS, DEADLINE_ENDS, DEADLINE_INTRODUCERS, DEADLINE_PHRASES, DEADLINE_SUFFIXES, FIVE_YEAR_PLANS, NON_DEADLINE_AFTER, NON_DEADLINE_BEFORE, PLAN_NAME_AFTER, PLAN_PERIOD,
  PAST_DATE_PREFIXES, PLAN_QUOTES_CLOSE, PLAN_QUOTES_OPEN, START_CLOSERS, THIRD_PLAN_START,
} from './deadlineWords';
import { lowerBound, type TargetScan } from './scan';

/**
 * `strong`: a deadline proper (到2027年, 2025年底前, an explicit year), not just the period spoken of (下半年);
 * `explicit`: the date states its own year (2027年, “十四五”, 本世纪中叶; in a 民國 text 105年 too).
 */
export interface Deadline {
  text: string; start: number; end: number; strong: boolean; explicit: boolean;
  /** Last day it covers (YYYY-MM-DD), when known. */ until?: string;
  /** A period to run (用三年时间): its number is not the goal's value. */ duration?: boolean;
}

const PAST_PREFIXES = new WordList(PAST_DATE_PREFIXES);
const SUFFIXES = new WordList(DEADLINE_SUFFIXES);
const NOT_AFTER = new WordList(NON_DEADLINE_AFTER);
const NOT_BEFORE = new WordList(NON_DEADLINE_BEFORE);
const PLAN_AFTER = new WordList(PLAN_NAME_AFTER);
const PHRASES = new WordTable(DEADLINE_PHRASES);
const PLANS = new WordTable(FIVE_YEAR_PLANS);
/** The plans' names as a plain list: 十四五 anywhere in a date's text makes its year explicit. */
const PLAN_NAMES = new WordList(FIVE_YEAR_PLANS.map(p => p.word));

/** A five-year plan's name (“十四五”) stands at `start` or one unit after it (an opening quote). */
export function namesPlan(text: string, start: number): boolean {
  return PLAN_NAMES.at(text, start) !== null || PLAN_NAMES.at(text, start + 1) !== null;
}

const NIAN = '年'.charCodeAt(0);
/** YYYY-MM-DD and its hyphens. */
const ISO_DAY_LENGTH = 10;
const HYPHEN = Ch.Hyphen;
const RANGE_MARKS = new WordList(DATE_RANGE_MARKS);
const START_WORDS = new WordList(START_CLOSERS);

/** Year of a numeral year at pos (2027年, ２０２７年, 二〇二七年) and where its 年 ends. */
export function yearAt(text: string, pos: number): { year: number; end: number } | undefined {
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const v = pos + k < text.length ? yearDigitValue(text.charCodeAt(pos + k)) : -1;
    if (v < 0) { return undefined; }
    y = y * 10 + v;
  }
  if (text.charCodeAt(pos + 4) !== NIAN || y < 1900 || y > 2200) { return undefined; }
  return { year: y, end: pos + 5 };
}

/** 2027年, ２０２７年, 二〇二七年, “十五五”: a year the reader can place without the document date. */
export function hasExplicitYear(s: string): boolean {
  for (let i = 0; i + 5 <= s.length; i++) { if (yearAt(s, i)) { return true; } }
  return PLAN_NAMES.occursIn(s);
}

/** A year of two or three digits (105年, 101年度): a 民國 year where the document's era is ROC (docs/annotation.md §8). */
export function hasShortYear(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== NIAN) { continue; }
    // 102 年: the blanks a Taiwan record sets between the digits and 年.
    let e = i;
    while (e > 0 && isInlineSpace(s.charCodeAt(e - 1))) { e--; }
    let k = e;
    while (k > 0 && e - k < 4 && digitValue(s.charCodeAt(k - 1)) >= 0) { k--; }
    if (e - k >= 2 && e - k <= 3 && (k === 0 || digitValue(s.charCodeAt(k - 1)) < 0)) { return true; }
  }
  return false;
}

/** The last year of five-year plan number n (十四五: 2025). */
export function planEndYear(n: number): number {
  return THIRD_PLAN_START + 5 * (n - 3) + 4;
}

/** Deadline text of a resolved range: a year, a month or a day (docs/annotation.md §3). */
export function deadlineOf(d: DateAnnotation): string | null {
  const r = d.resolved;
  if (!r) {
    for (let i = d.start; i + 5 <= d.end; i++) {
      const y = yearAt(d.text, i - d.start);
      if (y) { return String(y.year); }
    }
    return null;
  }
  const sy = isoPart(r.start, 0);
  const sm = isoPart(r.start, 1);
  const sd = isoPart(r.start, 2);
  const ey = isoPart(r.end, 0);
  const em = isoPart(r.end, 1);
  const ed = isoPart(r.end, 2);
  // A range written out (11月5日至10日, 本月10—12日) is the period it names: an ISO interval.
  if (r.start !== r.end && RANGE_MARKS.occursIn(d.text)) { return intervalOf(sy, sm, sd, ey, em, ed); }
  // A whole year, or what is left of it (年内), is the year.
  if (em === '12' && ed === '31' && (sy === ey ? r.start !== r.end : sm === '01' && sd === '01')) { return ey; }
  if (r.start === r.end) { return r.end; }
  if (sy === ey && sm === em && sd === '01' && Number(ed) === lastDay(ey, em)) { return `${ey}-${em}`; }
  return r.end;
}

/**
 * Part k (0 year, 1 month, 2 day) of an ISO date, as split('-') gives it: read by position from
 * YYYY-MM-DD, the form the date layer writes; other forms are split. deadlineOf runs once per date
 * a goal asks about, and destructuring two split arrays there cost more than the rest of it.
 */
function isoPart(iso: string, k: number): string {
  if (iso.length === ISO_DAY_LENGTH && iso.charCodeAt(4) === HYPHEN && iso.charCodeAt(7) === HYPHEN) {
    return k === 0 ? iso.slice(0, 4) : k === 1 ? iso.slice(5, 7) : iso.slice(8, 10);
  }
  return iso.split('-')[k];
}

/** The last day of a month. */
function lastDay(y: string, m: string): number {
  return new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
}

/** An ISO interval at the coarsest grain both ends allow: 2021/2025, 2020-09/2021-05, 2021-11-05/2021-11-10. */
function intervalOf(sy: string, sm: string, sd: string, ey: string, em: string, ed: string): string {
  const wholeMonths = sd === '01' && Number(ed) === lastDay(ey, em);
  if (wholeMonths && sm === '01' && em === '12') { return `${sy}/${ey}`; }
  if (wholeMonths) { return `${sy}-${sm}/${ey}-${em}`; }
  return `${sy}-${sm}-${sd}/${ey}-${em}-${ed}`;
}

/** The date (annotated, or read here when the date layer has none) starting at pos. */
export function dateAt(scan: TargetScan, pos: number, limit: number): Deadline | undefined {
  const text = scan.text;
  const k = lowerBound(scan.dateStart, pos);
  const next = k < scan.dateStart.length ? scan.dateStart[k] : -1;
  if (next === pos) {
    const d = scan.dates[k];
    if (PAST_PREFIXES.at(text, pos, limit) !== null) { return undefined; }
    let dl = scan.deadlines[k];
    if (dl === undefined) {
      // Each date is read once, however many goals and clauses ask about it.
      const t = deadlineOf(d);
      const explicit = hasExplicitYear(d.text) || (scan.profile.era.kind === 'roc' && hasShortYear(d.text));
      dl = scan.deadlines[k] = t ? { text: t, start: d.start, end: d.end, strong: explicit, explicit, until: d.resolved ? d.resolved.end : undefined } : null;
    }
    return dl ?? undefined;
  }
  if (next < pos + 6 && next > pos) { return undefined; }
  const y = yearAt(text, pos);
  if (y && y.end <= limit) { return { text: String(y.year), start: pos, end: y.end, strong: true, explicit: true, until: `${y.year}-12-31` }; }
  const q = codeIn(PLAN_QUOTES_OPEN, text.charCodeAt(pos)) ? 1 : 0;
  const plan = PLANS.rowAt(text, pos + q, limit);
  if (plan) {
    const endYear = planEndYear(plan.plan);
    let end = pos + q + plan.word.length;
    if (codeIn(PLAN_QUOTES_CLOSE, text.charCodeAt(end))) { end++; }
    const suffix = SUFFIXES.at(text, end, limit);
    return { text: String(endYear), start: pos, end: end + (suffix ? suffix.length : 0), strong: true, explicit: true, until: `${endYear}-12-31` };
  }
  const ph = PHRASES.rowAt(text, pos, limit);
  if (ph) { return { text: String(ph.year), start: pos, end: pos + ph.word.length, strong: true, explicit: true, until: `${ph.year}-12-31` }; }
  return undefined;
}

/**
 * The start a clause opens with at pos (从2019年开始, 自2025年1月1日起): the date after the opener
 * [pos, dateFrom), as a deadline ending after 开始/起 (docs/annotation.md §7: a clause with its own
 * start year is its own target with that deadline). Only at the head of a clause.
 */
export function startAt(scan: TargetScan, pos: number, dateFrom: number, ss: number, se: number): Deadline | undefined {
  const t = scan.text;
  let b = pos;
  while (b > ss && isInlineSpace(t.charCodeAt(b - 1))) { b--; }
  if (b > ss && (CLS[t.charCodeAt(b - 1)] & CLAUSE_SEP) === 0) { return undefined; }
  const d = dateAt(scan, dateFrom, se);
  if (!d || d.start !== dateFrom) { return undefined; }
  const closer = START_WORDS.at(t, d.end, se);
  return closer === null ? undefined : { ...d, end: d.end + closer.length, strong: true };
}

/** The word before pos (starting at or after floor) that makes a date there a base or a start (比, 从, 截至), or null. */
export function baseWordBefore(text: string, pos: number, floor: number): string | null {
  return NOT_BEFORE.endingAt(text, pos, floor);
}

/** Deadline-capable date starting at pos: not a base (比2020年) nor a start (2020年以来). */
export function deadlineAt(scan: TargetScan, pos: number, floor: number, limit: number): Deadline | undefined {
  const text = scan.text;
  if (NOT_BEFORE.endingAt(text, pos, floor) !== null) { return undefined; }
  const d = dateAt(scan, pos, limit);
  if (!d) { return undefined; }
  let end = d.end;
  const suffix = SUFFIXES.at(text, end, limit);
  if (suffix) { end += suffix.length; }
  if (NOT_AFTER.at(text, end, limit) !== null) { return undefined; }
  // “十一五”规划 names the plan (a year before 规划 stays a deadline: 到2030年规划人口…).
  const named = PLAN_AFTER.at(text, end, limit);
  if (named !== null && text[end + named.length] !== PLAN_PERIOD && namesPlan(text, d.start)) { return undefined; }
  const introduced = pos > floor && codeIn(DEADLINE_INTRODUCERS, text.charCodeAt(pos - 1));
  const strong = d.strong || introduced || codeIn(DEADLINE_ENDS, text.charCodeAt(end - 1));
  return { text: d.text, start: d.start, end, strong, explicit: d.explicit, until: d.until };
}

/** The first deadline-capable date in [from, to). */
export function deadlineIn(scan: TargetScan, from: number, to: number): Deadline | undefined {
  const starts = scan.dateStart;
  for (let k = lowerBound(starts, from); k < starts.length && starts[k] < to; k++) {
    const d = deadlineAt(scan, starts[k], from, to);
    if (d) { return d; }
  }
  // The date layer may not have run: read 到/在/于 + year here.
  const text = scan.text;
  for (let i = from; i + 5 <= to; i++) {
    if (DATE_INTRODUCER[text.charCodeAt(i)] === 1 && DATE_FIRST[text.charCodeAt(i + 1)] === 1) {
      const d = deadlineAt(scan, i + 1, from, to);
      if (d) { return d; }
    }
  }
  return undefined;
}

/** The last deadline-capable date the date layer gives in [from, to). */
export function lastDeadlineIn(scan: TargetScan, from: number, to: number): Deadline | undefined {
  const starts = scan.dateStart;
  for (let k = lowerBound(starts, to) - 1; k >= 0 && starts[k] >= from; k--) {
    const d = deadlineAt(scan, starts[k], from, to);
    if (d) { return d; }
  }
  return undefined;
}

/** A deadline that ended before the document was written reports the past (到2023年末，…达到…). */
export function beforeDocument(scan: TargetScan, d: Deadline | undefined): boolean {
  return d !== undefined && scan.documentDate !== null && d.until !== undefined && d.until < scan.documentDate;
}
