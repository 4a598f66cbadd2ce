// Events named by their date and festivals (docs/annotation.md §2, §7): “12·21”事故 (quoted, the
// quotes in the span), 7·20特大暴雨 (unquoted, before an event word); 元旦, 春节, 国庆节 …, and the
// named holidays (国庆假期, 十一国庆假期).
import { CLOSE_QUOTES, OPEN_QUOTES, WordList, WordTable, codeIn, digitValue, isLineBreak } from '../../text';
import { EVERY_YEAR_WORDS, FESTIVALS, HOLIDAY_NICKNAMES, HOLIDAY_SUFFIXES, MULTI_YEAR_OPENERS } from '../festivals';
import { make, raw, type RawDate } from '../rawDate';
import { isDateNumeral, readArabic, readSmall, startsWithAt } from '../read';
import type { ScanContext } from '../scan/context';
import { EVENT_DOTS, EVENT_WORDS, MONTH_DAY_DOTS } from '../words';

/** Festivals by name, longest first (国庆节 before 国庆). */
export const FESTIVAL_TABLE = new WordTable(FESTIVALS);
const EVENT_WORD_LIST = new WordList(EVENT_WORDS);
const NICKNAME_TABLE = new WordTable(HOLIDAY_NICKNAMES);
const HOLIDAY_SUFFIX = new WordList(HOLIDAY_SUFFIXES);
const EVERY_YEAR = new WordList(EVERY_YEAR_WORDS);
const MULTI_YEAR = new WordList(MULTI_YEAR_OPENERS);
const NIAN = '年'.charCodeAt(0);
const LAI = '来'.charCodeAt(0);
const LAI_T = '來'.charCodeAt(0);

/** “12·21”事故 or 7·20特大暴雨: an event named by its month and day. */
export function parseEventLabel(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const quoted = codeIn(OPEN_QUOTES, text.charCodeAt(i));
  const m = readArabic(text, quoted ? i + 1 : i, limit, 2);
  if (!m || m.value < 1 || m.value > 12 || m.end >= limit) { return null; }
  // Unquoted, only the middle dot: 7.20 is a decimal.
  if (!codeIn(quoted ? MONTH_DAY_DOTS : EVENT_DOTS, text.charCodeAt(m.end))) { return null; }
  const d = readArabic(text, m.end + 1, limit, 2);
  if (!d || d.value < 1 || d.value > 31 || d.end >= limit) { return null; }
  if (quoted) {
    if (!codeIn(CLOSE_QUOTES, text.charCodeAt(d.end))) { return null; }
    const r = raw(true, 'event');
    r.month = m.value; r.day = d.value;
    return make(ctx, i, d.end + 1, r);
  }
  if (EVENT_WORD_LIST.at(text, d.end, limit) === null) { return null; }
  const r = raw(true, 'event');
  r.month = m.value; r.day = d.value;
  return make(ctx, i, d.end, r);
}

/** The end of a holiday word at i (国庆假期: 假期), or i when there is none. */
export function holidaySuffixEnd(text: string, i: number, limit: number): number {
  const w = HOLIDAY_SUFFIX.at(text, i, limit);
  return w === null ? i : i + w.length;
}

/**
 * 元旦, 春节, 国庆节 …: the festival's next occurrence; with a holiday word after it (国庆假期,
 * 春节长假) or named by its short name (十一假期, 十一国庆假期, 五一小长假) the whole holiday. A festival
 * in a line about every year or many years (每年春节前后, 过去10年国庆长假前) is no date.
 */
export function parseFestival(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  let name: string;
  let j: number;
  const f = FESTIVAL_TABLE.rowAt(text, i, limit);
  if (f) { name = f.word; j = i + f.word.length; } else {
    const nick = NICKNAME_TABLE.rowAt(text, i, limit);
    if (!nick) { return null; }
    j = i + nick.word.length;
    const named = FESTIVAL_TABLE.rowAt(text, j, limit);
    if (named) { name = named.word; j += named.word.length; } else {
      name = nick.festival;
      if (holidaySuffixEnd(text, j, limit) === j) { return null; } // 十一 alone is a number
    }
  }
  const end = holidaySuffixEnd(text, j, limit);
  if (inEveryYearLine(text, i)) { return null; }
  const r = raw(true, 'calendar', 'relative', end > j ? 'holiday' : 'festival');
  r.yearOffset = 0; r.festival = name; r.next = true;
  return make(ctx, i, end, r);
}

/** How far back in its line a festival is read for words of every year (每年, 过去10年). */
const EVERY_YEAR_WINDOW = 160;

/** True when the line before i, within EVERY_YEAR_WINDOW, speaks of every year or of many years. */
function inEveryYearLine(text: string, i: number): boolean {
  let floor = i;
  while (floor > 0 && i - floor < EVERY_YEAR_WINDOW && !isLineBreak(text.charCodeAt(floor - 1))) { floor--; }
  if (EVERY_YEAR.occursIn(text, floor, i)) { return true; }
  // 过去10年, 近5年, 十年来: a count of two years or more.
  for (let k = floor; k < i; k++) {
    if (text.charCodeAt(k) !== NIAN) { continue; }
    let s = k;
    while (s > floor && k - s < 4 && (digitValue(text.charCodeAt(s - 1)) >= 0 || isDateNumeral(text.charCodeAt(s - 1)))) { s--; }
    if (s === k) { continue; }
    const n = readSmall(text, s, k, 3);
    if (!n || n.end !== k || n.value < 2) { continue; }
    const after = text.charCodeAt(k + 1);
    if (MULTI_YEAR.endingAt(text, s, Math.max(floor, s - 2)) !== null || after === LAI || after === LAI_T || startsWithAt(text, k + 1, '以来', i)) { return true; }
  }
  return false;
}
