// Hard-wrapped text (src/core/layout.ts, docs/annotation.md §8 "Text pasted from a PDF"): which lines
// are page numbers (the kernel's isPageNumberLine, which every recognizer shares), and which line
// breaks only wrap a paragraph. Lines here are 16 Han characters
// wide (32 columns), as a PDF page would set them.
import { strict as assert } from 'node:assert';
import { continuationAfter, fillWidth } from '../../src/core/layout';
import { isPageNumberLine, lineEndAt, nextLineStart } from '../../src/core/text';

describe('layout: page-number lines', () => {
  const rows: [string, boolean][] = [
    ['— 3 —', true], ['—3—', true], ['- 12 -', true], ['－ 7 －', true], ['　　— 4 —　', true], ['第3页', true], ['第 12 頁', true], ['15', true],
    ['— 3', false], ['3 —', false], ['2019', false], ['第三页', false], ['第3条', false], ['— 一 —', false], ['——', false], ['', false],
    ['5—10年', false], ['12345', false], ['— 3 — 4 —', false],
    ['第 3 页 共 12 页', true], ['3/12', true], ['第3页 共', false], ['1000', false],
  ];
  for (const [line, want] of rows) {
    it(`${JSON.stringify(line)} ${want ? 'is' : 'is not'} a page number`, () => {
      assert.equal(isPageNumberLine(line, 0, line.length), want);
    });
  }
});

describe('layout: a wrapped line runs on', () => {
  const W = 32;
  // [the text, the line whose break is asked about (0-based), the line the paragraph runs on into, or -1]
  const rows: [string, string, number, number][] = [
    ['a full line without closing punctuation runs on', '各地要加快建设城乡冷链物流设施，\n推动形成覆盖全省的网络。', 0, 1],
    ['a full line ending in 。 runs on into an unindented line', '各地要加快建设城乡冷链物流设施。\n推动形成覆盖全省的网络。', 0, 1],
    ['a short line ends its paragraph', '各地要加快建设冷链设施。\n推动形成覆盖全省的网络。', 0, -1],
    ['a short heading line without punctuation ends too', '一、加快建设冷链设施\n推动形成覆盖全省的网络。', 0, -1],
    ['an indented next line starts a paragraph', '各地要加快建设城乡冷链物流设施，\n　　推动形成覆盖全省的网络。', 0, -1],
    ['a blank next line ends the paragraph', '各地要加快建设城乡冷链物流设施，\n\n推动形成覆盖全省的网络。', 0, -1],
    ['the last line has nothing to run on into', '各地要加快建设城乡冷链物流设施，', 0, -1],
    ['a page-number line between is crossed', '各地要加快建设城乡冷链物流设施和\n— 5 —\n推动形成覆盖全省的网络。', 0, 2],
    ['two page-number lines (footer and header) are crossed', '各地要加快建设城乡冷链物流设施和\n— 5 —\n6\n推动形成覆盖全省的网络。', 0, 3],
    ['after closing punctuation an enumeration marker opens a paragraph', '各地要加快建设城乡冷链物流设施。\n二、推动形成覆盖全省的网络。', 0, -1],
    ['without closing punctuation a marker-like start runs on (…推进一、\\n二、三产业…)', '各地要加快建设城乡冷链设施推进一、\n二、三产业融合发展。', 0, 1],
    ['CRLF breaks', '各地要加快建设城乡冷链物流设施，\r\n推动形成覆盖全省的网络。', 0, 1],
    ['CR breaks', '各地要加快建设城乡冷链物流设施，\r推动形成覆盖全省的网络。', 0, 1],
  ];
  for (const [name, text, line, want] of rows) {
    it(name, () => {
      const starts = [0];
      for (let e = lineEndAt(text, 0); e < text.length; e = lineEndAt(text, starts[starts.length - 1])) { starts.push(nextLineStart(text, e)); }
      const ls = starts[line];
      const got = continuationAfter(text, ls, lineEndAt(text, ls), W);
      assert.equal(got, want < 0 ? -1 : starts[want]);
    });
  }

  it('nothing runs on in text that is not hard-wrapped (width 0)', () => {
    const text = '各地要加快建设城乡冷链物流设施，\n推动形成覆盖全省的网络。';
    assert.equal(continuationAfter(text, 0, lineEndAt(text, 0), 0), -1);
  });

  it('a line fills the width within a margin (digits set narrower than Han)', () => {
    assert.equal(fillWidth(32), 28);
    assert.equal(fillWidth(70), 64);
  });
});
