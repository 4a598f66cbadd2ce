// Running headers, footers and page numbers: lines in a page's outer band (the top or bottom tenth)
// that are a page number (— 3 —, - 3 -, 第3页, 3/12, Page 3) or that repeat, digits aside, on many
// pages at the same height. Only the two outermost lines at each end of a page are candidates, so a
// body line is never taken for furniture because of its words.
import { type Line, lineText } from './model';

/** The outer band of a page, as a share of its height. */
const BAND = 0.1;
/** Candidates at each end of a page. */
const EDGE_LINES = 2;
/** A line repeating on this share of the pages (and on two at least) is a running header or footer. */
const REPEAT_SHARE = 0.4;

const PAGE_NUMBER = [
  /^[—–\-－‒―]{1,2}\s{0,3}\d{1,4}\s{0,3}[—–\-－‒―]{1,2}$/u,
  /^第\s{0,2}\d{1,4}\s{0,2}页(\s{0,2}[，,/]?\s{0,2}共\s{0,2}\d{1,4}\s{0,2}页)?$/u,
  /^\d{1,4}\s{0,2}(\/|of|／)\s{0,2}\d{1,4}$/iu,
  /^(page|p\.)\s{0,2}\d{1,4}(\s{0,2}of\s{0,2}\d{1,4})?$/iu,
  /^[（(]?\d{1,4}[）)]?$/u,
];

export function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

interface Candidate { readonly line: Line; readonly key: string; readonly top: boolean; readonly height: number }

/** The lines of every page without their furniture; `pages[i]` are page i+1's lines, top to bottom. */
export function removeFurniture(pages: readonly (readonly Line[])[], heights: readonly number[]): Line[][] {
  const candidates: Candidate[][] = pages.map((lines, i) => edgeCandidates(lines, heights[i]));
  const counts = new Map<string, number>();
  for (const list of candidates) {
    for (const key of new Set(list.map((c) => c.key))) { counts.set(key, (counts.get(key) ?? 0) + 1); }
  }
  const minRepeats = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE));
  return pages.map((lines, i) => {
    const drop = new Set<Line>();
    for (const c of candidates[i]) {
      if (isPageNumber(lineText(c.line)) || (counts.get(c.key) ?? 0) >= minRepeats) { drop.add(c.line); }
    }
    return lines.filter((l) => !drop.has(l));
  });
}

function edgeCandidates(lines: readonly Line[], height: number): Candidate[] {
  const out: Candidate[] = [];
  const add = (line: Line, top: boolean): void => {
    const inBand = top ? line.y > height * (1 - BAND) : line.y < height * BAND;
    if (!inBand) { return; }
    // The key: which end, the height rounded to 2 % of the page, the text with its digits masked.
    const band = Math.round((line.y / height) * 50);
    out.push({ line, top, height, key: `${top ? 'T' : 'B'}${band}:${lineText(line).replace(/\d+/g, '#').replace(/\s+/g, '')}` });
  };
  lines.slice(0, EDGE_LINES).forEach((l) => add(l, true));
  lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES)).forEach((l) => add(l, false));
  return out;
}
