// The kernel's line helpers (src/core/text/lines.ts): firstLongLine counts lines as an editor does,
// for the gate of a file read from disk (policyLens.maxLineLength, src/extension/ledger/sources.ts).
import { strict as assert } from 'node:assert';
import { firstLongLine } from '../../src/core/text';

describe('text kernel: firstLongLine', () => {
  const rows: [string, string, number, { line: number; length: number } | undefined][] = [
    ['no line over the limit', 'ab\ncd\nef', 2, undefined],
    ['the second line over it', 'ab\ncdef\ngh', 3, { line: 1, length: 4 }],
    ['the first of two long lines', 'abcd\nefgh', 3, { line: 0, length: 4 }],
    ['the last line, without a break', 'ab\nabcd', 3, { line: 1, length: 4 }],
    ['\\r\\n is one break, not counted', 'abc\r\nabc\r\nabcd', 3, { line: 2, length: 4 }],
    ['a lone \\r ends a line', 'abc\rabcd', 3, { line: 1, length: 4 }],
    ['a line exactly at the limit is allowed', 'abc\nabc', 3, undefined],
    ['an empty text', '', 0, undefined],
    ['blank lines', '\n\n\n', 0, undefined],
  ];
  for (const [what, text, limit, want] of rows) {
    it(what, () => { assert.deepEqual(firstLongLine(text, limit), want); });
  }

  it('finds a long line after many short ones', () => {
    const text = 'ab\n'.repeat(10_000) + 'x'.repeat(100_001) + '\nab';
    assert.deepEqual(firstLongLine(text, 100_000), { line: 10_000, length: 100_001 });
  });
});
