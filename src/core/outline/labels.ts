// Labels at a paragraph's start (docs/annotation.md §4, §8): 问：, 【答】, 江委員啟臣：, **记者：**,
// ■记者：, 主席（陳委員其邁）：, and the field labels that are no turn (来源：). What a label is comes
// from the label rules (labelRules.ts).
import { Ch, indexOfCode, isAsciiLetter, isColon, isHan, isInlineSpace } from '../text';
import { CHAR_CLASS, CLAUSE_STOP, CLOSING, has, LABEL_BULLET, LABEL_CHAR } from './chars';
import { labelKind, QUESTIONER } from './labelRules';
import { JOINED_LABEL_MAX, LABEL_SCAN } from './limits';
import { isEmphasis, skipEmphasis } from './markdown';
import { withoutSpaceOrEmphasis } from './names';
import { isModerator, personLike } from './persons';
import type { Label, LabelKind } from './types';

/** 【问】: the closing bracket stands within this many units. */
const BRACKETED_LABEL_MAX = 10;
/** 记者：张三 李四 is a byline when the names after the colon are at most this long. */
const BYLINE_NAMES_MAX = 12;

/** Reads labels, remembering each label's kind: a transcript repeats its few speakers' labels on every turn. */
export class LabelReader {
  private readonly kinds = new Map<string, LabelKind | null>();

  constructor(private readonly text: string) {}

  /** The label at `p` of a line ending at `te`, or null. */
  read(p: number, te: number): Label | null {
    const t = this.text;
    let q = p;
    // ■记者：… as newspapers print an interview
    if (q + 1 < te && has(LABEL_BULLET, t.charCodeAt(q))) { q++; while (q < te && isInlineSpace(t.charCodeAt(q))) { q++; } }
    if (isEmphasis(t, q)) { q += 2; }
    if (t.charCodeAt(q) === Ch.LeftBlackLenticular) { return this.bracketed(q, te); }
    const start = q;
    let limit = Math.min(te, q + LABEL_SCAN);
    let colon = -1;
    let paren = -1;
    let closeParen = -1;
    for (let i = q; i < limit; i++) {
      const c = t.charCodeAt(i);
      if ((CHAR_CLASS[c] & LABEL_CHAR) !== 0) { continue; }
      if (isColon(c)) { colon = i; break; }
      // 国家统计局新闻发言人、国民经济综合统计司司长付凌晖： joins a speaker's titles with 、
      if (c === Ch.IdeographicComma && i > q && paren < 0) { limit = Math.min(te, q + JOINED_LABEL_MAX + 1); continue; }
      // 主席（陳委員其邁）： names the chair in brackets
      if ((c === Ch.FullwidthOpenParen || c === Ch.OpenParen) && paren < 0 && i > q) { paren = i; continue; }
      if ((c === Ch.FullwidthCloseParen || c === Ch.CloseParen) && paren >= 0 && closeParen < 0 && i > paren + 1) { closeParen = i; continue; }
      return null;
    }
    if (paren >= 0 && (closeParen < 0 || colon !== closeParen + 1)) { return null; }
    if (colon < 0) { return null; }
    let end = colon;
    while (end > start && (t.charCodeAt(end - 1) === Ch.Asterisk || t.charCodeAt(end - 1) === Ch.Underscore || isInlineSpace(t.charCodeAt(end - 1)))) { end--; }
    if (end <= start) { return null; }
    const content = skipEmphasis(t, colon + 1, te);
    const norm = withoutSpaceOrEmphasis(t, start, paren >= 0 ? paren : end, false);
    if (norm.length === 0) { return null; }
    const first = norm.charCodeAt(0);
    if (!isHan(first) && !(norm.length === 1 && isAsciiLetter(first))) { return null; }
    const kind = this.kindOf(norm);
    if (!kind) { return null; }
    const rest = te - content;
    if (kind === 'question' && QUESTIONER.suffixOf(norm) && rest > 0 && rest <= BYLINE_NAMES_MAX && !hasAnyPunct(t, content, te)) {
      return { kind: 'field', norm, start, end, content, colon: t[colon] }; // 记者：张三 李四 is a byline
    }
    if (kind === 'person' && rest <= 0 && !isModerator(norm) && !personLike(norm)) { return null; }
    return { kind, norm, start, end, content, colon: t[colon] };
  }

  /** 【问】, 【主持人】: a label in brackets at `q` (no field labels). */
  private bracketed(q: number, te: number): Label | null {
    const t = this.text;
    // the first 】 within BRACKETED_LABEL_MAX units and inside the line (searched no further)
    const close = indexOfCode(t, Ch.RightBlackLenticular, q + 1, Math.min(q + BRACKETED_LABEL_MAX + 1, te));
    if (close < 0) { return null; }
    let content = close + 1;
    if (content < te && isColon(t.charCodeAt(content))) { content++; }
    const norm = t.slice(q + 1, close).replace(/\s/g, '');
    const kind = this.kindOf(norm);
    if (!kind || kind === 'field') { return null; }
    // as with a colon: a word alone in brackets is a speaker only when it reads as a person
    if (kind === 'person' && content >= te && !isModerator(norm) && !personLike(norm)) { return null; }
    return { kind, norm, start: q, end: close + 1, content: skipEmphasis(t, content, te), colon: '' };
  }

  /** labelKind, remembered per label. */
  private kindOf(norm: string): LabelKind | null {
    let kind = this.kinds.get(norm);
    if (kind === undefined) { kind = labelKind(norm); this.kinds.set(norm, kind); }
    return kind;
  }
}

function hasAnyPunct(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) { if (has(CLAUSE_STOP, t.charCodeAt(i)) || has(CLOSING, t.charCodeAt(i))) { return true; } }
  return false;
}
