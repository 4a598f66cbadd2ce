// The diff behind `npm run eval:corpus -- --against REF` (scripts/lib/annotationDiff.mjs): two
// analyses of the same text, as the JSON export prints them, compared annotation by annotation.
import assert from 'node:assert/strict';
import { contextOf, countChanges, diffAnalyses, type AnalysisJson, type DiffEntry, type DiffKind } from '../../scripts/lib/annotationDiff.mjs';

const TEXT = '力争到2027年建成200个左右高标准数字园区，占比27%。\n新质生产力';

/** A number on the span of `sub` in TEXT (its first occurrence from `from`), with attributes to override. */
function num(sub: string, extra: Record<string, unknown> = {}, from = 0): Record<string, unknown> {
  const start = TEXT.indexOf(sub, from);
  assert.ok(start >= 0, `${sub} not in TEXT`);
  return { start, end: start + sub.length, text: sub, value: 27, unit: '%', qualifier: 'exact', kind: 'percent', ...extra };
}

function analysis(parts: Partial<Record<'documentDate' | 'numbers' | 'dates' | 'targets' | 'terms' | 'outline', unknown>> = {}): AnalysisJson {
  return { schemaVersion: 1, documentDate: null, numbers: [], dates: [], targets: [], terms: [], outline: [], ...parts };
}

function node(kind: string, line: number, start: number, name: string, children: unknown[] = [], end = start + 10): Record<string, unknown> {
  return { kind, name, line, start, end, selectionStart: start, selectionEnd: start + name.length, children };
}

/** What a test states of an entry: kind, change, start, end, and the fields that changed. */
const brief = (e: DiffEntry): unknown[] => [e.kind, e.change, e.start, e.end, ...(e.fields ? [e.fields.map(f => f.field).join(',')] : [])];

const P27 = TEXT.indexOf('27%');
const P200 = TEXT.indexOf('200个左右');
/** The 27 of 27% without its percent sign (the first 27 of TEXT is in 2027年). */
const bare27 = (): Record<string, unknown> => num('27', { unit: null }, P27);

const CASES: { name: string; old: AnalysisJson; new: AnalysisJson; kinds?: DiffKind[]; want: unknown[][] }[] = [
  { name: 'unchanged: equal analyses', old: analysis({ numbers: [num('27%')] }), new: analysis({ numbers: [num('27%')] }), want: [] },
  {
    name: 'unchanged: the same attributes in another key order',
    old: analysis({ numbers: [num('27%')] }),
    new: analysis({ numbers: [{ kind: 'percent', qualifier: 'exact', unit: '%', value: 27, text: '27%', end: P27 + 3, start: P27 }] }),
    want: [],
  },
  { name: 'appeared', old: analysis(), new: analysis({ numbers: [num('27%')] }), want: [['number', 'appeared', P27, P27 + 3]] },
  { name: 'disappeared', old: analysis({ numbers: [num('27%')] }), new: analysis(), want: [['number', 'disappeared', P27, P27 + 3]] },
  {
    name: 'changed: same span, other value and qualifier',
    old: analysis({ numbers: [num('27%')] }),
    new: analysis({ numbers: [num('27%', { value: 0.27, qualifier: 'approx' })] }),
    want: [['number', 'changed', P27, P27 + 3, 'value,qualifier']],
  },
  {
    name: 'changed: a field only one side has',
    old: analysis({ numbers: [num('27%')] }),
    new: analysis({ numbers: [num('27%', { change: 'up' })] }),
    want: [['number', 'changed', P27, P27 + 3, 'change']],
  },
  {
    name: 'spans shifted: a span that grew is one disappeared and one appeared, the old first',
    old: analysis({ numbers: [bare27()] }),
    new: analysis({ numbers: [num('27%')] }),
    want: [['number', 'disappeared', P27, P27 + 2], ['number', 'appeared', P27, P27 + 3]],
  },
  {
    name: 'spans shifted in the list: one found earlier in the text leaves the others paired',
    old: analysis({ numbers: [num('27%')] }),
    new: analysis({ numbers: [num('200个左右', { value: 200, unit: '个', qualifier: 'approx', kind: 'quantity' }), num('27%')] }),
    want: [['number', 'appeared', P200, P200 + 6]],
  },
  {
    name: 'two annotations on one span are paired one for one',
    old: analysis({ terms: [{ start: 0, end: 2, text: '力争', entry: 'a' }, { start: 0, end: 2, text: '力争', entry: 'b' }] }),
    new: analysis({ terms: [{ start: 0, end: 2, text: '力争', entry: 'a' }] }),
    want: [['term', 'disappeared', 0, 2]],
  },
  {
    name: 'targets and dates by kind, in report order',
    old: analysis({ dates: [{ start: 3, end: 8, text: '2027年', relative: false, resolved: { start: '2027-01-01', end: '2027-12-31' } }] }),
    new: analysis({
      dates: [{ start: 3, end: 8, text: '2027年', relative: false, resolved: null }],
      targets: [{ start: 0, end: 22, text: TEXT.slice(0, 22), deadline: '2027', value: '≈200个', object: null, strength: 'strive' }],
    }),
    want: [['date', 'changed', 3, 8, 'resolved'], ['target', 'appeared', 0, 22]],
  },
  {
    name: 'outline: paired by where a node starts; its end moving is no change, its parent\'s kind is',
    old: analysis({ outline: [node('article', 0, 0, '标题', [node('point', 1, 30, '新质生产力', [], 35)], 35)] }),
    new: analysis({ outline: [node('section', 0, 0, '标题', [node('point', 1, 30, '新质生产力', [], 36)], 36)] }),
    want: [['outline', 'changed', 0, 2, 'kind'], ['outline', 'changed', 30, 35, 'parentKind']],
  },
  {
    name: 'the document date: changed source',
    old: analysis({ documentDate: { date: '2024-09-02', source: 'dateline', text: '9月2日', start: 5, end: 9 } }),
    new: analysis({ documentDate: { date: '2024-09-02', source: 'header', text: '9月2日', start: 5, end: 9 } }),
    want: [['documentDate', 'changed', 5, 9, 'source']],
  },
  {
    name: 'the document date: found only by the new version',
    old: analysis(),
    new: analysis({ documentDate: { date: '2024-09-02', source: 'setting', text: '2024-09-02' } }),
    want: [['documentDate', 'appeared', null, null]],
  },
  {
    name: 'only the kinds asked for',
    old: analysis({ numbers: [num('27%')], terms: [] }),
    new: analysis({ numbers: [], terms: [{ start: 29, end: 34, text: '新质生产力', entry: '新质生产力' }] }),
    kinds: ['term'],
    want: [['term', 'appeared', 29, 34]],
  },
];

describe('eval:corpus: the annotation diff', () => {
  for (const c of CASES) {
    it(c.name, () => {
      assert.deepEqual(diffAnalyses(c.old, c.new, c.kinds).map(brief), c.want);
    });
  }

  it('a span that grew names the one it replaced, and the other way round', () => {
    const d = diffAnalyses(analysis({ numbers: [bare27()] }), analysis({ numbers: [num('27%')] }));
    assert.deepEqual(d.map(e => [e.change, e.overlapping?.map(x => x.text)]), [['disappeared', ['27%']], ['appeared', ['27']]]);
  });

  it('a change lists old and new value of each field', () => {
    const [e] = diffAnalyses(analysis({ numbers: [num('27%')] }), analysis({ numbers: [num('27%', { value: [20, 27] })] }));
    assert.deepEqual(e.fields, [{ field: 'value', old: 27, new: [20, 27] }]);
  });

  it('counts per change', () => {
    const d = diffAnalyses(analysis({ numbers: [bare27(), num('200个左右')] }), analysis({ numbers: [num('27%'), num('200个左右', { value: 200 })] }));
    assert.deepEqual(countChanges(d), { appeared: 1, disappeared: 1, changed: 1 });
  });
});

describe('eval:corpus: a span in its context', () => {
  const CONTEXT: [string, number, number, number | undefined, string][] = [
    ['短文', 0, 2, undefined, '«短文»'],
    ['一二三四五六七八九十甲乙丙丁', 10, 12, 3, '…八九十«甲乙»丙丁'],
    ['第一行\n第二行\r\n第三行', 4, 7, 12, '第一行⏎«第二行»⏎第三行'],
    ['合计\t120\t35', 3, 6, 2, '…计⇥«120»⇥3…'],
    ['无', null as unknown as number, null as unknown as number, undefined, ''],
  ];
  for (const [text, start, end, width, want] of CONTEXT) {
    it(`${JSON.stringify(text)} [${start}, ${end})`, () => { assert.equal(contextOf(text, start, end, width), want); });
  }

  it('a span over 80 characters keeps its two ends', () => {
    const long = '甲'.repeat(50) + '乙'.repeat(50);
    const got = contextOf(long, 0, 100, 0);
    assert.equal(got, `«${'甲'.repeat(38)} … ${'乙'.repeat(38)}»`);
  });
});
