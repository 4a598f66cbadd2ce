// Counts with a classifier or a noun (docs/annotation.md §7 Numbers): N大 + noun (三大支柱, the noun
// is the unit), 两个半月, the indefinite 一+classifier, and the shapes of a numeral and its unit
// that are dates, names or meeting numbers rather than counts.
import { cnDigitValue, codeIn, digitValue, isBmpHan, isLatinLetter } from '../text';
import { Han } from './codes';
import { finishSimple, type Found } from './emit';
import { meetingWordWithin } from './identifiers';
import { at } from './lookaround';
import {
  CLASSES, CLAUSE_PUNCT, COUNT_MATTERS, DATE_WORDS_BEFORE_TIME_LIST, INCIDENT_NOUN_LIST, SENTENCE_PUNCT, NOT_AFTER_DA, NOT_AFTER_GU, NOT_AFTER_NIAN, NOT_AFTER_SUO, NOT_AFTER_YUAN, NOT_NOUN,
  SINCE_WORD_LIST, TENOR_PRODUCT_LIST, TRANCHE_BEFORE,
} from './matchers';
import type { NumeralScan } from './numerals';
import { isNumeralChar } from './numeralChars';
import { postQualifier, preQualifier } from './qualifiers';
import { matchUnit, type UnitMatch } from './units';
import { UNIT_FORMS } from './unitTable';
import { spacesBackFrom, skipSpacesBetween } from './spacing';
import { INCIDENT_WINDOW, TENOR_BEFORE } from './words';

/**
 * N大 + noun (三大支柱, 八大关注点; not 十九大, a congress, nor 大会, 大幅): the noun of up to four
 * characters is the unit. `num` (2–10) ends at 大; returns where scanning resumes.
 */
export function majorCount(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan): number {
  const j = num.end;
  const n1 = at(text, j + 1, limit);
  if (isBmpHan(n1) && !CLASSES.has(NOT_NOUN, n1) && !CLASSES.has(NOT_AFTER_DA, n1) && !isNumeralChar(n1)) {
    let k = j + 1;
    while (k < limit && k - (j + 1) < 4 && isBmpHan(text.charCodeAt(k)) && !CLASSES.has(NOT_NOUN, text.charCodeAt(k))) { k++; }
    if (k - (j + 1) >= 2) {
      const noun = text.slice(j + 1, k);
      return finishSimple(text, out, floor, limit, pos, k, num.value, noun, 'cardinal');
    }
  }
  return j;
}

/** 两个半月, 一个半小时: 个 + 半 + a time unit at `pos` (`u` is the 个) is N.5 of that unit; null otherwise. */
export function halfAfterClassifier(text: string, pos: number, limit: number, u: UnitMatch): UnitMatch | null {
  if ((u.form !== '个' && u.form !== '個') || at(text, pos + 1, limit) !== Han.Half) { return null; }
  const t = matchUnit(text, pos + 2, limit) ?? (at(text, pos + 2, limit) === Han.Yue ? { form: '月', def: UNIT_FORMS['个月'] } : null);
  if (!t || t.def.category !== 'time') { return null; }
  return { form: text.slice(pos, pos + 2 + t.form.length), def: t.def };
}

/**
 * Shapes of the numeral `num` at `pos` and its unit `u` (ending at `end`) that are dates, names,
 * tenors or meeting numbers rather than quantities.
 */
export function notACount(text: string, pos: number, floor: number, limit: number, num: NumeralScan, u: UnitMatch, end: number): boolean {
  const core = num.core;
  const def = u.def;
  const after = at(text, end, limit);
  // A 4-digit year, a tenor (5年期), a decade (80年代), a grade (2年级), a date word (年底, 年度, N年以来).
  if (def.unit === '年' && ((core.arabic && core.intDigits === 4 && !core.magnitude) || CLASSES.has(NOT_AFTER_NIAN, after)
    || SINCE_WORD_LIST.at(text, end, limit) !== null)) { return true; }
  // N年期: a tenor is a duration only in a schedule (按10年期清偿), never as a product's name (10年期国债, 5年期以上LPR).
  if (u.form === '年期' && (!codeIn(TENOR_BEFORE, at(text, pos - 1, limit)) || isLatinLetter(after) || TENOR_PRODUCT_LIST.at(text, end, limit) !== null)) {
    return true;
  }
  // Dates the date layer owns, kept out here too: 连续15年, 民國 97年, 今年前7个月, and a year with its month (102 年 9 月).
  if (def.category === 'time' && DATE_WORDS_BEFORE_TIME_LIST.endingAt(text, spacesBackFrom(text, pos), 0) !== null) { return true; }
  if (u.form === '年' && monthAfter(text, end, limit)) { return true; }
  // 二元结构, 一元化, 多元论: 元 as "element", not yuan.
  if (u.form === '元' && core.chinese && !core.arabic && CLASSES.has(NOT_AFTER_YUAN, after)) { return true; }
  // Shares are counted in digits or with a magnitude (3000万股); 两股力量 counts forces, and 股东, 股份
  // after the numeral are words of stock, not a count of shares.
  if (u.form === '股' && ((!core.arabic && !core.magnitude) || CLASSES.has(NOT_AFTER_GU, after))) { return true; }
  // 表2所列, 如图1所示: 所 of a reference, not a count of institutions.
  if (u.form === '所' && CLASSES.has(NOT_AFTER_SUO, after)) { return true; }
  // 二期工程, 三期项目: a phase's name; 分两期, 共三期: a count of tranches.
  if (u.form === '期' && isBmpHan(after) && !CLASSES.has(TRANCHE_BEFORE, at(text, pos - 1, limit)) && !preQualifier(text, pos, floor)) { return true; }
  // 二次销售, 二次污染: 二次 before a word is “secondary”; a count of two says 两次 (两次会议).
  if (u.form === '次' && end - pos === 2 && text.charCodeAt(pos) === Han.Two && isBmpHan(after) && !postQualifier(text, end, limit)) { return true; }
  // 一次会议, 十四届全国人大: a meeting number.
  if ((u.form === '次' || u.form === '届' || u.form === '屆') && (isNumeralChar(after) || meetingWordWithin(text, end, 6))) { return true; }
  return false;
}

/** Before a count of one at `pos`, a word that makes it matter (只能享受一次, 仅一家) in the same clause. */
export function countMatters(text: string, pos: number, floor: number): boolean {
  for (let k = pos - 1; k >= Math.max(floor, pos - 5); k--) {
    const ch = text.charCodeAt(k);
    if (CLASSES.has(CLAUSE_PUNCT, ch)) { break; }
    if (CLASSES.has(COUNT_MATTERS, ch)) { return true; }
  }
  return false;
}

/** A numeral (a digit, Arabic or Chinese) right before 起 at `k`: a count of incidents (9起, 十起). */
function countOfQiAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k - 1);
  return text.charCodeAt(k) === Han.Qi && (digitValue(c) >= 0 || cnDigitValue(c) >= 0 || c === Han.Ten);
}

/**
 * 一起 at `pos` (the 起 ending at `end`) counts incidents (有一起将于…裁决，剩余9起; 一起交通事故)
 * rather than meaning “together”: an incident follows, or another count of 起 stands in the same
 * sentence within INCIDENT_WINDOW characters.
 */
export function countsIncidents(text: string, pos: number, end: number, limit: number): boolean {
  if (INCIDENT_NOUN_LIST.at(text, end, limit) !== null) { return true; }
  for (let k = pos - 1; k > 0 && k >= pos - INCIDENT_WINDOW; k--) {
    if (CLASSES.has(SENTENCE_PUNCT, text.charCodeAt(k))) { break; }
    if (countOfQiAt(text, k)) { return true; }
  }
  for (let k = end; k < limit && k < end + INCIDENT_WINDOW; k++) {
    if (CLASSES.has(SENTENCE_PUNCT, text.charCodeAt(k))) { break; }
    if (k > end && countOfQiAt(text, k)) { return true; }
  }
  return false;
}

/** A month numeral and 月 right after the 年 ending at `end` (97年2月, 102 年 9 月): the year of a date. */
function monthAfter(text: string, end: number, limit: number): boolean {
  const k = skipSpacesBetween(text, end, limit);
  let m = k;
  while (m < limit && m - k < 3 && (digitValue(text.charCodeAt(m)) >= 0 || cnDigitValue(text.charCodeAt(m)) >= 0 || text.charCodeAt(m) === Han.Ten)) { m++; }
  return m > k && at(text, skipSpacesBetween(text, m, limit), limit) === Han.Yue;
}
