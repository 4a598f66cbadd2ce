// Identifiers, codes and names around a numeral (docs/annotation.md §1 Not numbers, §7 Numbers:
// technology and product names, document numbers, identifiers and locators, clock times, cohort
// labels): never numbers. Each function answers where scanning resumes when the numeral is part
// of one, or -1 when it is not; the character sets are in words.ts.
import { Ch, charTable, codeIn, digitValue, isBmpHan, isColon, isDash, isInlineSpace, isLatinLetter, isLineBreak, pageNumberLineAround } from '../text';
import type { LayoutSignals } from '../profile';
import { Han } from './codes';
import { at, skipRun } from './lookaround';
import {
  AFTER_BARE_NUMBER, BRACKET_BEFORE, CLASSES, CLAUSE_PUNCT, CLOSE_QUOTE, COORDINATORS, CODE_BEFORE, IDENTIFIER_SUFFIXES, JOINERS_AFTER_BARE, LIST_MARKER_AFTER, MEETING_WORD_LIST,
  REFERENCE_NOUN_LIST,
} from './matchers';
import { scanNumeral, type NumeralScan } from './numerals';
import { isPlainArabic, type CoreScan } from './numeralCore';
import { isNumeralChar } from './numeralChars';
import { preQualifier } from './qualifiers';
import { matchUnit } from './units';
import { CODE_DIGITS, IDENTIFIER_SUFFIXES as IDENTIFIER_SUFFIX_CHARS, REFERENCE_GAP } from './words';

/** A Latin letter or an Arabic digit, either width: a character of a code or name (C919, IPv6). */
export function isLatinAlnum(c: number): boolean { return isLatinLetter(c) || digitValue(c) >= 0; }

/** Whether `pos` opens a line or a clause: only spaces since the line's start or the last clause punctuation. */
function opensClause(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && k > pos - 4 && isInlineSpace(text.charCodeAt(k))) { k--; }
  return k < 0 || CLASSES.has(CLAUSE_PUNCT, text.charCodeAt(k)) || CLASSES.has(BRACKET_BEFORE, text.charCodeAt(k));
}

/** How many values a list of numbers (3、5和7个) is read ahead over to find the unit that ends it. */
const LIST_VALUES_AHEAD = 6;

/**
 * Whether the numbers from `k` on, joined by 、 or a coordinator, end in one with a unit (分别为3、5和
 * 7个: the 3 is a value, no list marker); at most LIST_VALUES_AHEAD values are read. 1、2号楼 ends in
 * no unit, and a date the scan stops before (1、2月) ends the list.
 */
function listEndsInUnit(text: string, k: number, limit: number): boolean {
  for (let n = 0; n < LIST_VALUES_AHEAD; n++) {
    const m = scanNumeral(text, k, limit);
    if (!m || m.start !== k || m.form !== 'plain' || m.core.sequence) { return false; }
    const after = at(text, m.end, limit);
    if (CLASSES.has(COORDINATORS, after)) { k = m.end + 1; continue; }
    const u = matchUnit(text, m.end, limit);
    return u !== null && u.def.category !== 'time';
  }
  return false;
}

/** How far back a note's number looks for the tab that opens its table cell (120（其中新建35）). */
const CELL_NOTE_REACH = 24;

/** Whether a tab stands within CELL_NOTE_REACH characters before `pos` on its line: `pos` is in a table cell. */
function inTableCell(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && k >= pos - CELL_NOTE_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === Ch.Tab) { return true; }
    if (isLineBreak(c)) { return false; }
  }
  return false;
}

/**
 * Whether a number at `pos` before `next` (、 or a closing bracket) may be a value, where it does not
 * open a clause: a decimal in a list (3.2、4.5), or the number of a note in a table cell (新建35）).
 */
function valueInList(text: string, pos: number, j: number, limit: number, next: number, core: CoreScan): boolean {
  if (next === Ch.IdeographicComma) { return core.decimal || listEndsInUnit(text, j + 1, limit); }
  return (next === Ch.FullwidthCloseParen || next === Ch.CloseParen) && isBmpHan(at(text, pos - 1, pos)) && inTableCell(text, pos);
}

/** Whether `pos` opens its line: nothing but spaces (no tab: a tab opens a table cell) since the line's start. */
function opensLine(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && k > pos - 4 && isInlineSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== Ch.Tab) { k--; }
  return k < 0 || isLineBreak(text.charCodeAt(k));
}

/** A space between a heading's number and its words (1 总则, 5.1.2 省级; a half-width, full-width or no-break space). */
function isHeadingSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.IdeographicSpace || c === Ch.NoBreakSpace;
}

/**
 * A number opening its line that is the number of a heading or a numbered paragraph, not a
 * quantity (docs/annotation.md §1 Not numbers: enumeration markers): a level of a dotted number
 * (4.2.1) or a number set apart by spaces from the words after it (1 总则, 4.2 应急响应). Returns
 * where scanning resumes, or -1. Only a bare number reaches here: 15 筆 has taken its unit.
 */
function headingNumberEnd(text: string, pos: number, j: number, limit: number): number {
  const next = at(text, j, limit);
  if (next !== Ch.FullStop && next !== Ch.FullwidthFullStop && !isHeadingSpace(next)) { return -1; }
  if (!opensLine(text, pos)) { return -1; }
  if (!isHeadingSpace(next)) { return digitValue(at(text, j + 1, limit)) >= 0 ? skipRun(text, j, limit) : -1; }
  let k = j;
  while (k < limit && k < j + 4 && isHeadingSpace(text.charCodeAt(k))) { k++; }
  return isBmpHan(at(text, k, limit)) ? k : -1;
}

/** Part of a name or code by what precedes it: PM2.5, C919, IPv6, a+1. `prev` is the character before `pos`. */
export function identifierBefore(text: string, pos: number, prev: number, limit: number): number {
  if (isLatinAlnum(prev) || CLASSES.has(CODE_BEFORE, prev)) { return skipRun(text, pos, limit); }
  return -1;
}

/** 5G, 4K, 3D: a product or technology name, unless a unit symbol stands at `j` (3GW, 5km). */
export function latinNameAfter(text: string, j: number, limit: number): number {
  if (!isLatinLetter(at(text, j, limit))) { return -1; }
  const sym = matchUnit(text, j, limit);
  if (!sym || isLatinLetter(at(text, j + sym.form.length, limit))) { return skipRun(text, j, limit); }
  return -1;
}

/** 9時7分: skip the minutes of a clock time too. */
function skipClock(text: string, pos: number, limit: number): number {
  let k = pos;
  while (k < limit && isNumeralChar(text.charCodeAt(k))) { k++; }
  if (k > pos && (at(text, k, limit) === Han.Fen)) { return k + 1; }
  return pos;
}

/** The characters identifierAfter reads right after a numeral (a one-read test before calling it). */
const MARKS_AFTER = charTable(IDENTIFIER_SUFFIX_CHARS);
for (const c of [Han.Shi, Han.ShiTraditional, Han.Dian, Han.DianTraditional, Ch.Colon, Ch.FullwidthColon, Han.Yue, Han.Ri, Han.Hou,
  Han.HouTraditional]) { MARKS_AFTER[c] = 1; }
/** Whether identifierAfter may find an identifier where `c` follows the numeral. */
export function mayEndIdentifier(c: number): boolean { return c >= 0 && MARKS_AFTER[c] === 1; }

/**
 * Document numbers, house numbers, clock times, calendar words and cohorts, by what follows the
 * numeral ending at `j`: 41号, 〔2018〕, 9時7分, 9:30, 3月5日, 85后.
 */
export function identifierAfter(text: string, j: number, limit: number, core: CoreScan): number {
  const next = at(text, j, limit);
  if (CLASSES.has(IDENTIFIER_SUFFIXES, next)) { return j + 1; }
  if (next === Han.Shi || next === Han.ShiTraditional || (core.arabic && (next === Han.Dian || next === Han.DianTraditional))) {
    return skipClock(text, j + 1, limit);
  }
  // 9:30 — a clock time; 3月5日, 6月末 — calendar words the date layer owns.
  if (isColon(next) && digitValue(at(text, j + 1, limit)) >= 0) { return skipRun(text, j + 1, limit); }
  if ((next === Han.Yue || next === Han.Ri) && !matchUnit(text, j, limit)) { return j + 1; }
  if ((next === Han.Hou || next === Han.HouTraditional) && core.arabic && !core.chinese) { return j + 1; }
  return -1;
}

/**
 * A number with no unit (`num`, from `pos` to `j`) that is a code, a name, a list marker or a year:
 * 12345热线, 985高校, 1+N, 1—5月份, 1、, （1）, 湖中之王2288”, 2019.
 */
export function bareIdentifier(text: string, pos: number, limit: number, num: NumeralScan): number {
  const core = num.core;
  const j = num.end;
  const next = at(text, j, limit);
  // A bare number run into a noun is a code or a name: 12345热线, 985高校, 77国集团, 2.0版.
  if (!core.magnitude && isBmpHan(next) && !CLASSES.has(AFTER_BARE_NUMBER, next)) { return skipRun(text, j, limit); }
  // A dash or operator without a range: 1—5月份 (a date), 1+N (a name).
  if (CLASSES.has(JOINERS_AFTER_BARE, next)) { return skipRun(text, j + 1, limit); }
  // 1 总则, 4.2 应急响应, 5.1.2 省级: the number of a heading or a numbered paragraph.
  const heading = headingNumberEnd(text, pos, j, limit);
  if (heading >= 0) { return heading; }
  // Enumeration markers and list numbers: 1、 1. （1） 1）. A decimal inside a clause before 、 is a
  // value of a list (分别为3.2、4.5和5.1个百分点), and a number after words before ） in a table cell
  // closes a note (120（其中新建35）, §8 Tables): no markers.
  if (CLASSES.has(LIST_MARKER_AFTER, next) && !(valueInList(text, pos, j, limit, next, core) && !opensClause(text, pos))) { return j + 1; }
  if (next === Ch.FullStop && digitValue(at(text, j + 1, limit)) < 0) { return j + 1; }
  if (CLASSES.has(BRACKET_BEFORE, at(text, pos - 1, limit))) { return j; }
  // A whole number closing a quotation (只收湖中之王2288”, 拨打“12345”) names a product or a line, not a quantity.
  if (CLASSES.has(CLOSE_QUOTE, next) && isPlainArabic(core) && !preQualifier(text, pos, 0)) { return j + 1; }
  // 表7, 附件2, 热线12345, 电话：12345678: a reference or a line's number.
  if (referenceNounBefore(text, pos)) { return j; }
  // 12345678: a long whole number without grouping is a telephone, account or code number (not in a table's cell).
  if (isPlainArabic(core) && core.intDigits >= CODE_DIGITS && j - pos === core.intDigits
    && text.charCodeAt(pos - 1) !== Ch.Tab && next !== Ch.Tab) { return j; }
  // A year or code without a unit (2019, 12345678): leave long integers to the date and name layers.
  if (isPlainArabic(core) && core.intDigits === 4 && num.value >= 1900 && num.value <= 2100) { return j; }
  return -1;
}

/** A meeting word (会议, 全会…) starts within `window` characters after `pos` (一次会议, 二十届三中全会): a meeting number. */
export function meetingWordWithin(text: string, pos: number, window: number): boolean {
  const stop = Math.min(text.length, pos + window);
  for (let k = pos; k <= stop; k++) {
    if (MEETING_WORD_LIST.startsWith(text.charCodeAt(k)) && MEETING_WORD_LIST.at(text, k) !== null) { return true; }
  }
  return false;
}

/**
 * The end of the page-number line (— 3 —, 第3页; in hard-wrapped text a lone 3) that the digit at
 * `pos` stands in, or -1 (docs/annotation.md §8: page-number lines are no numbers). Only a digit
 * that opens its line or follows a dash or 第 is looked at, so running text costs one read.
 */
export function pageNumberLineEnd(text: string, pos: number, layout: LayoutSignals): number {
  let k = pos - 1;
  while (k >= 0 && k > pos - 4 && isInlineSpace(text.charCodeAt(k))) { k--; }
  const before = k >= 0 ? text.charCodeAt(k) : Ch.LineFeed;
  if (!isLineBreak(before) && before !== Han.Di && !isDash(before) && before !== 0x2013) { return -1; }
  const line = pageNumberLineAround(text, pos, layout.wrapWidth > 0);
  return line ? line.end : -1;
}

/** A reference noun (表, 附件, 热线, 电话…) right before `pos`, or before a colon, 为 or a space there. */
function referenceNounBefore(text: string, pos: number): boolean {
  let k = pos;
  while (k > 0 && pos - k < 2 && codeIn(REFERENCE_GAP, text.charCodeAt(k - 1))) { k--; }
  return REFERENCE_NOUN_LIST.endingAt(text, k, Math.max(0, k - 5)) !== null;
}
