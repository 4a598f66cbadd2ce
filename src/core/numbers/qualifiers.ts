// Qualifiers that bound a number (docs/annotation.md §1 Qualifiers, §7: a qualifier separated from
// the number by a rate still applies) and the verbs that give a change its direction. Every
// look-back stops at `floor`, the end of the previous number.
import { codeIn } from '../text';
import type { Qualifier } from '../types';
import { at } from './lookaround';
import { CLASSES, DOWN_VERB_LIST, POST_QUALIFIER_TABLE, PRE_QUALIFIER_TABLE, UP_VERB_LIST } from './matchers';
import { CHANGE_FILLERS, NEGATING_UP, RATE_MARKS } from './words';

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
