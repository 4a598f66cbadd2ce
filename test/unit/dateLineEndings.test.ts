// Line endings (docs/annotation.md §2; issue 12): a text whose lines end in CR alone (old Mac files)
// or in CRLF gives the same dates, datelines and document date as the same text with LF.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { findDatelines } from '../../src/core/dates';
import type { Analysis } from '../../src/core/types';
import { fixtureTexts } from './fixtures';

const ENDINGS: ReadonlyArray<[name: string, eol: string]> = [['CRLF', '\r\n'], ['CR alone', '\r']];

/** The text with every LF replaced by `eol`, and a map from its offsets back to the LF text's. */
function withEndings(text: string, eol: string): { text: string; back: (offset: number) => number } {
  const out = text.split('\n').join(eol);
  const extra = eol.length - 1;
  // Offsets in `out` shift by `extra` per line break before them.
  const breaks: number[] = [];
  for (let i = 0; i < out.length; i++) { if (out.startsWith(eol, i)) { breaks.push(i); i += eol.length - 1; } }
  return {
    text: out,
    back: (offset) => {
      let n = 0;
      while (n < breaks.length && breaks[n] < offset) { n++; }
      return offset - n * extra;
    },
  };
}

/** What the line endings must not change: the document date and every date with its resolution. */
function datesOf(a: Analysis, back: (o: number) => number = (o) => o): unknown {
  return {
    documentDate: a.documentDate && { date: a.documentDate.date, source: a.documentDate.source },
    dates: a.dates.map((d) => [back(d.start), back(d.end), d.resolved]),
  };
}

// Texts written for the rule, one per way a document date or a line-bound date is found.
const ROWS: ReadonlyArray<[name: string, text: string, documentDate: string]> = [
  ['signature block', '关于做好春季农业生产的通知\n\n各省、自治区农业农村厅：\n\n请结合实际抓好落实，今年以来的进展于5月底前报送。\n\n农业农村部办公厅\n\n2021年3月4日\n', '2021-03-04'],
  ['header date under the title', '某某管理条例\n\n（2016年2月6日国务院令第1号公布）\n\n第一条　为了加强管理，制定本条例。去年底前完成登记。\n', '2016-02-06'],
  ['opening dateline and a bare day on its line', '市场运行平稳\n\n本报北京4月8日讯 2023年一季度，市场运行平稳。\n新闻中心9日举办发布会，8日上午召开预备会。\n', '2023-04-08'],
  ['closing dateline', '会议召开\n\n会议指出，2022年以来经济回升。\n\n（新华社北京6月3日电）\n', '2022-06-03'],
  ['news lede that opens with the day', '展会开幕\n\n11月2日，展会在沪开幕。2019年，展会成交额增长。\n', '2019-11-02'],
];

describe('dates: line endings read alike (LF, CRLF, CR alone)', () => {
  for (const [name, text, date] of ROWS) {
    const lf = analyze(text);
    it(`${name}: LF gives ${date}`, () => { assert.equal(lf.documentDate?.date, date); });
    for (const [ending, eol] of ENDINGS) {
      it(`${name}: ${ending} gives the same dates and document date`, () => {
        const t = withEndings(text, eol);
        assert.deepEqual(datesOf(analyze(t.text), t.back), datesOf(lf));
      });
    }
  }

  it('a closing dateline followed by CR alone is a tail dateline, like one followed by LF', () => {
    const text = '正文。\n（新华社北京6月3日电）\n下一篇';
    const [lf] = findDatelines(text);
    const [cr] = findDatelines(text.split('\n').join('\r'));
    assert.equal(lf.position, 'tail');
    assert.deepEqual(cr, lf);
  });

  // The fixtures beside the checkout (read at test time), with their lines ended the other ways.
  for (const fixture of fixtureTexts()) {
    it(`${fixture.name}: CRLF and CR alone give the dates and document date of LF`, () => {
      const lf = datesOf(analyze(fixture.text));
      for (const [, eol] of ENDINGS) {
        const t = withEndings(fixture.text, eol);
        assert.deepEqual(datesOf(analyze(t.text), t.back), lf);
      }
    });
  }
});
