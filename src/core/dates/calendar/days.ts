// The days and ranges of one analysis (docs/architecture.md). Most dates of a document resolve to
// a handful of ranges (今年, 去年, 上半年…), so an equal day is one string and an equal range one
// frozen object, shared by every annotation that holds it (nobody mutates a resolved range).
import type { DateRange } from '../../types';
import { daysInMonth, isoDate, parseIso } from './iso';

const ISO_SLOTS = 1024;
const RANGE_SLOTS = 512;

export class Days {
  // Direct-mapped caches (a slot per key's low bits; a clash replaces the slot): cheaper than a Map per
  // lookup, and bounded whatever the document.
  private readonly isoKeys = new Int32Array(ISO_SLOTS).fill(-1);
  private readonly isoStrings: string[] = new Array<string>(ISO_SLOTS).fill('');
  private readonly ranges: (DateRange | null)[] = new Array<DateRange | null>(RANGE_SLOTS).fill(null);

  /** isoDate(y, m, d), built once per day. */
  iso(y: number, m: number, d: number): string {
    // Only real calendar fields have a key (m < 16, d < 32); anything else is built as before.
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 0 && y <= 9999 && (y | 0) === y && (m | 0) === m && (d | 0) === d)) { return isoDate(y, m, d); }
    const key = (y << 9) | (m << 5) | d;
    const slot = (key ^ (key >>> 9)) & (ISO_SLOTS - 1);
    if (this.isoKeys[slot] === key) { return this.isoStrings[slot]; }
    const s = isoDate(y, m, d);
    this.isoKeys[slot] = key;
    this.isoStrings[slot] = s;
    return s;
  }

  range(start: string, end: string): DateRange {
    // The slot from the digits of year, month and day of both ends (YYYY-MM-DD; any other string hashes too).
    const h = start.charCodeAt(3) * 1009 + start.charCodeAt(6) * 131 + start.charCodeAt(9) * 31 + start.charCodeAt(8) * 7
      + end.charCodeAt(6) * 17 + end.charCodeAt(9) * 3 + end.charCodeAt(8) * 5 + end.charCodeAt(3);
    const slot = (h | 0) & (RANGE_SLOTS - 1);
    const r0 = this.ranges[slot];
    if (r0 !== null && r0.start === start && r0.end === end) { return r0; }
    const r: DateRange = Object.freeze({ start, end });
    this.ranges[slot] = r;
    return r;
  }

  day(y: number, m: number, d: number): DateRange { const s = this.iso(y, m, d); return this.range(s, s); }
}

/** The day n days after iso (before it for negative n). */
export function addDays(days: Days, iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) { return iso; }
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return days.iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The same calendar day n years later (29 Feb → 28 Feb). */
export function shiftYears(days: Days, iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) { return iso; }
  const y = p.y + n;
  return days.iso(y, p.m, Math.min(p.d, daysInMonth(y, p.m)));
}

export function yearRange(days: Days, y: number, y2 = y): DateRange { return days.range(days.iso(y, 1, 1), days.iso(y2, 12, 31)); }
export function monthRange(days: Days, y: number, m: number, m2 = m): DateRange { return days.range(days.iso(y, m, 1), days.iso(y, m2, daysInMonth(y, m2))); }
export function dayRange(days: Days, y: number, m: number, d: number): DateRange { return days.day(y, m, Math.min(d, daysInMonth(y, m))); }
