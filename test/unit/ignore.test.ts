// AnalyzeOptions.ignore (src/core/ignore.ts, docs/annotation.md §6 "Ignored phrases"): an annotation
// whose kind and text match an entry is not reported anywhere in the document, and an ignored number
// or date no longer feeds a target's value, a later date's anchor or the document date.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { ignoreEntriesOfFile, validateIgnoreEntries } from '../../src/core/ignore';
import type { Analysis, AnalyzeOptions, IgnoreEntry } from '../../src/core/types';

const TARGET = '力争到2027年建成200个左右高标准数字园区。今年上半年，新增就业654万人。';
const TWICE = '一是新增就业654万人。二是新增就业654万人，培育专精特新企业。';
const SIGNED = '关于加强管理的通知\n今年上半年，新增就业654万人。\n\n国务院\n二〇一八年十二月十三日\n';

function texts(a: Analysis): Record<string, string[]> {
  return {
    numbers: a.numbers.map(x => x.text), dates: a.dates.map(x => x.text),
    targets: a.targets.map(x => x.text), terms: a.terms.map(x => x.text),
  };
}

function run(text: string, ignore: IgnoreEntry[], options: AnalyzeOptions = {}): Analysis {
  return analyze(text, { referenceDate: '2024-09-02', ...options, ignore });
}

describe('ignore: what is dropped', () => {
  const cases: { name: string; text: string; ignore: IgnoreEntry[]; gone: Partial<Record<string, string[]>> }[] = [
    { name: 'a number', text: TARGET, ignore: [{ kind: 'number', text: '654万人' }], gone: { numbers: ['654万人'] } },
    { name: 'a date', text: TARGET, ignore: [{ kind: 'date', text: '今年上半年' }], gone: { dates: ['今年上半年'] } },
    { name: 'a target, and only the target', text: TARGET, ignore: [{ kind: 'target', text: '力争到2027年建成200个左右高标准数字园区' }], gone: { targets: ['力争到2027年建成200个左右高标准数字园区'] } },
    { name: 'a term', text: TWICE, ignore: [{ kind: 'term', text: '专精特新' }], gone: { terms: ['专精特新'] } },
    { name: 'every occurrence of the phrase', text: TWICE, ignore: [{ kind: 'number', text: '654万人' }], gone: { numbers: ['654万人', '654万人'] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const before = texts(run(c.text, []));
      const after = texts(run(c.text, c.ignore));
      const expected: Record<string, string[]> = {};
      for (const [kind, list] of Object.entries(before)) {
        const drop = [...(c.gone[kind] ?? [])];
        expected[kind] = list.filter(t => { const i = drop.indexOf(t); if (i < 0) { return true; } drop.splice(i, 1); return false; });
        assert.deepEqual(drop, [], `${kind}: everything to drop was there before`);
      }
      assert.deepEqual(after, expected);
    });
  }

  it('matches the exact text: 200个 does not drop 200个左右', () => {
    assert.deepEqual(texts(run(TARGET, [{ kind: 'number', text: '200个' }])).numbers, ['200个左右', '654万人']);
  });

  it('matches the kind: a number entry leaves the date of the same text', () => {
    assert.deepEqual(texts(run(TARGET, [{ kind: 'number', text: '2027年' }])).dates, ['2027年', '今年上半年']);
  });

  it('an empty list (or none) changes nothing', () => {
    assert.deepEqual(run(TARGET, []), analyze(TARGET, { referenceDate: '2024-09-02' }));
    assert.deepEqual(analyze(SIGNED, { ignore: [] }), analyze(SIGNED));
  });
});

describe('ignore: what an ignored number or date no longer does', () => {
  it('an ignored number is no target value: the target keeps its deadline, its value is gone', () => {
    const a = run(TARGET, [{ kind: 'number', text: '200个左右' }]);
    assert.deepEqual(a.targets.map(t => [t.deadline, t.value]), [['2027', null]]);
  });

  it('an ignored target leaves its numbers and dates highlighted', () => {
    const a = run(TARGET, [{ kind: 'target', text: '力争到2027年建成200个左右高标准数字园区' }]);
    assert.deepEqual(texts(a).numbers, ['200个左右', '654万人']);
    assert.deepEqual(texts(a).dates, ['2027年', '今年上半年']);
  });

  it('an ignored signature date gives no document date, so relative dates stay unresolved', () => {
    const kept = analyze(SIGNED);
    assert.equal(kept.documentDate?.source, 'signature');
    assert.deepEqual(kept.dates.find(d => d.text === '今年上半年')?.resolved, { start: '2018-01-01', end: '2018-06-30' });
    const a = analyze(SIGNED, { ignore: [{ kind: 'date', text: '二〇一八年十二月十三日' }] });
    assert.equal(a.documentDate, null);
    assert.deepEqual(a.dates.map(d => [d.text, d.resolved]), [['今年上半年', null]]);
  });
});

describe('ignore: lists as read from settings and files', () => {
  it('keeps good entries once and reports each bad one by its position', () => {
    const r = validateIgnoreEntries([
      { kind: 'number', text: '一是' }, { kind: 'number', text: '一是' }, { kind: 'numbers', text: 'x' },
      { kind: 'date', text: '' }, 'term', { kind: 'term', text: 'x'.repeat(501) }, { kind: 'target', text: '到2027年' },
    ]);
    assert.deepEqual(r.entries, [{ kind: 'number', text: '一是' }, { kind: 'target', text: '到2027年' }]);
    assert.deepEqual(r.problems, [
      'entry 3: kind must be number, date, target or term',
      'entry 4: text must be a non-empty string',
      'entry 5: not an object',
      'entry 6: text is longer than 500 characters',
    ]);
  });

  it('refuses a list that is not an array', () => {
    assert.deepEqual(validateIgnoreEntries({ kind: 'number' }).entries, []);
    assert.equal(validateIgnoreEntries('x').problems.length, 1);
  });

  const files: [string, unknown][] = [
    ['{ "ignore": [...] }', { ignore: [{ kind: 'date', text: '目前' }] }],
    ['a settings.json with "policyLens.ignore"', { 'editor.wordWrap': 'on', 'policyLens.ignore': [{ kind: 'date', text: '目前' }] }],
    ['the bare array', [{ kind: 'date', text: '目前' }]],
  ];
  for (const [shape, data] of files) {
    it(`reads ${shape}`, () => {
      assert.deepEqual(ignoreEntriesOfFile(data), { entries: [{ kind: 'date', text: '目前' }], problems: [] });
    });
  }

  it('says what it expected of a file without a list', () => {
    assert.deepEqual(ignoreEntriesOfFile({ entries: [] }).problems, ['no ignore list: expected { "ignore": [...] }, { "policyLens.ignore": [...] } or an array']);
  });
});
