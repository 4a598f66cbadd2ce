// Binary search over spans that are sorted by start and do not overlap (docs/architecture.md, rule 3):
// hover, "next number" and folding find their span in O(log n), never by scanning.
import type { Analysis, AnnotationKind, Span } from './types';

/** The four kinds, in the order they are listed to the reader (status bar, counts, quick fixes). */
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['number', 'date', 'target', 'term'];

/** The analysis's spans of one kind (each list sorted by start). */
export function spansOfKind(analysis: Analysis, kind: AnnotationKind): readonly Span[] {
  switch (kind) {
    case 'number': return analysis.numbers;
    case 'date': return analysis.dates;
    case 'target': return analysis.targets;
    case 'term': return analysis.terms;
  }
}

/** Anything with half-open offsets: annotations (Span) and outline nodes alike. */
export type SpanRange = Pick<Span, 'start' | 'end'>;

/** Index of the first span whose end is > offset (spans.length when none). */
function firstEndingAfter(spans: readonly SpanRange[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= offset) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}

/**
 * Index of the span containing `offset` (start ≤ offset < end), or -1.
 * Half-open: a cursor just after a span's last character (offset === end) is not in it; a caller
 * that wants the span the cursor touches tries offset - 1 as well.
 */
export function findSpanAt<S extends SpanRange>(spans: readonly S[], offset: number): number {
  const i = firstEndingAfter(spans, offset);
  return i < spans.length && spans[i].start <= offset ? i : -1;
}

/** Index of the first span that starts strictly after `offset`, or -1: "go to next". */
export function nextSpanAfter<S extends SpanRange>(spans: readonly S[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start <= offset) { lo = mid + 1; } else { hi = mid; }
  }
  return lo < spans.length ? lo : -1;
}

/**
 * Index of the last span that ends at or before `offset` (lies wholly before it), or -1:
 * "go to previous". Together with nextSpanAfter, the span the cursor is in (or starts) is skipped
 * both ways; a caller holding a selection over a span passes the selection's start.
 */
export function previousSpanBefore<S extends SpanRange>(spans: readonly S[], offset: number): number {
  return firstEndingAfter(spans, offset) - 1;
}
