// Line features (docs/annotation.md §4: what a heading looks like): what a line is, read from the
// line alone, once, when it arrives. The features every line has (its extent, whether it could be
// a heading, whether its sentence runs on) are computed here; what kind of line it is comes from
// the first pattern of patterns.ts that matches it.
import { fillWidth } from '../layout';
import { displayWidth, type DocumentProfile } from '../profile';
import { Ch, isDigit, isInlineSpace, isPageNumberLine } from '../text';
import {
  ASCII_SHIFT, CHAR_CLASS, CHAR_MARK, CLOSING, HAN_SHIFT, HEAD_COLON, HEAD_JOIN, HEAD_MARKS, HEAD_NEWS, HEAD_STOP, HEAD_TAB, has, LABEL_BULLET,
  OPEN_TAIL, TRAILING_WRAP,
} from './chars';
import { BracketLines } from './furniture';
import { LabelReader } from './labels';
import { DATELINE_SCAN, FIRST_TITLE_MAX, HEAD, HEADING_MAX, JOINED_LABEL_MAX, LABEL_SCAN } from './limits';
import { markdownKind, skipBullet } from './markdown';
import { candidateRows } from './gates';
import { HINT_DATELINE, HINT_LABEL, HINT_TAB, type LineView } from './lineView';
import { LINE_PATTERNS } from './patterns';
import { newLine, type Label, type Line } from './types';

/** Describes lines: fills a line record with its features and kind. One per document. */
export class LineDescriber implements LineView {
  // the line being described, as the patterns read it (LineView)
  line: Line = newLine();
  p = 0;
  hte = 0;
  hints = 0;
  innerClose = false;
  rawLast = 0;
  private labelRead = false;
  private labelFound: Label | null = null;
  private bracketRead = false;
  private bracketFound: string | null = null;

  private readonly labels: LabelReader;
  private readonly brackets: BracketLines;

  /** The width a hard-wrapped line fills (the profile's wrap width less a margin), 0 in other text. */
  private readonly fill: number;

  constructor(readonly text: string, readonly markdown: boolean, readonly profile: DocumentProfile) {
    this.labels = new LabelReader(text);
    this.brackets = new BracketLines(text);
    const wrap = markdown ? 0 : profile.layout.wrapWidth;
    this.fill = wrap > 0 ? fillWidth(wrap) : 0;
  }

  /**
   * Fills `line` with the features of t[start, end); false for a blank line, and for a page-number
   * line (— 3 —), which interrupts the text like a blank one (docs/annotation.md §8).
   */
  describe(line: Line, n: number, start: number, end: number): boolean {
    const t = this.text;
    let ts = start;
    while (ts < end && isInlineSpace(t.charCodeAt(ts))) { ts++; }
    let te = end;
    while (te > ts && isInlineSpace(t.charCodeAt(te - 1))) { te--; }
    if (ts >= te) { return false; }
    const len = te - ts;
    if (isPageNumberLine(t, ts, te)) { return false; }

    // last significant character, looking through closing quotes and brackets
    let k = te - 1;
    let wraps = 0;
    while (k > ts && wraps < 8 && (CHAR_CLASS[t.charCodeAt(k)] & TRAILING_WRAP) !== 0) { k--; wraps++; }
    const last = t.charCodeAt(k);
    const closed = has(CLOSING, last) || (last === Ch.FullStop && k === te - 1 && k > ts && !isDigit(t.charCodeAt(k - 1)));
    const rawLast = t.charCodeAt(te - 1);
    const tailOpen = has(OPEN_TAIL, rawLast);

    // Only a line of at most FIRST_TITLE_MAX units can look like a heading: longer ones (most
    // paragraphs) skip the character count. The checks below read at most the first HEAD units.
    const hte = Math.min(te, ts + HEAD);
    let innerClose = len > HEAD;
    let headingLike = false;
    if (len <= FIRST_TITLE_MAX && has(CLOSING, last)) {
      innerClose = true; // a sentence ends the line: the count below would stop at a closing unit too
    } else if (len <= FIRST_TITLE_MAX) {
      let han = 0;
      let ascii = 0;
      for (let i = ts; i < te; i++) {
        const cls = CHAR_CLASS[t.charCodeAt(i)];
        if ((cls & CLOSING) !== 0) { innerClose = true; break; } // settles it: not a heading
        han += (cls >> HAN_SHIFT) & 1;
        ascii += (cls >> ASCII_SHIFT) & 1;
      }
      headingLike = !innerClose && !tailOpen && han >= 2 && han >= ascii;
    }

    line.n = n;
    line.ts = ts;
    line.te = te;
    line.len = len;
    line.kind = 'body';
    // In hard-wrapped text (§8) a line runs on when it fills the wrap width, and ends its paragraph
    // short of it; elsewhere a line longer than a heading runs on.
    const fills = this.fill > 0 && !closed && widthAtLeast(t, start, te, this.fill);
    line.fills = fills;
    line.openEnd = !closed && (tailOpen || (this.fill > 0 ? fills : len > HEADING_MAX));
    line.headingLike = headingLike;
    line.label = null;
    line.marker = null;
    line.style = 0;
    line.consumed = false;

    if (this.markdown) {
      const mdKind = markdownKind(t, ts, hte);
      if (mdKind) { line.kind = mdKind; return true; }
    }
    this.line = line;
    this.p = this.markdown ? skipBullet(t, ts, te) : ts;
    this.hte = hte;
    // One look at the paragraph's head, up to its first ，。, , tells whether a label or a
    // dateline can be read at all: a label needs a colon there, a dateline 讯 or 电.
    this.hints = this.markdown ? HINT_LABEL | HINT_DATELINE : headHints(t, ts, te);
    this.innerClose = innerClose;
    this.rawLast = rawLast;
    this.labelRead = false;
    this.bracketRead = false;
    const i = this.firstPattern();
    if (i >= 0) {
      const row = LINE_PATTERNS[i];
      line.kind = row.kind;
      if (row.style > 0) { line.style = row.style; }
    }
    return true;
  }

  /** The index in LINE_PATTERNS of the first pattern that matches the line being described, or -1. */
  firstPattern(): number {
    const line = this.line;
    const t = this.text;
    // the rows whose gates the line passes, tried in order (lowest bit first)
    let rows = candidateRows(t.charCodeAt(line.ts), t.charCodeAt(this.p), this.rawLast, line.len, line.headingLike, this.hints);
    while (rows !== 0) {
      const i = 31 - Math.clz32(rows & -rows);
      if (LINE_PATTERNS[i].test(this)) { return i; }
      rows &= rows - 1;
    }
    return -1;
  }

  /** The label at the paragraph's start (read once per line), or null. */
  label(): Label | null {
    if (!this.labelRead) {
      this.labelRead = true;
      this.labelFound = (this.hints & HINT_LABEL) !== 0 ? this.labels.read(this.p, this.line.te) : null;
    }
    return this.labelFound;
  }

  /** The text inside the brackets of a whole line in brackets (read once per line), or null. */
  bracketed(): string | null {
    if (!this.bracketRead) {
      this.bracketRead = true;
      this.bracketFound = this.brackets.inner(this.line.ts, this.line.te);
    }
    return this.bracketFound;
  }
}

/**
 * Whether t[from, to) takes at least `width` columns (displayWidth, src/core/profile.ts): a line of
 * that many units does without counting, as every unit takes a column or two.
 */
function widthAtLeast(t: string, from: number, to: number, width: number): boolean {
  return to - from >= width || displayWidth(t, from, to) >= width;
}

/**
 * Which head readers may answer for the line starting at `ts` (HINT_LABEL, HINT_DATELINE, HINT_TAB):
 * a label is a bullet, emphasis or 【 first, or a colon within LABEL_SCAN units (JOINED_LABEL_MAX
 * after a 、: titles joined by 、); a dateline has 讯 or 电 within DATELINE_SCAN units; a table row
 * a tab between its first cells; all before the first ，。, where the readers give up.
 */
function headHints(t: string, ts: number, te: number): number {
  const c0 = t.charCodeAt(ts);
  let hints = has(LABEL_BULLET, c0) || c0 === Ch.Asterisk || c0 === Ch.Underscore || c0 === Ch.LeftBlackLenticular ? HINT_LABEL : 0;
  let end = Math.min(te, ts + DATELINE_SCAN);
  let labelEnd = ts + LABEL_SCAN;
  for (let i = ts; i < end; i++) {
    const k = CHAR_MARK[t.charCodeAt(i)] & HEAD_MARKS;
    if (k === 0) { continue; }
    if ((k & HEAD_STOP) !== 0) { break; }
    if ((k & HEAD_COLON) !== 0 && i < labelEnd) { hints |= HINT_LABEL; }
    if ((k & HEAD_NEWS) !== 0 && i < ts + DATELINE_SCAN) { hints |= HINT_DATELINE; }
    if ((k & HEAD_TAB) !== 0) { hints |= HINT_TAB; }
    if ((k & HEAD_JOIN) !== 0 && labelEnd < ts + JOINED_LABEL_MAX + 1) {
      labelEnd = ts + JOINED_LABEL_MAX + 1;
      end = Math.min(te, labelEnd);
    }
  }
  return hints;
}
