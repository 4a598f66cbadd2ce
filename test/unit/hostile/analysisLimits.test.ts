// Degenerate text (5% or 今年 written a million times) made the analysis hold 2 GB for 10 million
// characters: a raw date takes about 280 bytes until it is resolved, an annotation about 100. An
// analysis keeps at most MAX_PER_KIND annotations of a kind; the annotations of such a text stop
// before the chunk that would pass it, and Analysis.limit says where and why. Memory itself is
// measured by `npm run bench` (memory per MB of dense text).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { analyze, MAX_PER_KIND } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/types';
import { GOV_CN, govCnTexts } from '../fixtures';
import { analyzeWith } from '../stepWorkMeter';

const kindsOf = (a: Analysis) => ({ numbers: a.numbers, dates: a.dates, targets: a.targets, terms: a.terms });

describe('analysis: a limit on the annotations of one kind', function () {
  this.timeout(60000);

  // [family, unit repeated, the kind that reaches the limit]
  const families: [string, string, 'numbers' | 'dates' | 'targets' | 'terms'][] = [
    ['5% repeated', '5%，', 'numbers'],
    ['今年 repeated', '今年，', 'dates'],
    ['a term repeated', '新质生产力，', 'terms'],
    ['a target repeated', '力争实现园区全覆盖。', 'targets'],
  ];
  for (const [what, unit, kind] of families) {
    it(`${what}: ${kind} stop before the chunk that would pass the limit, and the analysis says so`, () => {
      const text = unit.repeat(4000);
      const a = analyzeWith(text, { chunkSize: 256, maxPerKind: 1000 });
      assert.ok(a.limit, 'no limit reported');
      assert.equal(a.limit.kind, kind);
      assert.equal(a.limit.max, 1000);
      assert.ok(a.limit.end > 0 && a.limit.end < text.length);
      for (const [k, list] of Object.entries(kindsOf(a))) {
        assert.ok(list.length <= 1000, `${k}: ${list.length}`);
        for (const s of list) { assert.ok(s.start < a.limit.end, `${k} at ${s.start} after the limit ${a.limit.end}`); }
      }
      // Everything before the limit is what the analysis of that part alone gives.
      const before = analyzeWith(text.slice(0, a.limit.end), { chunkSize: 256 });
      assert.deepEqual(a[kind], before[kind]);
      // Within one chunk (256 characters) of the limit: no more was dropped than needed.
      assert.ok(a[kind].length > 1000 - 256, `${kind}: only ${a[kind].length} kept`);
    });
  }

  it('the outline still covers the whole text', () => {
    const text = '主持人：好。\n'.repeat(50) + '5%'.repeat(3000);
    const a = analyzeWith(text, { chunkSize: 256, maxPerKind: 1000 });
    assert.equal(a.limit?.kind, 'numbers');
    assert.deepEqual(a.outline, analyze(text).outline);
  });

  it(`at the default limit (${MAX_PER_KIND.toLocaleString('en-US')} per kind): 5% written 300,000 times`, () => {
    const text = '5%'.repeat(300000);
    const a = analyze(text);
    assert.equal(a.limit?.kind, 'numbers');
    assert.ok(a.numbers.length <= MAX_PER_KIND && a.numbers.length > MAX_PER_KIND - 8192);
  });

  // The limit leaves room: the gov.cn corpus, at its density, would hold at the editor's limit of
  // 5 million characters less than half of MAX_PER_KIND of every kind.
  it('real text at the editor\'s 5 M-character limit would hold less than half of it', function () {
    if (!existsSync(GOV_CN)) { this.skip(); }
    const text = govCnTexts().map(d => d.text).join('\n');
    const a = analyze(text);
    assert.equal(a.limit, undefined);
    for (const [kind, list] of Object.entries(kindsOf(a))) {
      const at5M = list.length * 5_000_000 / text.length;
      assert.ok(at5M < MAX_PER_KIND / 2, `${kind}: ${Math.round(at5M)} at 5 M characters`);
    }
  });
});
