// The outline's character classes, as bit flags of typed-array tables over UTF-16 code units: a
// scan costs one lookup per character. The classes are the outline's own (what closes a sentence,
// what may precede a list marker); the predicates they are built from are the kernel's.
import { Ch, CODE_UNITS, defineClass, digitValue, isAsciiLetter, isHan, isInlineSpace } from '../text';
import { LABEL_BULLETS, NAME_DOTS, SURNAMES } from './labelWords';
import {
  DATE_LINE_CHARS, DATE_UNITS_AFTER_MARKER, DATELINE_NEWS_WORDS, NOT_AFTER_ARTICLE, REGULATION_ARTICLE_WORDS,
} from './lineWords';

/** Han characters the outline tests one at a time (the kernel's Ch names punctuation). */
export const enum Han {
  /** 第, before an ordinal */
  Di = 0x7b2c,
  /** 的, before a title's document type (…的规定) */
  De = 0x7684,
  /** 是, as in 一是 */
  Shi = 0x662f,
  /** 百 */
  Hundred = 0x767e,
  /** 两 */
  Liang = 0x4e24,
  /** 年 */
  Year = 0x5e74,
  /** 月 */
  Month = 0x6708,
  /** 日 */
  Day = 0x65e5,
  /** 版, a newspaper page */
  Page = 0x7248,
  /** 字, as in 字第 of a document number */
  Zi = 0x5b57,
  /** 在, as in 2024年3月5日在…会议上 */
  Zai = 0x5728,
}

/** Chinese numerals of list markers and ordinals (一、, 第十二条, （二十）). */
const CN_NUMERALS = '〇零一二三四五六七八九十百两';
/** Chinese digits a line may start with (an issuer line does not: see features.ts). */
const CN_DIGITS = '〇零一二三四五六七八九';
const ARABIC_DIGITS = '0123456789０１２３４５６７８９';

// ---- CHAR_CLASS: sixteen classes in one Uint16Array --------------------------------------

/** Closes a sentence: a line ending in one is no heading. */
export const CLOSING = 1;
/** Ends a node's name (docs/annotation.md §4: up to the first ，。；：？！). */
export const CLAUSE_STOP = 2;
/** Closing quotes and brackets a line may end with after its last real character. */
export const TRAILING_WRAP = 4;
/** A line ending in one runs on (，、：—（“《). */
export const OPEN_TAIL = 8;
/** May stand before a point marker inside a paragraph (一是 after ，or a space). */
export const PREV_POINT_OK = 16;
/** May stand before a 1. or （1） marker inside a paragraph (after ：；。). */
export const PREV_LIST_OK = 32;
export const CN_NUMERAL = 64;
/** May start a point marker (第, a numeral, a bracket, ①). */
export const POINT_START = 128;
export const LABEL_BULLET = 256;
/** What a date-only line is made of. */
export const DATE_LINE = 512;
export const DATE_NUMERAL = 1024;
/** Starts a common surname. */
export const SURNAME = 2048;
/** The characters isDateline reacts to: ，。, 月 日 讯 訊 电 電. */
export const DATELINE_CHAR = 4096;
/** Counted by the heading test: Han characters and ASCII letters, bits 8192 and 16384, shifted for a branch-free count. */
export const HAN_SHIFT = 13;
export const ASCII_SHIFT = 14;
/** What a label is written with (blanks, Han characters, ASCII letters and digits, · * _ ・). */
export const LABEL_CHAR = 32768;

export const CHAR_CLASS = new Uint16Array(CODE_UNITS);
defineClass(CHAR_CLASS, '。！？；…!?;', CLOSING);
defineClass(CHAR_CLASS, '，。；：？！,;:?!', CLAUSE_STOP);
defineClass(CHAR_CLASS, '”’」』）)】》"\'〕]］', TRAILING_WRAP);
defineClass(CHAR_CLASS, '，、,：:—-（(“《', OPEN_TAIL);
defineClass(CHAR_CLASS, '，。；：！？、,.;:!?“”‘’「」『』（）()【】《》 \t\u3000—', PREV_POINT_OK);
defineClass(CHAR_CLASS, '：；。:;', PREV_LIST_OK);
defineClass(CHAR_CLASS, CN_NUMERALS, CN_NUMERAL);
defineClass(CHAR_CLASS, '第' + CN_DIGITS + '十（(' + ARABIC_DIGITS, POINT_START);
for (let c = Ch.CircledOne; c <= Ch.CircledTwenty; c++) { CHAR_CLASS[c] |= POINT_START; }
defineClass(CHAR_CLASS, LABEL_BULLETS, LABEL_BULLET);
defineClass(CHAR_CLASS, DATE_LINE_CHARS, DATE_LINE);
defineClass(CHAR_CLASS, ARABIC_DIGITS + '〇○零一二三四五六七八九十', DATE_NUMERAL);
defineClass(CHAR_CLASS, SURNAMES, SURNAME);
defineClass(CHAR_CLASS, '，。,月日' + DATELINE_NEWS_WORDS, DATELINE_CHAR);
for (let c = 0; c < CODE_UNITS; c++) {
  if (isHan(c)) { CHAR_CLASS[c] |= 1 << HAN_SHIFT; } else if (isAsciiLetter(c)) { CHAR_CLASS[c] |= 1 << ASCII_SHIFT; }
  if (isInlineSpace(c) || isHan(c) || isAsciiLetter(c) || digitValue(c) >= 0) { CHAR_CLASS[c] |= LABEL_CHAR; }
}
defineClass(CHAR_CLASS, NAME_DOTS + '*_', LABEL_CHAR);

/** Whether code unit `c` is in the class `flag` of CHAR_CLASS. */
export function has(flag: number, c: number): boolean {
  return (CHAR_CLASS[c] & flag) !== 0;
}

// ---- CHAR_MARK: single characters tested after a number, and a paragraph's head marks ------

/** 条 條: 第N条 is a regulation's article. */
export const ARTICLE_WORD = 1;
/** 第三条的规定, 第二条所列: an article cited in running text, not one that starts here. */
export const NOT_AFTER_ARTICLE_MARK = 2;
/** A date unit right after 1. or 1、 reads as part of a date, not as a list item's text. */
export const DATE_UNIT_AFTER = 4;
/** headHints: where parseLabel and isDateline stop, a label's colon, a dateline's 讯 or 电. */
export const HEAD_STOP = 8;
export const HEAD_COLON = 16;
export const HEAD_NEWS = 32;
/** 、 in a paragraph's head: its label may be titles joined by 、, read as far as JOINED_LABEL_MAX. */
export const HEAD_JOIN = 64;
/** A tab inside a line's head: the line may be a table row (docs/annotation.md §8 "Tables"). */
export const HEAD_TAB = 256;
export const HEAD_MARKS = HEAD_STOP | HEAD_COLON | HEAD_NEWS | HEAD_JOIN | HEAD_TAB;
/** 〇 零 一 … 九 (not 十 百 两, nor the financial forms). */
export const CN_DIGIT = 128;

export const CHAR_MARK = new Uint16Array(CODE_UNITS);
for (const w of REGULATION_ARTICLE_WORDS) { if (w.length === 1) { CHAR_MARK[w.charCodeAt(0)] |= ARTICLE_WORD; } }
defineClass(CHAR_MARK, NOT_AFTER_ARTICLE, NOT_AFTER_ARTICLE_MARK);
defineClass(CHAR_MARK, DATE_UNITS_AFTER_MARKER, DATE_UNIT_AFTER);
defineClass(CHAR_MARK, '，。,', HEAD_STOP);
defineClass(CHAR_MARK, '：:', HEAD_COLON);
defineClass(CHAR_MARK, DATELINE_NEWS_WORDS, HEAD_NEWS);
CHAR_MARK[Ch.IdeographicComma] |= HEAD_JOIN;
CHAR_MARK[Ch.Tab] |= HEAD_TAB;
defineClass(CHAR_MARK, CN_DIGITS, CN_DIGIT);

// ---- POINT_SCAN: the point scan's own table (points.ts, nextPointStart) --------------------

/** One load and one test per unit. */
export const SCAN_PREV_OK = 1;
export const SCAN_START = 2;
export const SCAN_CIRCLED = 4;
export const POINT_SCAN = new Uint8Array(CODE_UNITS);
for (let c = 0; c < CODE_UNITS; c++) {
  const cls = CHAR_CLASS[c];
  POINT_SCAN[c] = ((cls & PREV_POINT_OK) !== 0 ? SCAN_PREV_OK : 0) | ((cls & POINT_START) !== 0 ? SCAN_START : 0)
    | (c >= Ch.CircledOne && c <= Ch.CircledTwenty ? SCAN_CIRCLED : 0);
}
