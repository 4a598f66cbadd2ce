// A calendar day as a reader types it where a date is asked for (the "Set Document Date…" prompt,
// the `policyLens.referenceDate` setting, the CLI's --reference-date): one parser, so every place
// accepts the same forms and says the same thing about the rest.
//
//   2025-07-15   2025-7-15   2025/07/15   2025.7.15   (one separator, the same both times)
//   2025年7月15日   2025年07月15号   二〇二五年七月十五日   民國114年7月15日
//   and all of them with full-width digits or separators (２０２５－０７－１５), spaces between the parts.
//
// Whatever is not one of these, or names no real calendar day (2025-02-30), is refused: the
// caller says so in its own words. Nothing here guesses: 20250715 or 7/15/2025 are refused.
import { isoDate, parseIso } from './dates';
import { cnSmallValue, digitValue, isInlineSpace, ROC_OFFSET, ROC_PREFIXES, writtenDigitValue } from './text';

/** The separators of the numeric form, ASCII and full-width (language data). */
const SEPARATORS = '-/.－／．';
/** The unit words of the written form: year, month, day (日, or 号/號 as people write it). */
const YEAR_MARK = '年';
const MONTH_MARK = '月';
const DAY_MARKS = '日号號';

/** A number read at `at`: Arabic digits (either width) or, when `written`, Chinese numerals. */
interface Read { value: number; end: number }

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isInlineSpace(s.charCodeAt(i))) { i++; }
  return i;
}

/** At most `max` Arabic digits (ASCII or full-width). */
function readDigits(s: string, i: number, max: number): Read | null {
  let v = 0;
  let j = i;
  while (j < s.length && j - i < max && digitValue(s.charCodeAt(j)) >= 0) { v = v * 10 + digitValue(s.charCodeAt(j)); j++; }
  if (j === i || (j < s.length && digitValue(s.charCodeAt(j)) >= 0)) { return null; }
  return { value: v, end: j };
}

/** The place words of small Chinese numbers (十一, 一百零五). */
const PLACE_WORDS = '十百';

/** A year, month or day in Chinese numerals: 二〇二五 (digit by digit), 七, 十二, 三十一, 一百一十四. */
function readWritten(s: string, i: number, max: number): Read | null {
  let j = i;
  while (j < s.length && j - i < max && (writtenDigitValue(s.charCodeAt(j)) >= 0 || PLACE_WORDS.includes(s[j]))) { j++; }
  if (j === i) { return null; }
  const value = cnSmallValue(s, i, j);
  return value < 0 ? null : { value, end: j };
}

function readNumber(s: string, i: number, max: number, written: boolean): Read | null {
  return readDigits(s, i, max) ?? (written ? readWritten(s, i, max) : null);
}

/** The year of the written form, with an ROC era prefix (民國114年 = 2025) when there is one. */
function readYear(s: string, i: number): Read | null {
  for (const prefix of ROC_PREFIXES) {
    if (s.startsWith(prefix, i)) {
      const y = readNumber(s, skipSpaces(s, i + prefix.length), 5, true);
      return y && y.value > 0 ? { value: y.value + ROC_OFFSET, end: y.end } : null;
    }
  }
  const y = readNumber(s, i, 4, true);
  return y && y.end - i === 4 ? y : null;
}

/** YYYY-MM-DD of the day `input` names, or null when it names none (see the forms above). */
export function parseDateInput(input: string): string | null {
  const s = input.trim();
  if (s.length === 0 || s.length > 40) { return null; }
  return numericForm(s) ?? writtenForm(s);
}

/** 2025-07-15, 2025/7/15, 2025.07.15: four-digit year, one separator used twice. */
function numericForm(s: string): string | null {
  const y = readDigits(s, 0, 4);
  if (!y || y.end !== 4) { return null; }
  let i = skipSpaces(s, y.end);
  const sep = s[i];
  if (sep === undefined || !SEPARATORS.includes(sep)) { return null; }
  const m = readDigits(s, skipSpaces(s, i + 1), 2);
  if (!m) { return null; }
  i = skipSpaces(s, m.end);
  if (s[i] !== sep) { return null; }
  const d = readDigits(s, skipSpaces(s, i + 1), 2);
  if (!d || skipSpaces(s, d.end) !== s.length) { return null; }
  return calendarDay(y.value, m.value, d.value);
}

/** 2025年7月15日, 二〇二五年七月十五日, 民國114年7月15日 (日 may be 号). */
function writtenForm(s: string): string | null {
  const y = readYear(s, 0);
  if (!y) { return null; }
  let i = skipSpaces(s, y.end);
  if (s[i] !== YEAR_MARK) { return null; }
  const m = readNumber(s, skipSpaces(s, i + 1), 2, true);
  if (!m) { return null; }
  i = skipSpaces(s, m.end);
  if (s[i] !== MONTH_MARK) { return null; }
  const d = readNumber(s, skipSpaces(s, i + 1), 3, true);
  if (!d) { return null; }
  i = skipSpaces(s, d.end);
  if (i >= s.length || !DAY_MARKS.includes(s[i]) || skipSpaces(s, i + 1) !== s.length) { return null; }
  return calendarDay(y.value, m.value, d.value);
}

function calendarDay(y: number, m: number, d: number): string | null {
  const iso = isoDate(y, m, d);
  return parseIso(iso) ? iso : null;
}
