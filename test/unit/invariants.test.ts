// docs/annotation.md's span contract, checked on every fixture: spans inside the text, text equal to
// the slice, sorted, no overlap within a kind, outline nodes nested, output deterministic.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { checkOutline, checkSpans } from './contract';
import { fixtureTexts } from './fixtures';

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
