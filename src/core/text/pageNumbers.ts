// Page-number lines (docs/annotation.md §8 "Text pasted from a PDF"): — 3 —, - 3 -, －3－, 第3页,
// 第 3 页 共 12 页, 3/12, and in hard-wrapped text a line holding a page number alone. They are
// neither numbers, dates nor sections: every recognizer that meets one skips it. Bounded: a page
// line is short, so nothing is read more than PAGE_LINE_MAX characters from the position asked about.
import { digitValue, isDash, isInlineSpace, isLineBreak } from './chars';
import { Ch } from './codes';

/** The longest page-number line, in characters, spaces included. */
const PAGE_LINE_MAX = 24;

/** A number alone on its line is a page number up to 999 (a longer one is more likely a year or a figure). */
const BARE_DIGITS_MAX = 3;

/** — – ‒ and the dashes of isDash: the rules around a page number. */
function isPageDash(c: number): boolean { return isDash(c) || c === 0x2013 || c === 0x2012; }

/** Past inline spaces from `i` up to `end`. */
function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isInlineSpace(text.charCodeAt(i))) { i++; }
  return i;
}

/** Past 1–4 digits from `i`, or -1 when none stand there. */
function skipPageDigits(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && k - i < 5 && digitValue(text.charCodeAt(k)) >= 0) { k++; }
  return k > i && k - i <= 4 ? k : -1;
}

/** 第 N 页 from `i` (spaces allowed inside); the end, or -1. */
function skipDiYe(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 0x7b2c) { return -1; } // 第
  const d = skipPageDigits(text, skipSpaces(text, i + 1, end), end);
  if (d < 0) { return -1; }
  const y = skipSpaces(text, d, end);
  return y < end && (text.charCodeAt(y) === 0x9875 || text.charCodeAt(y) === 0x9801) ? y + 1 : -1; // 页 頁
}

/** Whether text[s, e) (a trimmed line) is a page number; `bare`: a number alone counts too. */
function isPageNumberText(text: string, s: number, e: number, bare: boolean): boolean {
  const c = text.charCodeAt(s);
  if (isPageDash(c)) {
    let i = s + 1;
    if (i < e && isPageDash(text.charCodeAt(i))) { i++; }
    const d = skipPageDigits(text, skipSpaces(text, i, e), e);
    if (d < 0) { return false; }
    let k = skipSpaces(text, d, e);
    if (k >= e || !isPageDash(text.charCodeAt(k))) { return false; }
    k++;
    if (k < e && isPageDash(text.charCodeAt(k))) { k++; }
    return k === e;
  }
  const di = skipDiYe(text, s, e);
  if (di >= 0) {
    // 第3页 共12页, 第3页，共12页
    let k = skipSpaces(text, di, e);
    if (k === e) { return true; }
    const sep = text.charCodeAt(k);
    if (sep === Ch.Comma || sep === Ch.FullwidthComma || sep === Ch.Slash) { k = skipSpaces(text, k + 1, e); }
    if (k >= e || text.charCodeAt(k) !== 0x5171) { return false; } // 共
    const total = skipPageDigits(text, skipSpaces(text, k + 1, e), e);
    if (total < 0) { return false; }
    const y = skipSpaces(text, total, e);
    return y + 1 === e && (text.charCodeAt(y) === 0x9875 || text.charCodeAt(y) === 0x9801);
  }
  const d = skipPageDigits(text, s, e);
  if (d < 0) { return false; }
  if (d === e) { return bare && d - s <= BARE_DIGITS_MAX; }
  // 3/12, 3 / 12
  const k = skipSpaces(text, d, e);
  if (k >= e || (text.charCodeAt(k) !== Ch.Slash && text.charCodeAt(k) !== 0xff0f)) { return false; }
  return skipPageDigits(text, skipSpaces(text, k + 1, e), e) === e;
}

/**
 * The page-number line around `pos`, as [start, end) of the whole line without its line break,
 * or null when the line there is none. `bare`: a number alone on its line counts (hard-wrapped
 * text pasted from a PDF, where no other line is a lone number).
 */
export function pageNumberLineAround(text: string, pos: number, bare = false): { start: number; end: number } | null {
  let start = pos;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) {
    start--;
    if (pos - start > PAGE_LINE_MAX) { return null; }
  }
  let end = pos;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) {
    end++;
    if (end - start > PAGE_LINE_MAX) { return null; }
  }
  return isPageNumberLine(text, start, end, bare) ? { start, end } : null;
}

/**
 * Whether the line [start, end) (without its line break) is a page-number line; `bare`: a number
 * alone counts too (up to three digits).
 */
export function isPageNumberLine(text: string, start: number, end: number, bare = true): boolean {
  if (end - start > PAGE_LINE_MAX) { return false; }
  const s = skipSpaces(text, start, end);
  let e = end;
  while (e > s && (isInlineSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === Ch.CarriageReturn)) { e--; }
  return s < e && isPageNumberText(text, s, e, bare);
}
