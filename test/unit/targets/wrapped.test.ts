// Targets in hard-wrapped text (docs/annotation.md §8 "Text pasted from a PDF"): a span crosses the
// breaks that only wrap its paragraph, keeps its `\n`s and a page-number line inside it, and starts
// after one before its marker; a marker word split by a break is still read; a paragraph's deadline
// stops where the paragraph ends. The text is set 16 Han characters (32 columns) wide.
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { EMPTY_PROFILE, type DocumentProfile } from '../../../src/core/profile';
import { extractTargets } from '../../../src/core/targets';
import { layers, Y, type Num } from './helpers';

const PLAN = [
  '　　到2030年，全省建成现代化物流',
  '枢纽12个，基本形成覆盖城乡的物流',
  '网络。推动冷链仓储设施建设，力',
  '— 3 —',
  '争到2028年建成国家级示范园区5',
  '个。',
  '　　推动建设区域分拨中心20个，力',
  '争到2029年实现县级物流中心全覆盖',
  '。',
].join('\n');

const wrapped = (width: number): DocumentProfile => ({ ...EMPTY_PROFILE, layout: { ...EMPTY_PROFILE.layout, wrapWidth: width } });

/** The plan's numbers and years, located in order, as the layers give them (a page number included, as a careless layer might). */
function planLayers(nums: string[], years: string[]): ReturnType<typeof layers> {
  return layers(PLAN, nums.map((n): Num => [n, 'exact', n.endsWith('个') ? '个' : null, Number.parseInt(n, 10)]), years.map(Y));
}

const WANT = [
  { text: '到2030年，全省建成现代化物流\n枢纽12个，基本形成覆盖城乡的物流\n网络', deadline: '2030', value: '12个', object: '现代化物流枢纽' },
  { text: '力\n— 3 —\n争到2028年建成国家级示范园区5\n个', deadline: '2028', value: '5个', object: '国家级示范园区' },
  { text: '力\n争到2029年实现县级物流中心全覆盖', deadline: '2029', value: '100%', object: '县级物流中心' },
];

describe('targets: hard-wrapped text', () => {
  it('spans cross wrapping breaks and a page-number line; objects read as one line', () => {
    const { numbers, dates } = planLayers(['12个', '3', '5\n个', '20个'], ['2030', '2028', '2029']);
    const got = extractTargets(PLAN, 0, PLAN.length, numbers, dates, '2025-06-01', wrapped(32));
    assert.deepEqual(got.map(t => ({ text: t.text, deadline: t.deadline, value: t.value, object: t.object })), WANT);
    for (const t of got) { assert.equal(PLAN.slice(t.start, t.end), t.text); }
  });

  it('the paragraph after an indented line does not inherit the deadline before it (20个 is no goal)', () => {
    const { numbers, dates } = planLayers(['12个', '5\n个', '20个'], ['2030', '2028', '2029']);
    const got = extractTargets(PLAN, 0, PLAN.length, numbers, dates, '2025-06-01', wrapped(32));
    assert.ok(!got.some(t => t.text.includes('20个')));
  });

  it('read line by line, the same text (not known to be wrapped) loses the goals split by a break', () => {
    const { numbers, dates } = planLayers(['12个', '5\n个', '20个'], ['2030', '2028', '2029']);
    const got = extractTargets(PLAN, 0, PLAN.length, numbers, dates, '2025-06-01', EMPTY_PROFILE);
    assert.ok(!got.some(t => t.text.includes('\n')));
  });

  it('the whole analysis sees the wrapping (the profile finds the width) and reads the same goals', () => {
    // The plan's paragraphs hard-wrapped at 40 columns, a page number after the second line.
    const paragraphs = [
      '各地要加快建设城乡冷链物流设施，推动形成覆盖全省的冷链物流网络体系，提升农产品流通效率和质量安全水平，降低全社会物流成本。',
      '到2030年，全省建成现代化物流枢纽12个，基本形成覆盖城乡的物流网络。推动冷链仓储设施建设，力争到2028年建成国家级示范园区5个。',
      '推动建设区域分拨中心20个，力争到2029年实现县级物流中心全覆盖。',
    ];
    const lines: string[] = [];
    for (const p of paragraphs) {
      let line = '　　';
      for (const ch of p) {
        line += ch;
        if (width(line) >= 39) { lines.push(line); line = ''; if (lines.length === 6) { lines.push('— 2 —'); } }
      }
      if (line) { lines.push(line); }
    }
    const text = `${lines.join('\n')}\n`;
    const got = analyze(text).targets;
    assert.deepEqual(got.map(t => t.text.replace(/\n(— 2 —\n)?/gu, '')), [
      '到2030年，全省建成现代化物流枢纽12个，基本形成覆盖城乡的物流网络',
      '力争到2028年建成国家级示范园区5个',
      '力争到2029年实现县级物流中心全覆盖',
    ]);
    assert.deepEqual(got.map(t => t.deadline), ['2030', '2028', '2029']);
    assert.ok(got.some(t => t.text.includes('\n')), 'some span crosses a break');
  });
});

/** Columns of a line: two for Han and full-width forms, one for the rest (as the profile counts). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) { w += /[\u3000-\u303f\u3400-\u9fff\uff00-\uff60\u2018-\u201d]/u.test(ch) ? 2 : 1; }
  return w;
}
