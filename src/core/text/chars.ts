// Character predicates over UTF-16 code units, each written once. A code of -1 or NaN (what a
// read past the end of the text gives) is never any of these.
import { Ch } from './codes';

/**
 * A blank inside a line: space, tab, the ideographic space, no-break space, BOM, zero-width space,
 * vertical tab and form feed. Line breaks are not blanks (see isWhitespace).
 */
export function isInlineSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.IdeographicSpace || c === Ch.NoBreakSpace
    || c === Ch.ByteOrderMark || c === Ch.ZeroWidthSpace || c === Ch.VerticalTab || c === Ch.FormFeed;
}

/** A line break: a line feed, or a carriage return (CRLF text, and the old Mac files that end lines with CR alone). */
export function isLineBreak(c: number): boolean {
  return c === Ch.LineFeed || c === Ch.CarriageReturn;
}

/** Everything a regular expression's \s matches, and the zero-width space: blanks and line breaks. */
export function isWhitespace(c: number): boolean {
  return (c >= Ch.Tab && c <= Ch.CarriageReturn) || c === Ch.Space || c === Ch.NoBreakSpace || c === 0x1680
    || (c >= 0x2000 && c <= Ch.ZeroWidthSpace) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === Ch.IdeographicSpace || c === Ch.ByteOrderMark;
}

/**
 * A Han ideograph as one code unit: CJK extension A, the unified ideographs, the compatibility
 * ideographs, and the high surrogates that open extensions B–F (so a rare character written as a
 * pair counts once, at its first unit).
 */
export function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}

/** A Han ideograph of the basic planes only (no surrogates): the test a character class table holds. */
export function isBmpHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** A–Z, a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A–Z, a–z and their full-width forms (Ａ–Ｚ, ａ–ｚ): letters of a Latin name such as ５Ｇ or IPv6. */
export function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** The value of an Arabic digit, half- or full-width (0–9, ０–９); -1 for anything else. */
export function digitValue(c: number): number {
  if (c >= Ch.Digit0 && c <= Ch.Digit9) { return c - Ch.Digit0; }
  if (c >= Ch.FullwidthDigit0 && c <= Ch.FullwidthDigit9) { return c - Ch.FullwidthDigit0; }
  return -1;
}

/** An Arabic digit, half- or full-width. */
export function isDigit(c: number): boolean {
  return digitValue(c) >= 0;
}

/** . or ．, the decimal point as written in either width. */
export function isDecimalPoint(c: number): boolean {
  return c === Ch.FullStop || c === Ch.FullwidthFullStop;
}

/** ： or :. */
export function isColon(c: number): boolean {
  return c === Ch.FullwidthColon || c === Ch.Colon;
}

/** The first unit of a surrogate pair. */
export function isHighSurrogate(c: number): boolean {
  return c >= Ch.HighSurrogateFirst && c <= Ch.HighSurrogateLast;
}

/** The dashes that join the ends of a range or open a subtitle: — ─ - － ― ⸺. */
export function isDash(c: number): boolean {
  return c === Ch.EmDash || c === Ch.BoxHorizontal || c === Ch.Hyphen || c === Ch.FullwidthHyphen
    || c === Ch.HorizontalBar || c === Ch.TwoEmDash;
}
