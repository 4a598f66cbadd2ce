// The table of heading and label patterns: what a line is by its form (docs/annotation.md §4, §7
// "Structure", §8). features.ts tries the rows in order on every non-blank line and the first that
// matches gives the line its kind; the decisions (decide.ts) then act on the kind in context.
//
// A new kind of heading is one row here: `kind: 'section'` with a style from ranks.ts opens a
// section wherever the row matches (a row placed before the label rows wins over a label reading
// of the same line, 关注点一：). Its test is a rule function over the line's features (LineView);
// its words go to lineWords.ts. A row that needs a new kind of line also needs that kind's
// decision in decide.ts.
import { Ch, codeIn, ERA_PREFIXES, indexOfCode, isDash, isDigit, isInlineSpace, isPageFurnitureLine, PAGE_FURNITURE_MARKS, PAGE_FURNITURE_WORDS, WordList } from '../text';
import { ASCII_SHIFT, CHAR_CLASS, CHAR_MARK, CLOSING, CN_DIGIT, HAN_SHIFT, Han } from './chars';
import { endsWithDate, isDateline, isDateOnly, isSessionDateLine, isVersionLine } from './dateLines';
import { hasDocNumberMark, isAttachmentLabel, isByline, isEndLine, isOrderNumber, isPageLabel, PAGE_LABEL_MAX } from './furniture';
import { FIRST_TITLE_MAX, SHORT_LINE_MAX } from './limits';
import {
  ADDRESSEE_PREFIXES, BYLINE_PREFIXES, CONTENTS_WORDS, CONTINUED_FROM_PREFIXES, DATE_LINE_CHARS, CONTINUED_TO_PREFIXES, DOCUMENT_NUMBER_ENDINGS, FOOTER_SUFFIXES,
  NON_HEADING_PREFIXES, PHOTO_CREDIT_ENDINGS, VERSION_PREFIXES, VERSION_VERBS,
} from './lineWords';
import { chapterAt, hasClosing, MARKER_FIRST_CHARS, markerAt } from './markers';
import { isCategoryName, isNumberedHeadline } from './digest';
import { decimalHeadingDepth } from './decimal';
import { labelKind } from './labelRules';
import { isModerator, personLike, personTitled, surnameName } from './persons';
import { STYLE_CATEGORY, STYLE_DECIMAL, STYLE_HEADLINE } from './ranks';
import { HINT_LABEL, type LineView, type PatternRow } from './lineView';
import type { LineKind } from './types';

const FOOTER = new WordList(FOOTER_SUFFIXES);
const NON_HEADING = new WordList(NON_HEADING_PREFIXES);
const ADDRESSEE = new WordList(ADDRESSEE_PREFIXES);
const CONTINUED_FROM = new WordList(CONTINUED_FROM_PREFIXES);
const CONTINUED_TO = new WordList(CONTINUED_TO_PREFIXES);
const ERA_WORDS = ERA_PREFIXES.map((e) => e.word);
/** A name in a roster line has at most this many characters (isNameToken). */
const NAME_TOKEN_MAX = 4;

/** Brackets a whole line in brackets opens with (furniture.ts, BracketLines). */
const LINE_BRACKETS = '（(【[';
const COLONS = '：:';
/** A title may end in one of these (…该如何根治？), its only closing mark. */
const HEADLINE_ENDS = '？！?!';
const isHeadlineEnd = (c: number): boolean => codeIn(HEADLINE_ENDS, c);
/** The dashes a subtitle opens with: the kernel's isDash. */
export const DASHES = '—─-－―⸺';

/** The first (last) characters of the words of a list. */
const firstChars = (words: readonly string[]): string => words.map((w) => w.charAt(0)).join('');
const lastChars = (words: readonly string[]): string => words.map((w) => w.charAt(w.length - 1)).join('');

export const PATTERN_ROWS: readonly PatternRow[] = [
  // §8 "Tables": a row (cells split by tabs) is no node, however short, whatever its first cell
  { examples: ['合计\t120\t85', '一、医疗质量\t（一）功能定位\t1.门诊人次数'], kind: 'row', needs: 'tabHint', test: tableRow },
  // §4 "chapter, article": 第一章/第一节 lines of a regulation are sections, styled by their word
  { examples: ['第一章　总则', '第二节 监督管理'], kind: 'section', maxLength: SHORT_LINE_MAX, first: '第', atText: true, test: chapter },
  // §8 "News digests": a numbered headline is a section whatever its length or punctuation (NO.2 王毅：… is no speaker)
  {
    examples: ['NO.1 刘鹤副总理提到的“鲍莫尔病”，该如何根治？', 'No. 12 王毅：中方愿同各方加强合作', '№3 一季度经济开局良好'],
    kind: 'section', style: STYLE_HEADLINE, first: 'NnＮ№', test: (v) => isNumberedHeadline(v.text, v.line.ts, v.line.te),
  },
  // §8 "News digests": a category line in 【】 is a section; 【主持人】 and 【问】 stay labels
  { examples: ['【政经要闻】', '【 高层动态 】'], kind: 'section', style: STYLE_CATEGORY, maxLength: SHORT_LINE_MAX, first: '【', test: category },
  // §4 "section": a decimal-numbered heading (1 总则, 2.1.1 …) is a section nested by its numbers' count
  {
    examples: ['1　总则', '2.1　国家应急指挥机构', '3.2.1 信息报告'], kind: 'section', needs: 'headingLike', first: '123456789１２３４５６７８９',
    test: decimalHeading,
  },
  // §4 "point": a paragraph that opens with a marker
  {
    examples: ['第五条　为了规范管理，制定本办法。', '一、总体要求', '（一）加强领导。', '1. 扩大内需', '一是稳增长。'],
    kind: 'marker', first: MARKER_FIRST_CHARS, atText: true, test: marker,
  },
  // §4 "article": a line that only announces an attachment (附件2：); the attached document's title follows
  { examples: ['附件', '附件2：', '附件1.', '附表一'], kind: 'attachment', maxLength: SHORT_LINE_MAX, first: '附', test: (v) => isAttachmentLabel(v.text, v.line.ts, v.line.te) },
  // §4 "question", "answer", "speaker"; §8 "Press conferences"
  { examples: ['问：今年经济形势如何？', '主持人：请提问。', '陳其邁：謝謝主席。'], kind: 'label', needs: 'labelHint', test: (v) => takeLabel(v, false) },
  // §4 "speaker": field labels are no speaker
  { examples: ['来源：中国政府网', '提案人：王委員'], kind: 'field', needs: 'labelHint', test: (v) => takeLabel(v, true) },
  // §7 "Structure": a regulation's version lines under its title (公布, 修订 dates) are not sections
  {
    examples: ['1998年4月6日 国务院令第246号发布', '（根据2016年2月6日《国务院关于修改部分行政法规的决定》修订）', '二〇一一年一月八日第一次修订'],
    kind: 'version', first: DATE_LINE_CHARS + LINE_BRACKETS + firstChars(VERSION_PREFIXES), last: lastChars(VERSION_VERBS) + '）)。',
    test: (v) => isVersionLine(v.text, v.line.ts, v.line.te),
  },
  // §4 "article": (上接第X版) continues an earlier article
  {
    examples: ['（上接第三版）'], kind: 'contFrom', maxLength: SHORT_LINE_MAX, first: LINE_BRACKETS,
    test: (v) => bracketed(v, (inner) => CONTINUED_FROM.prefixOf(inner) !== null),
  },
  {
    examples: ['（下转第二版）'], kind: 'contTo', maxLength: SHORT_LINE_MAX, first: LINE_BRACKETS,
    test: (v) => bracketed(v, (inner) => CONTINUED_TO.prefixOf(inner) !== null),
  },
  { examples: ['（完）', '（新华社北京9月2日电）'], kind: 'endLine', maxLength: SHORT_LINE_MAX, first: LINE_BRACKETS, test: (v) => bracketed(v, isEndLine) },
  // §7 "Structure": （此件公开发布） and a parenthesised header date line are not sections
  {
    examples: ['（此件公开发布）', '（2024年3月5日在第十四届全国人民代表大会第二次会议上）'], kind: 'paren', maxLength: SHORT_LINE_MAX, first: LINE_BRACKETS,
    test: (v) => bracketed(v, () => true),
  },
  // §7 "Structure": a parenthesised header line broken in two — its half that opens the bracket, its half that closes it
  { examples: ['（2004年6月16日国务院', '（根据某某决定'], kind: 'paren', needs: 'headingLike', first: '（(', test: (v) => parenBalance(v) > 0 },
  { examples: ['第54次常务会议修订通过）', '修订通过)'], kind: 'paren', needs: 'headingLike', last: '）)', test: (v) => parenBalance(v) < 0 },
  // §7 "Structure": a heading with a subtitle line is one section
  { examples: ['——上半年经济数据解读'], kind: 'subtitle', maxLength: FIRST_TITLE_MAX, first: DASHES, test: subtitle },
  // §8: a news paragraph's dateline
  {
    examples: ['本报北京9月2日讯（记者张三）今天，…'], kind: 'dateline', needs: 'datelineHint',
    test: (v) => isDateline(v.text, v.line.ts, v.line.te, v.hte),
  },
  // §7 "Structure": date lines are not sections
  // … and the line under a speech's or report's title that says when and where it was given
  {
    examples: ['2023年6月1日', '二〇二三年六月一日', '2026年1月14日在某省第十四届人民代表大会第四次会议上'], kind: 'date', maxLength: SHORT_LINE_MAX,
    first: DATE_LINE_CHARS + firstChars(ERA_WORDS), test: (v) => isDateOnly(v.text, v.line.ts, v.line.te) || isSessionDateLine(v.text, v.line.ts, v.line.te),
  },
  { examples: ['国务院办公厅 2023年6月1日'], kind: 'date', maxLength: SHORT_LINE_MAX, needs: 'headingLike', last: '日', test: issuerDate },
  { examples: ['国务院办公厅秘书局 2018年12月21日印发'], kind: 'date', needs: 'headingLike', last: lastChars(FOOTER_SUFFIXES), test: footer },
  // §7 "Structure": document-number lines
  { examples: ['国办发〔2023〕12号', '中华人民共和国国务院令　第588号'], kind: 'docNum', maxLength: SHORT_LINE_MAX, last: DOCUMENT_NUMBER_ENDINGS, test: documentNumber },
  // §7 "Structure": bylines
  {
    examples: ['本报记者　张三', '新华社记者'], kind: 'byline', maxLength: SHORT_LINE_MAX, first: firstChars(BYLINE_PREFIXES),
    test: (v) => isByline(v.text, v.line.ts, v.line.te),
  },
  // §7 "Structure": captions, credits, page labels and metadata lines, and a web page's furniture
  // copied with its text (tool buttons, the font-size switch, a breadcrumb: text/pageFurniture.ts)
  {
    examples: ['图为工人在车间作业', '扫码关注我们', '下载', '【字号：', '加大', '】', '>'], kind: 'field',
    first: firstChars(NON_HEADING_PREFIXES) + firstChars(PAGE_FURNITURE_WORDS) + PAGE_FURNITURE_MARKS,
    test: (v) => NON_HEADING.at(v.text, v.line.ts, v.hte) !== null || (v.line.len <= SHORT_LINE_MAX && isPageFurnitureLine(v.text, v.line.ts, v.line.te)),
  },
  // §7 "Structure": the heading of a table of contents (目  录) is no node; the headings it lists are read as headings
  { examples: ['目　　录', '目次'], kind: 'field', needs: 'headingLike', first: firstChars(CONTENTS_WORDS), last: lastChars(CONTENTS_WORDS), test: contentsHeading },
  // §7 "Structure": a line of a roster (a name, a gap, a post: 张 三  某部副部长) is no node
  { examples: ['张　三　　某部副部长', '欧阳明  某省副省长'], kind: 'field', needs: 'headingLike', test: rosterLine },
  { examples: ['第2版 要闻'], kind: 'field', maxLength: PAGE_LABEL_MAX, first: '第', test: (v) => isPageLabel(v.text, v.line.ts, v.hte) },
  { examples: ['新华社记者 张三 摄'], kind: 'field', maxLength: SHORT_LINE_MAX, last: PHOTO_CREDIT_ENDINGS, test: () => true },
  // §4 "speaker": addressee lines (各省、自治区、直辖市人民政府：)
  { examples: ['各省、自治区、直辖市人民政府：', '尊敬的各位来宾：'], kind: 'addressee', last: COLONS, test: addressee },
  // §4: a colon counts as closing punctuation — a lead-in such as …声明如下： is no heading
  { examples: ['现将有关事项通知如下：'], kind: 'body', last: COLONS, test: () => true },
  // §4 "article": a title may ask or exclaim (…该如何根治？); where no title stands it is a sentence (headings.ts)
  { examples: ['经济增速为何回升？', '稳住了！'], kind: 'headline', maxLength: FIRST_TITLE_MAX, last: HEADLINE_ENDS, test: headline },
  // §4 "section": short, without closing punctuation (decided in context by headings.ts)
  { examples: ['筑牢大国根基'], kind: 'heading', maxLength: FIRST_TITLE_MAX, needs: 'headingLike', test: () => true },
];

/** What describing a line reads of each row, in one shape for every row (read on every line). */
export interface LinePattern {
  readonly kind: LineKind;
  /** 0: none. */
  readonly style: number;
  readonly test: (v: LineView) => boolean;
}

export const LINE_PATTERNS: readonly LinePattern[] = PATTERN_ROWS.map((r) => ({ kind: r.kind, style: r.style ?? 0, test: r.test }));

// ---- the rule functions of the rows -----------------------------------------------------

/**
 * A table row: a tab after the first cell, and another in the line's head or table rows in the
 * document (the profile's); a lone marker before the tab (第一条⇥…, 第一章⇥总则) opens a paragraph.
 */
function tableRow(v: LineView): boolean {
  const { text: t, line } = v;
  const tab = indexOfCode(t, Ch.Tab, v.p, v.hte);
  if (tab < 0 || (!v.profile.layout.tableRows && indexOfCode(t, Ch.Tab, tab + 1, v.hte) < 0)) { return false; }
  let cellEnd = tab;
  while (cellEnd > v.p && isInlineSpace(t.charCodeAt(cellEnd - 1))) { cellEnd--; }
  const lead = markerAt(t, v.p, line.te) ?? chapterAt(t, v.p, line.te, line.len)?.marker ?? null;
  return lead === null || lead.end < cellEnd;
}

function chapter(v: LineView): boolean {
  const c = chapterAt(v.text, v.p, v.line.te, v.line.len);
  if (c === null) { return false; }
  v.line.marker = c.marker;
  v.line.style = c.style;
  return true;
}

function decimalHeading(v: LineView): boolean {
  const depth = decimalHeadingDepth(v.text, v.line.ts, v.line.te);
  if (depth === 0) { return false; }
  v.line.style = STYLE_DECIMAL + depth - 1;
  return true;
}

function marker(v: LineView): boolean {
  const m = markerAt(v.text, v.p, v.line.te);
  if (m === null) { return false; }
  // 一、问：… numbers a question (or an answer): the label row reads it
  if ((v.hints & HINT_LABEL) !== 0) {
    const kind = v.label()?.kind;
    if (kind === 'question' || kind === 'answer') { return false; }
  }
  v.line.marker = m;
  return true;
}

/**
 * The label at the line's start, a field label (`field`) or a turn's: 专访：某部长谈经济 and
 * 专访：经济怎么走？ are titles, not turns — turns end their sentences.
 */
function takeLabel(v: LineView, field: boolean): boolean {
  const label = v.label();
  if (label === null || (label.kind === 'field') !== field) { return false; }
  const line = v.line;
  if (label.kind === 'person' && label.content < line.te && !personLike(label.norm) && !isModerator(label.norm)
    && (line.headingLike || (line.len <= FIRST_TITLE_MAX && isHeadlineEnd(v.rawLast) && headline(v)))) { return false; }
  line.label = label;
  return true;
}

/** A short line whose only closing punctuation ends it (？ or ！, the row's gate), mostly Chinese. */
function headline(v: LineView): boolean {
  const { text: t, line } = v;
  let han = 0;
  let ascii = 0;
  for (let i = line.ts; i < line.te - 1; i++) {
    const cls = CHAR_CLASS[t.charCodeAt(i)];
    if ((cls & CLOSING) !== 0) { return false; }
    han += (cls >> HAN_SHIFT) & 1;
    ascii += (cls >> ASCII_SHIFT) & 1;
  }
  return han >= 2 && han >= ascii;
}

/** 【政经要闻】: a whole line in 【】 naming a category, not a label (【问】, 【主持人】, 【王文涛】). */
function category(v: LineView): boolean {
  const inner = v.bracketed();
  if (inner === null || v.text.charCodeAt(v.line.te - 1) !== Ch.RightBlackLenticular) { return false; }
  const name = inner.replace(/\s+/g, '');
  if (!isCategoryName(name)) { return false; }
  const kind = labelKind(name);
  return kind !== 'question' && kind !== 'answer' && !isModerator(name) && !personTitled(name) && !(name.length <= 3 && personLike(name));
}

/** 目录, 目  录: the whole line is a contents word, blanks aside. */
function contentsHeading(v: LineView): boolean {
  const { text: t, line } = v;
  let word = '';
  for (let i = line.ts; i < line.te; i++) {
    const c = t.charCodeAt(i);
    if (!isInlineSpace(c)) { word += t.charAt(i); }
  }
  return CONTENTS_WORDS.includes(word);
}

/**
 * A name of two to four characters starting with a surname (letter-spaced or not: 王 伟), then a
 * gap of two blanks or more, then the post: one line of a roster.
 */
function rosterLine(v: LineView): boolean {
  const { text: t, line } = v;
  // most heading-like lines have no gap of two blanks near their start: no name is built for them
  const head = Math.min(line.te - 1, line.ts + 2 * NAME_TOKEN_MAX);
  let gap = false;
  for (let k = line.ts + 2; k < head && !gap; k++) { gap = isInlineSpace(t.charCodeAt(k)) && isInlineSpace(t.charCodeAt(k + 1)); }
  if (!gap) { return false; }
  let name = '';
  let i = line.ts;
  for (; i < line.te && name.length <= NAME_TOKEN_MAX; i++) {
    const c = t.charCodeAt(i);
    if (isInlineSpace(c)) {
      if (i + 1 < line.te && isInlineSpace(t.charCodeAt(i + 1))) { break; }
    } else {
      name += t.charAt(i);
    }
  }
  if (i >= line.te || !surnameName(name)) { return false; }
  while (i < line.te && isInlineSpace(t.charCodeAt(i))) { i++; }
  return i < line.te;
}

/** Brackets the line opens less those it closes: > 0 where it breaks inside one, < 0 where it closes one opened above. */
function parenBalance(v: LineView): number {
  const { text: t, line } = v;
  let open = 0;
  let unopened = 0;
  for (let i = line.ts; i < line.te; i++) {
    const c = t.charCodeAt(i);
    if (c === Ch.FullwidthOpenParen || c === Ch.OpenParen) { open++; } else if (c === Ch.FullwidthCloseParen || c === Ch.CloseParen) {
      if (open > 0) { open--; } else { unopened++; }
    }
  }
  return unopened > 0 ? -unopened : open;
}

/** A whole line in brackets whose inner text passes `test`. */
function bracketed(v: LineView, test: (inner: string) => boolean): boolean {
  const inner = v.bracketed();
  return inner !== null && test(inner);
}

function subtitle(v: LineView): boolean {
  const t = v.text;
  const ts = v.line.ts;
  const c1 = ts + 1 < v.line.te ? t.charCodeAt(ts + 1) : 0;
  return isDash(t.charCodeAt(ts)) && isDash(c1) && !v.innerClose;
}

/** An issuer and its date on one heading-like line (the row's gate); a line that starts with a numeral is none. */
function issuerDate(v: LineView): boolean {
  const { text: t, line } = v;
  const c0 = t.charCodeAt(line.ts);
  return endsWithDate(t, line.ts, line.te) && !isDigit(c0) && (CHAR_MARK[c0] & CN_DIGIT) === 0;
}

/** …2018年12月21日印发 (heading-like, the row's gate). */
function footer(v: LineView): boolean {
  const { text: t, line } = v;
  return FOOTER.endingAt(t, line.te, line.ts) !== null && indexOfCode(t, Han.Year, line.ts, line.te) >= 0;
}

/** A document number ends in 号 (the row's gate) and holds a bracket or 字第, or numbers an order (国务院令第310号). */
function documentNumber(v: LineView): boolean {
  return hasDocNumberMark(v.text, v.line.ts, v.line.te) || isOrderNumber(v.text, v.line.ts, v.line.te);
}

/** A line ending in a colon (the row's gate) that addresses: 各…, 尊敬的…, or names joined by 、. */
function addressee(v: LineView): boolean {
  const { text: t, line, hte } = v;
  // innerClose of a line of FIRST_TITLE_MAX to HEAD units is settled here, the one place it is read
  const closing = v.innerClose || (line.len > FIRST_TITLE_MAX && hasClosing(t, line.ts, hte));
  return ADDRESSEE.at(t, line.ts, hte) !== null || (indexOfCode(t, Ch.IdeographicComma, line.ts, hte) >= 0 && !closing);
}
