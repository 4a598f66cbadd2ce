// 第N (docs/annotation.md §1, §7 Numbers): an ordinal is a number only where it ranks something
// measured (第一大贸易伙伴国, 居世界第二位), with unit `ordinal`; article and chapter numbers
// (第一条, 第十三章) and sequence ordinals are not.
import { isBmpHan } from '../text';
import { Han } from './codes';
import { emit, type Found } from './emit';
import { at } from './lookaround';
import { CLASSES, CLAUSE_PUNCT, NOT_NOUN, ORDINAL_JOINERS, RANK_VERBS } from './matchers';
import { scanNumeral } from './numerals';
import { shortChineseEnd } from './quickReject';

/** 第N at `pos`: records it when it ranks; returns where scanning resumes. */
export function ordinal(text: string, pos: number, floor: number, limit: number, out: Found): number {
  // 第一条, 第十三章: a short numeral followed by neither 大 nor 位/名 ranks nothing.
  const e = shortChineseEnd(text, pos + 1, limit);
  if (e > 0) {
    const after = at(text, e, limit);
    if (after !== Han.Da && after !== Han.Wei && after !== Han.Ming) { return ordinalListEnd(text, e, limit); }
  }
  const num = scanNumeral(text, pos, limit);
  if (!num || num.form !== 'ordinal' || num.core.tooLong) { return pos + 1; }
  const j = num.end;
  const next = at(text, j, limit);
  // 第一大 + noun: a rank.
  if (next === Han.Da && isBmpHan(at(text, j + 1, limit)) && !CLASSES.has(NOT_NOUN, at(text, j + 1, limit))) {
    return emit(text, out, floor, pos, j + 1, num.value, 'ordinal', 'exact', 'ordinal', false);
  }
  // 第N位/名 after a ranking verb in the same clause (居世界第二位).
  if (next === Han.Wei || next === Han.Ming) {
    for (let k = pos - 1; k >= Math.max(floor, pos - 4); k--) {
      if (CLASSES.has(RANK_VERBS, text.charCodeAt(k))) {
        return emit(text, out, floor, pos, j + 1, num.value, 'ordinal', 'exact', 'ordinal', false);
      }
      if (CLASSES.has(CLAUSE_PUNCT, text.charCodeAt(k))) { break; }
    }
  }
  return ordinalListEnd(text, j, limit);
}

/** How many further members of a list of ordinals (第1、2条) are read. */
const ORDINAL_LIST_MAX = 8;

/**
 * 第1、2条, 第三、四章, 第5至7款: the numbers listed after an ordinal share its 第 and are no more
 * numbers than it is (§7 article references); returns the end of the list that starts at `j`.
 */
function ordinalListEnd(text: string, j: number, limit: number): number {
  for (let n = 0; n < ORDINAL_LIST_MAX && CLASSES.has(ORDINAL_JOINERS, at(text, j, limit)); n++) {
    const m = scanNumeral(text, j + 1, limit);
    if (!m || m.start !== j + 1 || m.form !== 'plain') { break; }
    j = m.end;
  }
  return j;
}
