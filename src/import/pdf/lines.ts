// Runs → lines: runs on one baseline (within half a font size) form a line, ordered left to right;
// a gap wider than 0.7 of a character splits the line into segments (table cells), a smaller gap between
// Latin letters or digits is a space. Sorting makes it O(n log n) in the runs of a page.
import type { Line, PageText, Run, Segment } from './model';

/** A gap at least this many font sizes wide separates segments. */
const SEGMENT_GAP = 0.7;
/** A gap at least this wide between two Latin letters or digits is a space. */
const WORD_GAP = 0.2;

export function pageLines(page: PageText): Line[] {
  // Blank runs stay: a space a PDF draws between two characters (主 要 内 容) is text.
  const runs = page.runs.filter((r) => r.text !== '' && r.size > 0);
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  let current: Run[] = [];
  let y = Number.NaN;
  for (const r of runs) {
    if (current.length > 0 && Math.abs(r.y - y) > r.size * 0.5) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) { y = r.y; }
    current.push(r);
  }
  if (current.length > 0) { groups.push(current); }
  return groups.filter((g) => g.some((r) => r.text.trim() !== '')).map((g) => toLine(g, page.page));
}

function toLine(runs: Run[], page: number): Line {
  runs.sort((a, b) => a.x - b.x);
  const size = Math.max(...runs.map((r) => r.size));
  const segments: Segment[] = [];
  let text = '';
  const first = runs.find((r) => r.text.trim() !== '') ?? runs[0];
  let x0 = first.x;
  let x1 = x0;
  let blank = false;
  for (const r of runs) {
    // A blank run is remembered, not measured: the gap to the next text decides what it was.
    if (r.text.trim() === '') { blank = text !== ''; continue; }
    const gap = r.x - x1;
    if (text !== '' && gap > SEGMENT_GAP * size) {
      segments.push({ text, x0, x1 });
      text = '';
      x0 = r.x;
    } else if (text !== '' && (blank || (gap > WORD_GAP * size && isWordChar(text.charCodeAt(text.length - 1)) && isWordChar(r.text.charCodeAt(0))))) {
      text += ' ';
    }
    blank = false;
    text += r.text;
    x1 = Math.max(x1, r.x + r.width);
  }
  if (text !== '') { segments.push({ text, x0, x1 }); }
  return { page, y: first.y, size, x0: segments[0].x0, x1, segments: segments.map(trimSegment) };
}

function trimSegment(s: Segment): Segment {
  return { ...s, text: s.text.replace(/^[ \t]+|[ \t]+$/g, '') };
}

/** ASCII letters and digits: words that need a space between them. */
export function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
