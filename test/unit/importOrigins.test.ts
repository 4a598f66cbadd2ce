// Where the text of an opened file came from (src/extension/import/origins.ts): the paragraph at an
// offset, the row of a Word table, a short list of pages.
import assert from 'node:assert/strict';
import { originAt, pageList, wordTableRow } from '../../src/extension/import/origins';
import type { Origin } from '../../src/import/types';

// Three paragraphs as a converter writes them: `一二三` `四五` `六`, a blank line between.
const ORIGINS: Origin[] = [{ start: 0, end: 3, page: 1 }, { start: 5, end: 7, page: 1 }, { start: 9, end: 10, page: 3 }];

describe('opened files: origins', () => {
  describe('originAt', () => {
    const cases: [number, Origin | undefined][] = [
      [0, ORIGINS[0]], [2, ORIGINS[0]], [3, ORIGINS[0]], [4, ORIGINS[0]], // the blank line belongs to the paragraph before
      [5, ORIGINS[1]], [8, ORIGINS[1]], [9, ORIGINS[2]], [10, ORIGINS[2]], [500, ORIGINS[2]],
      [-1, undefined],
    ];
    for (const [offset, want] of cases) {
      it(`offset ${offset} → ${want ? `the paragraph at ${want.start}` : 'none'}`, () => { assert.equal(originAt(ORIGINS, offset), want); });
    }
    it('finds nothing in a document without paragraphs', () => { assert.equal(originAt([], 0), undefined); });
    it('finds the right one among many (binary search)', () => {
      const many: Origin[] = Array.from({ length: 1000 }, (_, i) => ({ start: i * 10, end: i * 10 + 8, page: i + 1 }));
      for (const i of [0, 1, 499, 998, 999]) { assert.equal(originAt(many, i * 10 + 3)?.page, i + 1); }
    });
  });

  describe('wordTableRow', () => {
    const cases: [string | undefined, { table: number; row: number } | undefined][] = [
      ['w:body/w:tbl[1]/w:tr[3]', { table: 1, row: 3 }],
      ['w:body/w:tbl[12]/w:tr[40]/w:tc[1]', { table: 12, row: 40 }], // a one-cell row's paragraphs
      ['w:body/w:p[14]', undefined],
      ['w:body/w:sdt[1]/w:tbl[1]/w:tr[2]', undefined], // not a top-level table: its number would mislead
      ['html[1]/body[1]/table[1]/tr[2]', undefined],
      [undefined, undefined],
    ];
    for (const [element, want] of cases) {
      it(`${element ?? '(none)'} → ${want ? `table ${want.table}, row ${want.row}` : 'no label'}`, () => { assert.deepEqual(wordTableRow(element), want); });
    }
  });

  describe('pageList', () => {
    const cases: [number[], number | undefined, string][] = [
      [[2], undefined, '2'],
      [[2, 5, 6, 7, 9], undefined, '2, 5–7, 9'],
      [[7, 5, 6, 5, 2], undefined, '2, 5–7'],
      [[1, 3, 5, 7, 9, 11], 4, '1, 3, 5, 7, …'],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9], 1, '1–9'],
      [[], undefined, ''],
    ];
    for (const [pages, max, want] of cases) {
      it(`${JSON.stringify(pages)}${max ? ` (at most ${max})` : ''} → "${want}"`, () => { assert.equal(pageList(pages, max), want); });
    }
  });
});
