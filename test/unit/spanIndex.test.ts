import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findSpanAt, nextSpanAfter, previousSpanBefore } from '../../src/core/spanIndex';

// Three spans with a gap between each and touching ends between the last two:
//   [2,5)  [8,10)  [10,13)
const spans = [
  { start: 2, end: 5, text: 'abc' },
  { start: 8, end: 10, text: 'de' },
  { start: 10, end: 13, text: 'fgh' },
];

function lastIndex<T>(list: readonly T[], pred: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) { if (pred(list[i])) { return i; } }
  return -1;
}

describe('spanIndex', () => {
  describe('findSpanAt', () => {
    const cases: [number, number][] = [
      [0, -1], [1, -1], [2, 0], [3, 0], [4, 0], [5, -1], [7, -1],
      [8, 1], [9, 1], [10, 2], [12, 2], [13, -1], [100, -1], [-1, -1],
    ];
    for (const [offset, want] of cases) {
      it(`offset ${offset} → ${want}`, () => { assert.equal(findSpanAt(spans, offset), want); });
    }
    it('returns -1 on no spans', () => { assert.equal(findSpanAt([], 0), -1); });
    it('handles a single span', () => {
      assert.equal(findSpanAt([{ start: 0, end: 1, text: 'x' }], 0), 0);
      assert.equal(findSpanAt([{ start: 0, end: 1, text: 'x' }], 1), -1);
    });
  });

  describe('nextSpanAfter', () => {
    const cases: [number, number][] = [
      [-1, 0], [0, 0], [1, 0], [2, 1], [4, 1], [5, 1], [7, 1], [8, 2], [9, 2], [10, -1], [13, -1],
    ];
    for (const [offset, want] of cases) {
      it(`offset ${offset} → ${want}`, () => { assert.equal(nextSpanAfter(spans, offset), want); });
    }
    it('returns -1 on no spans', () => { assert.equal(nextSpanAfter([], 0), -1); });
  });

  describe('previousSpanBefore', () => {
    const cases: [number, number][] = [
      [0, -1], [2, -1], [4, -1], [5, 0], [8, 0], [9, 0], [10, 1], [12, 1], [13, 2], [100, 2],
    ];
    for (const [offset, want] of cases) {
      it(`offset ${offset} → ${want}`, () => { assert.equal(previousSpanBefore(spans, offset), want); });
    }
    it('returns -1 on no spans', () => { assert.equal(previousSpanBefore([], 5), -1); });
  });

  it('agrees with a linear scan on random sorted, non-overlapping spans', () => {
    const arb = fc.record({
      pieces: fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 5 })), { maxLength: 40 }),
      offset: fc.integer({ min: -2, max: 250 }),
    });
    fc.assert(fc.property(arb, ({ pieces, offset }) => {
      const list: { start: number; end: number; text: string }[] = [];
      let pos = 0;
      for (const [gap, len] of pieces) {
        list.push({ start: pos + gap, end: pos + gap + len, text: '' });
        pos += gap + len;
      }
      assert.equal(findSpanAt(list, offset), list.findIndex(s => s.start <= offset && offset < s.end));
      assert.equal(nextSpanAfter(list, offset), list.findIndex(s => s.start > offset));
      assert.equal(previousSpanBefore(list, offset), lastIndex(list, s => s.end <= offset));
    }), { numRuns: 500 });
  });
});
