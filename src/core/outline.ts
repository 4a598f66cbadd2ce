// The document outline (ANNOTATION.md §4 and §7 "Structure"): articles, sections, questions,
// answers, points and speakers, built line by line so the analysis can run in slices.
//
// Lines are read once (features computed on arrival), then decided in order with a bounded
// lookahead of LOOKAHEAD non-blank lines; the tree grows on a stack of open nodes. A node ends at
// the last content before the next node of its rank or higher.
import type { OutlineKind, OutlineNode } from './types';
import {
  ANSWER_LABELS, BYLINE_PREFIXES, CHAPTER_WORDS, COMPOUND_SURNAMES, CONTINUED_FROM_PREFIXES, CONTINUED_TO_PREFIXES,
  DATE_ERA_PREFIXES, DATE_LINE_CHARS, DATELINE_PREFIXES, DOCUMENT_TYPE_SUFFIXES, FIELD_LABELS, FOOTER_SUFFIXES,
  MODERATOR_LABELS, NON_HEADING_PREFIXES, NOT_PERSON_PREFIXES, NOT_PERSON_SUFFIXES, NOT_QUESTION_LABELS,
  OPEN_TITLE_ENDINGS, PERSON_TITLE_WORDS, QUESTION_LABELS, QUESTIONER_SUFFIXES, REGULATION_ARTICLE_WORDS, SURNAMES,
} from './outlineMarkers';

export interface OutlineOptions { markdown?: boolean }

/** Non-blank lines a decision may look ahead (title + subtitle + issuers + date …). */
const LOOKAHEAD = 6;
/** The lines being decided or looked at live in a ring of reused records (more than LOOKAHEAD + 1, a power of 2). */
const RING = 8;
/** Symbols newspapers print before an interview's labels (■记者：). */
const LABEL_BULLETS = '■□●○◆◇▲△★☆►▶•◎';
/** A section heading is at most this long; an article title mid-page, TITLE_MAX; the first title, FIRST_TITLE_MAX. */
const HEADING_MAX = 30;
const TITLE_MAX = 40;
const FIRST_TITLE_MAX = 60;
/** Line features read at most this many units from the line start (a 1 MB line costs no more). */
const HEAD = 80;
/** Names are cut at this many UTF-16 units. */
const NAME_MAX = 30;
/** How far a label's colon may stand from the paragraph start. */
const LABEL_SCAN = 24;
/** Speaker labels are at most this long. */
const PERSON_LABEL_MAX = 12;
/** A label of titles joined by 、 and ending in a name (…发言人、…司司长付凌晖) may run this long. */
const JOINED_LABEL_MAX = 40;

type LineKind =
  | 'body' | 'heading' | 'label' | 'marker' | 'chapter' | 'subtitle' | 'contFrom' | 'contTo' | 'endLine' | 'paren'
  | 'docNum' | 'date' | 'byline' | 'field' | 'addressee' | 'dateline' | 'mdHeading' | 'mdFence' | 'mdSkip';

type LabelKind = 'question' | 'answer' | 'person' | 'field';

interface Label {
  kind: LabelKind;
  /** The label without spaces or emphasis (陳其邁, 问). */
  norm: string;
  start: number;
  /** End of the label text (before the colon or closing bracket). */
  end: number;
  /** Where the paragraph text after the label starts. */
  content: number;
  /** The colon as written (：or :), empty after 【问】. */
  colon: string;
}

/** Point marker families; the rank orders the fixed hierarchy (0: floats wherever it appears). */
type Family = 'tiao' | 'dun' | 'parenCn' | 'arabic' | 'parenAr' | 'rparen' | 'circled' | 'shi' | 'di';
const FAMILY_RANK: Readonly<Record<Family, number>> = {
  tiao: 1, dun: 2, parenCn: 3, arabic: 4, parenAr: 5, rparen: 5, circled: 6, shi: 0, di: 0,
};
const FAMILY_BIT: Readonly<Record<Family, number>> = {
  tiao: 1, dun: 2, parenCn: 4, arabic: 8, parenAr: 16, rparen: 32, circled: 64, shi: 128, di: 256,
};

interface Marker {
  family: Family;
  ord: number;
  start: number;
  /** End of the marker itself (第一条, 一是, （一）). */
  end: number;
}

/** Most paragraphs have no inner markers: one shared empty answer. */
const NO_MARKERS: readonly Marker[] = [];

interface Line {
  n: number;
  ts: number;
  te: number;
  len: number;
  kind: LineKind;
  /** The sentence runs on into the next line. */
  openEnd: boolean;
  /** Short, without closing punctuation, mostly Chinese: could be a title or heading. */
  headingLike: boolean;
  label: Label | null;
  marker: Marker | null;
  chapterStyle: number;
  consumed: boolean;
}

/**
 * The children of every leaf: one shared array, frozen so that a consumer that tried to add to it
 * would fail loudly instead of growing every leaf at once.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as OutlineNode[];

const RANK_ARTICLE = 0;
const RANK_SECTION = 10;
const RANK_TURN = 30;
const RANK_POINT = 40;
/** Section styles below RANK_TURN: 第N编 1 … 第N节 4, 一、 5, a plain heading 6. */
const STYLE_DUN = 5;
const STYLE_PLAIN = 6;

// ---- characters ------------------------------------------------------------------------

const CN_DIGIT = '〇零一二三四五六七八九';

// Character classes as bit flags in one table: a scan costs one lookup per character.
const CLOSING = 1;
const CLAUSE_STOP = 2;
const TRAILING_WRAP = 4;
const OPEN_TAIL = 8;
const PREV_POINT_OK = 16;
const PREV_LIST_OK = 32;
const CN_NUMERAL = 64;
const POINT_START = 128;
const LABEL_BULLET = 256;
const DATE_LINE = 512;
const DATE_NUMERAL = 1024;
const SURNAME = 2048;
/** The characters isDateline reacts to: ，。, 月 日 讯 訊 电 電. */
const DATELINE_CHAR = 4096;
/** Counted by the heading test: CJK (as isCjk) and ASCII letters, bits 8192 and 16384, shifted for a branch-free count. */
const CJK_SHIFT = 13;
const ASCII_SHIFT = 14;
/** What a label is written with (isSpace, CJK, ASCII letters and digits, · * _ ・); set below. */
const LABEL_CHAR = 32768;
const CHAR_CLASS = new Uint16Array(0x10000);
function defineClass(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) { CHAR_CLASS[chars.charCodeAt(i)] |= flag; }
}
defineClass('。！？；…!?;', CLOSING);
defineClass('，。；：？！,;:?!', CLAUSE_STOP);
defineClass('”’」』）)】》"\'〕]］', TRAILING_WRAP);
defineClass('，、,：:—-（(“《', OPEN_TAIL);
defineClass('，。；：！？、,.;:!?“”‘’「」『』（）()【】《》 \t\u3000—', PREV_POINT_OK);
defineClass('：；。:;', PREV_LIST_OK);
defineClass('〇零一二三四五六七八九十百两', CN_NUMERAL);
defineClass('第〇零一二三四五六七八九十（(0123456789０１２３４５６７８９', POINT_START);
for (let c = 0x2460; c <= 0x2473; c++) { CHAR_CLASS[c] |= POINT_START; }
defineClass(LABEL_BULLETS, LABEL_BULLET);
defineClass(DATE_LINE_CHARS, DATE_LINE);
defineClass('0123456789０１２３４５６７８９〇○零一二三四五六七八九十', DATE_NUMERAL);
defineClass(SURNAMES, SURNAME);
defineClass('，。,月日讯訊电電', DATELINE_CHAR);
for (let c = 0; c < 0x10000; c++) {
  if (isCjk(c)) { CHAR_CLASS[c] |= 1 << CJK_SHIFT; } else if (isAsciiLetter(c)) { CHAR_CLASS[c] |= 1 << ASCII_SHIFT; }
  if (isSpace(c) || isCjk(c) || isAsciiLetter(c) || digitValue(c) >= 0 || c === 0xb7 || c === 0x2a || c === 0x5f || c === 0x30fb) { CHAR_CLASS[c] |= LABEL_CHAR; }
}

/** The point scan's own table (nextPointStart): one load and one test per unit. */
const SCAN_PREV_OK = 1;
const SCAN_START = 2;
const SCAN_CIRCLED = 4;
const POINT_SCAN = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const cls = CHAR_CLASS[c];
  POINT_SCAN[c] = ((cls & PREV_POINT_OK) !== 0 ? SCAN_PREV_OK : 0) | ((cls & POINT_START) !== 0 ? SCAN_START : 0)
    | (c >= 0x2460 && c <= 0x2473 ? SCAN_CIRCLED : 0);
}

/** Single characters parseMarker and pointAt test after a number, as flags of a second table. */
const ARTICLE_WORD = 1;
const NOT_AFTER_ARTICLE = 2;
const DATE_UNIT_AFTER = 4;
const CHAR_MARK = new Uint8Array(0x10000);
for (const w of REGULATION_ARTICLE_WORDS) { if (w.length === 1) { CHAR_MARK[w.charCodeAt(0)] |= ARTICLE_WORD; } }
/** 第三条的规定, 第二条所列: an article cited in running text, not one that starts here. */
for (const ch of '是的有和与中所规款项第') { CHAR_MARK[ch.charCodeAt(0)] |= NOT_AFTER_ARTICLE; }
/** A date unit right after 1. or 1、 reads as part of a date, not as a list item's text. */
for (const ch of '月日年号') { CHAR_MARK[ch.charCodeAt(0)] |= DATE_UNIT_AFTER; }
/** headHints: where parseLabel and isDateline stop, a label's colon, a dateline's 讯 or 电. */
const HEAD_STOP = 8;
const HEAD_COLON = 16;
const HEAD_NEWS = 32;
/** 、 in a paragraph's head: its label may be titles joined by 、, read as far as JOINED_LABEL_MAX. */
const HEAD_JOIN = 64;
CHAR_MARK[0x3001] |= HEAD_JOIN;
for (const ch of '，。,') { CHAR_MARK[ch.charCodeAt(0)] |= HEAD_STOP; }
for (const ch of '：:') { CHAR_MARK[ch.charCodeAt(0)] |= HEAD_COLON; }
for (const ch of '讯訊电電') { CHAR_MARK[ch.charCodeAt(0)] |= HEAD_NEWS; }
const HEAD_MARKS = HEAD_STOP | HEAD_COLON | HEAD_NEWS | HEAD_JOIN;
const HINT_LABEL = 1;
const HINT_DATELINE = 2;
/** How far isDateline reads. */
const DATELINE_SCAN = 30;

function has(flag: number, c: number): boolean {
  return (CHAR_CLASS[c] & flag) !== 0;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x0b || c === 0x0c;
}
function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) { return c - 0x30; }
  if (c >= 0xff10 && c <= 0xff19) { return c - 0xff10; }
  return -1;
}
/**
 * A word list indexed by first and last character, so affix tests cost a map lookup. Each list
 * owns one bit of the shared FIRST_BITS / LAST_BITS tables: a character that starts (ends) none
 * of its words is rejected with one array load, without touching the map.
 */
const FIRST_BITS = new Uint32Array(0x10000);
const LAST_BITS = new Uint32Array(0x10000);
let affixBits = 0;
class Affixes {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  private readonly bit: number;
  constructor(words: readonly string[]) {
    if (affixBits >= 32) { throw new Error('Affixes: more than 32 word lists'); }
    this.bit = 2 ** affixBits++;
    for (const w of words) {
      if (w.length === 0) { continue; }
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
      FIRST_BITS[w.charCodeAt(0)] |= this.bit;
      LAST_BITS[w.charCodeAt(w.length - 1)] |= this.bit;
    }
  }
  /** The listed word `s` starts with, if any. */
  prefix(s: string): string | null {
    return s.length === 0 ? null : this.prefixAt(s, 0, s.length);
  }
  /** The listed word `s` ends with, if any. */
  suffix(s: string): string | null {
    return s.length === 0 ? null : this.suffixAt(s, 0, s.length);
  }
  /** The listed word t[from, to) starts with, if any (from < to). */
  prefixAt(t: string, from: number, to: number): string | null {
    const c = t.charCodeAt(from);
    if ((FIRST_BITS[c] & this.bit) === 0) { return null; }
    const ws = this.byFirst.get(c);
    if (ws) { for (const w of ws) { if (w.length <= to - from && t.startsWith(w, from)) { return w; } } }
    return null;
  }
  /** The longest listed word t[from, to) starts with, if any (from < to): 部长助理 over 部长. */
  longestPrefixAt(t: string, from: number, to: number): string | null {
    const c = t.charCodeAt(from);
    if ((FIRST_BITS[c] & this.bit) === 0) { return null; }
    let best: string | null = null;
    const ws = this.byFirst.get(c);
    if (ws) {
      for (const w of ws) { if (w.length <= to - from && (best === null || w.length > best.length) && t.startsWith(w, from)) { best = w; } }
    }
    return best;
  }
  /** The listed word t[from, to) ends with, if any (from < to). */
  suffixAt(t: string, from: number, to: number): string | null {
    const c = t.charCodeAt(to - 1);
    if ((LAST_BITS[c] & this.bit) === 0) { return null; }
    const ws = this.byLast.get(c);
    if (ws) { for (const w of ws) { if (w.length <= to - from && t.startsWith(w, to - w.length)) { return w; } } }
    return null;
  }
  /** Whether some listed word occurs anywhere in `s`. */
  occursIn(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      if ((FIRST_BITS[s.charCodeAt(i)] & this.bit) !== 0 && this.prefixAt(s, i, s.length) !== null) { return true; }
    }
    return false;
  }
}
function push(m: Map<number, string[]>, k: number, w: string): void {
  const a = m.get(k);
  if (a) { a.push(w); } else { m.set(k, [w]); }
}

const COMPOUND_SURNAME = new Affixes(COMPOUND_SURNAMES);
const FOOTER = new Affixes(FOOTER_SUFFIXES);
const NON_HEADING = new Affixes(NON_HEADING_PREFIXES);
const ADDRESSEE = new Affixes(['各', '尊敬', '亲爱', '親愛', '致']);
const QUESTIONER = new Affixes(QUESTIONER_SUFFIXES);
const CONTINUED_FROM = new Affixes(CONTINUED_FROM_PREFIXES);
const CONTINUED_TO = new Affixes(CONTINUED_TO_PREFIXES);
const DATELINE_AGENCY = new Affixes(DATELINE_PREFIXES);
const NOT_PERSON_END = new Affixes(NOT_PERSON_SUFFIXES);
const NOT_PERSON_START = new Affixes(NOT_PERSON_PREFIXES);
const PERSON_TITLE = new Affixes(PERSON_TITLE_WORDS);
const DOCUMENT_TYPE = new Affixes(DOCUMENT_TYPE_SUFFIXES);
const OPEN_TITLE_END = new Affixes(OPEN_TITLE_ENDINGS);
const DATE_ERA = new Affixes(DATE_ERA_PREFIXES);
const BYLINE = new Affixes(BYLINE_PREFIXES);
const MODERATOR = new Affixes([...MODERATOR_LABELS]);
const CHAPTER = new Affixes(CHAPTER_WORDS.map(([w]) => w));
const CHAPTER_STYLE: ReadonlyMap<string, number> = new Map(CHAPTER_WORDS);

/** 主持人, 主持人寿小丽, 主席: the chair, a speaker even right after a question. */
function isModerator(norm: string): boolean {
  return MODERATOR.prefix(norm) !== null;
}

/** Values of the Chinese digits (〇零○ 0, 一…九, 两 2); -1 for anything else. */
const CN_DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (const [chars, v] of [['〇零○', 0], ['两', 2]] as const) { for (const ch of chars) { CN_DIGIT_VALUE[ch.charCodeAt(0)] = v; } }
'一二三四五六七八九'.split('').forEach((ch, i) => { CN_DIGIT_VALUE[ch.charCodeAt(0)] = i + 1; });

/** Value of the Chinese numeral t[from, to) (十一, 二十三, 一百零五, 一〇一); -1 when it is not one. */
function cnValue(t: string, from: number, to: number): number {
  if (to <= from) { return -1; }
  let place = false;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5341 || c === 0x767e) { place = true; break; } // 十 百
  }
  if (!place) {
    let v = 0;
    for (let i = from; i < to; i++) {
      const d = CN_DIGIT_VALUE[t.charCodeAt(i)];
      if (d < 0) { return -1; }
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let cur = -1;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5341 || c === 0x767e) {
      total += (cur < 0 ? 1 : cur) * (c === 0x5341 ? 10 : 100);
      cur = -1;
    } else {
      const d = CN_DIGIT_VALUE[c];
      if (d < 0) { return -1; }
      cur = d;
    }
  }
  return total + (cur < 0 ? 0 : cur);
}

/** A token of a personal name list: 2–4 Chinese characters. */
function isNameToken(s: string): boolean {
  if (s.length < 2 || s.length > 4) { return false; }
  for (let i = 0; i < s.length; i++) { if (!isCjk(s.charCodeAt(i))) { return false; } }
  return true;
}

/** A label that reads as a person: a role word, or a short name starting with a surname. */
function personLike(label: string): boolean {
  if (PERSON_TITLE.occursIn(label)) { return true; }
  if (label.length >= 2 && label.length <= 4) {
    if (COMPOUND_SURNAME.prefix(label)) { return true; }
    return has(SURNAME, label.charCodeAt(0));
  }
  return false;
}

/** A personal name of 2–4 Chinese characters starting with a surname (付凌晖, 欧阳明). */
function isSurnamedName(s: string): boolean {
  return isNameToken(s) && (has(SURNAME, s.charCodeAt(0)) || COMPOUND_SURNAME.prefix(s) !== null) && NOT_PERSON_END.suffix(s) === null;
}

/**
 * The name a titled label ends with: the text after its last role word (国家统计局新闻发言人、
 * 国民经济综合统计司司长付凌晖 → 付凌晖), or null when no name follows the titles.
 */
function nameAfterTitle(norm: string): string | null {
  const from = norm.lastIndexOf('、') + 1;
  let end = -1;
  for (let i = from; i < norm.length; i++) {
    const w = PERSON_TITLE.longestPrefixAt(norm, i, norm.length);
    if (w !== null && i + w.length > end) { end = i + w.length; }
  }
  if (end < 0) { return null; }
  const name = norm.slice(end);
  return isSurnamedName(name) ? name : null;
}

/**
 * A label too long for a plain speaker's (PERSON_LABEL_MAX): organisation and title words, joined by
 * 、 or not, ending in a role word and a name. Each part joined by 、 is a title, not a list item or
 * a lead-in (会议强调、要求, 國家發展委員會、經濟部 name no person).
 */
function isTitledName(norm: string): boolean {
  if (norm.length > JOINED_LABEL_MAX || NOT_PERSON_START.prefix(norm) !== null) { return false; }
  let part = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x3001) {
      if (i - part < 2 || (NOT_PERSON_END.suffixAt(norm, part, i) !== null && PERSON_TITLE.suffixAt(norm, part, i) === null)) { return false; }
      part = i + 1;
    } else if (!isCjk(c)) {
      return false;
    }
  }
  return nameAfterTitle(norm) !== null;
}

// ---- the builder -----------------------------------------------------------------------

/** Builds the outline incrementally so the analysis can run in slices. */
export class OutlineBuilder {
  private readonly text: string;
  private readonly md: boolean;

  // line reading
  private lineStart = 0;
  private searchPos = 0;
  private nextLf = -1;
  private nextCr = -1;
  private readonly closeMemo = new Map<string, { from: number; at: number }>();
  private readonly labelKinds = new Map<string, LabelKind | null>();
  // findPoints' scratch: the candidates of one paragraph in order, and whether a colon precedes each
  private readonly cands: Marker[] = [];
  private readonly candColon: boolean[] = [];
  // acceptPoints' scratch (its answer is read before the next paragraph is scanned)
  private readonly twoAfter: number[] = [];
  private readonly accepted: Marker[] = [];
  private readonly lastOrd: Record<Family, number> = { tiao: 0, dun: 0, parenCn: 0, arabic: 0, parenAr: 0, rparen: 0, circled: 0, shi: 0, di: 0 };
  private lineNo = 0;
  private eof = false;
  /** The current line is ring[head]; `count` lines from it on are described and not yet decided. */
  private readonly ring: Line[] = [];
  private head = 0;
  private count = 0;

  // tree: the open nodes as parallel stacks (no record per node), and the children of every open
  // node (and the roots) in one list, `kids[stKids[d]..]` for depth d; a node's children are copied
  // out at their exact size when it closes, so no array keeps the slack of growing by push
  private readonly stNode: OutlineNode[] = [];
  private readonly stRank: number[] = [];
  private readonly stFamily: (Family | null)[] = [];
  private readonly stOrd: number[] = [];
  private readonly stKids: number[] = [];
  private depth = 0;
  private readonly kids: OutlineNode[] = [];
  private kidCount = 0;
  private lastEnd = 0;
  private result: OutlineNode[] | null = null;
  /** Every node opened while a line is decided stands on that line. */
  private curLine = 0;

  // reading state
  private cont = false;
  private haveArticle = false;
  private seenBody = false;
  private articleHasQA = false;
  private articleHasBody = false;
  /** The current article is a news item: one of its paragraphs opened with a dateline. */
  private articleHasDateline = false;
  private qaOpen = false;
  private afterByline = false;
  private expectName = false;
  private afterEndLine = false;
  private afterSignature = false;
  private inFence = false;
  private fenceMark = '';

  // speakers are kept only when the document reads as a transcript (decided in finish)
  private readonly speakerNodes: OutlineNode[] = [];
  private readonly speakerLabels: string[] = [];
  /** A transcript names its few speakers on every turn: one string per distinct name. */
  private readonly speakerNames = new Map<string, string>();
  private labelTurns = 0;
  /** Names the chair was introduced with (主持人寿小丽): 寿小丽： is the chair's turn, not an answer. */
  private readonly chairNames = new Set<string>();

  constructor(text: string, options: OutlineOptions = {}) {
    this.text = text;
    this.md = options.markdown === true;
    for (let i = 0; i < RING; i++) {
      this.ring.push({
        n: 0, ts: 0, te: 0, len: 0, kind: 'body', openEnd: false, headingLike: false, label: null, marker: null, chapterStyle: 0, consumed: false,
      });
    }
  }

  /** Consume every line that ends before `until` (a line boundary or text.length). */
  feed(until: number): void {
    if (this.result) { return; }
    const stop = Math.min(Math.max(until, 0), this.text.length);
    this.readLines(stop);
    if (stop >= this.text.length) { this.readLast(); }
    this.drain();
  }

  finish(): OutlineNode[] {
    if (this.result) { return this.result; }
    this.readLines(this.text.length);
    this.readLast();
    this.drain();
    this.popTo(0);
    this.result = this.keepTranscriptSpeakers(this.kids.slice(0, this.kidCount));
    return this.result;
  }

  // ---- reading lines -------------------------------------------------------------------

  private readLines(until: number): void {
    const t = this.text;
    for (;;) {
      // The next \n and \r at or after searchPos, each found once (indexOf is far faster than a
      // charCodeAt loop, and a 1 MB line is searched once however many slices it spans).
      if (this.nextLf < this.searchPos) { this.nextLf = indexOrEnd(t, '\n', 10, this.searchPos); }
      if (this.nextCr < this.searchPos) { this.nextCr = indexOrEnd(t, '\r', 13, this.searchPos); }
      const i = Math.min(this.nextLf, this.nextCr);
      if (i >= until) { break; }
      let next = i + 1;
      if (t.charCodeAt(i) === 13 && next < t.length && t.charCodeAt(next) === 10) { next++; }
      this.addLine(this.lineStart, i);
      this.lineStart = next;
      this.searchPos = next;
    }
    this.searchPos = Math.max(until, this.searchPos);
  }

  private readLast(): void {
    if (this.eof) { return; }
    this.eof = true;
    if (this.lineStart < this.text.length) { this.addLine(this.lineStart, this.text.length); }
    this.lineStart = this.text.length;
    this.searchPos = this.text.length;
  }

  /**
   * Describes a line into the first free record of the ring; a line is decided as soon as LOOKAHEAD
   * lines follow it (describing is context-free, so when does not matter), and its record is reused.
   */
  private addLine(start: number, end: number): void {
    const n = this.lineNo++;
    if (!this.describe(this.ring[(this.head + this.count) & (RING - 1)], n, start, end)) { return; }
    if (++this.count > LOOKAHEAD) { this.decideHead(); }
  }

  private drain(): void {
    while (this.count > 0 && (this.eof || this.count > LOOKAHEAD)) { this.decideHead(); }
  }

  private decideHead(): void {
    const line = this.ring[this.head];
    this.process(line);
    line.label = null; // the record is reused: let go of what it pointed to
    line.marker = null;
    this.head = (this.head + 1) & (RING - 1);
    this.count--;
  }

  /** The k-th non-blank line after the current one (k ≥ 1, at most LOOKAHEAD), or null at the end. */
  private peek(k: number): Line | null {
    return k < this.count ? this.ring[(this.head + k) & (RING - 1)] : null;
  }

  // ---- line features (context-free, computed once) ---------------------------------------

  /** Fills `line` with the features of t[start, end); false for a blank line. */
  private describe(line: Line, n: number, start: number, end: number): boolean {
    const t = this.text;
    let ts = start;
    while (ts < end && isSpace(t.charCodeAt(ts))) { ts++; }
    let te = end;
    while (te > ts && isSpace(t.charCodeAt(te - 1))) { te--; }
    if (ts >= te) { return false; }
    const len = te - ts;

    // last significant character, looking through closing quotes and brackets
    let k = te - 1;
    let wraps = 0;
    while (k > ts && wraps < 8 && (CHAR_CLASS[t.charCodeAt(k)] & TRAILING_WRAP) !== 0) { k--; wraps++; }
    const last = t.charCodeAt(k);
    const closed = has(CLOSING, last) || (last === 0x2e && k === te - 1 && k > ts && !digitLike(t.charCodeAt(k - 1)));
    const rawLast = t.charCodeAt(te - 1);
    const tailOpen = has(OPEN_TAIL, rawLast);

    // Only a line of at most FIRST_TITLE_MAX units can look like a heading: longer ones (most
    // paragraphs) skip the character count. The checks below read at most the first HEAD units.
    const hte = Math.min(te, ts + HEAD);
    let innerClose = len > HEAD;
    let headingLike = false;
    if (len <= FIRST_TITLE_MAX && has(CLOSING, last)) {
      innerClose = true; // a sentence ends the line: the count below would stop at a closing unit too
    } else if (len <= FIRST_TITLE_MAX) {
      let cjk = 0;
      let ascii = 0;
      for (let i = ts; i < te; i++) {
        const cls = CHAR_CLASS[t.charCodeAt(i)];
        if ((cls & CLOSING) !== 0) { innerClose = true; break; } // settles it: not a heading
        cjk += (cls >> CJK_SHIFT) & 1;
        ascii += (cls >> ASCII_SHIFT) & 1;
      }
      headingLike = !innerClose && !tailOpen && cjk >= 2 && cjk >= ascii;
    }

    line.n = n;
    line.ts = ts;
    line.te = te;
    line.len = len;
    line.kind = 'body';
    line.openEnd = !closed && (len > HEADING_MAX || tailOpen);
    line.headingLike = headingLike;
    line.label = null;
    line.marker = null;
    line.chapterStyle = 0;
    line.consumed = false;

    if (this.md) {
      const mdKind = markdownKind(t, ts, hte);
      if (mdKind) { line.kind = mdKind; return true; }
    }
    const p = this.md ? skipBullet(t, ts, te) : ts;

    const marker = this.parseMarker(p, te, line);
    if (line.chapterStyle > 0) { line.kind = 'chapter'; line.marker = marker; return true; }
    if (marker) { line.kind = 'marker'; line.marker = marker; return true; }

    // One look at the paragraph's head, up to its first ，。, , tells whether parseLabel and
    // isDateline can answer at all: a label needs a colon there, a dateline 讯 or 电.
    const hints = this.md ? HINT_LABEL | HINT_DATELINE : headHints(t, ts, te);
    const label = (hints & HINT_LABEL) !== 0 ? this.parseLabel(p, te) : null;
    // 专访：某部长谈经济 is a title, not a turn: turns end their sentences
    if (label && !(label.kind === 'person' && headingLike && label.content < te && !personLike(label.norm) && !isModerator(label.norm))) {
      line.label = label;
      line.kind = label.kind === 'field' ? 'field' : 'label';
      return true;
    }

    const parenKind = this.parenLine(ts, te);
    if (parenKind) { line.kind = parenKind; return true; }

    const c0 = t.charCodeAt(ts);
    const c1 = ts + 1 < te ? t.charCodeAt(ts + 1) : 0;
    if (isDash(c0) && isDash(c1) && len <= FIRST_TITLE_MAX && !innerClose) { line.kind = 'subtitle'; return true; }
    if ((hints & HINT_DATELINE) !== 0 && this.isDateline(ts, te, hte)) { line.kind = 'dateline'; return true; }
    if (len <= 40 && isDateOnly(t, ts, te)) { line.kind = 'date'; return true; }
    if (headingLike && len <= 40 && endsWithDate(t, ts, te) && digitValue(c0) < 0 && CN_DIGIT.indexOf(t[ts]) < 0) {
      line.kind = 'date';
      return true;
    }
    if (headingLike && FOOTER.suffixAt(t, ts, te) && indexIn(t, 0x5e74, ts, te) >= 0) { line.kind = 'date'; return true; } // 年
    if (len <= 40 && (rawLast === 0x53f7 || rawLast === 0x865f) && hasDocNumberMark(t, ts, te)) { line.kind = 'docNum'; return true; }
    if (len <= 40 && isByline(t, ts, te)) { line.kind = 'byline'; return true; }
    if (NON_HEADING.prefixAt(t, ts, hte) || isPageLabel(t, ts, hte) || (len <= 40 && (rawLast === 0x6444 || rawLast === 0x651d))) {
      line.kind = 'field'; // captions, credits, page labels (摄, 攝: a photo credit)
      return true;
    }
    if (rawLast === 0xff1a || rawLast === 0x3a) {
      // innerClose of a line of FIRST_TITLE_MAX to HEAD units is settled here, the one place it is read
      const closing = innerClose || (len > FIRST_TITLE_MAX && hasClosing(t, ts, hte));
      if (ADDRESSEE.prefixAt(t, ts, hte) || (indexIn(t, 0x3001, ts, hte) >= 0 && !closing)) { // 、
        line.kind = 'addressee';
      }
      return true;
    }
    if (headingLike) { line.kind = 'heading'; }
    return true;
  }

  /** A point marker or a 第N章 heading at `p`; sets line.chapterStyle for chapters. */
  private parseMarker(p: number, te: number, line: Line): Marker | null {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 0x7b2c) { // 第
      let q = p + 1;
      while (q < te && q < p + 7 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
      let ord = cnValue(t, p + 1, q);
      if (q === p + 1) { // 第1条
        let v = 0;
        while (q < te && q < p + 5 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
        ord = q > p + 1 ? v : -1;
      }
      if (ord < 0 || q >= te) { return null; }
      const word = CHAPTER.prefixAt(t, q, t.length);
      if (word !== null) {
        if (line.len <= 40 && !hasClosing(t, p, te)) {
          line.chapterStyle = CHAPTER_STYLE.get(word) ?? 0;
          return { family: 'tiao', ord, start: p, end: q + word.length };
        }
        return null;
      }
      const w = t.charCodeAt(q);
      if ((CHAR_MARK[w] & ARTICLE_WORD) !== 0) {
        const f = q + 1 < te ? t.charCodeAt(q + 1) : 0x20;
        if (isSpace(f) || (isCjk(f) && (CHAR_MARK[f] & NOT_AFTER_ARTICLE) === 0)) {
          return { family: 'tiao', ord, start: p, end: q + 1 };
        }
        return null;
      }
      if (w === 0xff0c || w === 0x3001 || w === 0x2c) { return { family: 'di', ord, start: p, end: q + 1 }; } // ，、,
      return null;
    }
    if (has(CN_NUMERAL, c) && c !== 0x767e && c !== 0x4e24) {
      let q = p;
      while (q < te && q < p + 4 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
      const ord = cnValue(t, p, q);
      if (ord <= 0 || q >= te) { return null; }
      const w = t.charCodeAt(q);
      if (w === 0x662f) { // 是
        if (q + 1 < te && t.charCodeAt(q + 1) === c) { return null; } // 一是一，二是二
        return { family: 'shi', ord, start: p, end: q + 1 };
      }
      if (w === 0x3001 || w === 0xff0e) { // 、 ．
        const f = q + 1 < te ? t.charCodeAt(q + 1) : 0;
        if (has(CN_NUMERAL, f) && q + 2 < te && (t.charCodeAt(q + 2) === 0x3001 || has(CN_NUMERAL, t.charCodeAt(q + 2)))) { return null; }
        return { family: 'dun', ord, start: p, end: q + 1 };
      }
      return null;
    }
    if (c === 0xff08 || c === 0x28) { // （ (
      const m = this.parenNumber(p, te);
      if (m) { return m; }
      return null;
    }
    if (c >= 0x2460 && c <= 0x2473) { return { family: 'circled', ord: c - 0x245f, start: p, end: p + 1 }; }
    if (c >= 0x2474 && c <= 0x2487) { return { family: 'parenAr', ord: c - 0x2473, start: p, end: p + 1 }; }
    if (digitValue(c) >= 0) {
      let q = p;
      let v = 0;
      while (q < te && q < p + 4 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
      if (q - p > 3 || q >= te || v === 0) { return null; }
      const w = t.charCodeAt(q);
      const f = q + 1 < te ? t.charCodeAt(q + 1) : 0x20;
      if (digitValue(f) >= 0 || f === 0x25 || f === 0xff05) { return null; }
      if (w === 0x3001 || w === 0x2e || w === 0xff0e) { return { family: 'arabic', ord: v, start: p, end: q + 1 }; }
      if (w === 0x29 || w === 0xff09) { return { family: 'rparen', ord: v, start: p, end: q + 1 }; }
      return null;
    }
    return null;
  }

  /** （一） / (1) at `p`. */
  private parenNumber(p: number, te: number): Marker | null {
    const t = this.text;
    let q = p + 1;
    if (q >= te) { return null; }
    if (has(CN_NUMERAL, t.charCodeAt(q))) {
      while (q < te && q < p + 6 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
      const ord = cnValue(t, p + 1, q);
      const cl = q < te ? t.charCodeAt(q) : 0;
      if (ord > 0 && (cl === 0xff09 || cl === 0x29)) { return { family: 'parenCn', ord, start: p, end: q + 1 }; }
      return null;
    }
    let v = 0;
    while (q < te && q < p + 4 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
    const cl = q < te ? t.charCodeAt(q) : 0;
    if (q > p + 1 && v > 0 && (cl === 0xff09 || cl === 0x29)) { return { family: 'parenAr', ord: v, start: p, end: q + 1 }; }
    return null;
  }

  /** A speaker/question/answer/field label at `p` (问：, 【答】, 江委員啟臣：, **记者：**). */
  private parseLabel(p: number, te: number): Label | null {
    const t = this.text;
    let q = p;
    // ■记者：… as newspapers print an interview
    if (q + 1 < te && has(LABEL_BULLET, t.charCodeAt(q))) { q++; while (q < te && isSpace(t.charCodeAt(q))) { q++; } }
    if (isEmphasis(t, q)) { q += 2; }
    const start = q;
    let end: number;
    let content: number;
    if (t.charCodeAt(q) === 0x3010) { // 【问】, 【主持人】
      // the first 】 within ten units and inside the line (searched no further)
      const close = indexIn(t, 0x3011, q + 1, Math.min(q + 11, te));
      if (close < 0) { return null; }
      end = close;
      content = close + 1;
      if (content < te && (t.charCodeAt(content) === 0xff1a || t.charCodeAt(content) === 0x3a)) { content++; }
      const norm = t.slice(q + 1, close).replace(/\s/g, '');
      const kind = this.kindOf(norm);
      if (!kind || kind === 'field') { return null; }
      return { kind, norm, start: q, end: close + 1, content: skipEmphasis(t, content, te), colon: '' };
    }
    let limit = Math.min(te, q + LABEL_SCAN);
    let colon = -1;
    let paren = -1;
    let closeParen = -1;
    for (let i = q; i < limit; i++) {
      const c = t.charCodeAt(i);
      if ((CHAR_CLASS[c] & LABEL_CHAR) !== 0) { continue; }
      if (c === 0xff1a || c === 0x3a) { colon = i; break; }
      // 国家统计局新闻发言人、国民经济综合统计司司长付凌晖： joins a speaker's titles with 、
      if (c === 0x3001 && i > q && paren < 0) { limit = Math.min(te, q + JOINED_LABEL_MAX + 1); continue; }
      // 主席（陳委員其邁）： names the chair in brackets
      if ((c === 0xff08 || c === 0x28) && paren < 0 && i > q) { paren = i; continue; }
      if ((c === 0xff09 || c === 0x29) && paren >= 0 && closeParen < 0 && i > paren + 1) { closeParen = i; continue; }
      return null;
    }
    if (paren >= 0 && (closeParen < 0 || colon !== closeParen + 1)) { return null; }
    if (colon < 0) { return null; }
    end = colon;
    while (end > start && (t.charCodeAt(end - 1) === 0x2a || t.charCodeAt(end - 1) === 0x5f || isSpace(t.charCodeAt(end - 1)))) { end--; }
    if (end <= start) { return null; }
    content = skipEmphasis(t, colon + 1, te);
    const norm = withoutSpaceOrEmphasis(t, start, paren >= 0 ? paren : end, false);
    if (norm.length === 0) { return null; }
    const first = norm.charCodeAt(0);
    if (!isCjk(first) && !(norm.length === 1 && isAsciiLetter(first))) { return null; }
    const kind = this.kindOf(norm);
    if (!kind) { return null; }
    const rest = te - content;
    if (kind === 'question' && QUESTIONER.suffix(norm) && rest > 0 && rest <= 12 && !hasAnyPunct(t, content, te)) {
      return { kind: 'field', norm, start, end, content, colon: t[colon] }; // 记者：张三 李四 is a byline
    }
    if (kind === 'person' && rest <= 0 && !isModerator(norm) && !personLike(norm)) { return null; }
    return { kind, norm, start, end, content, colon: t[colon] };
  }

  /** labelKind, remembered per label: a transcript repeats its few speakers' labels on every turn. */
  private kindOf(norm: string): LabelKind | null {
    let kind = this.labelKinds.get(norm);
    if (kind === undefined) { kind = labelKind(norm); this.labelKinds.set(norm, kind); }
    return kind;
  }

  /** A whole line in brackets: (上接第三版), (新华社北京9月2日电), （此件公开发布）. */
  private parenLine(ts: number, te: number): LineKind | null {
    const t = this.text;
    const open = t.charCodeAt(ts);
    const closeCh = open === 0xff08 ? '）' : open === 0x28 ? ')' : open === 0x3010 ? '】' : open === 0x5b ? ']' : '';
    if (!closeCh || te - ts > 40) { return null; }
    const close = this.nextIndexOf(closeCh, ts + 1);
    if (close !== te - 1) {
      // （上接第三版）may also be written with mixed brackets
      const alt = t.charCodeAt(te - 1);
      if (!(alt === 0xff09 || alt === 0x29) || close >= 0) { return null; }
    }
    const inner = t.slice(ts + 1, te - 1).trim();
    if (CONTINUED_FROM.prefix(inner)) { return 'contFrom'; }
    if (CONTINUED_TO.prefix(inner)) { return 'contTo'; }
    if (inner.endsWith('电') || inner.endsWith('電') || inner === '完' || inner.endsWith('完') || inner.startsWith('记者') || inner.startsWith('記者')
      || inner.indexOf('新华社') >= 0 || inner.indexOf('新華社') >= 0) {
      return 'endLine';
    }
    return 'paren';
  }

  /**
   * t.indexOf(ch, from) for the closing brackets parenLine looks for. Lines arrive in order, so
   * each answer is remembered and reused while `from` has not passed it: the text after an
   * unclosed bracket is searched once, not once per line.
   */
  private nextIndexOf(ch: string, from: number): number {
    let memo = this.closeMemo.get(ch);
    if (!memo) { memo = { from: -1, at: -1 }; this.closeMemo.set(ch, memo); }
    // the answer holds for any `from` in [memo.from, memo.at] (any after memo.from when there is none)
    if (memo.from < 0 || from < memo.from || (memo.at >= 0 && from > memo.at)) {
      memo.from = from;
      memo.at = this.text.indexOf(ch, from);
    }
    return memo.at;
  }

  /** 本报北京9月2日讯…, 新华社北京9月2日电…: a news paragraph's dateline. */
  private isDateline(ts: number, te: number, hte: number): boolean {
    const t = this.text;
    const agency = DATELINE_AGENCY.prefixAt(t, ts, hte) !== null;
    let month = false;
    let day = false;
    const limit = Math.min(te, ts + DATELINE_SCAN);
    for (let i = ts; i < limit; i++) {
      const c = t.charCodeAt(i);
      if ((CHAR_CLASS[c] & DATELINE_CHAR) === 0) { continue; }
      if (c === 0xff0c || c === 0x3002 || c === 0x2c) { return false; }
      if (c === 0x6708) { month = true; } // 月
      if (c === 0x65e5) { day = month; } // 日
      if (c === 0x8baf || c === 0x8a0a || c === 0x7535 || c === 0x96fb) { // 讯 訊 电 電
        const prev = i > ts ? t.charCodeAt(i - 1) : 0;
        const prevOk = prev === 0x65e5 || prev === 0x62a5 || prev === 0x5831 || prev === 0x793e || prev === 0x7f51 || prev === 0x7db2 || prev === 0x520a;
        if (prevOk && (agency || day)) { return true; }
      }
    }
    return false;
  }

  // ---- deciding lines in order ---------------------------------------------------------

  private process(line: Line): void {
    this.curLine = line.n;
    if (line.consumed) { this.extend(line.te); return; }
    if (this.md && this.markdownLine(line)) { return; }
    if (this.cont) {
      this.cont = false;
      if (!breaksParagraph(line)) { this.body(line, line.ts); return; }
    }
    switch (line.kind) {
      case 'contFrom':
        if (this.md) { this.body(line, line.ts); return; }
        this.openArticle(line, this.lineText(line), null);
        return;
      case 'contTo':
      case 'endLine':
        this.afterEndLine = true;
        this.extend(line.te);
        return;
      case 'paren': case 'docNum': case 'date': case 'field': case 'addressee': case 'subtitle':
        this.expectName = false;
        this.extend(line.te);
        return;
      case 'byline':
        // a byline under the title opens the article; one after its body closes it
        this.afterByline = this.articleHasBody;
        this.expectName = true;
        this.extend(line.te);
        return;
      case 'chapter':
        if (this.md) { this.body(line, line.ts); return; }
        this.openSection(line, line.chapterStyle);
        return;
      case 'marker':
        this.markerLine(line);
        return;
      case 'label':
        this.labelLine(line);
        return;
      case 'heading':
        this.headingLine(line);
        return;
      default:
        if (line.kind === 'dateline') { this.articleHasDateline = true; }
        this.body(line, line.ts);
    }
  }

  /** A paragraph (or its continuation): extends the open nodes, may start points inside. */
  private body(line: Line, from: number): void {
    this.scanPoints(line, from);
    this.bodyDone(line);
  }

  private bodyDone(line: Line): void {
    this.extend(line.te);
    this.seenBody = true;
    this.articleHasBody = true;
    this.afterByline = false;
    this.expectName = false;
    this.afterEndLine = false;
    this.afterSignature = false;
    this.cont = line.openEnd;
  }

  private markerLine(line: Line): void {
    const m = line.marker;
    if (!m) { this.body(line, line.ts); return; }
    if (m.family === 'dun' && !this.md && line.headingLike && line.len <= HEADING_MAX) {
      this.openSection(line, STYLE_DUN);
      return;
    }
    if (m.family === 'dun') {
      // 二、 running on after a 一、 heading: a sibling of that section, not inside it
      for (let i = 0; i < this.depth; i++) {
        if (this.stRank[i] === RANK_SECTION + STYLE_DUN) { this.popTo(i); break; }
      }
    }
    const inner = this.findPoints(line, m.end, m);
    this.openPoint(m, inner.length > 0 ? inner[0].start : line.te, line.te);
    this.openPoints(line, inner);
    this.bodyDone(line);
  }

  private labelLine(line: Line): void {
    const lab = line.label;
    if (!lab) { this.body(line, line.ts); return; }
    const { name, end: nameEnd } = this.labelName(lab, line.te);
    if (lab.kind === 'question') {
      this.open('question', name, line.ts, lab.start, nameEnd, RANK_TURN);
      this.articleHasQA = true;
      this.qaOpen = true;
      this.labelTurns++;
      this.extend(line.te);
      this.seenBody = true;
      this.articleHasBody = true;
      this.clearArticleTriggers();
      this.cont = line.openEnd;
      return;
    }
    if (lab.kind === 'person') { this.noteChair(lab.norm); }
    if (lab.kind === 'answer' || (this.qaOpen && !isModerator(lab.norm) && !this.chairNames.has(lab.norm))) {
      if (lab.kind === 'person') { this.labelTurns++; }
      this.open('answer', name, line.ts, lab.start, nameEnd, RANK_TURN);
      this.qaOpen = true;
    } else {
      let name = withoutSpaceOrEmphasis(this.text, lab.start, lab.end, true);
      if (name.length > NAME_MAX) { name = name.slice(0, NAME_MAX); } // titles joined by 、 may run longer
      let shared = this.speakerNames.get(name);
      if (shared === undefined) { shared = name; this.speakerNames.set(name, name); }
      this.speakerNodes.push(this.open('speaker', shared, line.ts, lab.start, lab.end, RANK_TURN));
      this.speakerLabels.push(lab.norm);
      this.qaOpen = false;
    }
    this.clearArticleTriggers();
    this.body(line, lab.content);
  }

  /**
   * Remembers the name the chair was introduced with (主持人寿小丽), for the chair's short label on
   * later turns. (A titled label's name, …司长付凌晖, starts with a surname: its short label reads
   * as a person by itself.)
   */
  private noteChair(norm: string): void {
    const chair = norm.length > 4 ? MODERATOR.prefix(norm) : null;
    if (chair === null) { return; }
    const name = norm.slice(chair.length);
    if (isNameToken(name)) { this.chairNames.add(name); }
  }

  private headingLine(line: Line): void {
    if (this.md) { this.body(line, line.ts); return; }
    if (this.expectName && this.isNameLine(line)) { this.extend(line.te); return; }
    this.expectName = false;
    const first = !this.haveArticle && !this.seenBody;
    if (first && line.len <= FIRST_TITLE_MAX) {
      const nx = this.nextAfterSubtitles();
      const second = nx.line && nx.k === 1 && this.isPlainHeading(nx.line) ? nx.line : null;
      if (second && (joinable(this.lineText(line), this.lineText(second))
        || isHeaderLine(this.peek(2)))) {
        this.openArticle(line, this.lineText(line) + this.lineText(second), second);
      } else {
        this.openArticle(line, this.lineText(line), null);
      }
      return;
    }
    if (this.isSignature()) {
      this.afterSignature = true;
      this.extend(line.te);
      return;
    }
    const nx = this.nextAfterSubtitles();
    const next = nx.line;
    if (next && next.kind === 'addressee') { this.extend(line.te); return; }
    if (line.len <= TITLE_MAX) {
      let article = this.afterByline || this.afterEndLine || this.afterSignature
        || (next !== null && (next.kind === 'dateline' || next.kind === 'byline'));
      let joined: Line | null = null;
      if (!article && line.len <= HEADING_MAX && next && this.isPlainHeading(next) && !this.isSignatureAt(nx.k)) {
        // Title + first section of a new article — after a news item or before any body. Inside a
        // column or commentary with body text, the short line is text broken around an
        // interposed heading (a newspaper pull quote), and that heading is the section.
        if (!this.articleHasBody || this.articleHasDateline || !this.haveArticle) {
          article = true;
          if (nx.k === 1 && joinable(this.lineText(line), this.lineText(next))) { joined = next; }
        } else {
          this.body(line, line.ts);
          return;
        }
      }
      if (!article && this.articleHasQA && line.len <= HEADING_MAX && !(next && next.kind === 'label')) {
        article = true;
      }
      if (article) {
        this.openArticle(line, joined ? this.lineText(line) + this.lineText(joined) : this.lineText(line), joined);
        return;
      }
    }
    if (line.len <= HEADING_MAX) {
      this.openSection(line, STYLE_PLAIN);
      return;
    }
    this.body(line, line.ts);
  }

  /** The next line that is not a subtitle (——…), with its lookahead index. */
  private nextAfterSubtitles(): { line: Line | null; k: number } {
    for (let k = 1; k <= LOOKAHEAD; k++) {
      const l = this.peek(k);
      if (!l || l.kind !== 'subtitle') { return { line: l, k }; }
    }
    return { line: null, k: LOOKAHEAD + 1 };
  }

  private isPlainHeading(l: Line): boolean {
    return l.kind === 'heading' && l.len <= HEADING_MAX;
  }

  /** The current line opens a signature block: short issuer lines, then a date line. */
  private isSignature(): boolean {
    return this.isSignatureAt(0);
  }

  private isSignatureAt(k0: number): boolean {
    for (let k = k0 + 1; k <= LOOKAHEAD; k++) {
      const l = this.peek(k);
      if (!l) { return false; }
      if (l.kind === 'date') {
        // a date line under a news title is followed by the story; a signature closes the text
        const after = k < LOOKAHEAD ? this.peek(k + 1) : null;
        return !after || !(after.kind === 'body' || after.kind === 'dateline' || after.kind === 'label' || after.kind === 'marker');
      }
      if (!(l.kind === 'heading' && l.len <= HEADING_MAX)) { return false; }
    }
    return false;
  }

  /** A bare personal name (乔文汇, 张三 李四) under a byline. */
  private isNameLine(line: Line): boolean {
    if (line.len > 16) { return false; }
    const parts = this.lineText(line).split(/[\s、·]+/);
    return parts.every((s) => s.length === 0 || isNameToken(s));
  }

  private clearArticleTriggers(): void {
    this.afterByline = false;
    this.afterEndLine = false;
    this.afterSignature = false;
    this.expectName = false;
  }

  // ---- opening nodes -------------------------------------------------------------------

  private openArticle(line: Line, name: string, joined: Line | null): void {
    this.popTo(0);
    this.open('article', name, line.ts, line.ts, line.te, RANK_ARTICLE);
    if (joined) { joined.consumed = true; }
    this.consumeSubtitles(joined ? 1 : 0);
    this.haveArticle = true;
    this.articleHasQA = false;
    this.articleHasBody = false;
    this.articleHasDateline = false;
    this.qaOpen = false;
    this.clearArticleTriggers();
    this.cont = false;
    this.extend(line.te);
  }

  private openSection(line: Line, style: number): void {
    const rank = RANK_SECTION + style;
    let name = this.lineText(line);
    let joined = false;
    // 第一章 alone on its line, its title on the next
    if (line.marker && line.marker.end >= line.te) {
      const nx = this.peek(1);
      if (nx && this.isPlainHeading(nx)) { name = name + ' ' + this.lineText(nx); nx.consumed = true; joined = true; }
    }
    this.open('section', name, line.ts, line.ts, line.te, rank);
    this.consumeSubtitles(joined ? 1 : 0);
    this.qaOpen = false;
    this.clearArticleTriggers();
    this.cont = false;
    this.extend(line.te);
  }

  private consumeSubtitles(from: number): void {
    for (let k = from + 1; k <= LOOKAHEAD; k++) {
      const l = this.peek(k);
      if (!l || l.kind !== 'subtitle') { return; }
      l.consumed = true;
    }
  }

  /** Opens a point, closing the points it follows (same family) or outranks. */
  private openPoint(m: Marker, limit: number, lineEnd: number): void {
    const ranks = this.stRank;
    const families = this.stFamily;
    const top = this.depth;
    let seg = top;
    while (seg > 0 && ranks[seg - 1] >= RANK_POINT) { seg--; }
    let cut = -1;
    for (let i = top - 1; i >= seg; i--) {
      if (families[i] === m.family) { cut = i; break; }
    }
    const rank = FAMILY_RANK[m.family];
    if (cut < 0 && rank > 0) {
      for (let i = seg; i < top; i++) {
        const f = families[i];
        if (f && FAMILY_RANK[f] >= rank) { cut = i; break; }
      }
    }
    if (cut >= 0) { this.popTo(cut); }
    const nameEnd = this.clauseEnd(m.start, Math.min(limit, lineEnd), m.end);
    this.pushNode('point', this.text.slice(m.start, nameEnd), m.start, m.start, nameEnd, RANK_POINT, m.family, m.ord);
  }

  private open(kind: OutlineKind, name: string, start: number, selStart: number, selEnd: number, rank: number): OutlineNode {
    // close everything of this rank or deeper
    let i = this.depth;
    while (i > 0 && this.stRank[i - 1] >= rank) { i--; }
    this.popTo(i);
    return this.pushNode(kind, name, start, selStart, selEnd, rank, null, 0);
  }

  private pushNode(kind: OutlineKind, name: string, start: number, selStart: number, selEnd: number, rank: number, family: Family | null, ord: number): OutlineNode {
    const node: OutlineNode = {
      kind, name, line: this.curLine, start, end: selEnd > start ? selEnd : start, selectionStart: selStart, selectionEnd: selEnd, children: NO_CHILDREN,
    };
    // the node joins the children of the open node above it (or the roots)
    const k = this.kidCount++;
    if (k === this.kids.length) { this.kids.push(node); } else { this.kids[k] = node; }
    const d = this.depth++;
    if (d === this.stNode.length) {
      this.stNode.push(node); this.stRank.push(rank); this.stFamily.push(family); this.stOrd.push(ord); this.stKids.push(k + 1);
    } else {
      this.stNode[d] = node; this.stRank[d] = rank; this.stFamily[d] = family; this.stOrd[d] = ord; this.stKids[d] = k + 1;
    }
    return node;
  }

  /** Closes the open nodes deeper than `depth`: each ends at the last content so far and gets its children. */
  private popTo(depth: number): void {
    while (this.depth > depth) {
      const d = --this.depth;
      const node = this.stNode[d];
      if (this.lastEnd > node.end) { node.end = this.lastEnd; }
      const from = this.stKids[d];
      if (this.kidCount > from) {
        node.children = this.kids.slice(from, this.kidCount);
        this.kidCount = from;
      }
    }
  }

  private extend(end: number): void {
    if (end > this.lastEnd) { this.lastEnd = end; }
  }


  // ---- points inside a paragraph -------------------------------------------------------

  /** Starts a point at every list marker inside the paragraph text [from, te). */
  private scanPoints(line: Line, from: number): void {
    this.openPoints(line, this.findPoints(line, from, null));
  }

  private openPoints(line: Line, accepted: readonly Marker[]): void {
    const t = this.text;
    for (let j = 0; j < accepted.length; j++) {
      const m = accepted[j];
      let back = m.start;
      while (back > line.ts && isSpace(t.charCodeAt(back - 1))) { back--; }
      this.extend(back);
      const limit = j + 1 < accepted.length ? accepted[j + 1].start : line.te;
      this.openPoint(m, limit, line.te);
    }
  }

  /**
   * The list markers inside [from, te) that continue a list: 1 after a colon or followed by 2,
   * n after n-1 (in this paragraph, after `lead` — the paragraph's own marker — or in the open points).
   */
  private findPoints(line: Line, from: number, lead: Marker | null): readonly Marker[] {
    const te = line.te;
    if (from >= te) { return NO_MARKERS; }
    const t = this.text;
    if (this.cands.length > 0) { this.cands.length = 0; this.candColon.length = 0; } // (setting length is a runtime call)
    let i = from;
    if ((CHAR_CLASS[t.charCodeAt(from)] & POINT_START) !== 0) {
      const m = this.pointAt(line, from, from);
      if (m) { this.take(m, from, from); i = m.end - 1; }
    }
    for (;;) {
      i = nextPointStart(t, i, te);
      if (i >= te) { break; }
      const m = this.pointAt(line, from, i);
      if (m) {
        this.take(m, i, from);
        i = m.end - 1;
      }
    }
    return this.cands.length === 0 ? NO_MARKERS : this.acceptPoints(this.cands, this.candColon, lead);
  }

  /** Records a candidate found at `i`. */
  private take(m: Marker, i: number, from: number): void {
    this.cands.push(m);
    const prev = i === from ? 0 : this.text.charCodeAt(i - 1);
    this.candColon.push(prev === 0xff1a || prev === 0x3a);
  }

  /** The list marker at `i` (a POINT_START unit) of a paragraph scanned from `from`, if it is one. */
  private pointAt(line: Line, from: number, i: number): Marker | null {
    const t = this.text;
    const c = t.charCodeAt(i);
    const prev = i > line.ts ? t.charCodeAt(i - 1) : 0x20;
    let m: Marker | null = null;
    if (c === 0x7b2c) { // 第N，
      if (i === from || has(PREV_POINT_OK, prev)) {
        let q = i + 1;
        while (q < line.te && q < i + 5 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
        const ord = cnValue(t, i + 1, q);
        const w = q < line.te ? t.charCodeAt(q) : 0;
        if (ord > 0 && (w === 0xff0c || w === 0x2c)) { m = { family: 'di', ord, start: i, end: q + 1 }; }
      }
    } else if (has(CN_NUMERAL, c) && c !== 0x767e && c !== 0x4e24) {
      if (i === from || has(PREV_POINT_OK, prev)) {
        let q = i;
        while (q < line.te && q < i + 3 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
        if (q < line.te && t.charCodeAt(q) === 0x662f && !(q + 1 < line.te && t.charCodeAt(q + 1) === c)) {
          const ord = cnValue(t, i, q);
          if (ord > 0) { m = { family: 'shi', ord, start: i, end: q + 1 }; }
        }
      }
    } else if (c === 0xff08 || c === 0x28) {
      if (i === from || has(PREV_LIST_OK, prev)) { m = this.parenNumber(i, line.te); }
    } else if (c >= 0x2460 && c <= 0x2473) {
      m = { family: 'circled', ord: c - 0x245f, start: i, end: i + 1 };
    } else if (digitValue(c) >= 0 && (i === from || has(PREV_LIST_OK, prev)) && digitValue(prev) < 0) {
      let q = i;
      let v = 0;
      while (q < line.te && q < i + 3 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
      const w = q < line.te ? t.charCodeAt(q) : 0;
      const f = q + 1 < line.te ? t.charCodeAt(q + 1) : 0;
      if (v > 0 && (w === 0x3001 || w === 0x2e || w === 0xff0e) && digitValue(f) < 0 && f !== 0 && f !== 0x25 && f !== 0xff05 && (CHAR_MARK[f] & DATE_UNIT_AFTER) === 0) {
        m = { family: 'arabic', ord: v, start: i, end: q + 1 };
      }
    }
    return m;
  }

  /** The candidates that continue a list: 1 after a colon or followed by 2, n after n-1. */
  private acceptPoints(cands: readonly Marker[], prevColon: readonly boolean[], lead: Marker | null): readonly Marker[] {
    // the families that have a 2 after each candidate, so "a 1 followed by a 2" stays linear
    const twoAfter = this.twoAfter;
    let twos = 0;
    for (let j = cands.length - 1; j >= 0; j--) {
      twoAfter[j] = twos;
      if (cands[j].ord === 2) { twos |= FAMILY_BIT[cands[j].family]; }
    }
    const accepted = this.accepted;
    if (accepted.length > 0) { accepted.length = 0; }
    // the last accepted ordinal of each family (by bit), valid where `seen` has the family's bit
    const lastOrd = this.lastOrd;
    let seen = 0;
    if (lead) { seen = FAMILY_BIT[lead.family]; lastOrd[lead.family] = lead.ord; }
    for (let j = 0; j < cands.length; j++) {
      const m = cands[j];
      const bit = FAMILY_BIT[m.family];
      const prevOrd = (seen & bit) !== 0 ? lastOrd[m.family] : this.openOrdinal(m.family);
      let ok = false;
      if (m.ord === 1) {
        ok = (prevColon[j] && m.family !== 'arabic') || (twoAfter[j] & bit) !== 0;
      } else {
        ok = prevOrd === m.ord - 1;
      }
      if (ok) { accepted.push(m); seen |= bit; lastOrd[m.family] = m.ord; }
    }
    return accepted;
  }

  /** Ordinal of the open point of this family, if any. */
  private openOrdinal(f: Family): number {
    for (let i = this.depth - 1; i >= 0 && this.stRank[i] >= RANK_POINT; i--) {
      if (this.stFamily[i] === f) { return this.stOrd[i]; }
    }
    return -1;
  }

  // ---- names ---------------------------------------------------------------------------

  private lineText(line: Line): string {
    return this.text.slice(line.ts, line.te);
  }

  /**
   * End of the first clause of a name starting at `p`: the first ，。；：？！ at or after `from`
   * (past a marker such as 第一，), or NAME_MAX units, within `limit`.
   */
  private clauseEnd(p: number, limit: number, from = p): number {
    const t = this.text;
    const stop = Math.min(limit, p + NAME_MAX);
    let i = Math.min(Math.max(from, p), stop);
    while (i < stop && !has(CLAUSE_STOP, t.charCodeAt(i))) { i++; }
    if (i === from && from > p) { i = Math.min(stop, from); }
    // never split a surrogate pair
    if (i > p && i < t.length) {
      const c = t.charCodeAt(i - 1);
      if (c >= 0xd800 && c <= 0xdbff) { i--; }
    }
    while (i > p && isSpace(t.charCodeAt(i - 1))) { i--; }
    return i > p ? i : Math.min(limit, p + 1);
  }

  /** 问：… / 答：… : the label, its colon and the first clause after it; and where that ends. */
  private labelName(lab: Label, te: number): { name: string; end: number } {
    const t = this.text;
    let c = lab.content;
    while (c < te && isSpace(t.charCodeAt(c))) { c++; }
    // 问：… written as it is named: one slice rather than three joined
    const colonEnd = lab.end + lab.colon.length;
    const asWritten = lab.colon.length === 0 || t.charCodeAt(lab.end) === lab.colon.charCodeAt(0);
    if (c >= te) { return { name: asWritten ? t.slice(lab.start, colonEnd) : t.slice(lab.start, lab.end) + lab.colon, end: lab.end }; }
    const e = this.clauseEnd(c, te);
    if (asWritten && c === colonEnd) { return { name: t.slice(lab.start, e), end: e }; }
    return { name: t.slice(lab.start, lab.end) + lab.colon + t.slice(c, e), end: e };
  }

  // ---- markdown ------------------------------------------------------------------------

  /** Markdown structure lines; true when the line is fully handled. */
  private markdownLine(line: Line): boolean {
    const t = this.text;
    if (this.inFence) {
      if (line.kind === 'mdFence' && t.startsWith(this.fenceMark, line.ts)) { this.inFence = false; }
      return true;
    }
    if (line.kind === 'mdFence') {
      this.inFence = true;
      this.fenceMark = t.slice(line.ts, line.ts + 3);
      this.cont = false;
      return true;
    }
    if (line.kind === 'mdHeading') {
      this.popTo(0);
      this.qaOpen = false;
      this.cont = false;
      return true;
    }
    if (line.kind === 'mdSkip') {
      this.cont = false;
      return true;
    }
    return false;
  }

  // ---- transcript check ----------------------------------------------------------------

  /** Speakers stay only in a transcript: several person-like turns. */
  private keepTranscriptSpeakers(roots: OutlineNode[]): OutlineNode[] {
    const nodes = this.speakerNodes;
    const labels = this.speakerLabels;
    if (nodes.length === 0) { return roots; }
    // Most labels read as a person by themselves; only the others are counted (a label said twice is kept).
    const good: boolean[] = [];
    let counts: Map<string, number> | null = null;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      const ok = personLike(label) || isModerator(label) || this.chairNames.has(label);
      good.push(ok);
      if (!ok) { counts ??= new Map(); counts.set(label, (counts.get(label) ?? 0) + 1); }
    }
    let goodCount = 0;
    let firstLabel: string | null = null;
    let twoLabels = false;
    for (let i = 0; i < labels.length; i++) {
      if (!good[i] && counts && (counts.get(labels[i]) ?? 0) >= 2) { good[i] = true; }
      if (!good[i]) { continue; }
      goodCount++;
      if (firstLabel === null) { firstLabel = labels[i]; } else if (labels[i] !== firstLabel) { twoLabels = true; }
    }
    const transcript = goodCount + this.labelTurns >= 3 || (goodCount >= 2 && twoLabels);
    if (transcript && goodCount === nodes.length) { return roots; }
    const kept = new Set<OutlineNode>();
    for (let i = 0; i < nodes.length; i++) { if (good[i]) { kept.add(nodes[i]); } }
    const drop = (n: OutlineNode): boolean => n.kind === 'speaker' && (!transcript || !kept.has(n));
    return unwrap(roots, drop);
  }
}

/**
 * Removes the nodes `drop` selects, lifting their children into their place. A list with nothing
 * to remove is returned as it is: the tree is not rebuilt for a few dropped speakers.
 */
function unwrap(nodes: OutlineNode[], drop: (n: OutlineNode) => boolean): OutlineNode[] {
  let out: OutlineNode[] | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const kids = unwrap(n.children, drop);
    if (drop(n)) {
      out ??= nodes.slice(0, i);
      for (const k of kids) { out.push(k); }
    } else {
      n.children = kids;
      if (out) { out.push(n); }
    }
  }
  return out === null ? nodes : out.length > 0 ? out : NO_CHILDREN;
}

/** t[from, to) without whitespace, * and _ (and 【】 when `brackets`). */
function withoutSpaceOrEmphasis(t: string, from: number, to: number, brackets: boolean): string {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2a || c === 0x5f || isRegExpSpace(c) || (brackets && (c === 0x3010 || c === 0x3011))) {
      return t.slice(from, to).replace(brackets ? /[\s*_【】]/g : /[\s*_]/g, '');
    }
  }
  return t.slice(from, to); // nothing to remove, the common case
}

/** What \s matches in a JavaScript regular expression. */
function isRegExpSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The first unit after `i` (before `to`) where a list marker may start: a POINT_START unit after
 * a PREV_POINT_OK one, or ①…⑳ anywhere; `to` when there is none. Every unit of every paragraph
 * passes here, so it is a small loop of its own that the engine optimizes early and never leaves.
 */
function nextPointStart(t: string, i: number, to: number): number {
  // `want`: the SCAN bits that make the next unit a candidate (SCAN_START after a PREV_POINT_OK unit)
  let want = SCAN_CIRCLED | ((POINT_SCAN[t.charCodeAt(i)] & SCAN_PREV_OK) << 1);
  let j = i + 1;
  // two units per round: the engine does not unroll, and the loop test costs as much as the work
  for (; j + 1 < to; j += 2) {
    const k = POINT_SCAN[t.charCodeAt(j)];
    if ((k & want) !== 0) { return j; }
    const k2 = POINT_SCAN[t.charCodeAt(j + 1)];
    if ((k2 & (SCAN_CIRCLED | ((k & SCAN_PREV_OK) << 1))) !== 0) { return j + 1; }
    want = SCAN_CIRCLED | ((k2 & SCAN_PREV_OK) << 1);
  }
  if (j < to && (POINT_SCAN[t.charCodeAt(j)] & want) !== 0) { return j; }
  return to;
}

/** Position of `ch` (code `code`) at or after `from`, or text.length. */
function indexOrEnd(t: string, ch: string, code: number, from: number): number {
  // A blank line (the next unit) is common: one char code costs less than the indexOf call.
  const near = Math.min(t.length, from + 1);
  for (let i = from; i < near; i++) { if (t.charCodeAt(i) === code) { return i; } }
  if (near >= t.length) { return t.length; }
  const i = t.indexOf(ch, near);
  return i < 0 ? t.length : i;
}

function digitLike(c: number): boolean {
  return digitValue(c) >= 0;
}

function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2500 || c === 0x2d || c === 0xff0d || c === 0x2015 || c === 0x2e3a;
}

function hasClosing(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) { if (has(CLOSING, t.charCodeAt(i))) { return true; } }
  return false;
}

function hasAnyPunct(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) { if (has(CLAUSE_STOP, t.charCodeAt(i)) || has(CLOSING, t.charCodeAt(i))) { return true; } }
  return false;
}

function skipEmphasis(t: string, p: number, te: number): number {
  let q = p;
  if (isEmphasis(t, q)) { q += 2; }
  while (q < te && isSpace(t.charCodeAt(q))) { q++; }
  return q;
}

/**
 * Which head parsers may answer for the line starting at `ts` (HINT_LABEL, HINT_DATELINE): a label
 * is a bullet, emphasis or 【 first, or a colon within LABEL_SCAN units (JOINED_LABEL_MAX after a
 * 、: titles joined by 、); a dateline has 讯 or 电
 * within DATELINE_SCAN units; both before the first ，。, where parseLabel and isDateline give up.
 */
function headHints(t: string, ts: number, te: number): number {
  const c0 = t.charCodeAt(ts);
  let hints = has(LABEL_BULLET, c0) || c0 === 0x2a || c0 === 0x5f || c0 === 0x3010 ? HINT_LABEL : 0;
  let end = Math.min(te, ts + DATELINE_SCAN);
  let labelEnd = ts + LABEL_SCAN;
  for (let i = ts; i < end; i++) {
    const k = CHAR_MARK[t.charCodeAt(i)] & HEAD_MARKS;
    if (k === 0) { continue; }
    if ((k & HEAD_STOP) !== 0) { break; }
    if ((k & HEAD_COLON) !== 0 && i < labelEnd) { hints |= HINT_LABEL; }
    if ((k & HEAD_NEWS) !== 0 && i < ts + DATELINE_SCAN) { hints |= HINT_DATELINE; }
    if ((k & HEAD_JOIN) !== 0 && labelEnd < ts + JOINED_LABEL_MAX + 1) {
      labelEnd = ts + JOINED_LABEL_MAX + 1;
      end = Math.min(te, labelEnd);
    }
  }
  return hints;
}

/** ** or __ at `q`. */
function isEmphasis(t: string, q: number): boolean {
  const c = t.charCodeAt(q);
  return (c === 0x2a || c === 0x5f) && t.charCodeAt(q + 1) === c;
}

/** Markdown list bullets and quote marks before a paragraph's own text. */
function skipBullet(t: string, ts: number, te: number): number {
  let q = ts;
  for (let n = 0; n < 4 && q + 1 < te; n++) {
    const c = t.charCodeAt(q);
    if ((c === 0x2d || c === 0x2a || c === 0x2b || c === 0x3e) && isSpace(t.charCodeAt(q + 1))) {
      q += 2;
      while (q < te && isSpace(t.charCodeAt(q))) { q++; }
    } else {
      break;
    }
  }
  return q;
}

function markdownKind(t: string, ts: number, hte: number): LineKind | null {
  if (t.charCodeAt(ts) === 0x23) { // #
    let i = ts;
    while (i < hte && t.charCodeAt(i) === 0x23) { i++; }
    if (i - ts <= 6 && (i === hte || t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09)) { return 'mdHeading'; }
  }
  if (hte - ts >= 3 && (t.startsWith('```', ts) || t.startsWith('~~~', ts))) { return 'mdFence'; }
  if (t.charCodeAt(ts) === 0x7c) { return 'mdSkip'; } // |
  if (hte - ts <= 40 && isRule(t, ts, hte)) { return 'mdSkip'; }
  return null;
}

/** --- / *** / === : a thematic break or a setext underline. */
function isRule(t: string, from: number, to: number): boolean {
  const mark = t.charCodeAt(from);
  if (mark !== 0x2d && mark !== 0x2a && mark !== 0x5f && mark !== 0x3d) { return false; }
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === mark) { count++; } else if (c !== 0x20 && c !== 0x09) { return false; }
  }
  return count >= 3;
}

function labelKind(norm: string): LabelKind | null {
  // 凤凰卫视、凤凰网记者 asks; other labels joined by 、 are a speaker's titles or no label at all
  if (norm.indexOf('、') >= 0) { return norm.length <= 20 && QUESTIONER.suffix(norm) ? 'question' : isTitledName(norm) ? 'person' : null; }
  if (QUESTION_LABELS.has(norm)) { return 'question'; }
  if (ANSWER_LABELS.has(norm)) { return 'answer'; }
  // 问题一：/ 问1： / 答1： in a 答记者问 sheet
  const numbered = stripNumber(norm);
  if (numbered !== norm && (numbered === '问' || numbered === '问题' || numbered === '問' || numbered === '問題')) { return 'question'; }
  if (numbered !== norm && (numbered === '答' || numbered === '回答')) { return 'answer'; }
  if (norm.length <= 20 && QUESTIONER.suffix(norm)) { return 'question'; }
  if (norm.length <= 8 && (norm.endsWith('问') || norm.endsWith('問')) && !NOT_QUESTION_LABELS.has(norm)) { return 'question'; }
  if (norm.length <= 10 && norm.length >= 2 && norm.endsWith('答') && !norm.endsWith('解答')) { return 'answer'; }
  if (FIELD_LABELS.has(norm)) { return 'field'; }
  if (norm.length > PERSON_LABEL_MAX) { return isTitledName(norm) ? 'person' : null; }
  if (isModerator(norm)) { return 'person'; }
  if (NOT_PERSON_END.suffix(norm) && !personTitled(norm)) { return null; }
  if (NOT_PERSON_START.prefix(norm)) { return null; }
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (!isCjk(c) && c !== 0xb7 && c !== 0x30fb) { return null; }
  }
  return 'person';
}

/** The label without a trailing (or leading) numeral: 问题一 → 问题, 1问 → 问. */
function stripNumber(norm: string): string {
  let a = 0;
  let b = norm.length;
  while (b > a && (digitValue(norm.charCodeAt(b - 1)) >= 0 || has(CN_NUMERAL, norm.charCodeAt(b - 1)))) { b--; }
  if (b === norm.length) { while (a < b && (digitValue(norm.charCodeAt(a)) >= 0 || has(CN_NUMERAL, norm.charCodeAt(a)))) { a++; } }
  return norm.slice(a, b);
}

function personTitled(norm: string): boolean {
  return PERSON_TITLE.suffix(norm) !== null;
}

/** A line that continues the paragraph above unless it opens a structure of its own. */
function breaksParagraph(line: Line): boolean {
  switch (line.kind) {
    case 'body': case 'heading': case 'subtitle': case 'addressee':
      return false;
    default:
      return true;
  }
}

/** A header line under a title: document number, addressee, date, byline, subtitle, note. */
function isHeaderLine(l: Line | null): boolean {
  if (!l) { return false; }
  return l.kind === 'docNum' || l.kind === 'addressee' || l.kind === 'date' || l.kind === 'byline' || l.kind === 'subtitle' || l.kind === 'paren';
}

/** Two heading lines that form one title: 国务院关于印发… / …的通知. */
function joinable(a: string, b: string): boolean {
  if (a.length + b.length > 80) { return false; }
  const aType = DOCUMENT_TYPE.suffix(a) !== null;
  if (aType) { return false; }
  if (DOCUMENT_TYPE.suffix(b)) { return true; }
  if (a.indexOf('关于') >= 0 || a.indexOf('關於') >= 0) { return true; }
  return OPEN_TITLE_END.suffix(a) !== null;
}

/** t[from, to) is only a date: 2018年12月13日, 二〇一八年十二月十三日, 中華民國101年6月6（星期三）上午9時7分. */
function isDateOnly(t: string, from: number, to: number): boolean {
  let s = from;
  const era = DATE_ERA.prefixAt(t, from, to);
  if (era) { s += era.length; }
  if (s >= to) { return false; }
  let numeral = false;
  let unit = false;
  let seps = 0;
  for (let i = s; i < to; i++) {
    const c = t.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if ((cls & DATE_LINE) === 0) { return false; }
    if (c === 0x5e74 || c === 0x6708) { unit = true; } // 年 月
    if (c === 0x2d || c === 0x2f || c === 0x2e) { seps++; } // - / .
    if ((cls & DATE_NUMERAL) !== 0) { numeral = true; }
  }
  return numeral && (unit || seps >= 2);
}

/** …2018年12月11日 at the end of a short line t[ts, te) (an issuer and its date on one line). */
function endsWithDate(t: string, ts: number, te: number): boolean {
  if (t.charCodeAt(te - 1) !== 0x65e5) { return false; } // 日
  const tail = Math.max(ts, te - 14);
  const y = indexIn(t, 0x5e74, tail, te); // 年
  if (y < 0 || indexIn(t, 0x6708, y, te) < 0) { return false; } // 月
  let i = y - 1;
  while (i >= tail && has(DATE_NUMERAL, t.charCodeAt(i))) { i--; }
  return i < y - 1 && isDateOnly(t, i + 1, te);
}

/** 第2版, 第三版 要闻: a newspaper page label (`hte`: the end of the line's head). */
function isPageLabel(t: string, ts: number, hte: number): boolean {
  if (t.charCodeAt(ts) !== 0x7b2c || hte - ts > 12) { return false; } // 第
  let i = ts + 1;
  while (i < hte && (digitValue(t.charCodeAt(i)) >= 0 || has(CN_NUMERAL, t.charCodeAt(i)))) { i++; }
  return i > ts + 1 && i < hte && t.charCodeAt(i) === 0x7248; // 版
}

/** 〔, ［, [, 【 or 字第 in t[from, to): the number of a document (国办发〔2018〕121号). */
function hasDocNumberMark(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3014 || c === 0xff3b || c === 0x5b || c === 0x3010) { return true; }
    if (c === 0x5b57 && i + 1 < to && t.charCodeAt(i + 1) === 0x7b2c) { return true; }
  }
  return false;
}

/** The first `code` in t[from, to), or -1. */
function indexIn(t: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) { if (t.charCodeAt(i) === code) { return i; } }
  return -1;
}

function isByline(t: string, ts: number, te: number): boolean {
  const p = BYLINE.prefixAt(t, ts, te);
  // 新华社记者 张三 摄 credits a photo; it does not close the article
  const lastCh = t.charCodeAt(te - 1);
  if (!p || lastCh === 0x6444 || lastCh === 0x651d) { return false; }
  const rest = t.slice(ts + p.length, te);
  if (rest.length > 0) {
    const loose = p.length <= 3 && !p.endsWith('/') && !p.endsWith('／') && !p.endsWith(' ') && !p.endsWith('　');
    if (loose && !/^[\s·]/.test(rest)) { return false; }
  }
  return /^[\s\u3000、·\u4e00-\u9fff]*$/.test(rest);
}

/** The whole outline in one call. */
export function buildOutline(text: string, options: OutlineOptions = {}): OutlineNode[] {
  const b = new OutlineBuilder(text, options);
  b.feed(text.length);
  return b.finish();
}
