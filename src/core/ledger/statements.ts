// What one document says of its indicators (docs/annotation.md §3, "Indicators"): every
// target that names an indicator, with the value it sets, and every figure a review of the past
// year reports for one (an outcome). The cross-document table is built from these in build.ts.
import { isWhitespace, lineEndAt, nextLineStart, WordList } from '../text';
import { CLAUSE, SENTENCE, STOPS } from './chars';
import { BlockList } from '../lists';
import { runSteps } from '../steps';
import type { Analysis, OutlineNode } from '../types';
import type { IndicatorDef } from './indicators';
import { findMentions, type Mention } from './match';
import { TargetRegions, type Region } from './regions';
import { firstAtOrAfter, numberValue, statedValue, wordsValue, type IndicatorValue } from './values';
import { COORDINATORS, FORWARD_ANYWHERE_WORDS, FORWARD_OPENERS, PERIOD_AVERAGE_WORDS, REVIEW_HEADING_WORDS, REVIEW_OPENERS } from './words';

const REVIEW = new WordList(REVIEW_OPENERS);
const FORWARD = new WordList(FORWARD_OPENERS);
const PERIOD_AVERAGE = new WordList(PERIOD_AVERAGE_WORDS);
const FORWARD_ANYWHERE = new WordList(FORWARD_ANYWHERE_WORDS);

export interface IndicatorStatement {
  def: IndicatorDef;
  /** `target`: set for the year ahead; `outcome`: reported for a year under review. */
  role: 'target' | 'outcome';
  /** The year it is for: the document's year for a target, the year under review for an outcome. */
  year: number | null;
  value: IndicatorValue | null;
  /** Where the indicator is named. */
  start: number;
  end: number;
  /** The target it belongs to (an index into analysis.targets), for targets. */
  target?: number;
}

interface Range { start: number; end: number; year: number }

/** A clause that opens with these goes on stating the figure of the clause before (国内生产总值达到99.1万亿元，增长6.1%). */
const CONTINUING: readonly string[] = ['增长', '增長', '上涨', '上漲', '下降', '降低', '提高', '减少', '減少', '比上年', '同比', '实际增长', '實際增長', '年均'];

/** What the statements are read from: the parts of an analysis made before them (src/core/analyze.ts). */
export type StatementInput = Pick<Analysis, 'documentDate' | 'numbers' | 'targets' | 'outline'>;

/** The document's own year, from its document date. */
export function documentYear(analysis: Pick<Analysis, 'documentDate'>): number | null {
  const d = analysis.documentDate;
  return d ? Number(d.date.slice(0, 4)) : null;
}

/**
 * Every target and outcome statement of one analysed document, in text order. Linear: target
 * regions never overlap, every mention reads at most up to the next one, and review ranges are
 * disjoint.
 */
export function indicatorStatements(text: string, analysis: StatementInput): IndicatorStatement[] {
  const out: IndicatorStatement[] = [];
  runSteps(indicatorStatementSteps(text, analysis, out));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Characters read between two yields of the stepwise reading by default: well under a slice of
 * the scheduler. The analysis passes its own (8 of its chunks), so steps shrink with its chunks.
 */
export const STEP_CHARS = 1 << 16;

/** What a target costs beyond the characters of its region, counted as characters (finding its region and reading its mentions). */
const TARGET_COST = 32;

/**
 * indicatorStatements in bounded steps (the analysis runs it after the targets, between slices:
 * docs/architecture.md): it appends to `out` — the targets' statements in text order, then the
 * outcomes' in text order — and yields the characters read since the last yield, about `step`
 * at a time.
 */
export function* indicatorStatementSteps(text: string, analysis: StatementInput, out: IndicatorStatement[], step = STEP_CHARS): Generator<number, void, void> {
  const year = documentYear(analysis);
  let read = 0;
  const targetRegions: Region[] = [];
  const regions = new TargetRegions(text, analysis.targets);
  for (let k = 0; k < analysis.targets.length; k++) {
    const r = regions.next();
    targetRegions.push(r);
    read += r.end - r.start + TARGET_COST;
    if (read >= step) { yield read; read = 0; }
    const mentions = findMentions(text, r.start, r.end);
    const words = predicateStarts(text, mentions);
    for (let m = 0; m < mentions.length; m++) {
      const next = m + 1 < mentions.length ? mentions[m + 1].start : r.end;
      const limit = mentionWindow(text, mentions[m].end, next);
      const value = valueOf(text, analysis, mentions[m], limit, r.end, words[m]) ?? laterFigure(text, analysis, mentions, m, limit, r.end);
      if (value === null && !inWords(mentions[m].def)) { continue; }
      out.push({ def: mentions[m].def, role: 'target', year, value, start: mentions[m].start, end: mentions[m].end, target: k });
    }
  }
  // target regions are sorted by start and disjoint: one pointer finds the ones a mention may overlap
  let tr = 0;
  const ranges = yield* reviewRangeSteps(text, analysis, year, step);
  for (const range of pieces(text, ranges, step)) {
    read += range.end - range.start;
    if (read >= step) { yield read; read = 0; }
    const mentions = findMentions(text, range.start, range.end);
    const words = predicateStarts(text, mentions);
    for (let m = 0; m < mentions.length; m++) {
      const mention = mentions[m];
      while (tr < targetRegions.length && targetRegions[tr].end <= mention.start) { tr++; }
      if (tr < targetRegions.length && targetRegions[tr].start < mention.end) { continue; }
      const next = m + 1 < mentions.length ? mentions[m + 1].start : range.end;
      const value = outcomeValue(text, analysis, mention, mentionWindow(text, mention.end, next), range.end, words[m]);
      if (value === null) { continue; }
      out.push({ def: mention.def, role: 'outcome', year: range.year, value, start: mention.start, end: mention.end });
    }
  }
}

/** Where the figure of a mention may stand: its clause, and the clauses after it that go on stating it. */
function mentionWindow(text: string, from: number, limit: number): number {
  let end = from;
  for (;;) {
    while (end < limit && (STOPS[text.charCodeAt(end)] & (CLAUSE | SENTENCE)) === 0) { end++; }
    if (end >= limit || (STOPS[text.charCodeAt(end)] & CLAUSE) === 0 || !CONTINUING.some((w) => text.startsWith(w, end + 1))) { return end; }
    end++;
  }
}

function sentenceEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (STOPS[text.charCodeAt(i)] & SENTENCE) === 0) { i++; }
  return i;
}

/**
 * Indicators a target or outcome may state in words: qualitative ones, binding ones
 * (主要污染物排放量继续下降), and those the table marks so (农村贫困人口全部脱贫).
 */
function inWords(def: IndicatorDef): boolean {
  return def.figure === 'none' || def.kind === 'qualitative' || def.kind === 'binding' || def.inWords === true;
}

/**
 * A target's value: the first number of the indicator's kind before the next indicator, or the
 * goal in words. (A goal in words runs to its clause's end, past any other indicator named inside
 * it: 居民收入增长与经济增长基本同步.)
 */
function valueOf(text: string, analysis: StatementInput, m: Mention, limit: number, clauseLimit: number, words: number): IndicatorValue | null {
  const n = statedValue(text, m.def, analysis.numbers, m.end, limit);
  if (n !== null) { return n; }
  return inWords(m.def) ? wordsValue(text, words, clauseLimit) : null;
}

/**
 * Where a goal in words begins for mention m: right after it, or — when indicators are coordinated
 * (A和B继续下降, A、B和C…) — after the last of them, whose predicate they share. One backward pass,
 * each step looking at the one or two characters between neighbouring mentions.
 */
function predicateStarts(text: string, mentions: readonly Mention[]): number[] {
  const out = new Array<number>(mentions.length);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const gap = k + 1 < mentions.length ? mentions[k + 1].start - mentions[k].end : -1;
    const joined = gap > 0 && gap <= 2 && COORDINATORS.includes(text.slice(mentions[k].end, mentions[k + 1].start));
    out[k] = joined ? out[k + 1] : mentions[k].end;
  }
  return out;
}

/**
 * A level named first and sized later in its sentence (拟发行超长期特别国债，专项用于…，今年先发行1万亿元):
 * the first figure of its kind in a later clause of the sentence, before any other indicator — only
 * when the mention's own clause holds no number at all (比去年增加1万亿元 sized it already, as a change).
 */
function laterFigure(text: string, analysis: StatementInput, mentions: readonly Mention[], m: number, window: number, limit: number): IndicatorValue | null {
  const def = mentions[m].def;
  if (def.level !== true) { return null; }
  const k = firstAtOrAfter(analysis.numbers, mentions[m].end);
  if (k < analysis.numbers.length && analysis.numbers[k].start < window) { return null; }
  const end = Math.min(sentenceEnd(text, mentions[m].end, limit), m + 1 < mentions.length ? mentions[m + 1].start : limit);
  return numberValue(def, analysis.numbers, mentions[m].end, end);
}

/**
 * An outcome's value: a number of the indicator's kind; a qualitative or binding goal may be
 * reported in words (主要污染物排放量继续下降), but only where no number stands at all — a number of
 * another kind (居民人均可支配收入超过3万元) reports something else.
 */
function outcomeValue(text: string, analysis: StatementInput, m: Mention, limit: number, clauseLimit: number, words: number): IndicatorValue | null {
  const n = statedValue(text, m.def, analysis.numbers, m.end, limit);
  // an average over the years under review (年均增长5.9%) is no one year's outcome
  if (n !== null) { return PERIOD_AVERAGE.occursIn(text, m.end, n.start) ? null : n; }
  if (!inWords(m.def)) { return null; }
  const k = firstAtOrAfter(analysis.numbers, m.end);
  if (k < analysis.numbers.length && analysis.numbers[k].start < limit) { return null; }
  return wordsValue(text, words, clauseLimit);
}

/** How far past a piece's size its end may move to reach a line or sentence end. */
const PIECE_REACH = 4096;

/**
 * Review ranges cut into pieces of about `step` characters, each ending at a line or sentence end
 * where one lies within PIECE_REACH (a statement never crosses one), so a review that runs on for
 * megabytes is read a piece per step.
 */
function* pieces(text: string, ranges: readonly Range[], step: number): Generator<Range, void, void> {
  for (const r of ranges) {
    let from = r.start;
    while (from < r.end) {
      let to = from + step;
      if (to >= r.end) {
        to = r.end;
      } else {
        const stop = Math.min(r.end, to + PIECE_REACH);
        const k = sentenceEnd(text, to, stop);
        to = k < stop ? k + 1 : to;
      }
      yield { start: from, end: to, year: r.year };
      from = to;
    }
  }
}

/**
 * The passages that review a past year: sections whose heading reviews (一、2023年工作回顾: that
 * year, else the year before the document's), and paragraphs that open looking back (过去一年，…)
 * until the text turns to the year ahead or a new section starts. In bounded steps: yields the
 * characters read (about `step` at a time) or the nodes looked at; returns the ranges.
 */
function* reviewRangeSteps(text: string, analysis: Pick<Analysis, 'outline'>, docYear: number | null, step = STEP_CHARS): Generator<number, Range[], void> {
  const ranges: Range[] = [];
  const sections = new BlockList<OutlineNode>();
  yield* collectSections(analysis.outline, sections);
  for (let k = 0; k < sections.length; k++) {
    if (k > 0 && k % NODE_BATCH === 0) { yield NODE_BATCH; }
    const s = sections.at(k);
    if (!REVIEW_HEADING_WORDS.some((w) => s.name.includes(w))) { continue; }
    const year = yearIn(s.name) ?? (docYear === null ? null : docYear - 1);
    if (year !== null) { ranges.push({ start: s.start, end: s.end, year }); }
  }
  if (docYear !== null) { yield* openerRanges(text, sections, docYear, ranges, step); }
  return mergeRanges(ranges);
}

/**
 * Paragraphs that open looking back (过去一年，…), each running until a paragraph turns to the year
 * ahead or a section starts. One pass over the lines; a line is read past its opening words only
 * while a look-back is open. A line is read a piece of `step` characters at a time (a text without
 * line breaks is one line of megabytes).
 */
function* openerRanges(text: string, sections: BlockList<OutlineNode>, docYear: number, out: Range[], step: number): Generator<number, void, void> {
  // Sections come depth first, so by start: one pointer tells whether a line starts one.
  let sp = 0;
  const startsSection = (pos: number, first: number): boolean => {
    while (sp < sections.length && sections.at(sp).start < pos) { sp++; }
    for (let q = sp; q < sections.length && sections.at(q).start <= first; q++) {
      if (sections.at(q).start === pos || sections.at(q).start === first) { return true; }
    }
    return false;
  };
  let open: Range | null = null;
  let pos = 0;
  let read = 0;
  while (pos < text.length) {
    let end = pos;
    for (;;) {
      const stop = end + step;
      const found = lineEndAt(text, end, stop);
      read += found - end + 1;
      end = found;
      if (found < stop || found >= text.length) { break; }
      yield read; read = 0;
    }
    if (read >= step) { yield read; read = 0; }
    let first = pos;
    while (first < end && isWhitespace(text.charCodeAt(first))) { first++; }
    if (open) {
      let turns = FORWARD.at(text, first, end) !== null || startsSection(pos, first);
      // a word of the year ahead anywhere in the line, looked for a piece at a time
      for (let a = first; !turns && a < end; a += step) {
        const b = Math.min(end, a + step);
        turns = FORWARD_ANYWHERE.occursIn(text, a, b, end);
        read += b - a;
        if (!turns && b < end) { yield read; read = 0; }
      }
      if (turns) {
        open.end = pos;
        out.push(open);
        open = null;
      }
    }
    if (!open && REVIEW.at(text, first, end) !== null) { open = { start: pos, end: text.length, year: docYear - 1 }; }
    pos = nextLineStart(text, end);
  }
  if (open) { out.push(open); }
  if (read > 0) { yield read; }
}

/** Outline nodes looked at per step (a document may hold hundreds of thousands). */
const NODE_BATCH = 4096;

/** The sections and points of the outline, depth first, in steps of NODE_BATCH nodes (an explicit stack: no recursion). */
function* collectSections(roots: readonly OutlineNode[], out: BlockList<OutlineNode>): Generator<number, void, void> {
  // the lists being walked and the next node of each: the roots are not copied onto a stack first
  const lists: (readonly OutlineNode[])[] = [roots];
  const next: number[] = [0];
  let seen = 0;
  while (lists.length > 0) {
    const top = lists.length - 1;
    const list = lists[top];
    const k = next[top];
    if (k >= list.length) { lists.pop(); next.pop(); continue; }
    next[top] = k + 1;
    const n = list[k];
    if (n.kind === 'section' || n.kind === 'point') { out.push(n); }
    if (n.children.length > 0) { lists.push(n.children); next.push(0); }
    if (++seen >= NODE_BATCH) { yield seen; seen = 0; }
  }
}

/** The first four-digit year written with 年 (2023年工作回顾 → 2023). */
function yearIn(name: string): number | null {
  const m = /(\d{4})年/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * Ranges sorted and made disjoint: overlapping ones of one year joined (a review section and its
 * opener paragraph); of another year, the later one keeps only what lies past the earlier (the
 * enclosing review's year holds), so no text is read twice.
 */
function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (!last || r.start >= last.end) { out.push({ ...r }); continue; }
    if (r.year === last.year) { last.end = Math.max(last.end, r.end); continue; }
    if (r.end > last.end) { out.push({ start: last.end, end: r.end, year: r.year }); }
  }
  return out;
}
