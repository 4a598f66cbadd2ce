// A numeral with its unit or classifier (docs/annotation.md §1): the qualifiers that bound it,
// a range it opens, and the counts that are no numbers (§7: indefinite 一+classifier).
import { isBmpHan } from '../text';
import type { Qualifier } from '../types';
import { countMatters, countsIncidents, notACount } from './classifiers';
import { Han } from './codes';
import { emit, emitRange, kindOf, type Found } from './emit';
import { at } from './lookaround';
import { CLASSES, NOUN_AFTER_DUO } from './matchers';
import type { NumeralScan } from './numerals';
import { apartQualifier, postQualifier, preQualifier } from './qualifiers';
import { rangeAfter } from './ranges';
import type { UnitMatch } from './units';

/** The numeral `num` at `pos` with its unit `u` at `afterMid` (after 多/余, if any); returns where scanning resumes. */
export function withUnit(text: string, pos: number, floor: number, limit: number, out: Found, num: NumeralScan, u: UnitMatch,
  afterMid: number, half: number, innerAbove: boolean): number {
  const def = u.def;
  let end = afterMid + u.form.length;
  // 一年半, 三天半
  if (def.category === 'time' && !half && at(text, end, limit) === Han.Half && !isBmpHan(at(text, end + 1, limit))) { half = 0.5; end++; }
  if (notACount(text, pos, floor, limit, num, u, end)) { return end; }
  // 一座, 一名, 一种: an indefinite article, unless the count matters.
  const single = num.core.chinese && !num.core.arabic && num.end - pos === 1 && num.value === 1 && !half;
  // Reduplication: 一座座, 一场场 ("one after another"), never 100人人均.
  if (single && u.form.length === 1 && at(text, end, limit) === text.charCodeAt(afterMid)) { return end + 1; }

  let qualifier: Qualifier = innerAbove || def.above ? 'above' : 'exact';
  let start = pos;
  let post = postQualifier(text, end, limit);
  // 3倍多, 一年多: 多 after the unit, unless it forms a word (多种, 多元, 多措并举).
  if (!post && (def.category === 'multiple' || def.category === 'time') && at(text, end, limit) === Han.Duo
    && !CLASSES.has(NOUN_AFTER_DUO, at(text, end + 1, limit))) {
    post = { q: 'above', end: end + 1 };
  }
  let postQ: Qualifier | null = null;
  if (post) { postQ = post.q; end = post.end; }
  const pre = preQualifier(text, start, floor);
  if (pre) { start = pre.start; }
  // A qualifier apart from the number: across a rate, a verb or a base (至少建设一所).
  const rate = !pre ? apartQualifier(text, pos, floor, out.layout) : null;
  if (single && (def.category === 'classifier' || def.category === 'time') && !pre && !post && !rate && !countMatters(text, pos, floor)
    && !(u.form === '起' && countsIncidents(text, pos, end, limit))) {
    return end;
  }
  if (pre) { qualifier = pre.q; }
  else if (rate) { qualifier = rate; }
  if (postQ) { qualifier = postQ; }

  // A range: 3至5年, 16-24岁, 10%—15%.
  if (!post) {
    const range = rangeAfter(text, end, limit, num, def);
    if (range) { return emitRange(text, out, floor, limit, pos, range); }
  }

  const value = num.value + (num.value < 0 ? -half : half);
  return emit(text, out, floor, start, end, value, def.unit, qualifier, kindOf(def), def.category === 'multiple');
}
