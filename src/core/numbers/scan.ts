// Quantities in running text (docs/annotation.md §1, §7 Numbers): a numeral with its unit or
// classifier, percent/成/折/倍, and the qualifier that bounds it. One forward pass; every
// look-back and look-ahead is bounded by a few characters, and a rejected numeral run is skipped
// whole, so the scan stays linear. This file is the candidate scan; what follows a numeral is
// decided in afterNumeral.ts. See docs/architecture.md.
import { Ch, CODE_UNITS, cnDigitValue, digitValue } from '../text';
import { EMPTY_PROFILE, type DocumentProfile } from '../profile';
import type { NumberAnnotation, Span } from '../types';
import { afterNumeral } from './afterNumeral';
import { bareWan, bareYi, shangMagnitude } from './bareMagnitudes';
import { Han } from './codes';
import type { Found } from './emit';
import { fixedExpressionAt, quotedSloganEnd } from './fixedExpressions';
import { identifierBefore, isLatinAlnum, pageNumberLineEnd } from './identifiers';
import { at, skipRun } from './lookaround';
import { CLASSES, OPEN_QUOTE, VAGUE_BEFORE } from './matchers';
import { scanNumeral } from './numerals';
import { isNumeralChar, isSmallUnit } from './numeralChars';
import { ordinal } from './ordinal';
import { INERT_AFTER_DIGIT, shortChineseEnd } from './quickReject';
import { halfCheng } from './ratios';
import { spacedOrdinalEnd } from './spacing';
import { newTableState } from './tableCells';
import { vagueAmountAt } from './vague';

/** Where a numeral may start, as a table over UTF-16 code units (the main loop's only test). */
const MAY_START = new Uint8Array(CODE_UNITS);
for (let c = 0; c < CODE_UNITS; c++) {
  if (digitValue(c) >= 0 || cnDigitValue(c) >= 0 || isSmallUnit(c) || c === Han.Twenty || c === Han.Thirty
    || c === Han.Di || c === Han.Shang || c === Han.Fu || c === Han.FuTraditional
    || c === Ch.Hyphen || c === Ch.FullwidthHyphen || c === Han.Wan || c === Han.WanTraditional || c === Han.Half
    || c === Han.Yi || c === Han.YiTraditional) { MAY_START[c] = 1; }
}

/** No blocked span (past any text offset, and still a small integer). */
const NO_SPAN = 0x3fffffff;

/**
 * Numbers in text[from, to), skipping numerals inside `blocked` spans (dates), which are sorted;
 * `profile` is the document's (src/core/profile.ts), whose layout some rules read.
 */
export function extractNumbers(text: string, from: number, to: number, blocked: readonly Span[],
  profile: DocumentProfile = EMPTY_PROFILE): NumberAnnotation[] {
  const out: Found = { list: [], layout: profile.layout, table: newTableState() };
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
    if (next >= 0 && INERT_AFTER_DIGIT[next] === 1 && cnDigitValue(c) >= 1 && !CLASSES.has(OPEN_QUOTE, i > 0 ? text.charCodeAt(i - 1) : -1)) { i++; continue; }
    if (c === Han.Shang && next !== Han.Wan && next !== Han.WanTraditional && next !== Han.Yi && next !== Han.YiTraditional
      && next !== Han.Thousand && next !== Han.Hundred) { i++; continue; }
    if ((c === Han.Fu || c === Han.FuTraditional) && !isNumeralChar(next)) { i++; continue; }
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
  if (c === Han.Shang) { return shangMagnitude(text, pos, prev, floor, limit, out); }
  // 万分之三 (a percent); 近万人, 超万亿元 (a bare magnitude bounded by a qualifier); never a bare 万 otherwise.
  if ((c === Han.Wan || c === Han.WanTraditional) && !(at(text, pos + 1, limit) === Han.Fen && at(text, pos + 2, limit) === Han.Zhi)) {
    return bareWan(text, pos, floor, limit, out);
  }
  // 近亿元, 超亿人
  if (c === Han.Yi || c === Han.YiTraditional) { return bareYi(text, pos, floor, limit, out); }
  // 半 starts only 半成 / 半百 style numerals.
  if (c === Han.Half) {
    const r = halfCheng(text, pos, floor, limit, out);
    if (r >= 0) { return r; }
    if (!isSmallUnit(at(text, pos + 1, limit))) { return pos + 1; }
  }
  // A sign only before a digit, and a hyphen only where it is not a range dash or a list dash.
  if (c === Ch.Hyphen || c === Ch.FullwidthHyphen) {
    if (digitValue(at(text, pos + 1, limit)) < 0 || isNumeralChar(prev) || isLatinAlnum(prev)) { return pos + 1; }
  }
  if ((c === Han.Fu || c === Han.FuTraditional) && !isNumeralChar(at(text, pos + 1, limit))) { return pos + 1; }

  // — 3 —, 第3页: a page-number line (§8); 第 650 次: a reference set apart from its 第.
  if (digitValue(c) >= 0) {
    const page = pageNumberLineEnd(text, pos, out.layout);
    if (page >= 0) { return page; }
    if (prev === Ch.Space || prev === Ch.NoBreakSpace) {
      const ref = spacedOrdinalEnd(text, pos, limit);
      if (ref >= 0) { return ref; }
    }
  }
  // Part of a name or code: PM2.5, C919, IPv6.
  const code = identifierBefore(text, pos, prev, limit);
  if (code >= 0) { return code; }
  // 一带一路, 四个意识; a short quoted slogan (“两个结合”, “五大工程”).
  const fixedEnd = fixedExpressionAt(text, pos, limit);
  if (fixedEnd > pos) { return fixedEnd; }
  if (CLASSES.has(OPEN_QUOTE, prev)) {
    const sloganEnd = quotedSloganEnd(text, pos, prev, limit);
    if (sloganEnd >= 0) { return sloganEnd; }
  }

  if (c === Han.Di) { return ordinal(text, pos, floor, limit, out); }
  // 几十个, 数百家, 好几万: a vague amount.
  if (CLASSES.has(VAGUE_BEFORE, prev)) {
    const vague = vagueAmountAt(text, pos, prev, limit);
    if (vague >= 0) { return vague; }
  }
  // 一些, 统一, 进一步: a lone Chinese digit before a character that no rule reads after a numeral
  // is never a number; decided by one table read, before any numeral scan.
  // So is a short Chinese numeral (十五, 二十三) there: no rule reads an inert character after it.
  if (cnDigitValue(c) >= 1 || c === Han.Ten || c === Han.TenFinancial) {
    const e = shortChineseEnd(text, pos, limit);
    if (e > 0 && e < limit && INERT_AFTER_DIGIT[text.charCodeAt(e)] === 1) { return e; }
  }

  const num = scanNumeral(text, pos, limit);
  if (!num) { return pos + 1; }
  if (num.core.tooLong || Number.isNaN(num.value)) { return skipRun(text, num.end, limit); }
  return afterNumeral(text, pos, floor, limit, out, num);
}
