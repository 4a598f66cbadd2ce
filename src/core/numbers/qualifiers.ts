// Qualifiers that bound a number (docs/annotation.md §1 Qualifiers, §7: a qualifier separated from
// the number by a rate, a base or a verb still applies, also across a line break of hard-wrapped
// text) and the verbs that give a change its direction. Every look-back stops at `floor`, the end
// of the previous number, and reads a bounded number of characters.
import { breakEndingAt, codeIn, isBmpHan } from '../text';
import type { LayoutSignals } from '../profile';
import type { Qualifier } from '../types';
import { at } from './lookaround';
import {
  APART_BY_BASE_TABLE, APART_BY_VERB_TABLE, CLASSES, CLAUSE_PUNCT, DOWN_VERB_LIST, POST_QUALIFIER_TABLE, PRE_QUALIFIER_TABLE, UP_VERB_LIST,
} from './matchers';
import { isNumeralChar } from './numeralChars';
import { APART_BASE_CHARS, APART_VERB_CHARS, BASE_PARTICLE, CHANGE_FILLERS, NEGATING_UP, RATE_MARKS } from './words';

/** The qualifier word ending at `start` (约, 超过, 不足…), and where it starts. */
export function preQualifier(text: string, start: number, floor: number): { q: Qualifier; start: number } | null {
  if (start - 1 < floor) { return null; }
  // The longest word first; one that is part of another word (最近, 节约) gives way to a shorter one.
  let lo = floor;
  for (;;) {
    const row = PRE_QUALIFIER_TABLE.rowEndingAt(text, start, lo);
    if (row === undefined) { return null; }
    const s = start - row.word.length;
    if (row.except !== 0 && CLASSES.has(row.except, at(text, s - 1, start))) { lo = s + 1; continue; }
    return { q: row.q, start: s };
  }
}

/** The qualifier word starting at `pos` (以上, 左右…), and where it ends. */
export function postQualifier(text: string, pos: number, limit: number): { q: Qualifier; end: number } | null {
  if (pos < 0 || pos >= limit) { return null; }
  let to = limit;
  for (;;) {
    const row = POST_QUALIFIER_TABLE.rowAt(text, pos, to);
    if (row === undefined) { return null; }
    const end = pos + row.word.length;
    if (row.except !== 0 && CLASSES.has(row.except, at(text, end, limit))) { to = end - 1; continue; }
    return { q: row.q, end };
  }
}

/** 不能超过每月1000元: a qualifier separated from the number by a rate (每月, 每人). */
export function rateQualifier(text: string, pos: number, floor: number): Qualifier | null {
  for (let k = 1; k <= 3; k++) {
    const m = pos - k - 1;
    if (m < floor) { break; }
    if (codeIn(RATE_MARKS, text.charCodeAt(m))) {
      const p = preQualifier(text, m, floor);
      return p ? p.q : null;
    }
  }
  return null;
}

/**
 * A qualifier standing apart from the number at `pos` (§7): across a rate (不能超过每月1000元), a
 * verb (至少建设一所) or a base (不低于总投资的30%, 约占全国的0.6%). In hard-wrapped text
 * (`layout.wrapWidth`) a line break between them is no break. Null when none applies.
 */
export function apartQualifier(text: string, pos: number, floor: number, layout: LayoutSignals): Qualifier | null {
  const rate = rateQualifier(text, pos, floor);
  if (rate) { return rate; }
  // One line break of hard-wrapped text (\n, \r\n or a lone \r) is read past (a blank line ends the paragraph).
  const breaks = layout.wrapWidth > 0 ? 1 : 0;
  const byVerb = apartBack(text, pos, floor, breaks, ACROSS_VERB);
  if (byVerb !== null) { return byVerb; }
  // Across a base: the number follows 的 (after the line break, if one is read past).
  const first = breaks > 0 ? breakEndingAt(text, pos, floor) : 0;
  if (!codeIn(BASE_PARTICLE, at(text, pos - first - 1, pos))) { return null; }
  return apartBack(text, pos - first, floor, breaks - (first > 0 ? 1 : 0), ACROSS_BASE);
}

/** The two walks of apartQualifier: across a verb (Han characters, none of them 的 or a numeral), across a base (within the clause). */
const ACROSS_VERB = 0;
const ACROSS_BASE = 1;

/** Walks back from k over at most the walk's characters (and `breaks` line breaks) to a qualifier that ends where it stands. */
function apartBack(text: string, k: number, floor: number, breaks: number, walk: number): Qualifier | null {
  const verb = walk === ACROSS_VERB;
  const most = verb ? APART_VERB_CHARS : APART_BASE_CHARS;
  const table = verb ? APART_BY_VERB_TABLE : APART_BY_BASE_TABLE;
  for (let gap = 0; gap < most && k > floor;) {
    const br = breakEndingAt(text, k, floor);
    if (br > 0) {
      if (breaks === 0) { break; }
      k -= br;
      breaks--;
    } else {
      const c = text.charCodeAt(k - 1);
      const stops = verb ? !isBmpHan(c) || codeIn(BASE_PARTICLE, c) || isNumeralChar(c) : CLASSES.has(CLAUSE_PUNCT, c) || isNumeralChar(c);
      if (stops) { break; }
      k--;
      gap++;
    }
    const row = table.rowEndingAt(text, k, floor);
    if (row !== undefined) { return row.q; }
  }
  return null;
}

/** The direction of the verb right before the number at `start` (增长 → up, 下降 → down). */
export function changeBefore(text: string, start: number, floor: number): 'up' | 'down' | undefined {
  // The verb must stand right before the number, with at most a short filler (了, 近, 同比…).
  // Only 了 may stand between (增长了4倍); 增加值2万亿元 is a noun, 降水量 is not a fall.
  for (let gap = 0; gap <= 1; gap++) {
    const end = start - gap;
    if (end <= floor) { break; }
    if (gap > 0 && !codeIn(CHANGE_FILLERS, text.charCodeAt(end))) { break; }
    const up = UP_VERB_LIST.endingAt(text, end, floor);
    // 负增长 is a fall
    if (up !== null) { return codeIn(NEGATING_UP, at(text, end - up.length - 1, start)) ? 'down' : 'up'; }
    if (DOWN_VERB_LIST.endingAt(text, end, floor) !== null) { return 'down'; }
  }
  return undefined;
}
