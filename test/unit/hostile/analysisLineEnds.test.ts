// Old Mac line ends: a real document whose lines end with a lone \r gives the annotations it gives
// with \n. The analysis reads the text as it is (no normalised copy: offsets and span texts stay
// those of the document), so every part of it must take a lone \r as a line end: the profile and
// the chunk cuts (the pipeline), and each recognizer. CR and LF are one code unit each, so the
// offsets are equal. Read at test time from ../shared/corpus/gov-cn (45 State Council texts).
import assert from 'node:assert/strict';
import { analyze, chunkBoundaries } from '../../../src/core/analyze';
import { profileDocument } from '../../../src/core/profile';
import type { Analysis } from '../../../src/core/types';
import { govCnTexts } from '../fixtures';

const docs = govCnTexts().map(({ name, text }) => {
  const lf = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { name, lf, cr: lf.replace(/\n/g, '\r') };
});

/** The same JSON with every \r read as \n (a span that holds a line end holds the other one). */
const asLf = (x: unknown): string => JSON.stringify(x).replace(/\\r/g, '\\n');

let analyses: { name: string; lf: Analysis; cr: Analysis }[] | undefined;
/** The documents (by name) whose `pick` differs between the LF and the CR text. */
function differing(pick: (a: Analysis) => unknown): string[] {
  analyses ??= docs.map(d => ({ name: d.name, lf: analyze(d.lf), cr: analyze(d.cr) }));
  return analyses.filter(x => asLf(pick(x.lf)) !== asLf(pick(x.cr))).map(x => x.name);
}

describe('analysis: lines ending with a lone \\r (old Mac) read as lines ending with \\n', function () {
  this.timeout(120000);
  if (docs.length === 0) { it.skip('no corpus at ../shared/corpus/gov-cn'); return; }

  it('the pipeline: the document profile is the same', () => {
    for (const d of docs) { assert.deepEqual(profileDocument(d.cr), profileDocument(d.lf), d.name); }
  });

  it('the pipeline: chunks end at the same offsets (at lone \\r as at \\n)', () => {
    const lf = docs.map(d => d.lf).join('\n');
    const cr = lf.replace(/\n/g, '\r');
    const b = chunkBoundaries(cr);
    assert.ok(b.length > 10);
    assert.deepEqual(b, chunkBoundaries(lf));
    for (const p of b.slice(1, -1)) { assert.equal(cr.charCodeAt(p - 1), 13, `cut at ${p} is after no \\r`); }
  });

  const kinds: [string, (a: Analysis) => unknown][] = [
    ['numbers', a => a.numbers],
    ['terms', a => a.terms],
    ['outline', a => a.outline],
    ['document date (the dates recognizer reads header and signature lines)', a => a.documentDate],
    ['dates (resolved against the document date)', a => a.dates],
    ['targets (the target recognizer reads a paragraph as a line)', a => a.targets],
  ];
  for (const [what, pick] of kinds) {
    it(`${what}: the same in all ${docs.length} documents`, () => {
      assert.deepEqual(differing(pick), []);
    });
  }
});
