// Hard-wrapped text (docs/annotation.md §8 "Text pasted from a PDF"): a target span crosses the line
// breaks that only wrap its paragraph and any page-number line inside it. The recognizer reads a
// view of the text with those breaks cut out (which breaks they are: src/core/layout.ts) and maps
// what it finds back, so a span keeps its `\n`s while its object reads as one line. Built only for
// a wrapped document, in one pass over the slice.
import { continuationAfter } from '../layout';
import { lineEndAt, nextLineStart } from '../text';
import { isInlineSpace } from '../text';
import type { DateAnnotation, NumberAnnotation, TargetAnnotation } from '../types';
import { lowerBound } from './scan';

export class WrappedView {
  /**
   * @param text the slice with the cuts removed
   * @param viewStart where each kept piece starts in the view
   * @param origStart where it starts in the original text
   */
  constructor(readonly text: string, private readonly viewStart: readonly number[], private readonly origStart: readonly number[]) {}

  /** The view offset of original offset `pos`, or -1 where pos lies in a cut. */
  toView(pos: number): number {
    const k = lowerBound(this.origStart, pos + 1) - 1;
    if (k < 0) { return -1; }
    const v = this.viewStart[k] + (pos - this.origStart[k]);
    const pieceEnd = k + 1 < this.viewStart.length ? this.viewStart[k + 1] : this.text.length;
    return v < pieceEnd ? v : -1;
  }

  /** The original offset of view offset `v`. */
  toOriginal(v: number): number {
    const k = lowerBound(this.viewStart, v + 1) - 1;
    return this.origStart[k] + (v - this.viewStart[k]);
  }

  /** Annotations of the original text in view offsets; one starting in a cut (a page number) is left out. */
  annotations<T extends NumberAnnotation | DateAnnotation>(items: readonly T[]): T[] {
    const out: T[] = [];
    for (const a of items) {
      const start = this.toView(a.start);
      const last = this.toView(a.end - 1);
      if (start < 0 || last < 0) { continue; }
      out.push({ ...a, start, end: last + 1, text: this.text.slice(start, last + 1) });
    }
    return out;
  }

  /** A target found in the view, in offsets of the original `text`. */
  target(t: TargetAnnotation, text: string): TargetAnnotation {
    const start = this.toOriginal(t.start);
    const end = this.toOriginal(t.end - 1) + 1;
    const out: TargetAnnotation = { ...t, start, end, text: text.slice(start, end) };
    if (t.deadlineStart !== undefined) { out.deadlineStart = this.toOriginal(t.deadlineStart); }
    return out;
  }
}

/** The view of text[from, to) without the wrapping breaks (and the page-number lines between), or null when it has none. */
export function wrappedView(text: string, from: number, to: number, wrapWidth: number): WrappedView | null {
  const viewStart: number[] = [0];
  const origStart: number[] = [from];
  let view = '';
  let pieceFrom = from;
  let pos = from;
  while (pos < to) {
    const end = lineEndAt(text, pos);
    if (end >= to) { break; }
    const next = continuationAfter(text, pos, end, wrapWidth);
    if (next < 0 || next >= to) { pos = nextLineStart(text, end); continue; }
    // The cut: the line's trailing blanks, its break, and any page-number lines up to the next text line.
    let cut = end;
    while (cut > pos && isInlineSpace(text.charCodeAt(cut - 1))) { cut--; }
    view += text.slice(pieceFrom, cut);
    viewStart.push(view.length);
    origStart.push(next);
    pieceFrom = next;
    pos = next;
  }
  if (viewStart.length === 1) { return null; }
  view += text.slice(pieceFrom, to);
  return new WrappedView(view, viewStart, origStart);
}
