// What a line pattern (patterns.ts) reads and declares: the line being described with its
// features (LineView, filled by features.ts), and the shape of a row with its gates (gates.ts).
import type { DocumentProfile } from '../profile';
import type { Label, Line, LineKind } from './types';

/**
 * LineView.hints: a label may stand at the line start (a colon in its head); a dateline may (讯 or
 * 电); the line may be a table row (a tab in its head).
 */
export const HINT_LABEL = 1;
export const HINT_DATELINE = 2;
export const HINT_TAB = 4;

/** What a pattern reads: the line being described and its features (features.ts). */
export interface LineView {
  readonly text: string;
  readonly markdown: boolean;
  readonly profile: DocumentProfile;
  /** The line: extent (ts, te, len), headingLike, openEnd. A matching test may fill its marker, label and style. */
  readonly line: Line;
  /** Where the paragraph's text starts (after Markdown bullets). */
  readonly p: number;
  /** The end of the line's head (the first HEAD units). */
  readonly hte: number;
  readonly hints: number;
  /** A closing punctuation mark inside the line (known for lines of at most FIRST_TITLE_MAX units). */
  readonly innerClose: boolean;
  /** The line's last unit. */
  readonly rawLast: number;
  /** The label at the paragraph's start, or null. */
  label(): Label | null;
  /** The text inside the brackets of a whole line in brackets, or null. */
  bracketed(): string | null;
}

/** What a line must have for a row to be tried at all (gates.ts reads these before any test). */
export type Need = 'headingLike' | 'labelHint' | 'datelineHint' | 'tabHint';

/** A character set, as the string of its characters. */
export type CharSet = string;

export interface PatternRow {
  /** Lines the row matches (the first row that matches them): its documentation, and its test. */
  readonly examples: readonly string[];
  readonly kind: LineKind;
  /** The section style of a `section` row (ranks.ts); 0 or absent: none, or the test sets it. */
  readonly style?: number;
  /**
   * Gates: a row matches a line that passes its gates and its test. The gates are read as tables
   * before any test runs (gates.ts), so a line that fails one costs nothing: the longest line the
   * row matches, the characters the line starts with (at the paragraph's text, after Markdown
   * bullets, when `atText`) and ends with, and what the line needs.
   */
  readonly maxLength?: number;
  readonly first?: CharSet;
  readonly atText?: boolean;
  readonly last?: CharSet;
  readonly needs?: Need;
  readonly test: (v: LineView) => boolean;
}
