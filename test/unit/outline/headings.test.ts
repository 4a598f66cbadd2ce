// What a heading-like line is in context (src/core/outline/headings.ts; docs/annotation.md §4
// "article", "section"; §7 "Structure"): verdicts from the state and the lines ahead.
import assert from 'node:assert/strict';
import { LineDescriber } from '../../../src/core/outline/features';
import { Heading, HeadingReader, joinable, namedInTitle } from '../../../src/core/outline/headings';
import type { Lookahead } from '../../../src/core/outline/ring';
import { ArticleState, ParagraphState, Triggers } from '../../../src/core/outline/state';
import { newLine, type Line } from '../../../src/core/outline/types';
import { EMPTY_PROFILE } from '../../../src/core/profile';

const BODY = '今年以来，各地区各部门认真贯彻落实党中央决策部署，经济运行总体平稳。';

interface Setup {
  /** The state before the line: an article is open with body text, a byline was read… */
  article?: Partial<Pick<ArticleState, 'have' | 'hasQA' | 'hasBody' | 'hasDateline'>>;
  seenBody?: boolean;
  triggers?: Partial<Pick<Triggers, 'afterByline' | 'afterEndLine' | 'afterSignature' | 'afterAttachment' | 'expectName'>>;
}

/** The verdict on the first of `lines` (the others are ahead of it), and the joined line's text. */
function verdict(lines: string[], setup: Setup = {}): [Heading, string | null] {
  const text = lines.join('\n');
  const d = new LineDescriber(text, false, EMPTY_PROFILE);
  const described: Line[] = [];
  let at = 0;
  for (const l of lines) {
    const line = newLine();
    assert.ok(d.describe(line, described.length, at, at + l.length));
    described.push(line);
    at += l.length + 1;
  }
  const look: Lookahead = { peek: (k) => described[k] ?? null };
  const article = Object.assign(new ArticleState(), setup.article);
  const paragraph = Object.assign(new ParagraphState(), { seenBody: setup.seenBody ?? false });
  const triggers = Object.assign(new Triggers(), setup.triggers);
  const reader = new HeadingReader(text, false, look, article, paragraph, triggers);
  const v = reader.verdict(described[0]);
  const joined = described.slice(1, 1 + reader.joinedLines).map((l) => text.slice(l.ts, l.te)).join('');
  return [v, reader.joinedLines > 0 ? joined : null];
}

const inArticle: Setup = { article: { have: true, hasBody: true }, seenBody: true };

describe('outline headings in context', () => {
  const rows: [string, string[], Setup, Heading, string | null][] = [
    ['the first heading-like line is the title', ['加快推进新型工业化', BODY], {}, Heading.Article, null],
    ['a title broken over two lines is one', ['国务院关于印发数字经济', '发展规划的通知', BODY], {}, Heading.Article, '发展规划的通知'],
    ['a title broken over three lines is one', ['国务院关于授权某地实施管辖的', '某某口岸区范围和', '土 地 使 用 期 限 的 批 复', '国函〔2006〕132号'], {}, Heading.Article, '某某口岸区范围和土 地 使 用 期 限 的 批 复'],
    ['after an attachment\'s label, a title over two lines', ['关于某某村', '地质险情调研情况的报告', BODY], { ...inArticle, triggers: { afterAttachment: true } }, Heading.Article, '地质险情调研情况的报告'],
    ['a title and a heading under it are two', ['政府工作报告', '总体要求', '国务院总理　李强', BODY], {}, Heading.Article, null],
    ['a short line in an article is a section', ['顶住压力实现正增长', BODY], inArticle, Heading.Section, null],
    ['a line of over HEADING_MAX units is body text', ['顶住压力实现正增长顶住压力实现正增长顶住压力实现正增长顶住压力', BODY], inArticle, Heading.Body, null],
    ['issuer lines and a date: a signature', ['国务院办公厅', '2023年6月1日'], inArticle, Heading.Signature, null],
    ['a date under a news title is followed by the story: no signature', ['国务院办公厅', '2023年6月1日', BODY], inArticle, Heading.Section, null],
    ['a line above an addressee is no node', ['关于做好工作的通知', '各省、自治区、直辖市人民政府：'], inArticle, Heading.Skip, null],
    ['after a byline that closed an article: a new title', ['另一篇报道的标题', BODY], { ...inArticle, triggers: { afterByline: true } }, Heading.Article, null],
    ['after an end line: a new title', ['另一篇报道的标题', BODY], { ...inArticle, triggers: { afterEndLine: true } }, Heading.Article, null],
    ['a title over a dateline', ['另一篇报道的标题', '本报北京9月2日讯 记者获悉，'], inArticle, Heading.Article, null],
    ['a name under a byline', ['乔文汇', BODY], { ...inArticle, triggers: { expectName: true } }, Heading.Name, null],
    ['a heading over a heading in a column with body: text broken around a pull quote', ['专家指出', '稳增长要靠改革', BODY], inArticle, Heading.Body, null],
    ['a heading over a heading in a news item: a title and its first section', ['专家指出', '稳增长要靠改革', BODY], { ...inArticle, article: { have: true, hasBody: true, hasDateline: true } }, Heading.Article, null],
    ['after an interview\'s questions, a short line opens the next article', ['下一篇访谈', BODY], { ...inArticle, article: { have: true, hasBody: true, hasQA: true } }, Heading.Article, null],
    ['…unless a question follows it', ['下一个话题', '问：如何理解？'], { ...inArticle, article: { have: true, hasBody: true, hasQA: true } }, Heading.Section, null],
  ];
  for (const [name, lines, setup, want, joined] of rows) {
    it(name, () => { assert.deepEqual(verdict(lines, setup), [want, joined]); });
  }

  it('in Markdown a heading-like line is body text (Markdown headings are the editor\'s)', () => {
    const text = '加快推进新型工业化';
    const line = newLine();
    new LineDescriber(text, true, EMPTY_PROFILE).describe(line, 0, 0, text.length);
    const reader = new HeadingReader(text, true, { peek: () => null }, new ArticleState(), new ParagraphState(), new Triggers());
    assert.equal(reader.verdict(line), Heading.Body);
  });
});

describe('outline titles over two lines', () => {
  const rows: [string, string, boolean][] = [
    ['国务院关于印发数字经济', '发展规划的通知', true],
    ['数字经济发展规划的', '实施方案', true],
    ['关于进一步优化营商环境', '更好服务市场主体', true],
    ['国务院关于印发方案的通知', '数字经济发展规划', false],
    ['加快推进新型工业化', '顶住压力实现正增长', false],
    ['关于' + '长'.repeat(40), '长'.repeat(40), false],
    // a line that opens 《 and breaks before 》 runs on, even where the cited name ends in a document type (…法)
    ['国务院关于修改《中华人民共和国森林法', '实施条例》部分条款的决定', true],
    ['关于暂停实施《某某条例', '》有关规定的批复', true],
    ['关于《某某办法》的说明', '某某局', false],
  ];
  for (const [a, b, want] of rows) {
    it(`${a} / ${b}: ${want ? 'one title' : 'two lines'}`, () => { assert.equal(joinable(a, b), want); });
  }
});

describe('outline titles named by the notice that issues them', () => {
  const notice = '某省人民政府关于印发促进民营经济发展若干措施和优化营商环境实施办法的通知';
  const rows: [string, boolean][] = [
    ['优化营商环境实施办法', true],
    ['促进民营经济发展的若干措施', false], // named otherwise than in the title (…发展的若干…)
    ['促进民营经济发展若干措施', true],
    ['优 化 营 商 环 境 实 施 办 法', true],
    ['实施办法', false], // too little of a name
    ['营商环境', false], // no document type
    ['加强组织领导的意见', false],
  ];
  for (const [heading, want] of rows) {
    it(`${heading}: ${want ? 'a title the notice names' : 'no'}`, () => { assert.equal(namedInTitle(heading, notice), want); });
  }
  it('no first title, no such heading', () => { assert.equal(namedInTitle('优化营商环境实施办法', ''), false); });
});
