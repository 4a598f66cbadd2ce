// Text pasted from a PDF (docs/annotation.md §8): lines hard-wrapped at one width (the profile's
// layout.wrapWidth) and page-number lines. A line that fills the width without closing
// punctuation runs on whatever the next line begins with; one short of the width ends its
// paragraph; page-number lines are no lines at all. Built with the document's profile, as the
// analysis builds it.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { buildOutline } from '../../../src/core/outline';
import { profileDocument } from '../../../src/core/profile';
import { shape, skeleton } from './helpers';

/** Characters per line of the texts below (72 columns). */
const W = 36;
const FILLER = '职业教育与普通教育是两种不同教育类型具有同等重要地位改革开放以来职业教育为经济社会发展提供了有力的人才和智力支撑'
  + '服务能力不断增强为贯彻落实全国教育大会精神结合本省实际加快推进职业教育与产业深度融合推动职业院校与行业企业协同育人';
const fill = (n: number): string => FILLER.slice(0, n);

/** A paragraph hard-wrapped at W characters, its first line indented with two ideographic spaces. */
function wrap(paragraph: string): string[] {
  const s = '　　' + paragraph;
  const out: string[] = [];
  for (let i = 0; i < s.length; i += W) { out.push(s.slice(i, i + W)); }
  return out;
}

const outline = (text: string): string[] => shape(buildOutline(text, { profile: profileDocument(text) }));

describe('outline: hard-wrapped text (§8 "Text pasted from a PDF")', () => {
  const lines = [
    '某某省职业教育改革实施方案', // 0
    // 1–4: the first line fills the width and ends …推进一、; the next begins 二、三产业 and is no marker
    ...wrap(fill(W - 2 - 4) + '推进一、' + '二、三产业融合发展，' + fill(W * 2 - 10) + '，制定本方案。'),
    '　　一、完善职业教育制度体系', // 5
    '　　（一）健全制度框架。', // 6
    // 7–8, a page-number line (9) in mid-sentence, and the sentence runs on into a line that opens like a marker (10)
    ...wrap(fill(W * 2 - 2 - 1) + '第').slice(0, 2),
    '— 2 —',
    '（三）项所列事项由省教育厅会同有关部门负责落实。',
    // 11: longer than a heading but short of the width, without closing punctuation: the paragraph ends, a heading follows
    fill(30) + '的',
    '强化组织实施保障', // 12
    ...wrap(fill(W + 10) + '。'),
  ];
  const text = lines.join('\n');

  it('the profile finds the wrap width', () => {
    assert.equal(profileDocument(text).layout.wrapWidth, W * 2);
  });

  it('a full line runs on whatever follows, across a page-number line; a line short of the width ends its paragraph', () => {
    assert.deepEqual(outline(text), ['article@0<-', 'section@5<article', 'point@6<section', 'section@12<section']);
  });

  it('without the wrap width the same lines read as broken sentences and markers', () => {
    assert.deepEqual(shape(buildOutline(text)), ['article@0<-', 'point@2<article', 'section@5<article', 'point@6<section', 'point@10<section']);
  });

  it('old Mac line ends (CR alone) and CRLF give the same outline as LF, through the whole analysis', () => {
    const lf = analyze(text).outline;
    for (const nl of ['\r', '\r\n']) {
      const other = text.replace(/\n/g, nl);
      assert.equal(profileDocument(other).layout.wrapWidth, W * 2);
      assert.deepEqual(skeleton(analyze(other).outline), skeleton(lf));
      assert.deepEqual(shape(analyze(other).outline), shape(lf));
    }
  });

  it('page-number lines are never nodes, also where a heading would stand', () => {
    const t = ['某某实施方案', '— 1 —', '一、总体要求', '第 2 页', '二、重点任务', '- 3 -'].join('\n');
    assert.deepEqual(outline(t), ['article@0<-', 'section@2<article', 'section@4<article']);
  });
});
