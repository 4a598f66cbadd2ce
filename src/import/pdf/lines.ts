// Runs → lines: runs on one baseline (within half a font size) form a line, ordered left to right;
// a gap wider than 0.7 of a character splits the line into segments (table cells, or spaces in prose:
// model.ts lineText) unless it is whole ems of drawn blank beside CJK text (ideographic spaces); a
// smaller gap is a space between Latin words and, between CJK characters, only where words are drawn
// whole (spaceBetween: justified text spreads characters one by one).
// Sorting makes it O(n log n) in the runs of a page.
import { isCjkCode as isCjk, type Line, type PageText, type Run, type Segment } from './model';

/** A gap at least this many font sizes wide separates segments. */
const SEGMENT_GAP = 0.7;
/** A gap at least this wide between two Latin letters or digits is a space. */
const WORD_GAP = 0.2;
/** A drawn blank beside CJK text within this much of a whole number of ems is that many ideographic spaces. */
const IDEOGRAPHIC_SLACK = 0.15;

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
  const pieces = toPieces(runs, size);
  // Pieces apart by whole ems of drawn blank beside CJK text are one segment with ideographic spaces
  // (第一条\u3000根据, 1.1\u3000总则, 总理\u3000\u3000李克强); tables.ts can still split it at them.
  const segments: Segment[] = [];
  for (const p of pieces) {
    const last = segments.at(-1);
    const ems = Math.round(p.gap);
    const lastText = last?.text ?? '';
    const cjk = isCjk(lastText.charCodeAt(lastText.length - 1)) || isCjk(p.text.charCodeAt(0));
    if (last && p.blank && cjk && ems >= 1 && ems <= 4 && Math.abs(p.gap - ems) <= IDEOGRAPHIC_SLACK) {
      segments[segments.length - 1] = { ...last, text: `${last.text}${'\u3000'.repeat(ems)}${p.text}`, x1: p.x1, pieces: [...last.pieces, p] };
    } else {
      segments.push({ text: p.text, x0: p.x0, x1: p.x1, gap: p.gap, pieces: [p] });
    }
  }
  return { page, y: runs.find((r) => r.text.trim() !== '')!.y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, segments };
}

interface Piece { text: string; x0: number; x1: number; gap: number; blank: boolean }

/** The runs of a line as pieces of text split at gaps wider than SEGMENT_GAP ems. */
function toPieces(runs: readonly Run[], size: number): Piece[] {
  const pieces: Piece[] = [];
  let piece: Piece | undefined;
  let blank = false;
  let lastLength = 0;
  for (const r of runs) {
    // A blank run is remembered, not measured: the gap to the next text decides what it was.
    if (r.text.trim() === '') { blank = piece !== undefined; continue; }
    const gap = piece ? (r.x - piece.x1) / size : 0;
    if (!piece || gap > SEGMENT_GAP) {
      piece = { text: '', x0: r.x, x1: r.x, gap, blank };
      pieces.push(piece);
    } else if (spaceBetween(blank, gap, piece.text, r.text, isCjk(piece.text.charCodeAt(piece.text.length - 1)) && isCjk(r.text.charCodeAt(0)), lastLength)) {
      piece.text += ' ';
    }
    blank = false;
    piece.text += r.text;
    lastLength = r.text.length;
    piece.x1 = Math.max(piece.x1, r.x + r.width);
  }
  for (const p of pieces) { p.text = unspace(p.text.replace(/^[ \t]+|[ \t]+$/g, '')); }
  return pieces.filter((p) => p.text !== '');
}

/**
 * Whether a small gap is a space. Between Latin words, a drawn blank or a gap of a fifth of an em is.
 * Between two CJK characters only a drawn blank between runs of several characters is (中共中央办公厅
 * 国务院办公厅): characters drawn one by one with gaps are letter-spaced, justified text.
 */
function spaceBetween(blank: boolean, gap: number, before: string, next: string, cjk: boolean, beforeLength: number): boolean {
  if (cjk) { return blank && (beforeLength >= 2 || next.length >= 2); }
  return blank || (gap > WORD_GAP && isWordChar(before.charCodeAt(before.length - 1)) && isWordChar(next.charCodeAt(0)));
}

/**
 * Letter-spaced CJK (最 高 人 民 法: justified narrow cells, spaced-out titles): pdf.js writes a space
 * wherever characters stand apart, so three or more CJK characters each one space from the next lose
 * those spaces. One space between longer words (中共中央办公厅 国务院办公厅) stays.
 */
export function unspace(text: string): string {
  if (!text.includes(' ')) { return text; }
  const parts = text.split(' ');
  const single = parts.map((t) => t.length === 1 && isCjk(t.charCodeAt(0)));
  // chain[k]: the length of the chain of single CJK characters parts[k] belongs to (0 if none).
  const chain = new Array<number>(parts.length).fill(0);
  for (let a = 0; a < parts.length;) {
    let b = a;
    while (b < parts.length && single[b]) { b++; }
    for (let k = a; k < b; k++) { chain[k] = b - a; }
    a = b > a ? b : a + 1;
  }
  let out = parts[0];
  for (let k = 1; k < parts.length; k++) {
    out += (single[k - 1] && single[k] && chain[k] >= 3 ? '' : ' ') + parts[k];
  }
  return out;
}

/** ASCII letters and digits: words that need a space between them. */
export function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
