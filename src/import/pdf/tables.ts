// Table regions and their rows. A region grows around lines split into two or more segments (cells):
// the lines next to them that stay inside one column (a wrapped or vertically centred cell) belong to
// it, a line running across columns ends it. Columns are the x-ranges text covers, split by the empty
// gutters between them, so centred and right-aligned cells land in the right column. In each column,
// lines close together form a cell; cells whose vertical extents overlap form a row (top-aligned or
// centred alike). Each row becomes one line of TAB-separated cells.
import { isWordChar } from './lines';
import type { Line } from './model';

type Piece = Line['segments'][number]['pieces'][number];

/** Points of slack when comparing edges. */
const SLACK = 3;

export interface TableRegion { readonly start: number; readonly end: number }

interface Interval { x0: number; x1: number }

/** The table regions among `lines` (one page's body lines, top to bottom): [start, end) index ranges. */
export function findTables(lines: readonly Line[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].segments.length < 2) { i++; continue; }
    const columns: Interval[] = [];
    const take = (line: Line): void => { for (const s of cellsOf(line)) { addInterval(columns, s); } };
    let multi = 0;
    let end = i;
    for (; end < lines.length; end++) {
      const line = lines[end];
      if (end > i && !near(lines[end - 1], line)) { break; }
      if (line.segments.length >= 2) {
        multi++;
        take(line);
      } else if (insideOneColumn(columns, line)) {
        take(line);
      } else if (!spanningRow(columns, lines, end)) {
        break;
      }
    }
    let start = i;
    while (start > (regions.at(-1)?.end ?? 0) && lines[start - 1].segments.length < 2 && near(lines[start - 1], lines[start]) && insideOneColumn(columns, lines[start - 1])) {
      start--;
    }
    if (multi >= 2) { regions.push({ start, end }); }
    i = Math.max(end, i + 1);
  }
  return regions;
}

/** Two lines of one table: the next below the first, less than three font sizes apart. */
function near(above: Line, below: Line): boolean {
  const gap = above.y - below.y;
  return gap > 0 && gap <= 3 * below.size;
}

function addInterval(columns: Interval[], s: Interval): void {
  columns.push({ x0: s.x0, x1: s.x1 });
  columns.sort((a, b) => a.x0 - b.x0);
  let k = 0;
  for (let j = 1; j < columns.length; j++) {
    if (columns[j].x0 <= columns[k].x1 + 1) { columns[k].x1 = Math.max(columns[k].x1, columns[j].x1); } else { columns[++k] = columns[j]; }
  }
  columns.length = k + 1;
}

/**
 * A heading row spanning the table (一、知识产权保护方面): one segment from the first column (or left
 * of it) across others, with table rows right below it and the spacing of a row around it.
 */
function spanningRow(columns: readonly Interval[], lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  const prev = lines[i - 1];
  const touched = columns.filter((c) => line.x0 < c.x1 + SLACK && line.x1 > c.x0 - SLACK).length;
  // Cell padding sets a row apart: a prose line between two lines of label and text (第七条 … ) does not.
  const apart = (a: Line, b: Line): boolean => a.y - b.y > 1.5 * b.size;
  return touched >= 2 && line.x0 <= columns[0].x0 + SLACK && next !== undefined && near(line, next) && apart(line, next) &&
    (prev === undefined || apart(prev, line)) && (next.segments.length >= 2 || insideOneColumn(columns, next));
}

/**
 * A single-segment line that stays in one column: it touches one column's range (and may widen it a
 * little) or none (a column no line of several cells has shown yet), never two, and does not start
 * left of the table (prose under a label, 第七条 …, runs back to the margin).
 */
function insideOneColumn(columns: readonly Interval[], line: Line): boolean {
  if (columns.length > 0 && line.x0 < columns[0].x0 - SLACK) { return false; }
  return columns.filter((c) => line.x0 < c.x1 + SLACK && line.x1 > c.x0 - SLACK).length <= 1;
}

interface Cell { column: number; top: number; bottom: number; size: number; text: string }

/**
 * The rows of one table region, each a list of cell texts (empty cells '' where a column is blank).
 * Columns come from the lines of several cells; a line across columns is a spanning row of its own.
 */
export function tableRows(lines: readonly Line[]): string[][] {
  const columns: Interval[] = [];
  for (const l of lines) { if (l.segments.length >= 2) { for (const s of cellsOf(l)) { addInterval(columns, s); } } }
  const spanning = new Set(lines.filter((l) => l.segments.length < 2 && !insideOneColumn(columns, l)));
  for (const l of lines) { if (l.segments.length < 2 && !spanning.has(l)) { addInterval(columns, l); } }
  const rows: string[][] = [];
  let chunk: Line[] = [];
  for (const line of lines) {
    if (!spanning.has(line)) { chunk.push(line); continue; }
    rows.push(...chunkRows(chunk, columns), [line.segments.map((s) => s.text).join(' ')]);
    chunk = [];
  }
  rows.push(...chunkRows(chunk, columns));
  return rows;
}

/** A line's pieces of text as a table sees them: segments, split again at their ideographic spaces. */
function cellsOf(line: Line): readonly Piece[] {
  return line.segments.length === 1 && line.segments[0].pieces.length === 1 ? line.segments : line.segments.flatMap((s) => s.pieces);
}

function chunkRows(lines: readonly Line[], columns: readonly Interval[]): string[][] {
  const byColumn: { line: Line; segment: Piece }[][] = columns.map(() => []);
  for (const line of lines) {
    for (const segment of cellsOf(line)) { byColumn[columnOf(columns, segment)].push({ line, segment }); }
  }
  const cells: Cell[] = [];
  byColumn.forEach((items, column) => {
    let minGap = Infinity;
    for (let j = 1; j < items.length; j++) { minGap = Math.min(minGap, items[j - 1].line.y - items[j].line.y); }
    let cell: Cell | undefined;
    for (const { line, segment } of items) {
      const gap = cell ? cell.bottom - line.y : Infinity;
      if (!cell || gap > 1.3 * minGap || gap > 1.55 * line.size) {
        cell = { column, top: line.y, bottom: line.y, size: line.size, text: segment.text };
        cells.push(cell);
      } else {
        cell.text = joinLines(cell.text, segment.text);
        cell.bottom = line.y;
      }
    }
  });
  cells.sort((a, b) => b.top - a.top || a.column - b.column);
  const rows: string[][] = [];
  let row: string[] | undefined;
  let rowBottom = Infinity;
  for (const c of cells) {
    if (!row || c.top < rowBottom - 0.3 * c.size) {
      row = new Array<string>(columns.length).fill('');
      rows.push(row);
      rowBottom = c.bottom;
    }
    // Two cells of one column in one row: paragraphs of one cell, joined by a space.
    row[c.column] = row[c.column] === '' ? c.text : `${row[c.column]} ${c.text}`;
    rowBottom = Math.min(rowBottom, c.bottom);
  }
  return rows;
}

/** The column a piece's middle falls in (the nearest one if it falls in a gutter). */
function columnOf(columns: readonly Interval[], s: Piece): number {
  const mid = (s.x0 + s.x1) / 2;
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((c, k) => {
    const d = mid < c.x0 ? c.x0 - mid : mid > c.x1 ? mid - c.x1 : 0;
    if (d < bestDistance) { best = k; bestDistance = d; }
  });
  return best;
}

/** Two lines of one paragraph or cell: Chinese joins with nothing, two Latin words with a space. */
export function joinLines(a: string, b: string): string {
  if (a === '') { return b; }
  if (b === '') { return a; }
  return isWordChar(a.charCodeAt(a.length - 1)) && isWordChar(b.charCodeAt(0)) ? `${a} ${b}` : a + b;
}
