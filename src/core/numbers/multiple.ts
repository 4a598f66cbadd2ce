// 倍 (docs/annotation.md §1): its reading, growth (增长1.1倍 = +110 %) or multiple (是…的1.1倍), and
// the base the sentence implies when it states the new value.
import { codeIn } from '../text';
import type { NumberAnnotation } from '../types';
import type { Found } from './emit';
import { at } from './lookaround';
import { CLASSES, MULTIPLE_WORD_LIST, SENTENCE_PUNCT } from './matchers';
import { MULTIPLE_OF } from './words';

/** Sets the reading of the 倍 `a` (and its implied base) from the verb `change` and the words before it. */
export function multipleReading(text: string, a: NumberAnnotation, change: 'up' | 'down' | undefined, floor: number, out: Found): void {
  const n = typeof a.value === 'number' ? a.value : NaN;
  let reading: 'growth' | 'multiple' | undefined;
  if (change === 'up') { reading = 'growth'; }
  else if (codeIn(MULTIPLE_OF, at(text, a.start - 1, text.length)) || MULTIPLE_WORD_LIST.occursIn(text, Math.max(floor, a.start - 12), a.start)) {
    reading = 'multiple';
  }
  if (!reading) { return; }
  a.reading = reading;
  if (!(n > 0)) { return; }
  // The stated value: the last earlier number in the same sentence with a measured unit.
  const list = out.list;
  for (let k = list.length - 1; k >= 0; k--) {
    const o = list[k];
    if (a.start - o.end > 40) { break; }
    let sameSentence = true;
    for (let p = o.end; p < a.start; p++) { if (CLASSES.has(SENTENCE_PUNCT, text.charCodeAt(p))) { sameSentence = false; break; } }
    if (!sameSentence) { break; }
    if (isStatedValue(o)) {
      const base = (o.value as number) / (reading === 'growth' ? 1 + n : n);
      a.impliedBase = base;
      break;
    }
  }
}

/** A number a 倍 can state the new value of: one value with a measured unit (not a share or a multiple). */
export function isStatedValue(o: NumberAnnotation): boolean {
  return typeof o.value === 'number' && o.kind !== 'percent' && o.kind !== 'multiple' && o.unit !== null && o.unit !== '';
}
