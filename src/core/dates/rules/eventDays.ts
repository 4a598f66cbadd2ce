// Events named by their date and festivals (docs/annotation.md §2, §7): “12·21”事故 (quoted, the
// quotes in the span), 7·20特大暴雨 (unquoted, before an event word); 元旦, 春节, 国庆节 …
import { CLOSE_QUOTES, OPEN_QUOTES, WordList, WordTable, codeIn } from '../../text';
import { FESTIVALS } from '../festivals';
import { make, raw, type RawDate } from '../rawDate';
import { readArabic } from '../read';
import type { ScanContext } from '../scan/context';
import { EVENT_DOTS, EVENT_WORDS, MONTH_DAY_DOTS } from '../words';

/** Festivals by name, longest first (国庆节 before 国庆). */
export const FESTIVAL_TABLE = new WordTable(FESTIVALS);
const EVENT_WORD_LIST = new WordList(EVENT_WORDS);

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

/** 元旦, 春节, 国庆节 …: the festival of the year in context (its next occurrence when bare). */
export function parseFestival(ctx: ScanContext, i: number): RawDate | null {
  const f = FESTIVAL_TABLE.rowAt(ctx.text, i, ctx.limit);
  if (!f) { return null; }
  const r = raw(true, 'calendar', 'relative', 'festival');
  r.yearOffset = 0; r.festival = f.word;
  return make(ctx, i, i + f.word.length, r);
}
