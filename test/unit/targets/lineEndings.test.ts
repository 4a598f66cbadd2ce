// Line endings (docs/annotation.md §3, §7 "Targets"): a paragraph ends at a line break whether it is
// written LF, CRLF or CR alone (old Mac text), so a paragraph's deadline never reaches the next one,
// a regulation's article line is skipped only to its own end, and bullets under a goal header keep
// the header's deadline. Each row is written once with LF and read in all three forms, through the
// whole analysis and through the target recognizer with hand-made layers.
import { strict as assert } from 'node:assert';
import { analyze, chunkBoundaries, CHUNK_SIZE, type CutLog } from '../../../src/core/analyze';
import { firstChunkSize } from '../../../src/core/chunks';
import { analyzeWith } from '../stepWorkMeter';
import { extractTargets } from '../../../src/core/targets';
import type { DateAnnotation, NumberAnnotation } from '../../../src/core/types';

interface Row { name: string; text: string; want: [string, string | null][] }

const rows: Row[] = [
  {
    name: 'a 到…年 paragraph hands its deadline to its own later clauses only',
    text: '到2026年，全市新建公园30个。\n改造绿道50公里。',
    want: [['到2026年，全市新建公园30个', '2026']],
  },
  {
    name: 'an article line is skipped to its own end, not to the end of the text',
    text: '第八条　到2025年，新建10个园区。\n力争到2027年建成200个数字园区。',
    want: [['力争到2027年建成200个数字园区', '2027']],
  },
  {
    name: 'bullets under a goal header ending in a colon keep its deadline',
    text: '到2028年，实现以下目标：\n——建成充电桩500万个。\n——培育100家龙头企业。\n\n另外推出50项措施。',
    want: [['建成充电桩500万个', '2028'], ['培育100家龙头企业', '2028']],
  },
];

const FORMS: [string, string][] = [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']];

/** The numbers and dates of `text` as the layers give them: every N年 a year, every other digit run a count. */
function layers(text: string): { numbers: NumberAnnotation[]; dates: DateAnnotation[] } {
  const numbers: NumberAnnotation[] = [];
  const dates: DateAnnotation[] = [];
  for (const m of text.matchAll(/\d+(年|个|公里|家|项|万个)?/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1] === '年') {
      const y = m[0].slice(0, 4);
      dates.push({ start, end, text: m[0], relative: false, resolved: { start: `${y}-01-01`, end: `${y}-12-31` } } as DateAnnotation);
    } else {
      numbers.push({ start, end, text: m[0], value: Number.parseInt(m[0], 10), unit: m[1] ?? null, qualifier: 'exact', kind: 'cardinal' } as NumberAnnotation);
    }
  }
  return { numbers, dates };
}

describe('targets: line endings', () => {
  for (const r of rows) {
    for (const [form, eol] of FORMS) {
      const text = r.text.split('\n').join(eol);
      it(`${r.name} (${form}, the target recognizer)`, () => {
        const { numbers, dates } = layers(text);
        const got = extractTargets(text, 0, text.length, numbers, dates);
        assert.deepEqual(got.map(t => [t.text, t.deadline]), r.want);
      });
      it(`${r.name} (${form}, the whole analysis)`, () => {
        assert.deepEqual(analyze(text).targets.map(t => [t.text, t.deadline]), r.want);
      });
    }
  }

  it('chunk boundaries of old Mac text fall right after a CR, never inside a paragraph', () => {
    // Paragraphs shorter than the first chunk (chunks.ts firstChunkSize): a chunk shorter than a
    // paragraph ends at a sentence end inside it, by rule 2.
    const paragraph = `${'到2030年，全市新建口袋公园100个，改造老旧小区80个。'.repeat(16)}\r`;
    assert.ok(paragraph.length < firstChunkSize(CHUNK_SIZE) / 2);
    const text = paragraph.repeat(100);
    const bounds = chunkBoundaries(text);
    assert.ok(bounds.length > 3, 'the text is cut into several chunks');
    for (const b of bounds.slice(1, -1)) { assert.equal(text[b - 1], '\r', `boundary ${b} follows a CR`); }
  });

  it('the target pass cuts old Mac text where it cuts the same text with LF: at its line breaks', () => {
    // Paragraphs of targets, a header whose bullets take its deadline, bullets: every kind of line the cut check reads.
    const lines = [
      '到2030年，全市新建口袋公园100个，改造老旧小区80个。'.repeat(4),
      '主要目标：',
      '——新建充电桩5000个；',
      '——改造供水管网300公里。',
      '力争到2027年培育10家链主企业，带动就业2万人。'.repeat(3),
    ];
    const lf = Array(60).fill(lines.join('\n')).join('\n');
    const logged = (text: string): number => {
      const log: CutLog = { forced: [], targets: [] };
      analyzeWith(text, { chunkSize: 512, log });
      return log.targets.length;
    };
    const byLf = logged(lf);
    assert.equal(logged(lf.replace(/\n/g, '\r')), byLf);
    assert.equal(logged(lf.replace(/\n/g, '\r\n')), byLf);
  });

  it('a huge line without any break is still cut at the size limit', () => {
    const text = '数字园区'.repeat(50000);
    const bounds = chunkBoundaries(text);
    assert.ok(bounds.length > 10);
    for (let i = 1; i < bounds.length; i++) { assert.ok(bounds[i] - bounds[i - 1] <= CHUNK_SIZE, `chunk ${i}: ${bounds[i] - bounds[i - 1]} characters`); }
  });
});
