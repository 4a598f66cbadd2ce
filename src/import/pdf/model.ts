// The PDF converter's own model of a page, independent of pdf.js: positioned text runs in, lines
// and blocks out. Coordinates are PDF points with y growing upwards (a line's y is its baseline).

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
export interface Segment { readonly text: string; readonly x0: number; readonly x1: number }

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

/** The line's text, segments joined by a space. */
export function lineText(line: Line): string {
  return line.segments.map((s) => s.text).join(' ');
}
