// A magnitude without a digit (docs/annotation.md §7: 上万个/上亿人 are `above`; 近万人, 超万亿元
// with a qualifier): a number only with a qualifier or 上 before it and a unit after it.
import { Han } from './codes';
import { emit, kindOf, type Found } from './emit';
import { at } from './lookaround';
import { scanNumeral } from './numerals';
import { preQualifier } from './qualifiers';
import { matchUnit } from './units';

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

/** 近万人, 逾万家, 超万亿元: 万 (or 万亿) alone after a qualifier, with a unit. */
export function bareWan(text: string, pos: number, floor: number, limit: number, out: Found): number {
  const pre = preQualifier(text, pos, floor);
  if (!pre) { return pos + 1; }
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
