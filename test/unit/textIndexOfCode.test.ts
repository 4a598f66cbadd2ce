// The kernel's bounded search for one code unit (src/core/text/indexOfCode.ts).
import { strict as assert } from 'node:assert';
import { indexOfCode } from '../../src/core/text';

describe('text kernel: indexOfCode', () => {
  const rows: [string, string, number, number, number][] = [
    // text, character, from, to, position
    ['国办发〔2018〕121号', '〔', 0, 12, 3],
    ['国办发〔2018〕121号', '〔', 4, 12, -1],
    ['年月年', '年', 1, 3, 2],
    ['年月年', '年', 1, 2, -1],
    ['abc', 'c', 0, 2, -1],
    ['', 'a', 0, 0, -1],
  ];
  for (const [text, ch, from, to, want] of rows) {
    it(`${ch} in ${JSON.stringify(text)}[${from}, ${to}) at ${want}`, () => {
      assert.equal(indexOfCode(text, ch.charCodeAt(0), from, to), want);
    });
  }
});
