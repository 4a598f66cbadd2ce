// A page's furniture, never a node (docs/annotation.md §7 "Structure"): bylines, document numbers,
// newspaper page labels, and lines in brackets (（上接第三版）, （新华社北京9月2日电）, （此件公开发布）).
import { Ch, codeIn, digitValue, isInlineSpace, WordList } from '../text';
import { CN_NUMERAL, Han, has } from './chars';
import { SHORT_LINE_MAX } from './limits';
import { ATTACHMENT_WORDS, BYLINE_PREFIXES, DOCUMENT_NUMBER_ENDINGS, END_LINE_AGENCIES, END_LINE_ENDINGS, END_LINE_PREFIXES, ORDER_NUMBER_WORDS, PHOTO_CREDIT_ENDINGS } from './lineWords';

const BYLINE = new WordList(BYLINE_PREFIXES);
const ATTACHMENT = new WordList(ATTACHMENT_WORDS);
/** What may close an attachment's label: 附件2：, 附件1. */
const ATTACHMENT_MARKS = '：:.．、';
/** A page label (第2版 要闻) is at most this long. */
export const PAGE_LABEL_MAX = 12;

/** 本报记者 乔文汇, 文／张三: a byline (not a photo credit, which ends in 摄). */
export function isByline(t: string, ts: number, te: number): boolean {
  const p = BYLINE.at(t, ts, te);
  // 新华社记者 张三 摄 credits a photo; it does not close the article
  if (!p || codeIn(PHOTO_CREDIT_ENDINGS, t.charCodeAt(te - 1))) { return false; }
  const rest = t.slice(ts + p.length, te);
  if (rest.length > 0) {
    const loose = p.length <= 3 && !p.endsWith('/') && !p.endsWith('／') && !p.endsWith(' ') && !p.endsWith('　');
    if (loose && !/^[\s·]/.test(rest)) { return false; }
  }
  return /^[\s\u3000、·\u4e00-\u9fff]*$/.test(rest);
}

/** 第2版, 第三版 要闻: a newspaper page label (`hte`: the end of the line's head). */
export function isPageLabel(t: string, ts: number, hte: number): boolean {
  if (t.charCodeAt(ts) !== Han.Di || hte - ts > PAGE_LABEL_MAX) { return false; }
  let i = ts + 1;
  while (i < hte && (digitValue(t.charCodeAt(i)) >= 0 || has(CN_NUMERAL, t.charCodeAt(i)))) { i++; }
  return i > ts + 1 && i < hte && t.charCodeAt(i) === Han.Page;
}

/** 〔, ［, [, 【 or 字第 in t[from, to): the number of a document (国办发〔2018〕121号). */
export function hasDocNumberMark(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === Ch.LeftTortoiseShell || c === Ch.FullwidthOpenBracket || c === Ch.OpenBracket || c === Ch.LeftBlackLenticular) { return true; }
    if (c === Han.Zi && i + 1 < to && t.charCodeAt(i + 1) === Han.Di) { return true; }
  }
  return false;
}

/**
 * The number of an order or an announcement on a line t[from, to) of its own: 第707号 alone, or
 * after the words that name it (国务院令第310号, 中华人民共和国主席令 第二十四号).
 */
export function isOrderNumber(t: string, from: number, to: number): boolean {
  let i = to - 1;
  if (i <= from || !codeIn(DOCUMENT_NUMBER_ENDINGS, t.charCodeAt(i))) { return false; }
  while (i > from && isInlineSpace(t.charCodeAt(i - 1))) { i--; }
  const last = i;
  while (i > from && (digitValue(t.charCodeAt(i - 1)) >= 0 || has(CN_NUMERAL, t.charCodeAt(i - 1)))) { i--; }
  while (i > from && isInlineSpace(t.charCodeAt(i - 1))) { i--; }
  if (i === last || i === from || t.charCodeAt(i - 1) !== Han.Di) { return false; }
  const head = t.slice(from, i - 1);
  return head.trim().length === 0 || ORDER_NUMBER_WORDS.some((w) => head.indexOf(w) >= 0);
}

/** 附件, 附件2：, 附件1., 附表一: a line that only announces an attached document (t[ts, te)). */
export function isAttachmentLabel(t: string, ts: number, te: number): boolean {
  const w = ATTACHMENT.at(t, ts, te);
  if (w === null) { return false; }
  let i = ts + w.length;
  while (i < te && (digitValue(t.charCodeAt(i)) >= 0 || has(CN_NUMERAL, t.charCodeAt(i)))) { i++; }
  if (i < te && codeIn(ATTACHMENT_MARKS, t.charCodeAt(i))) { i++; }
  while (i < te && isInlineSpace(t.charCodeAt(i))) { i++; }
  return i === te;
}

/**
 * Lines in brackets: the text inside the brackets of a whole line in brackets, or null. The
 * search for each kind of closing bracket is remembered (lines arrive in order), so the text
 * after an unclosed bracket is searched once, not once per line.
 */
export class BracketLines {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** The text inside the brackets of the line t[ts, te), trimmed, or null when it is no bracketed line. */
  inner(ts: number, te: number): string | null {
    const t = this.text;
    const open = t.charCodeAt(ts);
    const closeCh = open === Ch.FullwidthOpenParen ? '）' : open === Ch.OpenParen ? ')' : open === Ch.LeftBlackLenticular ? '】' : open === Ch.OpenBracket ? ']' : '';
    if (!closeCh || te - ts > SHORT_LINE_MAX) { return null; }
    const close = this.nextIndexOf(closeCh, ts + 1);
    if (close !== te - 1) {
      // （上接第三版）may also be written with mixed brackets
      const alt = t.charCodeAt(te - 1);
      if (!(alt === Ch.FullwidthCloseParen || alt === Ch.CloseParen) || close >= 0) { return null; }
    }
    return t.slice(ts + 1, te - 1).trim();
  }

  /**
   * t.indexOf(ch, from), remembered while `from` has not passed the answer: it holds for any
   * `from` in [memo.from, memo.at] (any after memo.from when there is none).
   */
  private nextIndexOf(ch: string, from: number): number {
    let memo = this.memo.get(ch);
    if (!memo) { memo = { from: -1, at: -1 }; this.memo.set(ch, memo); }
    if (memo.from < 0 || from < memo.from || (memo.at >= 0 && from > memo.at)) {
      memo.from = from;
      memo.at = this.text.indexOf(ch, from);
    }
    return memo.at;
  }
}

/** （完）, （新华社北京9月2日电）, （记者 张三）: the text inside a bracketed line that closes an article. */
export function isEndLine(inner: string): boolean {
  return END_LINE_ENDINGS.some((w) => inner.endsWith(w)) || END_LINE_PREFIXES.some((w) => inner.startsWith(w))
    || END_LINE_AGENCIES.some((w) => inner.indexOf(w) >= 0);
}
