// Periods and points counted back from the document date (docs/annotation.md §2, §7): 过去一年
// (the year under review), 过去10年 (the calendar years before the document's), 过去十年来 (a
// duration like 十年来), 过去48小时 / 过去7天 / 过去两周 (a period ending at the document date); and
// the points 20年前, 一周前.
import { WordList, WordTable, codeIn } from '../../text';
import { make, raw, type RawDate } from '../rawDate';
import { codeAt, readSmall, startsWithAt, type NumRead } from '../read';
import type { ScanContext } from '../scan/context';
import { AFTER_AGO_BLOCKERS, AGO_UNITS, APPROXIMATE_MARKS, BACK_UNITS, BEFORE_AGO_BLOCKERS, PAST_WORDS } from '../words';

const PAST = new WordList(PAST_WORDS);
const BACK = new WordTable(BACK_UNITS);
const AGO = new WordTable(AGO_UNITS);
const NIAN = '年'.charCodeAt(0);
const QIAN = '前'.charCodeAt(0);

/** A count (1–999, digits or numerals) at i, with 多/余 after it (approximate). */
function countAt(text: string, i: number, limit: number): { n: NumRead; end: number; approx: boolean } | null {
  const n = readSmall(text, i, limit, 3);
  if (!n || n.value < 1) { return null; }
  const approx = codeIn(APPROXIMATE_MARKS, codeAt(text, n.end, limit));
  return { n, end: approx ? n.end + 1 : n.end, approx };
}

/** 过去一年, 过去N年, 过去N年来, 过去48小时, 过去7天, 过去两周 (i at 过去). */
export function parsePast(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const w = PAST.at(text, i, limit);
  if (!w) { return null; }
  const c = countAt(text, i + w.length, limit);
  if (!c) { return null; }
  const count = c.approx ? null : c.n.value;
  let k = c.end;
  if (codeAt(text, k, limit) === NIAN) {
    k++;
    if (startsWithAt(text, k, '以来', limit)) { k += 2; } else if (startsWithAt(text, k, '来', limit) || startsWithAt(text, k, '來', limit)) { k++; } else {
      if (count === 1) {
        // 过去一年: the year before the document's, the year under review of a report.
        const r = raw(true, 'calendar', 'relative', 'year');
        r.yearOffset = -1;
        return make(ctx, i, k, r);
      }
      const r = raw(true, 'lastYears');
      r.years = count;
      return make(ctx, i, k, r);
    }
    const r = raw(true, 'duration');
    r.years = count;
    return make(ctx, i, k, r);
  }
  const unit = BACK.rowAt(text, k, limit);
  if (!unit) { return null; }
  const r = raw(true, 'duration');
  r.days = count === null ? null : Math.ceil((count * unit.hours) / 24);
  return make(ctx, i, k + unit.word.length, r);
}

/** 20年前, 二十多年前, 一周前, 两个星期前: a point before the document date (i at the count). */
export function parseAgo(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  if (codeIn(BEFORE_AGO_BLOCKERS, codeAt(text, i - 1, limit))) { return null; }
  const c = countAt(text, i, limit);
  if (!c) { return null; }
  const count = c.approx ? null : c.n.value;
  let k = c.end;
  let years = true;
  let hours = 0;
  if (codeAt(text, k, limit) === NIAN) { k++; } else {
    const unit = AGO.rowAt(text, k, limit);
    if (!unit) { return null; }
    years = false;
    hours = unit.hours;
    k += unit.word.length;
  }
  if (codeAt(text, k, limit) !== QIAN || codeIn(AFTER_AGO_BLOCKERS, codeAt(text, k + 1, limit))) { return null; }
  const r = raw(true, 'ago');
  if (years) { r.years = count; } else { r.days = count === null ? null : (count * hours) / 24; }
  return make(ctx, i, k + 1, r);
}
