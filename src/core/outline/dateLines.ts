// Lines that carry a date and are no node (docs/annotation.md §7 "Structure": document-number,
// signature and date lines are not sections): a date-only line, an issuer and its date, a
// regulation's version line, a news paragraph's dateline.
import { Ch, codeIn, ERA_PREFIXES, indexOfCode, isInlineSpace, WordList } from '../text';
import { CHAR_CLASS, CLAUSE_STOP, DATE_LINE, DATE_NUMERAL, DATELINE_CHAR, Han, has, TRAILING_WRAP } from './chars';
import { DATELINE_SCAN } from './limits';
import { DATELINE_NEWS_BEFORE, DATELINE_NEWS_WORDS, DATELINE_PREFIXES, VERSION_PREFIXES, VERSION_VERBS } from './lineWords';

const DATE_ERA = new WordList(ERA_PREFIXES.map((e) => e.word));
const DATELINE_AGENCY = new WordList(DATELINE_PREFIXES);
const VERSION_PREFIX = new WordList(VERSION_PREFIXES);
const VERSION_VERB = new WordList(VERSION_VERBS);
/** Numerals of one part of a date (二〇〇一, 三十一) are at most this many. */
const DATE_PART_MAX = 4;
/** Closing brackets and a full stop after a version line's verb are read back at most this far. */
const VERSION_TAIL_MAX = 3;
const DATE_UNITS = [Han.Year, Han.Month, Han.Day];
/** An issuer's date at a line's end is read back at most this far. */
const ISSUER_DATE_MAX = 14;

/** t[from, to) is only a date: 2018年12月13日, 二〇一八年十二月十三日, 中華民國101年6月6（星期三）上午9時7分. */
export function isDateOnly(t: string, from: number, to: number): boolean {
  let s = from;
  const era = DATE_ERA.at(t, from, to);
  if (era) { s += era.length; }
  if (s >= to) { return false; }
  let numeral = false;
  let unit = false;
  let seps = 0;
  for (let i = s; i < to; i++) {
    const c = t.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if ((cls & DATE_LINE) === 0) { return false; }
    if (c === Han.Year || c === Han.Month) { unit = true; }
    if (c === Ch.Hyphen || c === Ch.Slash || c === Ch.FullStop) { seps++; }
    if ((cls & DATE_NUMERAL) !== 0) { numeral = true; }
  }
  return numeral && (unit || seps >= 2);
}

/**
 * 2026年1月14日在某省第十四届人民代表大会第四次会议上: the line under a speech's or a report's title
 * that says when and where it was given — a full date opening the line, then 在, and no clause
 * punctuation after it. (With brackets or a dash it is a `paren` or `subtitle` line.)
 */
export function isSessionDateLine(t: string, ts: number, te: number): boolean {
  // 年, 月 and 日 in turn, numerals between them
  let unit = 0;
  let i = ts;
  for (; i < te && unit < DATE_UNITS.length; i++) {
    const c = t.charCodeAt(i);
    if (c === DATE_UNITS[unit]) { unit++; continue; }
    if (!has(DATE_NUMERAL, c)) { return false; }
  }
  if (unit < DATE_UNITS.length || t.charCodeAt(i) !== Han.Zai) { return false; }
  for (let k = i + 1; k < te; k++) { if ((CHAR_CLASS[t.charCodeAt(k)] & CLAUSE_STOP) !== 0) { return false; } }
  return true;
}

/** …2018年12月11日 at the end of a short line t[ts, te) (an issuer and its date on one line). */
export function endsWithDate(t: string, ts: number, te: number): boolean {
  if (t.charCodeAt(te - 1) !== Han.Day) { return false; }
  const tail = Math.max(ts, te - ISSUER_DATE_MAX);
  const y = indexOfCode(t, Han.Year, tail, te);
  if (y < 0 || indexOfCode(t, Han.Month, y, te) < 0) { return false; }
  let i = y - 1;
  while (i >= tail && has(DATE_NUMERAL, t.charCodeAt(i))) { i--; }
  return i < y - 1 && isDateOnly(t, i + 1, te);
}

/** 本报北京9月2日讯…, 新华社北京9月2日电…: a news paragraph's dateline (`hte`: the end of the line's head). */
export function isDateline(t: string, ts: number, te: number, hte: number): boolean {
  const agency = DATELINE_AGENCY.at(t, ts, hte) !== null;
  let month = false;
  let day = false;
  const limit = Math.min(te, ts + DATELINE_SCAN);
  for (let i = ts; i < limit; i++) {
    const c = t.charCodeAt(i);
    if ((CHAR_CLASS[c] & DATELINE_CHAR) === 0) { continue; }
    if (c === Ch.FullwidthComma || c === Ch.IdeographicFullStop || c === Ch.Comma) { return false; }
    if (c === Han.Month) { month = true; }
    if (c === Han.Day) { day = month; }
    if (codeIn(DATELINE_NEWS_WORDS, c)) { // 讯 电
      const prevOk = i > ts && codeIn(DATELINE_NEWS_BEFORE, t.charCodeAt(i - 1));
      if (prevOk && (agency || day)) { return true; }
    }
  }
  return false;
}

/**
 * A regulation's version line under its title (docs/annotation.md §7 "Structure": header lines are
 * never sections): a full date first — after an opening bracket and 根据 — and a promulgation verb
 * last, before closing brackets: 2001年7月9日 国务院令第310号公布, （根据2020年8月7日《…》修订）; a
 * date followed by a comma opens a sentence instead. Reads the line's two ends only.
 */
export function isVersionLine(t: string, ts: number, te: number): boolean {
  let s = ts;
  if (t.charCodeAt(s) === Ch.FullwidthOpenParen || t.charCodeAt(s) === Ch.OpenParen) { s++; }
  const prefix = VERSION_PREFIX.at(t, s, te);
  if (prefix) { s += prefix.length; }
  const d = dateEnd(t, s, te);
  // 2009年3月2日，省政府… opens a sentence
  if (d < 0 || has(CLAUSE_STOP, t.charCodeAt(d))) { return false; }
  let e = te;
  while (e > s && te - e < VERSION_TAIL_MAX && ((CHAR_CLASS[t.charCodeAt(e - 1)] & TRAILING_WRAP) !== 0 || t.charCodeAt(e - 1) === Ch.IdeographicFullStop)) { e--; }
  return VERSION_VERB.endingAt(t, e, s) !== null;
}

/** End of a full date Y年M月D日 at `s` (numerals of either kind, blanks around them), or -1. */
function dateEnd(t: string, s: number, te: number): number {
  let i = s;
  for (const unit of DATE_UNITS) {
    while (i < te && isInlineSpace(t.charCodeAt(i))) { i++; }
    const n = i;
    while (i < te && i - n < DATE_PART_MAX && has(DATE_NUMERAL, t.charCodeAt(i))) { i++; }
    if (i === n) { return -1; }
    while (i < te && isInlineSpace(t.charCodeAt(i))) { i++; }
    if (i >= te || t.charCodeAt(i) !== unit) { return -1; }
    i++;
  }
  return i;
}
