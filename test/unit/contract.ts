// The span contract of docs/annotation.md, as reusable assertions for the invariant and property tests.
import assert from 'node:assert/strict';
import type { OutlineNode, Span } from '../../src/core/types';

export function checkSpans(text: string, kind: string, spans: readonly Span[]): void {
  let prevEnd = -1;
  let prevStart = -1;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${kind}: integer offsets`);
    assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, `${kind} ${s.start}-${s.end} inside the text`);
    assert.equal(text.slice(s.start, s.end), s.text, `${kind} text equals its slice`);
    assert.ok(s.start >= prevStart, `${kind} sorted at ${s.start}`);
    assert.ok(s.start >= prevEnd, `${kind} ${s.text}@${s.start} overlaps the previous one`);
    prevEnd = s.end;
    prevStart = s.start;
  }
}

export function checkOutline(text: string, nodes: readonly OutlineNode[], parent?: OutlineNode, lines: LineStarts = lineStarts(text)): void {
  let prevEnd = parent ? parent.start : 0;
  for (const n of nodes) {
    assert.ok(n.start >= prevEnd, `outline ${n.kind}@${n.line} starts after its previous sibling`);
    assert.ok(n.start <= n.selectionStart && n.selectionStart <= n.selectionEnd && n.selectionEnd <= n.end, `outline ${n.kind}@${n.line} selection inside range`);
    assert.ok(n.end <= text.length, `outline ${n.kind}@${n.line} inside text`);
    if (parent) { assert.ok(n.start >= parent.start && n.end <= parent.end, `outline ${n.kind}@${n.line} nested in its parent`); }
    assert.equal(n.line, lineOf(lines, n.start), `outline ${n.kind} line number matches its offset`);
    checkOutline(text, n.children, n, lines);
    prevEnd = n.end;
  }
}

type LineStarts = number[];

/** Offsets where lines start (after LF, CRLF or a lone CR), computed once per text. */
function lineStarts(text: string): LineStarts {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { starts.push(i + 1); }
  }
  return starts;
}

function lineOf(starts: LineStarts, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) { lo = mid; } else { hi = mid - 1; }
  }
  return lo;
}
