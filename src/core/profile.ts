// The document profile: what is true of the whole document and shapes how its parts are read,
// computed once per analysis (src/core/analyze.ts) and passed to every recognizer, so that no
// recognizer keeps state about the document it is reading. See docs/architecture.md.
import { Ch, ROC_PREFIXES, charTable, digitValue, isHan, isInlineSpace, lineEndAt, nextLineStart } from './text';

export type Script = 'simplified' | 'traditional';

export interface EraEvidence {
  /** `roc`: years are 民國 years (a short year such as 102年 is 2013); `prc`: Gregorian years. */
  kind: 'prc' | 'roc';
  /** The text that decided it (民國), and where it stands; null when nothing did. */
  evidence: { text: string; start: number } | null;
}

export interface LayoutSignals {
  /** Paragraphs open with speaker, question or answer labels (问：, 答：, 主持人：, a name and a colon). */
  transcript: boolean;
  /** Paragraphs open with 第N条: a regulation's articles. */
  regulation: boolean;
  /** News page furniture: datelines (本报北京9月2日讯), bylines, continuation lines (上接第2版). */
  newspaper: boolean;
  /** Lines are hard-wrapped at one display width (text pasted from a PDF): that width in columns, else 0. */
  wrapWidth: number;
  /** Lines with tab-separated cells: table rows. */
  tableRows: boolean;
}

export interface DocumentProfile {
  script: Script;
  era: EraEvidence;
  layout: LayoutSignals;
}

/** Characters of the text the layout signals read: enough to judge, cheap on a huge document. */
const SAMPLE = 60000;
/** Lines the layout signals read. */
const SAMPLE_LINES = 600;

/** Characters written only in traditional (first string) or only in simplified script (second), pairwise. */
const SCRIPT_PAIRS: readonly [string, string] = [
  '國們這發會對經與為開個來時說過還後關實現當從產業黨動體區長點濟運際應問題員機務線頭東見億萬條處',
  '国们这发会对经与为开个来时说过还后关实现当从产业党动体区长点济运际应问题员机务线头东见亿万条处',
];
const TRADITIONAL_ONLY = charTable(SCRIPT_PAIRS[0]);
const SIMPLIFIED_ONLY = charTable(SCRIPT_PAIRS[1]);

/** The prefixes that contain no other prefix (民國 covers 中華民國): the same answer with fewer searches. */
const ROC_SEARCH = ROC_PREFIXES.filter((p) => !ROC_PREFIXES.some((q) => q !== p && p.includes(q)));

/** Computes the profile of `text`: linear in a bounded sample, plus one indexOf per era prefix. */
export function profileDocument(text: string): DocumentProfile {
  const script = scriptOf(text);
  return { script, era: eraOf(text, script), layout: layoutOf(text) };
}

/** The profile of a document about which nothing is known (an empty text). */
export const EMPTY_PROFILE: DocumentProfile = Object.freeze({
  script: 'simplified',
  era: Object.freeze({ kind: 'prc', evidence: null }),
  layout: Object.freeze({ transcript: false, regulation: false, newspaper: false, wrapWidth: 0, tableRows: false }),
}) as DocumentProfile;

function scriptOf(text: string): Script {
  const n = Math.min(text.length, SAMPLE);
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    traditional += TRADITIONAL_ONLY[c];
    simplified += SIMPLIFIED_ONLY[c];
  }
  return traditional > simplified ? 'traditional' : 'simplified';
}

/** Occurrences of an era prefix read for a year after it (the evidence is near the top in practice). */
const ERA_OCCURRENCES = 16;

/**
 * A document is dated in the ROC era (its short years are 民國 years: 97年 is 2008) when it is
 * written in traditional script and writes a year in that era: a prefix with its year (民國84 年,
 * 中華民國 102 年, 民國八十四年), a full date with a year of two or three digits (102年9月17日), or a
 * numbered year of three digits (101年度) — none of which a Gregorian year can be. A simplified text
 * that names 民国 (民国时期, 民国二十年) keeps Gregorian short years: its prefixed years are still read
 * as ROC years by the date rules, where the prefix stands.
 */
function eraOf(text: string, script: Script): EraEvidence {
  if (script !== 'traditional') { return { kind: 'prc', evidence: null }; }
  let best: { text: string; start: number } | null = null;
  for (const p of ROC_SEARCH) {
    let at = text.indexOf(p);
    for (let n = 0; at >= 0 && n < ERA_OCCURRENCES && (best === null || at < best.start); n++) {
      if (yearAfter(text, at + p.length)) { best = { text: p, start: at }; break; }
      at = text.indexOf(p, at + 1);
    }
  }
  if (best) {
    // Report the longest prefix written there (中華民國 rather than its 民國).
    for (const p of ROC_PREFIXES) {
      const s = best.start - (p.length - best.text.length);
      if (p.length > best.text.length && s >= 0 && text.startsWith(p, s)) { return { kind: 'roc', evidence: { text: p, start: s } }; }
    }
    return { kind: 'roc', evidence: best };
  }
  const short = shortEraYear(text);
  return short ? { kind: 'roc', evidence: short } : { kind: 'prc', evidence: null };
}

/** A year at i (after one space): digits or Chinese numerals, then 年 (after one space). */
function yearAfter(text: string, i: number): boolean {
  let k = text.charCodeAt(i) === Ch.Space ? i + 1 : i;
  const s = k;
  while (k < text.length && k - s < 4 && (digitValue(text.charCodeAt(k)) >= 0 || NUMERAL_OR_DIGIT[text.charCodeAt(k)] === 1)) { k++; }
  if (k === s) { return false; }
  if (text.charCodeAt(k) === Ch.Space) { k++; }
  return text.charCodeAt(k) === NIAN;
}

/** In the sample: 102年9月17日 (two or three digits, spaces allowed) or 101年度; its text and start. */
function shortEraYear(text: string): { text: string; start: number } | null {
  const n = Math.min(text.length, SAMPLE);
  for (let at = text.indexOf('年'); at >= 0 && at < n; at = text.indexOf('年', at + 1)) {
    let e = at;
    if (e > 0 && text.charCodeAt(e - 1) === Ch.Space) { e--; }
    let s = e;
    while (s > 0 && e - s < 4 && digitValue(text.charCodeAt(s - 1)) >= 0) { s--; }
    const digits = e - s;
    if (digits < 2 || digits > 3 || digitValue(text.charCodeAt(s - 1)) >= 0) { continue; }
    if (digits === 3 && text.charCodeAt(at + 1) === DU) { return { text: text.slice(s, at + 2), start: s }; }
    const end = monthDayAfter(text, at + 1);
    if (end > 0) { return { text: text.slice(s, end), start: s }; }
  }
  return null;
}

/** M月D日 at i, with one space allowed around each number: its end, else -1. */
function monthDayAfter(text: string, i: number): number {
  let k = i;
  for (const unit of [YUE, RI]) {
    if (text.charCodeAt(k) === Ch.Space) { k++; }
    const s = k;
    while (k - s < 2 && digitValue(text.charCodeAt(k)) >= 0) { k++; }
    if (k === s) { return -1; }
    if (text.charCodeAt(k) === Ch.Space) { k++; }
    if (text.charCodeAt(k) !== unit) { return -1; }
    k++;
  }
  return k;
}
const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const DU = 0x5ea6; // 度

function layoutOf(text: string): LayoutSignals {
  const limit = Math.min(text.length, SAMPLE);
  const widths = new Map<number, number>();
  let lines = 0;
  let labelled = 0;
  let articles = 0;
  let news = 0;
  let tabbed = 0;
  let pos = 0;
  while (pos < limit && lines < SAMPLE_LINES) {
    // A line ends at a line feed or a carriage return alone (old Mac text reads like LF text: issue 12).
    const end = lineEndAt(text, pos, limit);
    let ts = pos;
    while (ts < end && isInlineSpace(text.charCodeAt(ts))) { ts++; }
    let te = end;
    while (te > ts && isInlineSpace(text.charCodeAt(te - 1))) { te--; }
    if (te > ts) {
      lines++;
      const w = displayWidth(text, pos, te);
      widths.set(w, (widths.get(w) ?? 0) + 1);
      if (opensWithLabel(text, ts, te)) { labelled++; }
      if (opensWithArticle(text, ts, te)) { articles++; }
      if (hasNewsFurniture(text, ts, te)) { news++; }
      if (hasTab(text, ts, te)) { tabbed++; }
    }
    pos = nextLineStart(text, end);
  }
  return {
    transcript: labelled >= 3 && labelled * 10 >= lines,
    regulation: articles >= 3,
    newspaper: news >= 1,
    wrapWidth: wrapWidthOf(widths, lines),
    tableRows: tabbed >= 3,
  };
}

function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) { if (text.charCodeAt(i) === Ch.Tab) { return true; } }
  return false;
}

/** Columns a line takes in a monospaced rendering: Han and full-width forms two, the rest one. */
export function displayWidth(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    w += isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x2018 && c <= 0x201d) ? 2 : 1;
  }
  return w;
}

/** The width most lines share, when lines were cut at one width: at least 8 lines and 40 % of them at it (±1 column). */
function wrapWidthOf(widths: ReadonlyMap<number, number>, lines: number): number {
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of widths) {
    const around = n + (widths.get(w - 1) ?? 0) + (widths.get(w + 1) ?? 0);
    if (w >= 40 && (around > bestCount || (around === bestCount && w > best))) { best = w; bestCount = around; }
  }
  return lines >= 8 && bestCount * 10 >= lines * 4 ? best : 0;
}

/** 问：, 答：, 主持人：, 林委員志明：: up to eight Han characters and a colon. */
function opensWithLabel(text: string, ts: number, te: number): boolean {
  const stop = Math.min(te, ts + 9);
  for (let i = ts; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.FullwidthColon || c === Ch.Colon) { return i > ts && i + 1 < te; }
    if (!isHan(c)) { return false; }
  }
  return false;
}

/** 第N条 (Chinese or Arabic numerals) at the line start. */
function opensWithArticle(text: string, ts: number, te: number): boolean {
  if (text.charCodeAt(ts) !== 0x7b2c) { return false; } // 第
  let i = ts + 1;
  while (i < te && i < ts + 8 && (NUMERAL_OR_DIGIT[text.charCodeAt(i)] === 1 || digitValue(text.charCodeAt(i)) >= 0)) { i++; }
  return i > ts + 1 && i < te && (text.charCodeAt(i) === 0x6761 || text.charCodeAt(i) === 0x689d); // 条 條
}
const NUMERAL_OR_DIGIT = charTable('〇零一二三四五六七八九十百');

/** 讯 or 电 closing a dateline near the start of a line, or 上接第 / 本报记者. */
function hasNewsFurniture(text: string, ts: number, te: number): boolean {
  const head = text.slice(ts, Math.min(te, ts + 30));
  return /^[（(]?(?:本报|本報|新华社|新華社|中新社|中新网)/.test(head) && /[讯訊电電]/.test(head)
    || head.startsWith('（上接第') || head.startsWith('(上接第') || head.startsWith('本报记者') || head.startsWith('本報記者');
}
