// Markers at a line start (docs/annotation.md §4 "point", "chapter, article"): 第一章 headings and
// the point markers 第一条, 第一，, 一是, 一、, （一）, (1), ①, ⑴, 1. 1、 1). The readers are
// registered by the first character of their marker; a new marker form is one reader registered
// here (and its family in families.ts).
import { Ch, cnSmallValue, CODE_UNITS, digitsValue, digitValue, isHan, isInlineSpace, WordList } from '../text';
import { ARTICLE_WORD, CHAR_CLASS, CHAR_MARK, CLOSING, CN_NUMERAL, Han, has, NOT_AFTER_ARTICLE_MARK } from './chars';
import { SHORT_LINE_MAX } from './limits';
import { CHAPTER_WORDS } from './lineWords';
import type { Marker } from './types';

const CHAPTER = new WordList(CHAPTER_WORDS.map(([w]) => w));
const CHAPTER_STYLE: ReadonlyMap<string, number> = new Map(CHAPTER_WORDS);

/** A chapter heading read at a line start: its section style and its marker. */
export interface Chapter { style: number; marker: Marker }

/**
 * 第一章, 第二节, 第三部分 at `p` of a line t[…, te) of `len` units: a section when the line is
 * short and has no closing punctuation (CHAPTER_WORDS gives the style), else null.
 */
export function chapterAt(t: string, p: number, te: number, len: number): Chapter | null {
  if (t.charCodeAt(p) !== Han.Di) { return null; }
  const q = diNumeralEnd(t, p, te);
  if (q < 0) { return null; }
  const word = CHAPTER.at(t, q, t.length);
  if (word === null || len > SHORT_LINE_MAX || hasClosing(t, p, te)) { return null; }
  return { style: CHAPTER_STYLE.get(word) ?? 0, marker: { family: 'tiao', ord: diOrdinal(t, p, q), start: p, end: q + word.length } };
}

/** The point marker at `p` of a line ending at `te`, or null. */
export function markerAt(t: string, p: number, te: number): Marker | null {
  const reader = READER_OF[t.charCodeAt(p)];
  return reader === 0 ? null : READERS[reader](t, p, te);
}

/** Whether a point marker may start with code unit `c` (a reader is registered for it). */
export function startsMarker(c: number): boolean {
  return READER_OF[c] !== 0;
}

type Reader = (t: string, p: number, te: number) => Marker | null;

/** Readers by index (0: none), and the index of the reader of each first character. */
const READERS: Reader[] = [() => null];
const READER_OF = new Uint8Array(CODE_UNITS);
const firstChars: string[] = [];
function register(codes: readonly number[], reader: Reader): void {
  READERS.push(reader);
  for (const c of codes) { READER_OF[c] = READERS.length - 1; firstChars.push(String.fromCharCode(c)); }
}
function codes(chars: string): number[] {
  return [...chars].map((ch) => ch.charCodeAt(0));
}
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** 第一条 (an article of a regulation, followed by a blank or its text), 第一， (a point). */
register([Han.Di], (t, p, te) => {
  const q = diNumeralEnd(t, p, te);
  if (q < 0 || CHAPTER.at(t, q, t.length) !== null) { return null; } // a chapter (chapterAt), or a long line cited
  const ord = diOrdinal(t, p, q);
  const w = t.charCodeAt(q);
  if ((CHAR_MARK[w] & ARTICLE_WORD) !== 0) {
    const f = q + 1 < te ? t.charCodeAt(q + 1) : Ch.Space;
    if (isInlineSpace(f) || (isHan(f) && (CHAR_MARK[f] & NOT_AFTER_ARTICLE_MARK) === 0)) {
      return { family: 'tiao', ord, start: p, end: q + 1 };
    }
    return null;
  }
  if (w === Ch.FullwidthComma || w === Ch.IdeographicComma || w === Ch.Comma) { return { family: 'di', ord, start: p, end: q + 1 }; }
  return null;
});

/** 一是 (not 一是一，二是二), 一、 and 一． (not a list of numbers 一、二、三). */
register(codes('〇零一二三四五六七八九十'), (t, p, te) => {
  const c = t.charCodeAt(p);
  let q = p;
  while (q < te && q < p + 4 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
  const ord = cnSmallValue(t, p, q);
  if (ord <= 0 || q >= te) { return null; }
  const w = t.charCodeAt(q);
  if (w === Han.Shi) {
    if (q + 1 < te && t.charCodeAt(q + 1) === c) { return null; } // 一是一，二是二
    return { family: 'shi', ord, start: p, end: q + 1 };
  }
  if (w === Ch.IdeographicComma || w === Ch.FullwidthFullStop) {
    const f = q + 1 < te ? t.charCodeAt(q + 1) : 0;
    if (has(CN_NUMERAL, f) && q + 2 < te && (t.charCodeAt(q + 2) === Ch.IdeographicComma || has(CN_NUMERAL, t.charCodeAt(q + 2)))) { return null; }
    return { family: 'dun', ord, start: p, end: q + 1 };
  }
  return null;
});

register([Ch.FullwidthOpenParen, Ch.OpenParen], parenNumber);

/** ① … ⑳ */
register(range(Ch.CircledOne, Ch.CircledTwenty), (t, p) => ({ family: 'circled', ord: t.charCodeAt(p) - Ch.CircledOne + 1, start: p, end: p + 1 }));

/** ⑴ … ⒇ */
register(range(Ch.ParenthesizedOne, Ch.ParenthesizedTwenty), (t, p) => ({ family: 'parenAr', ord: t.charCodeAt(p) - Ch.ParenthesizedOne + 1, start: p, end: p + 1 }));

/** 1. 1、 1． and 1) 1）: up to three digits, not a number (1.5, 12%) nor 0. */
register([...range(Ch.Digit0, Ch.Digit9), ...range(Ch.FullwidthDigit0, Ch.FullwidthDigit9)], (t, p, te) => {
  let q = p;
  let v = 0;
  while (q < te && q < p + 4 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
  if (q - p > 3 || q >= te || v === 0) { return null; }
  const w = t.charCodeAt(q);
  const f = q + 1 < te ? t.charCodeAt(q + 1) : Ch.Space;
  if (digitValue(f) >= 0 || f === Ch.Percent || f === Ch.FullwidthPercent) { return null; }
  if (w === Ch.IdeographicComma || w === Ch.FullStop || w === Ch.FullwidthFullStop) { return { family: 'arabic', ord: v, start: p, end: q + 1 }; }
  if (w === Ch.CloseParen || w === Ch.FullwidthCloseParen) { return { family: 'rparen', ord: v, start: p, end: q + 1 }; }
  return null;
});

/** The characters a point marker may start with (those startsMarker holds for). */
export const MARKER_FIRST_CHARS = firstChars.join('');

/** （一） / (1) at `p`. */
export function parenNumber(t: string, p: number, te: number): Marker | null {
  let q = p + 1;
  if (q >= te) { return null; }
  if (has(CN_NUMERAL, t.charCodeAt(q))) {
    while (q < te && q < p + 6 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
    const ord = cnSmallValue(t, p + 1, q);
    const cl = q < te ? t.charCodeAt(q) : 0;
    if (ord > 0 && (cl === Ch.FullwidthCloseParen || cl === Ch.CloseParen)) { return { family: 'parenCn', ord, start: p, end: q + 1 }; }
    return null;
  }
  let v = 0;
  while (q < te && q < p + 4 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
  const cl = q < te ? t.charCodeAt(q) : 0;
  if (q > p + 1 && v > 0 && (cl === Ch.FullwidthCloseParen || cl === Ch.CloseParen)) { return { family: 'parenAr', ord: v, start: p, end: q + 1 }; }
  return null;
}

/**
 * End of the ordinal after 第 at `p` (第十二, 第12), when a word follows it inside the line;
 * -1 when there is no ordinal or nothing after it.
 */
function diNumeralEnd(t: string, p: number, te: number): number {
  let q = p + 1;
  while (q < te && q < p + 7 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
  if (q === p + 1) { // 第1条
    while (q < te && q < p + 5 && digitValue(t.charCodeAt(q)) >= 0) { q++; }
    if (q === p + 1) { return -1; }
  }
  return q < te ? q : -1;
}

/** The value of the ordinal t[p + 1, q) after 第 (diNumeralEnd gave q). */
function diOrdinal(t: string, p: number, q: number): number {
  return has(CN_NUMERAL, t.charCodeAt(p + 1)) ? cnSmallValue(t, p + 1, q) : digitsValue(t, p + 1, q);
}

/** Whether t[from, to) holds a closing punctuation mark. */
export function hasClosing(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) { if ((CHAR_CLASS[t.charCodeAt(i)] & CLOSING) !== 0) { return true; } }
  return false;
}
