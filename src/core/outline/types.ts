// The records the outline passes between its parts: a line and what was read at its start (a
// label, a marker). See docs/architecture.md for how the parts fit.
import type { PointScan } from './pointScan';

/**
 * What a line is, read from the line alone (features.ts, by the patterns of patterns.ts); the
 * decisions (decide.ts) act on it in context. `section`: a section by its form (第一章, a row of
 * patterns.ts with a style); `heading`: short and heading-like, decided in context (headings.ts).
 */
export type LineKind =
  | 'body' | 'heading' | 'headline' | 'label' | 'marker' | 'section' | 'subtitle' | 'contFrom' | 'contTo' | 'endLine' | 'paren'
  | 'docNum' | 'date' | 'version' | 'row' | 'attachment' | 'byline' | 'field' | 'addressee' | 'dateline' | 'mdHeading' | 'mdFence' | 'mdSkip';

export type LabelKind = 'question' | 'answer' | 'person' | 'field';

/** A label at a paragraph's start: 问：, 【答】, 江委員啟臣：, 来源：. */
export interface Label {
  kind: LabelKind;
  /** The label without spaces or emphasis (陳其邁, 问). */
  norm: string;
  start: number;
  /** End of the label text (before the colon or closing bracket). */
  end: number;
  /** Where the paragraph text after the label starts. */
  content: number;
  /** The colon as written (：or :), empty after 【问】. */
  colon: string;
}

/** Point marker families (families.ts: their ranks in the fixed hierarchy). */
export type Family = 'tiao' | 'dun' | 'parenCn' | 'arabic' | 'parenAr' | 'rparen' | 'circled' | 'shi' | 'di';

/** A list marker: 第一条, 一、, （一）, 1., ①, 一是, 第一，. */
export interface Marker {
  family: Family;
  ord: number;
  start: number;
  /** End of the marker itself (第一条, 一是, （一）). */
  end: number;
}

/** Most paragraphs have no inner markers: one shared empty answer. */
export const NO_MARKERS: readonly Marker[] = [];

/** One non-blank line and its features; the records are reused (ring.ts). */
export interface Line {
  /** 0-based line number. */
  n: number;
  /** The line without its leading and trailing blanks: [ts, te). */
  ts: number;
  te: number;
  len: number;
  kind: LineKind;
  /** The sentence runs on into the next line. */
  openEnd: boolean;
  /** Hard-wrapped text: the line fills the wrap width without closing punctuation, so it runs on whatever follows. */
  fills: boolean;
  /** Short, without closing punctuation, mostly Chinese: could be a title or heading. */
  headingLike: boolean;
  label: Label | null;
  marker: Marker | null;
  /** The section style of a `section` line (ranks.ts), 0 for other lines. */
  style: number;
  /** Taken into the node of a line before it (the second line of a title, a subtitle). */
  consumed: boolean;
  /** The scan for points made while the line arrived, when it was longer than a chunk (pointScan.ts). */
  scan: PointScan | null;
}

/** A fresh line record (the ring makes a few and reuses them). */
export function newLine(): Line {
  return { n: 0, ts: 0, te: 0, len: 0, kind: 'body', openEnd: false, fills: false, headingLike: false, label: null, marker: null, style: 0, consumed: false, scan: null };
}
