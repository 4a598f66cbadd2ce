// A magnitude without a digit (docs/annotation.md §7: 上万个/上亿人 are `above`; 近万人, 超万亿元
// with a qualifier): a number only with a qualifier or 上 before it and a unit after it, or as the
// count of an announced programme (万名教师).
import { codeIn, isBmpHan } from '../text';
import { Han } from './codes';
import { emit, kindOf, type Found } from './emit';
import { at } from './lookaround';
import { isNumeralChar } from './numeralChars';
import { scanNumeral } from './numerals';
import { preQualifier } from './qualifiers';
import { matchUnit } from './units';
import { RATE_MARKS } from './words';

/** 上万个, 上亿人, 上千万元: "tens of thousands or more". `prev` is the character before 上. */
export function shangMagnitude(text: string, pos: number, prev: number, floor: number, limit: number, out: Found): number {
  const m = at(text, pos + 1, limit);
  // 成千上万: an idiom of vagueness.
  if (prev === Han.Thousand || prev === Han.Hundred || prev === Han.ThousandFinancial || prev === Han.HundredFinancial) { return pos + 1; }
  if (m !== Han.Wan && m !== Han.WanTraditional && m !== Han.Yi && m !== Han.YiTraditional && m !== Han.Thousand && m !== Han.Hundred) { return pos + 1; }
  // 上万 / 上亿 (a bare magnitude) or 上千万 / 上百 (a unit-only numeral): never with a digit.
  let numEnd = pos + 2;
  let value = m === Han.Wan || m === Han.WanTraditional ? 1e4 : m === Han.Yi || m === Han.YiTraditional ? 1e8 : NaN;
  if (Number.isNaN(value)) {
    const num = scanNumeral(text, pos + 1, limit);
    if (!num || num.core.hasDigit) { return pos + 1; }
    numEnd = num.end; value = num.value;
  }
  const u = matchUnit(text, numEnd, limit);
  if (!u || (u.def.category !== 'classifier' && u.def.category !== 'money')) { return pos + 1; }
  return emit(text, out, floor, pos, numEnd + u.form.length, value, u.def.unit, 'above', kindOf(u.def), false);
}

/**
 * 启动万名教师培训行动, 千名医生下乡: 万 or 千 alone before 名 and a noun counts the people of an
 * announced programme (docs/annotation.md §7), exact; not after 每 (每千名: the base of a rate), a
 * numeral or 上 (成千上万名).
 */
export function programmeCount(text: string, pos: number, floor: number, limit: number, out: Found): number {
  const c = text.charCodeAt(pos);
  const value = c === Han.Wan || c === Han.WanTraditional ? 1e4 : c === Han.Thousand ? 1e3 : 0;
  if (value === 0 || at(text, pos + 1, limit) !== Han.Ming || !isBmpHan(at(text, pos + 2, limit))) { return -1; }
  const prev = pos > floor ? text.charCodeAt(pos - 1) : -1;
  if (codeIn(RATE_MARKS, prev) || isNumeralChar(prev) || prev === Han.Shang) { return -1; }
  return emit(text, out, floor, pos, pos + 2, value, '名', 'exact', 'cardinal', false);
}

/** 近万人, 逾万家, 超万亿元: 万 (or 万亿) alone after a qualifier, with a unit; 万名 of a programme. */
export function bareWan(text: string, pos: number, floor: number, limit: number, out: Found): number {
  const pre = preQualifier(text, pos, floor);
  if (!pre) { const count = programmeCount(text, pos, floor, limit, out); return count >= 0 ? count : pos + 1; }
  let end = pos + 1;
  let value = 1e4;
  if (at(text, end, limit) === Han.Yi || at(text, end, limit) === Han.YiTraditional) { value = 1e12; end++; }
  const u = matchUnit(text, end, limit);
  if (!u || u.def.category === 'time') { return pos + 1; }
  return emit(text, out, floor, pre.start, end + u.form.length, value, u.def.unit, pre.q, kindOf(u.def), false);
}

/** 近亿元, 超亿人: 亿 alone after a qualifier, with a unit. */
export function bareYi(text: string, pos: number, floor: number, limit: number, out: Found): number {
  const pre = preQualifier(text, pos, floor);
  const u = pre ? matchUnit(text, pos + 1, limit) : null;
  if (!pre || !u || u.def.category === 'time') { return pos + 1; }
  return emit(text, out, floor, pre.start, pos + 1 + u.form.length, 1e8, u.def.unit, pre.q, kindOf(u.def), false);
}
