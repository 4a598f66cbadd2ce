// Markdown files (docs/annotation.md §4: the Markdown headings are VS Code's own outline; the
// extension adds only the structures of the text): which lines are Markdown's own structure, the
// bullets and emphasis around a paragraph's text, and code fences.
import { Ch, isInlineSpace } from '../text';
import { SHORT_LINE_MAX } from './limits';
import type { FenceState } from './state';
import type { Line, LineKind } from './types';

/** The kind of a Markdown structure line starting at `ts` (`hte`: the end of the line's head), or null. */
export function markdownKind(t: string, ts: number, hte: number): LineKind | null {
  if (t.charCodeAt(ts) === Ch.Hash) {
    let i = ts;
    while (i < hte && t.charCodeAt(i) === Ch.Hash) { i++; }
    if (i - ts <= 6 && (i === hte || t.charCodeAt(i) === Ch.Space || t.charCodeAt(i) === Ch.Tab)) { return 'mdHeading'; }
  }
  if (hte - ts >= 3 && (t.startsWith('```', ts) || t.startsWith('~~~', ts))) { return 'mdFence'; }
  if (t.charCodeAt(ts) === Ch.Pipe) { return 'mdSkip'; } // a table row
  if (hte - ts <= SHORT_LINE_MAX && isRule(t, ts, hte)) { return 'mdSkip'; }
  return null;
}

/** --- / *** / === : a thematic break or a setext underline. */
function isRule(t: string, from: number, to: number): boolean {
  const mark = t.charCodeAt(from);
  if (mark !== Ch.Hyphen && mark !== Ch.Asterisk && mark !== Ch.Underscore && mark !== Ch.Equals) { return false; }
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === mark) { count++; } else if (c !== Ch.Space && c !== Ch.Tab) { return false; }
  }
  return count >= 3;
}

/** Markdown list bullets and quote marks before a paragraph's own text: where that text starts. */
export function skipBullet(t: string, ts: number, te: number): number {
  let q = ts;
  for (let n = 0; n < 4 && q + 1 < te; n++) {
    const c = t.charCodeAt(q);
    if ((c === Ch.Hyphen || c === Ch.Asterisk || c === Ch.Plus || c === Ch.GreaterThan) && isInlineSpace(t.charCodeAt(q + 1))) {
      q += 2;
      while (q < te && isInlineSpace(t.charCodeAt(q))) { q++; }
    } else {
      break;
    }
  }
  return q;
}

/** ** or __ at `q`. */
export function isEmphasis(t: string, q: number): boolean {
  const c = t.charCodeAt(q);
  return (c === Ch.Asterisk || c === Ch.Underscore) && t.charCodeAt(q + 1) === c;
}

/** Past ** or __ at `p` and the blanks after it. */
export function skipEmphasis(t: string, p: number, te: number): number {
  let q = p;
  if (isEmphasis(t, q)) { q += 2; }
  while (q < te && isInlineSpace(t.charCodeAt(q))) { q++; }
  return q;
}

/** What a Markdown structure line does to the outline. */
export const enum MarkdownAct {
  /** Not Markdown's own: decided like any line. */
  None,
  /** Inside a code fence, or its closing line: nothing. */
  Skip,
  /** A fence opens, or a table row or rule: the paragraph ends. */
  Break,
  /** A Markdown heading: Markdown's own outline takes over, every node closes. */
  Heading,
}

/** What `line` of a Markdown file does; opens and closes `fence`. */
export function markdownAct(t: string, line: Line, fence: FenceState): MarkdownAct {
  if (fence.open) {
    if (line.kind === 'mdFence' && t.startsWith(fence.mark, line.ts)) { fence.open = false; }
    return MarkdownAct.Skip;
  }
  switch (line.kind) {
    case 'mdFence':
      fence.open = true;
      fence.mark = t.slice(line.ts, line.ts + 3);
      return MarkdownAct.Break;
    case 'mdHeading':
      return MarkdownAct.Heading;
    case 'mdSkip':
      return MarkdownAct.Break;
    default:
      return MarkdownAct.None;
  }
}
