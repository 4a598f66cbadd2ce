// ANNOTATION.md's span contract, checked on every fixture: spans inside the text, text equal to
// the slice, sorted, no overlap within a kind, outline nodes nested, output deterministic.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { OutlineNode, Span } from '../../src/core/types';
import { fixtureTexts } from './fixtures';

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

export function checkOutline(text: string, nodes: readonly OutlineNode[], parent?: OutlineNode): void {
  let prevEnd = parent ? parent.start : 0;
  for (const n of nodes) {
    assert.ok(n.start >= prevEnd, `outline ${n.kind}@${n.line} starts after its previous sibling`);
    assert.ok(n.start <= n.selectionStart && n.selectionStart <= n.selectionEnd && n.selectionEnd <= n.end, `outline ${n.kind}@${n.line} selection inside range`);
    assert.ok(n.end <= text.length, `outline ${n.kind}@${n.line} inside text`);
    if (parent) { assert.ok(n.start >= parent.start && n.end <= parent.end, `outline ${n.kind}@${n.line} nested in its parent`); }
    assert.equal(n.line, countLines(text, n.start), `outline ${n.kind} line number matches its offset`);
    checkOutline(text, n.children, n);
    prevEnd = n.end;
  }
}

function countLines(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; }
  }
  return line;
}

describe('analysis invariants on every fixture', () => {
  const texts = fixtureTexts();
  it('has fixtures to check', () => assert.ok(texts.length > 0));
  for (const f of texts) {
    it(f.name, () => {
      const a = analyze(f.text);
      assert.equal(a.schemaVersion, 1);
      checkSpans(f.text, 'number', a.numbers);
      checkSpans(f.text, 'date', a.dates);
      checkSpans(f.text, 'target', a.targets);
      checkSpans(f.text, 'term', a.terms);
      checkOutline(f.text, a.outline);
      assert.deepEqual(analyze(f.text), a, 'deterministic');
    });
  }
});
