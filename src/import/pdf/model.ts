// The PDF converter's own model of a page, independent of pdf.js: positioned text runs in, lines
// and blocks out. Coordinates are PDF points with y growing upwards (a line's y is its baseline).
import { isHan } from '../../core/text';

/** One run of text as pdf.js positions it. */
export interface Run {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the run's height). */
  readonly size: number;
}

/** Text on one baseline without a wide gap: a whole line of prose, or one cell of a table row. */
export interface Segment {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** The gap before it on its line, in font sizes (0 for the first). */
  readonly gap: number;
  /** The pieces it was joined from at ideographic spaces, each with its own extent (tables split them). */
  readonly pieces: readonly { readonly text: string; readonly x0: number; readonly x1: number }[];
}

export interface Line {
  readonly page: number;
  readonly y: number;
  readonly size: number;
  readonly x0: number;
  readonly x1: number;
  /** Two or more when wide gaps split the line (table cells, a signature and a date). */
  readonly segments: readonly Segment[];
}

export interface PageText {
  /** 1-based. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly Run[];
}

/** A paragraph or a table row, ready for the text: the page it starts on. */
export interface Block { readonly text: string; readonly page: number; readonly cleaned: boolean }

/** A drawn gap within this much of a whole number of ems, next to CJK text, is that many ideographic spaces. */
const IDEOGRAPHIC_SLACK = 0.15;

/**
 * The line's text outside a table: a gap of whole ems beside CJK text is as many ideographic spaces
 * (第一条\u3000根据, 总理\u3000\u3000李克强: 公文 space with U+3000), any other gap one space.
 */
export function lineText(line: Line): string {
  let text = line.segments[0]?.text ?? '';
  for (let i = 1; i < line.segments.length; i++) {
    const s = line.segments[i];
    const ems = Math.round(s.gap);
    const cjk = isCjkCode(text.charCodeAt(text.length - 1)) || isCjkCode(s.text.charCodeAt(0));
    text += (cjk && ems >= 1 && ems <= 4 && Math.abs(s.gap - ems) <= IDEOGRAPHIC_SLACK ? '\u3000'.repeat(ems) : ' ') + s.text;
  }
  return text;
}

/** Han characters, CJK punctuation and full-width forms: text written without spaces. */
export function isCjkCode(c: number): boolean {
  return isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026;
}
