// Sentences and clauses of the target recognizer (src/core/targets/sentences.ts): clauses tile a
// sentence in order, each with the separator after it; spans are trimmed of blanks and edge punctuation.
import { strict as assert } from 'node:assert';
import { clauseEndAfter, clauseIndexAt, clausesOf, firstClause, isComma, isSemicolon, trim } from '../../../src/core/targets/sentences';

interface ClauseRow { text: string; want: [string, string][] }

const clauseRows: ClauseRow[] = [
  { text: '到2025年，数字园区达到300个', want: [['到2025年', '，'], ['数字园区达到300个', '']] },
  { text: '主要目标：A；B;C', want: [['主要目标', '：'], ['A', '；'], ['B', ';'], ['C', '']] },
  { text: '一句话没有分隔', want: [['一句话没有分隔', '']] },
  // Separators side by side make no empty clause.
  { text: '甲，，乙', want: [['甲', '，'], ['乙', '']] },
  // A sentence of separators only is one clause, itself.
  { text: '，', want: [['，', '']] },
];

describe('targets: sentences and clauses', () => {
  for (const r of clauseRows) {
    it(`clausesOf ${r.text}`, () => {
      const s = clausesOf(r.text, 0, r.text.length);
      assert.deepEqual(s.clauses.map(c => [r.text.slice(c.start, c.end), c.sep ? String.fromCharCode(c.sep) : '']), r.want);
      assert.deepEqual(firstClause(r.text, 0, r.text.length), s.clauses[0]);
    });
  }

  it('clauseIndexAt finds the clause holding each offset', () => {
    const text = '甲乙，丙丁；戊';
    const s = clausesOf(text, 0, text.length);
    const rows: [number, number][] = [[0, 0], [1, 0], [2, 0], [3, 1], [5, 1], [6, 2]];
    for (const [pos, k] of rows) { assert.equal(clauseIndexAt(s, pos), k, `offset ${pos}`); }
  });

  const trimRows: [string, string][] = [
    ['  ，到2025年：', '到2025年'],
    ['\u3000\t目标\r', '目标'],
    // Blanks the kernel calls inline spaces: no-break space, zero-width space, BOM.
    ['\u00a0\u200b目标\ufeff', '目标'],
    ['、，：', ''],
    // A newline is never trimmed: the line scan reads a line's head without knowing its end.
    ['\n目标', '\n目标'],
  ];
  for (const [text, want] of trimRows) {
    it(`trim ${JSON.stringify(text)}`, () => {
      const [s, e] = trim(text, 0, text.length);
      assert.equal(text.slice(s, e), want);
    });
  }

  it('clauseEndAfter stops at the first separator, else at the end', () => {
    assert.equal(clauseEndAfter('园区300个，企业', 0, 9), 6);
    assert.equal(clauseEndAfter('园区300个', 0, 7), 7);
  });

  it('tells commas and semicolons of either width', () => {
    const rows: [string, boolean, boolean][] = [['，', true, false], [',', true, false], ['；', false, true], [';', false, true], ['：', false, false]];
    for (const [c, comma, semicolon] of rows) {
      assert.equal(isComma(c.charCodeAt(0)), comma, c);
      assert.equal(isSemicolon(c.charCodeAt(0)), semicolon, c);
    }
    assert.equal(isSemicolon(0), false, 'no separator');
  });
});
