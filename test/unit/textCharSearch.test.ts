// The kernel's forward search for one character (src/core/text/charSearch.ts): the same answers
// as String.indexOf, and no search reaching far past the bound it was asked about.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CharSearch } from '../../src/core/text';

/** The first `ch` in text[from, to), or `to`: what CharSearch.firstIn must give. */
function naive(text: string, ch: string, from: number, to: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 || i >= to ? to : i;
}

/** `fn`'s value, and the characters String.prototype.indexOf was given to search while it ran. */
function searched<T>(fn: () => T): { value: T; chars: number } {
  const proto = String.prototype as unknown as { indexOf(this: string, s: string, from?: number): number };
  const original = proto.indexOf;
  let chars = 0;
  proto.indexOf = function (this: string, s: string, from = 0): number { chars += this.length - from; return original.call(this, s, from); };
  try { return { value: fn(), chars }; } finally { proto.indexOf = original; }
}

describe('text kernel: CharSearch', () => {
  const rows: [string, [number, number][], number[]][] = [
    // text, (from, to) asked in turn, answers
    ['ab\ncd\nef', [[0, 8], [3, 8], [6, 8]], [2, 5, 8]],
    ['ab\ncd\nef', [[0, 2], [0, 3], [3, 4], [4, 8]], [2, 2, 4, 5]],
    ['\n\n\n', [[0, 3], [1, 3], [2, 3], [3, 3]], [0, 1, 2, 3]],
    ['abc', [[0, 3]], [3]],
    ['', [[0, 0]], [0]],
  ];
  for (const [text, asks, want] of rows) {
    it(`\\n in ${JSON.stringify(text)} asked ${JSON.stringify(asks)}`, () => {
      const s = new CharSearch(text, '\n');
      assert.deepEqual(asks.map(([from, to]) => s.firstIn(from, to)), want);
    });
  }

  it('answers as indexOf does, for any walk forward (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('a', '\n', '\r', '中'), { maxLength: 300 }).map(a => a.join('')),
      fc.array(fc.tuple(fc.nat(40), fc.nat(80)), { maxLength: 30 }),
      (text, steps) => {
        const s = new CharSearch(text, '\n');
        let from = 0;
        for (const [ahead, span] of steps) {
          from = Math.min(text.length, from + ahead);
          const to = Math.min(text.length, from + span);
          assert.equal(s.firstIn(from, to), naive(text, '\n', from, to));
        }
      },
    ), { numRuns: 500 });
  });

  it('searches a one-line text of megabytes in stretches, not whole at the first question', () => {
    const text = '中'.repeat(4_000_000);
    const s = new CharSearch(text, '\r');
    const first = searched(() => s.firstIn(0, 1000));
    assert.equal(first.value, 1000);
    assert.ok(first.chars <= 100_000, `searched ${first.chars} characters`);
    // walked to the end, each stretch is searched once
    const all = searched(() => { for (let p = 0; p < text.length; p += 8192) { s.firstIn(p, p + 8192); } });
    assert.ok(all.chars <= text.length + 100_000, `searched ${all.chars} characters`);
  });
});
