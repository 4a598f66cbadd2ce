// Days and weeks relative to the document date (docs/annotation.md §2, §7, §8 "Press conferences"):
// 今天, 昨天, 前天, 明天 with a part of the day after them (今天上午); 上周, 本周, 下周 with a weekday
// (上周三) or the weekend (上周末) after them. Resolved in resolve/shapes.ts.
import { OPEN_QUOTES, WordTable, codeIn } from '../../text';
import { make, raw, type RawDate } from '../rawDate';
import { codeAt } from '../read';
import { flagsBefore } from '../marks';
import type { ScanContext } from '../scan/context';
import { MO_END } from './edges';
import { partOfDayEnd } from './partOfDay';
import {
  AFTER_RELATIVE_DAY_BLOCKERS, AFTER_RELATIVE_WEEK_BLOCKERS, BEFORE_RELATIVE_DAY_OPENERS, BEFORE_RELATIVE_WEEK_BLOCKERS, CLAUSE_STOPS,
  RELATIVE_DAYS, RELATIVE_WEEKS,
} from '../words';

const DAY_TABLE = new WordTable(RELATIVE_DAYS);
const WEEK_TABLE = new WordTable(RELATIVE_WEEKS);
/** Where a clause opens: after a stop, an opening bracket or quotation mark. */
const CLAUSE_OPENERS = CLAUSE_STOPS + '（(【[《' + OPEN_QUOTES;
/** Weekdays after a week word, Monday 1 … Sunday 7 (上周三, 本周日). */
const WEEKDAYS = '一二三四五六日';

/**
 * 今天, 昨天, 前天, 明天 (i at the word). The day when a part of the day follows, when it opens a
 * clause or follows a time word (截至今天, 从今天起); elsewhere in a clause (我今天在野, 美好的明天)
 * it is the speaker's "now" or "the future", no date.
 */
export function parseRelativeDay(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const w = DAY_TABLE.rowAt(text, i, limit);
  if (!w) { return null; }
  const k = i + w.word.length;
  const fields = raw(true, 'dayRel');
  fields.days = w.value;
  const end = partOfDayEnd(ctx, k, fields);
  if (end === k) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const opens = prev < 0 || codeIn(CLAUSE_OPENERS, prev) || codeIn(BEFORE_RELATIVE_DAY_OPENERS, prev);
    if (!opens || codeIn(AFTER_RELATIVE_DAY_BLOCKERS, codeAt(text, k, limit))) { return null; }
  }
  flagsBefore(ctx, fields, i);
  return make(ctx, i, end, fields);
}

/** 上周, 本周, 下周 (上星期, 下个星期 …), with a weekday (本周五) or the weekend (上周末) after it. */
export function parseRelativeWeek(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const w = WEEK_TABLE.rowAt(text, i, limit);
  if (!w || (i > 0 && codeIn(BEFORE_RELATIVE_WEEK_BLOCKERS, text.charCodeAt(i - 1)))) { return null; }
  let k = i + w.word.length;
  const next = codeAt(text, k, limit);
  if (codeIn(AFTER_RELATIVE_WEEK_BLOCKERS, next)) { return null; }
  const fields = raw(true, 'weekRel');
  fields.days = 7 * w.value;
  const day = next >= 0 ? WEEKDAYS.indexOf(text[k]) : -1;
  if (day >= 0) {
    fields.day = day + 1; k++;
    k = partOfDayEnd(ctx, k, fields);
  } else if (next === MO_END) {
    fields.day = 6; fields.dayTo = 7; k++;
  }
  flagsBefore(ctx, fields, i);
  return make(ctx, i, k, fields);
}
