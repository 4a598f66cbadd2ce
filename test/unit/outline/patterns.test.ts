// The table of line patterns (src/core/outline/patterns.ts): every row decides its own examples
// (the first row whose gates and test a line passes), and lines get the kinds the rule book gives
// them (docs/annotation.md §4, §7 "Structure").
import assert from 'node:assert/strict';
import { LineDescriber } from '../../../src/core/outline/features';
import { MARKER_FIRST_CHARS, startsMarker } from '../../../src/core/outline/markers';
import { DASHES, LINE_PATTERNS, PATTERN_ROWS } from '../../../src/core/outline/patterns';
import { isDash } from '../../../src/core/text';
import { newLine, type Line } from '../../../src/core/outline/types';
import { EMPTY_PROFILE } from '../../../src/core/profile';
import { STYLE_CATEGORY, STYLE_DECIMAL, STYLE_HEADLINE } from '../../../src/core/outline/ranks';

/** Describes the single line `text`; the line record and the index of the row that decided it. */
function describeLine(text: string, markdown = false): { line: Line; row: number; d: LineDescriber } {
  const d = new LineDescriber(text, markdown, EMPTY_PROFILE);
  const line = newLine();
  assert.ok(d.describe(line, 0, 0, text.length), 'a non-blank line');
  return { line, row: d.firstPattern(), d };
}

describe('outline line patterns: every row decides its examples', () => {
  it('the table has one shape for reading and at most 32 rows (one gate bit each)', () => {
    assert.equal(LINE_PATTERNS.length, PATTERN_ROWS.length);
    assert.ok(PATTERN_ROWS.length <= 32);
    PATTERN_ROWS.forEach((r, i) => {
      assert.equal(LINE_PATTERNS[i].kind, r.kind);
      assert.equal(LINE_PATTERNS[i].style, r.style ?? 0);
      assert.ok(r.examples.length > 0, `row ${i} (${r.kind}) has examples`);
    });
  });

  it('the character sets of the gates agree with the predicates they stand for', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(DASHES.includes(ch), isDash(c), `dash ${c.toString(16)}`);
      assert.equal(MARKER_FIRST_CHARS.includes(ch), startsMarker(c), `marker start ${c.toString(16)}`);
    }
  });

  PATTERN_ROWS.forEach((row, i) => {
    for (const example of row.examples) {
      it(`row ${i} (${row.kind}): ${example}`, () => {
        const { line, row: first } = describeLine(example);
        assert.equal(first, i, `decided by row ${first} (${first >= 0 ? PATTERN_ROWS[first].kind : 'none'})`);
        assert.equal(line.kind, row.kind);
      });
    }
  });
});

describe('outline line patterns: kinds and what the rows fill in', () => {
  const cases: [string, string, Partial<Pick<Line, 'style' | 'openEnd' | 'headingLike'>>][] = [
    // §4 "chapter, article": the chapter word gives the style (编 1 … 节 4)
    ['第一编　总则', 'section', { style: 1 }],
    ['第二部分 主要任务', 'section', { style: 2 }],
    ['第三章 监督管理', 'section', { style: 3 }],
    ['第四节 附则', 'section', { style: 4 }],
    // a 第N章 line with a sentence in it is no chapter heading, nor an article of a regulation
    ['第三章规定的事项应当及时办理，不得拖延。', 'body', { style: 0 }],
    ['第三条的规定同样适用。', 'body', {}],
    // §4: a heading is short and has no closing punctuation
    ['筑牢大国根基，加快建设现代化产业体系', 'heading', { headingLike: true }],
    ['改革之力。', 'body', { headingLike: false }],
    // up to FIRST_TITLE_MAX units a line may be heading-like (a title); longer, it is a broken sentence
    ['要坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动高质量发展', 'heading', { headingLike: true, openEnd: true }],
    ['要坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动高质量发展推进中国式现代化建设走深走实全面深化改革开放', 'body', { headingLike: false, openEnd: true }],
    ['Policy Lens 2024', 'body', { headingLike: false }],
    // §4: a colon closes a line: a lead-in is no heading, an addressee is furniture
    ['主要目标：', 'body', {}],
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', 'addressee', {}],
    // §7 "Structure": page furniture
    ['（此件公开发布）', 'paren', {}],
    ['（上接第三版）', 'contFrom', {}],
    ['(上接第三版）', 'contFrom', {}],
    ['国发〔2021〕29号', 'docNum', {}],
    ['府都規字第10237422403號', 'docNum', {}],
    ['中華民國101年6月6日（星期三）上午9時7分', 'date', {}],
    ['2024-03-05', 'date', {}],
    ['记者：张三 李四', 'field', {}],
    ['■记者：今年的目标是什么？', 'label', {}],
    ['**记者：**今年的目标是什么？', 'label', {}],
    ['【主持人】请提问。', 'label', {}],
    // §8 "News digests": a category line in 【】 is a section (it read as a bracketed speaker label before)
    ['【政经要闻】', 'section', { style: STYLE_CATEGORY }],
    ['NO.2 王毅：美方希望中美关系重回正轨', 'section', { style: STYLE_HEADLINE }],
    ['【王文涛】', 'label', {}],
    // §4 "section": decimal-numbered headings nest by the count of their numbers
    ['1　总　　则', 'section', { style: STYLE_DECIMAL }],
    ['3.2　信息发布', 'section', { style: STYLE_DECIMAL + 1 }],
    ['４．１．２ 现场指挥部的组成', 'section', { style: STYLE_DECIMAL + 2 }],
    ['1.2.3.4 物资储备', 'section', { style: STYLE_DECIMAL + 3 }],
    // …but not a list item (1. 1、), a quantity or a date after a number and a space, a year, a decimal fraction, a sentence
    ['1. 扩大有效投资', 'marker', {}],
    ['2、强化要素保障', 'marker', {}],
    ['3 个月内完成整改', 'heading', {}],
    ['10 月 1 日起施行', 'heading', {}],
    ['2019 年工作要点', 'heading', {}],
    ['0.5 倍以下', 'heading', {}],
    ['1.2.3.4.5 五级编号', 'heading', {}],
    ['1 北京市 120 85', 'heading', {}],
    ['2.3 城镇新增就业 1100万人', 'heading', {}],
    ['2.1　各地区要按照属地管理原则，及时报告。', 'body', {}],
    // §7 "Structure": the halves of a bracketed header line broken in two are furniture; whole brackets are not halves
    ['（2019年3月2日某某省人民政府', 'paren', {}],
    ['第12次常务会议通过）', 'paren', {}],
    ['（一）加强组织领导', 'marker', {}],
    ['某某管理办法（试行）', 'heading', {}],
    // §7 "Structure": a roster's lines and post labels are furniture; a signature's post and name is not a roster line
    ['主　任：张　三　　某部部长', 'field', {}],
    ['李　四　　某省副省长', 'field', {}],
    ['总理　　李克强', 'heading', {}],
    ['张三李四王五', 'heading', {}],
    // §7 "Structure": the heading of a table of contents is no node
    ['目　　录', 'field', {}],
    ['目录管理', 'heading', {}],
    // 专访：某部长谈经济 is a title, not a turn
    ['专访：谈经济', 'heading', {}],
  ];
  for (const [text, kind, fields] of cases) {
    it(`${text} → ${kind}`, () => {
      const { line } = describeLine(text);
      assert.equal(line.kind, kind);
      for (const [k, v] of Object.entries(fields)) { assert.equal(line[k as keyof Line], v, k); }
    });
  }

  it('markers and labels are read after Markdown bullets; Markdown structure lines are their own kinds', () => {
    const rows: [string, string][] = [['- 一、总体要求', 'marker'], ['> 问：如何理解？', 'label'], ['## 一、总体要求', 'mdHeading'], ['```ts', 'mdFence'], ['| a | b |', 'mdSkip'], ['---', 'mdSkip']];
    for (const [text, kind] of rows) { assert.equal(describeLine(text, true).line.kind, kind, text); }
    assert.equal(describeLine('- 一、总体要求').line.kind, 'heading');
  });

  it('a marker line carries its marker; a label line its label', () => {
    const m = describeLine('（二）加快建设现代化产业体系。').line.marker;
    assert.deepEqual(m, { family: 'parenCn', ord: 2, start: 0, end: 3 });
    const lab = describeLine('主席（陳委員其邁）：請坐。').line.label;
    assert.ok(lab);
    assert.equal(lab.kind, 'person');
    assert.equal(lab.norm, '主席');
    assert.equal(lab.colon, '：');
  });

  it('blank lines are not described', () => {
    const d = new LineDescriber(' \u3000\t', false, EMPTY_PROFILE);
    assert.equal(d.describe(newLine(), 0, 0, 3), false);
  });
});
