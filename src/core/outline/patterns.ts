// The table of heading and label patterns: what a line is by its form (docs/annotation.md §4, §7
// "Structure", §8). features.ts tries the rows in order on every non-blank line and the first that
// matches gives the line its kind; the decisions (decide.ts) then act on the kind in context.
//
// A new kind of heading is one row here: `kind: 'section'` with a style from ranks.ts opens a
// section wherever the row matches (a row placed before the label rows wins over a label reading
// of the same line, 关注点一：). Its test is a rule function over the line's features (LineView);
// its words go to lineWords.ts. A row that needs a new kind of line also needs that kind's
// decision in decide.ts.
import { Ch, ERA_PREFIXES, indexOfCode, isDash, isDigit, WordList } from '../text';
import { CHAR_MARK, CN_DIGIT, Han } from './chars';
import { endsWithDate, isDateline, isDateOnly } from './dateLines';
import { hasDocNumberMark, isByline, isEndLine, isPageLabel, PAGE_LABEL_MAX } from './furniture';
import { FIRST_TITLE_MAX, SHORT_LINE_MAX } from './limits';
import {
  ADDRESSEE_PREFIXES, BYLINE_PREFIXES, CONTINUED_FROM_PREFIXES, DATE_LINE_CHARS, CONTINUED_TO_PREFIXES, DOCUMENT_NUMBER_ENDINGS, FOOTER_SUFFIXES,
  NON_HEADING_PREFIXES, PHOTO_CREDIT_ENDINGS,
} from './lineWords';
import { chapterAt, hasClosing, MARKER_FIRST_CHARS, markerAt } from './markers';
import { isModerator, personLike } from './persons';
import type { LineView, PatternRow } from './lineView';
import type { LineKind } from './types';

const FOOTER = new WordList(FOOTER_SUFFIXES);
const NON_HEADING = new WordList(NON_HEADING_PREFIXES);
const ADDRESSEE = new WordList(ADDRESSEE_PREFIXES);
const CONTINUED_FROM = new WordList(CONTINUED_FROM_PREFIXES);
const CONTINUED_TO = new WordList(CONTINUED_TO_PREFIXES);
const ERA_WORDS = ERA_PREFIXES.map((e) => e.word);

/** Brackets a whole line in brackets opens with (furniture.ts, BracketLines). */
const LINE_BRACKETS = '（(【[';
const COLONS = '：:';
/** The dashes a subtitle opens with: the kernel's isDash. */
export const DASHES = '—─-－―⸺';

/** The first (last) characters of the words of a list. */
const firstChars = (words: readonly string[]): string => words.map((w) => w.charAt(0)).join('');
const lastChars = (words: readonly string[]): string => words.map((w) => w.charAt(w.length - 1)).join('');

export const PATTERN_ROWS: readonly PatternRow[] = [
  // §4 "chapter, article": 第一章/第一节 lines of a regulation are sections, styled by their word
  { examples: ['第一章　总则', '第二节 监督管理'], kind: 'section', maxLength: SHORT_LINE_MAX, first: '第', atText: true, test: chapter },
  // §4 "point": a paragraph that opens with a marker
  {
    examples: ['第五条　为了规范管理，制定本办法。', '一、总体要求', '（一）加强领导。', '1. 扩大内需', '一是稳增长。'],
    kind: 'marker', first: MARKER_FIRST_CHARS, atText: true, test: marker,
  },
  // §4 "question", "answer", "speaker"; §8 "Press conferences"
  { examples: ['问：今年经济形势如何？', '主持人：请提问。', '陳其邁：謝謝主席。'], kind: 'label', needs: 'labelHint', test: (v) => takeLabel(v, false) },
  // §4 "speaker": field labels are no speaker
  { examples: ['来源：中国政府网', '提案人：王委員'], kind: 'field', needs: 'labelHint', test: (v) => takeLabel(v, true) },
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
  // §7 "Structure": a heading with a subtitle line is one section
  { examples: ['——上半年经济数据解读'], kind: 'subtitle', maxLength: FIRST_TITLE_MAX, first: DASHES, test: subtitle },
  // §8: a news paragraph's dateline
  {
    examples: ['本报北京9月2日讯（记者张三）今天，…'], kind: 'dateline', needs: 'datelineHint',
    test: (v) => isDateline(v.text, v.line.ts, v.line.te, v.hte),
  },
  // §7 "Structure": date lines are not sections
  {
    examples: ['2023年6月1日', '二〇二三年六月一日'], kind: 'date', maxLength: SHORT_LINE_MAX, first: DATE_LINE_CHARS + firstChars(ERA_WORDS),
    test: (v) => isDateOnly(v.text, v.line.ts, v.line.te),
  },
  { examples: ['国务院办公厅 2023年6月1日'], kind: 'date', maxLength: SHORT_LINE_MAX, needs: 'headingLike', last: '日', test: issuerDate },
  { examples: ['国务院办公厅秘书局 2018年12月21日印发'], kind: 'date', needs: 'headingLike', last: lastChars(FOOTER_SUFFIXES), test: footer },
  // §7 "Structure": document-number lines
  { examples: ['国办发〔2023〕12号'], kind: 'docNum', maxLength: SHORT_LINE_MAX, last: DOCUMENT_NUMBER_ENDINGS, test: documentNumber },
  // §7 "Structure": bylines
  {
    examples: ['本报记者　张三', '新华社记者'], kind: 'byline', maxLength: SHORT_LINE_MAX, first: firstChars(BYLINE_PREFIXES),
    test: (v) => isByline(v.text, v.line.ts, v.line.te),
  },
  // §7 "Structure": captions, credits, page labels and metadata lines
  {
    examples: ['图为工人在车间作业', '扫码关注我们'], kind: 'field', first: firstChars(NON_HEADING_PREFIXES),
    test: (v) => NON_HEADING.at(v.text, v.line.ts, v.hte) !== null,
  },
  { examples: ['第2版 要闻'], kind: 'field', maxLength: PAGE_LABEL_MAX, first: '第', test: (v) => isPageLabel(v.text, v.line.ts, v.hte) },
  { examples: ['新华社记者 张三 摄'], kind: 'field', maxLength: SHORT_LINE_MAX, last: PHOTO_CREDIT_ENDINGS, test: () => true },
  // §4 "speaker": addressee lines (各省、自治区、直辖市人民政府：)
  { examples: ['各省、自治区、直辖市人民政府：', '尊敬的各位来宾：'], kind: 'addressee', last: COLONS, test: addressee },
  // §4: a colon counts as closing punctuation — a lead-in such as …声明如下： is no heading
  { examples: ['现将有关事项通知如下：'], kind: 'body', last: COLONS, test: () => true },
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

function chapter(v: LineView): boolean {
  const c = chapterAt(v.text, v.p, v.line.te, v.line.len);
  if (c === null) { return false; }
  v.line.marker = c.marker;
  v.line.style = c.style;
  return true;
}

function marker(v: LineView): boolean {
  const m = markerAt(v.text, v.p, v.line.te);
  if (m === null) { return false; }
  v.line.marker = m;
  return true;
}

/**
 * The label at the line's start, a field label (`field`) or a turn's: 专访：某部长谈经济 is a
 * title, not a turn — turns end their sentences.
 */
function takeLabel(v: LineView, field: boolean): boolean {
  const label = v.label();
  if (label === null || (label.kind === 'field') !== field) { return false; }
  const line = v.line;
  if (label.kind === 'person' && line.headingLike && label.content < line.te && !personLike(label.norm) && !isModerator(label.norm)) { return false; }
  line.label = label;
  return true;
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

/** A document number ends in 号 (the row's gate) and holds a bracket or 字第. */
function documentNumber(v: LineView): boolean {
  return hasDocNumberMark(v.text, v.line.ts, v.line.te);
}

/** A line ending in a colon (the row's gate) that addresses: 各…, 尊敬的…, or names joined by 、. */
function addressee(v: LineView): boolean {
  const { text: t, line, hte } = v;
  // innerClose of a line of FIRST_TITLE_MAX to HEAD units is settled here, the one place it is read
  const closing = v.innerClose || (line.len > FIRST_TITLE_MAX && hasClosing(t, line.ts, hte));
  return ADDRESSEE.at(t, line.ts, hte) !== null || (indexOfCode(t, Ch.IdeographicComma, line.ts, hte) >= 0 && !closing);
}
