// Explicit years and the year words (docs/annotation.md §2, §7): 2024年…, 二〇二四年…, 2021—2025年,
// 民國97年…, in a 民國 document 70年10月19日 and 102年度; 全年, 年底, 年末, 年初, 年内.
import { Ch, ROC_OFFSET, ROC_PREFIXES, WordList, charTable, codeIn, digitValue } from '../../text';
import { applySub, make, raw, type RawDate } from '../rawDate';
import { codeAt, gapEnd, isDateNumeral, partStart, readArabic, readCnYear, readSmall, RI, startsWithAt, unitAfter, YUE, type NumRead } from '../read';
import { flagsBefore, markDeadline, since } from '../marks';
import type { ScanContext } from '../scan/context';
import {
  BEFORE_WHOLE_YEAR_BLOCKERS, BEFORE_YEAR_WORD_BLOCKERS, RANGE_DASHES, ROC_BARE_YEAR_MIN, ROC_YEAR_AFTER_BLOCKERS, ROC_YEAR_BEFORE_BLOCKERS,
  CLAUSE_STOPS, WHOLE_YEAR_GOAL_WORDS,
} from '../words';
import { CHU_START, DI_BOTTOM, MO_END, isEdge } from './edges';
import { yearPart } from './yearParts';

const ROC = new WordList(ROC_PREFIXES);
const WHOLE_YEAR_GOALS = new WordList(WHOLE_YEAR_GOAL_WORDS);
const CLAUSE_STOP = charTable(CLAUSE_STOPS);
const RANGE_DASH_TABLE = charTable(RANGE_DASHES);
const ZHI = '至'.charCodeAt(0);
const NIAN = '年'.charCodeAt(0);

/** A year at i (digits or 二〇二四); with rocPrefixStart ≥ 0, the number after 民國 that starts there. */
export function parseYearDate(ctx: ScanContext, i: number, rocPrefixStart = -1): RawDate | null {
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
      if (!y || !isShortRocYear(ctx, y, i)) { return null; }
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
  // 102 年: a space between the number and 年 stays inside the span (docs/annotation.md §8).
  const afterYear = unitAfter(ctx, j, NIAN);
  if (afterYear < 0) { return null; }
  j = afterYear;
  if (startsWithAt(text, j, '度', limit)) { j++; }
  if (startsWithAt(text, j, '来', limit)) { return null; } // 2000年来 reads as a duration, not a year
  if (startsWithAt(text, j, '代', limit)) { return null; } // 1980年代 is a decade
  const fields = raw(false, 'calendar', 'explicit', 'year');
  fields.year = year;
  flagsBefore(ctx, fields, start);
  if (yearTo !== undefined) { fields.yearTo = yearTo; }
  else {
    // The part may stand after a space when it is a month (102 年 9 月 17 日), after a line break of
    // hard-wrapped text whatever it is (2019年⏎上半年).
    const at = ctx.wrapped ? gapEnd(ctx, j) : partStart(ctx, j);
    const part = yearPart(ctx, at, false);
    if (part) {
      applySub(fields, part);
      j = part.end;
      if (fields.part === 'same') { fields.relative = true; }
    }
  }
  markDeadline(ctx, fields, start, j);
  const end = since(ctx, j);
  if (end > j) { fields.since = true; fields.relative = true; }
  return make(ctx, start, end, fields);
}

/**
 * 70年10月19日, 102年度, 97年: a year of up to three digits is an ROC year only in a document its
 * profile dates in that era (docs/annotation.md §8). With a full 年月日 or 年度 any such year is;
 * a year alone or with its month only from ROC_BARE_YEAR_MIN on, and not where a word before or
 * after makes it a count of years (執政的8年當中, 有期徒刑3年10月, 滿50年).
 */
function isShortRocYear(ctx: ScanContext, y: NumRead, start: number): boolean {
  const { text, limit } = ctx;
  if (y.cn || y.len > 3 || y.value === 0 || !ctx.roc) { return false; }
  const after = unitAfter(ctx, y.end, NIAN);
  if (after < 0) { return false; }
  if (startsWithAt(text, after, '度', limit)) { return true; }
  const m = readArabic(text, partStart(ctx, after), limit, 2);
  const mEnd = m && m.value >= 1 && m.value <= 12 ? unitAfter(ctx, m.end, YUE) : -1;
  const d = mEnd >= 0 ? readArabic(text, partStart(ctx, mEnd), limit, 2) : null;
  if (d !== null && d.value >= 1 && d.value <= 31 && (unitAfter(ctx, d.end, RI) >= 0 || codeIn('（(', codeAt(text, d.end, limit)))) {
    return true;
  }
  if (y.value < ROC_BARE_YEAR_MIN) { return false; }
  return !codeIn(ROC_YEAR_BEFORE_BLOCKERS, codeAt(text, start - 1, limit)) && !codeIn(ROC_YEAR_AFTER_BLOCKERS, codeAt(text, after, limit));
}

/** 民國97年2月1日, 中華民國101年6月6（星期三）, 中華民國 102 年 (one space after the prefix). */
export function parseRocYear(ctx: ScanContext, i: number): RawDate | null {
  const p = ROC.at(ctx.text, i, ctx.limit);
  if (!p) { return null; }
  const k = i + p.length;
  return parseYearDate(ctx, k < ctx.limit && ctx.text.charCodeAt(k) === Ch.Space ? k + 1 : k, i);
}

/** Characters after 全年 read for a word of goals (全年经济增速具体目标). */
const GOAL_WINDOW = 16;

/** True when a word of goals follows in the clause at i (全年任务, 全年经济增速具体目标): bounded, to a clause stop. */
function goalInClause(text: string, i: number, limit: number): boolean {
  let stop = Math.min(limit, i + GOAL_WINDOW);
  for (let k = i; k < stop; k++) { if (CLAUSE_STOP[text.charCodeAt(k)] === 1) { stop = k; } }
  return WHOLE_YEAR_GOALS.occursIn(text, i, stop);
}

/** 全年, 年底, 年末, 年初, 年内 (year from context). */
export function parseYearWord(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (codeIn(BEFORE_YEAR_WORD_BLOCKERS, prev) || digitValue(prev) >= 0 || isDateNumeral(prev)) { return null; }
  if (startsWithAt(text, i, '全年', limit)) {
    if (codeIn(BEFORE_WHOLE_YEAR_BLOCKERS, prev)) { return null; }
    const r = raw(true, 'calendar', 'context', 'year');
    if (goalInClause(text, i + 2, limit)) { r.ownYear = true; }
    return make(ctx, i, i + 2, r);
  }
  if (startsWithAt(text, i, '年内', limit)) {
    return make(ctx, i, i + 2, raw(true, 'withinYear'));
  }
  if (text.charCodeAt(i) === NIAN && i + 1 < limit) {
    const e = text.charCodeAt(i + 1);
    if ((e === DI_BOTTOM || e === MO_END || e === CHU_START) && isEdge(e, text.charCodeAt(i + 2))) {
      const end = since(ctx, i + 2);
      const r = raw(true, 'calendar', 'context', e === CHU_START ? 'yearStart' : 'yearEnd');
      if (end > i + 2) { r.since = true; }
      flagsBefore(ctx, r, i);
      return make(ctx, i, end, r);
    }
  }
  return null;
}
