// Lines → paragraphs. The document's measures come first: its body's left edge, its right edge
// (where justified lines end) and its line spacing. A line continues the paragraph before it when that
// one ran to the right edge (within a character), this one is not indented, the gap is not much more
// than one line's (a bigger run on a line widens it a little; paragraph spacing more) and the size the same —
// also across a page break. Anything else (an indented first line, a centred title, a short last
// line) starts a paragraph, so headings stay lines of their own. Table regions become rows.
import { type Block, type Line, lineText } from './model';
import { findTables, joinLines, tableRows } from './tables';

interface Measures {
  readonly left: number;
  readonly right: number;
  /** How far short of the right edge a line may end and still be full, in font sizes. */
  readonly slack: number;
  /** The usual distance between baselines of one paragraph. */
  readonly pitch: number;
}

/** Paragraphs and table rows of the whole document; `pages[i]` are page i+1's body lines. */
export function buildBlocks(pages: readonly (readonly Line[])[]): Block[] {
  const body = pages.flat();
  const m = measure(body);
  const blocks: Block[] = [];
  let open: { text: string; page: number; last: Line } | undefined;
  const close = (): void => {
    if (open) { blocks.push({ text: open.text, page: open.page, cleaned: false }); }
    open = undefined;
  };
  for (const lines of pages) {
    const tables = findTables(lines);
    let t = 0;
    for (let i = 0; i < lines.length; i++) {
      if (t < tables.length && i === tables[t].start) {
        close();
        for (const row of tableRows(lines.slice(tables[t].start, tables[t].end))) {
          while (row.length > 0 && row[row.length - 1] === '') { row.pop(); }
          if (row.length > 0) { blocks.push({ text: row.join('\t'), page: lines[i].page, cleaned: true }); }
        }
        i = tables[t].end - 1;
        t++;
        continue;
      }
      const line = lines[i];
      const text = lineText(line);
      if (open && continues(open.last, line, m)) {
        open.text = joinLines(open.text, text);
        open.last = line;
      } else {
        close();
        open = { text, page: line.page, last: line };
      }
    }
  }
  close();
  return blocks;
}

function continues(prev: Line, line: Line, m: Measures): boolean {
  if (Math.abs(prev.size - line.size) > 0.15 * line.size) { return false; }
  if (prev.x1 < m.right - m.slack * line.size) { return false; }
  if (line.x0 > m.left + 0.8 * line.size || prev.x0 < m.left - 0.8 * line.size) { return false; }
  if (prev.page === line.page) {
    const gap = prev.y - line.y;
    if (gap <= 0 || gap > 1.6 * m.pitch) { return false; }
  }
  return true;
}

/** The mode of values rounded to `step`, or undefined for none. */
function mode(values: readonly number[], step: number): { value: number; count: number } | undefined {
  const counts = new Map<number, number>();
  let best: { value: number; count: number } | undefined;
  for (const v of values) {
    const k = Math.round(v / step) * step;
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (!best || n > best.count) { best = { value: k, count: n }; }
  }
  return best;
}

function measure(lines: readonly Line[]): Measures {
  const left = leftEdge(lines);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].page === lines[i - 1].page && lines[i - 1].y > lines[i].y) { gaps.push(lines[i - 1].y - lines[i].y); }
  }
  const size = mode(lines.map((l) => l.size), 0.5)?.value ?? 12;
  const pitch = Math.max(mode(gaps, 0.5)?.value ?? size * 1.5, size);
  const rightMode = mode(lines.map((l) => l.x1), 1);
  const right = Math.max(0, ...lines.map((l) => l.x1));
  // Justified text: many lines end on one edge, and a line a little short of it is a last line.
  if (rightMode && rightMode.count >= Math.max(3, lines.length * 0.2)) {
    return { left, right: rightMode.value, slack: 1, pitch };
  }
  return { left, right, slack: 2, pitch };
}

/**
 * The body's left edge: the leftmost start shared by a tenth of the lines (two at least), so that
 * indented first lines, however many, never pass for the edge and a stray line left of it does not either.
 */
function leftEdge(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) { const k = Math.round(l.x0); counts.set(k, (counts.get(k) ?? 0) + 1); }
  const enough = Math.max(2, lines.length * 0.1);
  let left = Infinity;
  for (const [x, n] of counts) { if (n >= enough && x < left) { left = x; } }
  return Number.isFinite(left) ? left : (mode(lines.map((l) => l.x0), 1)?.value ?? 0);
}
