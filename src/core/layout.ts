// Hard-wrapped text (docs/annotation.md §8 "Text pasted from a PDF"): which line breaks only wrap a
// paragraph, and which page-number lines (— 3 —) interrupt one. The wrap width is the document
// profile's (src/core/profile.ts, layout.wrapWidth); a recognizer that reads paragraphs across lines
// asks here rather than deciding for itself (docs/architecture.md). Bounded looks at one line and
// the next few; no regular expression.
import { cnDigitValue, digitValue, isInlineSpace, isLineBreak, isPageNumberLine, lineEndAt, nextLineStart } from './text';
import { displayWidth } from './profile';

/** Punctuation that may close a paragraph's last line. */
const CLOSING = '。！？；：!?;:…”」』）)';
/** Page-number lines in a row that one break may cross (a page footer and the next page's header number). */
const MAX_PAGE_LINES = 3;
/** Enumeration openers after a paragraph's closing punctuation start a new paragraph: 一、 （一） 1. 1、. */
const ENUM_CLOSE = '、．.';
const PAREN_OPEN = '（(';


/** The line at pos opens with an enumeration marker: 一、 （一） (1) 1. 1、 (a list item begins a paragraph of its own). */
function opensEnumeration(text: string, pos: number): boolean {
  let i = pos;
  const paren = PAREN_OPEN.includes(text[i] ?? '');
  if (paren) { i++; }
  const first = i;
  while (i < first + 4 && (digitValue(text.charCodeAt(i)) >= 0 || cnDigitValue(text.charCodeAt(i)) >= 0 || text[i] === '十')) { i++; }
  if (i === first) { return false; }
  const c = text[i] ?? '';
  return paren ? c === '）' || c === ')' : ENUM_CLOSE.includes(c);
}

/**
 * In text hard-wrapped at `wrapWidth` columns (text pasted from a PDF), the line [lineStart, lineEnd)
 * runs on into the next text line, whose start is returned (past any page-number lines between);
 * -1 where the break ends the paragraph: the line falls short of the width (a heading, a
 * paragraph's last line), the next line is blank, indented or missing, or a line closing with
 * punctuation is followed by an enumeration marker. A line that fills the width without closing
 * punctuation always runs on (docs/annotation.md §8).
 */
export function continuationAfter(text: string, lineStart: number, lineEnd: number, wrapWidth: number): number {
  if (wrapWidth <= 0) { return -1; }
  let e = lineEnd;
  while (e > lineStart && isInlineSpace(text.charCodeAt(e - 1))) { e--; }
  if (e === lineStart || displayWidth(text, lineStart, e) < fillWidth(wrapWidth)) { return -1; }
  let next = nextLineStart(text, lineEnd);
  for (let k = 0; ; k++) {
    if (next >= text.length) { return -1; }
    const end = lineEndAt(text, next);
    if (k >= MAX_PAGE_LINES || !isPageNumberLine(text, next, end)) { break; }
    next = nextLineStart(text, end);
  }
  const c = text.charCodeAt(next);
  if (isLineBreak(c) || isInlineSpace(c)) { return -1; }
  if (CLOSING.includes(text[e - 1]) && opensEnumeration(text, next)) { return -1; }
  return next;
}

/** A line at least this wide fills the wrap width: digits and Latin letters set narrower than two per Han character, so widths scatter around it. */
export function fillWidth(wrapWidth: number): number {
  return wrapWidth - Math.max(4, Math.round(wrapWidth / 12));
}
