// Table regions: runs of lines split into two or more segments (cells), with the single-segment lines
// between them that continue a wrapped cell (same column start, line spacing of the table). Columns
// are the segments' left edges clustered; a row ends where the gap to the next line is wider than a
// line's (cell padding and borders lie between rows). Each row becomes one line of TAB-separated cells.
import { isWordChar } from './lines';
import type { Line } from './model';

/** Left edges within this many points are one column. */
const COLUMN_SLACK = 3;

export interface TableRegion { readonly start: number; readonly end: number }

/** The table regions among `lines` (one page's body lines, top to bottom): [start, end) index ranges. */
export function findTables(lines: readonly Line[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].segments.length < 2) { i++; continue; }
    const starts = new Set<number>();
    const start = i;
    let multi = 0;
    let end = i;
    while (end < lines.length) {
      const line = lines[end];
      if (end > start) {
        const gap = lines[end - 1].y - line.y;
        if (gap <= 0 || gap > 3 * line.size) { break; }
        if (line.segments.length < 2 && !hasStart(starts, line.x0)) { break; }
      }
      if (line.segments.length >= 2) { multi++; for (const s of line.segments) { starts.add(Math.round(s.x0)); } }
      end++;
    }
    if (multi >= 2) { regions.push({ start, end }); }
    i = end > start ? end : start + 1;
  }
  return regions;
}

function hasStart(starts: ReadonlySet<number>, x: number): boolean {
  for (const s of starts) { if (Math.abs(s - x) <= COLUMN_SLACK) { return true; } }
  return false;
}

/** The rows of one table region, each a list of cell texts (empty cells '' where a column is blank). */
export function tableRows(lines: readonly Line[]): string[][] {
  const columns = clusterColumns(lines.flatMap((l) => l.segments.map((s) => s.x0)));
  let minGap = Infinity;
  for (let i = 1; i < lines.length; i++) { minGap = Math.min(minGap, lines[i - 1].y - lines[i].y); }
  const rows: string[][] = [];
  let row: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const gap = i === 0 ? Infinity : lines[i - 1].y - line.y;
    if (!row || gap > 1.3 * minGap || gap > 1.55 * line.size) {
      row = new Array<string>(columns.length).fill('');
      rows.push(row);
    }
    for (const s of line.segments) {
      const c = columnOf(columns, s.x0);
      row[c] = joinLines(row[c], s.text);
    }
  }
  return rows;
}

function clusterColumns(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of xs) {
    if (columns.length === 0 || x - columns[columns.length - 1] > COLUMN_SLACK) { columns.push(x); }
  }
  return columns;
}

function columnOf(columns: readonly number[], x: number): number {
  let c = 0;
  while (c + 1 < columns.length && columns[c + 1] <= x + COLUMN_SLACK) { c++; }
  return c;
}

/** Two lines of one paragraph or cell: Chinese joins with nothing, two Latin words with a space. */
export function joinLines(a: string, b: string): string {
  if (a === '') { return b; }
  if (b === '') { return a; }
  return isWordChar(a.charCodeAt(a.length - 1)) && isWordChar(b.charCodeAt(0)) ? `${a} ${b}` : a + b;
}
