// Full numeric dates (docs/annotation.md §2): 2024-09-02, 2024.9.2, 2024/09/02 — a year of four
// digits, a valid month and day, one separator throughout.
import { Ch, codeIn, digitValue, isDecimalPoint } from '../../text';
import { daysInMonth } from '../calendar/iso';
import { make, raw, type RawDate } from '../rawDate';
import { readArabic } from '../read';
import type { ScanContext } from '../scan/context';
import { ISO_SEPARATORS } from '../words';

/** 2024-09-02 at i. */
export function parseIsoDate(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  const y = readArabic(text, i, limit, 4);
  if (!y || y.len !== 4 || y.value < 1900 || y.value > 2100 || y.end >= limit) { return null; }
  const sep = text.charCodeAt(y.end);
  if (!codeIn(ISO_SEPARATORS, sep)) { return null; }
  const m = readArabic(text, y.end + 1, limit, 2);
  if (!m || m.value < 1 || m.value > 12 || text.charCodeAt(m.end) !== sep) { return null; }
  const d = readArabic(text, m.end + 1, limit, 2);
  if (!d || d.value < 1 || d.value > daysInMonth(y.value, m.value)) { return null; }
  const next = d.end < limit ? text.charCodeAt(d.end) : -1;
  if (next === sep || isDecimalPoint(next) || next === Ch.Percent || next === Ch.FullwidthPercent || digitValue(text.charCodeAt(d.end)) >= 0) { return null; }
  const r = raw(false, 'calendar', 'explicit', 'days');
  r.year = y.value; r.month = m.value; r.day = d.value;
  return make(ctx, i, d.end, r);
}
