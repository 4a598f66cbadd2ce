// Reports of the past (docs/annotation.md §7 "Targets": past achievements are never targets,
// whatever their verbs): a past word not inside an exception, or a perfective 了.
import { CODE_UNITS, WordList } from '../text';
import { LE_EXCEPTIONS, PAST_EXCEPTIONS, PAST_WORDS, PERFECTIVE_LE } from './statementWords';

const PAST = new WordList(PAST_WORDS);
const PAST_FIRST = 1;
const PERFECTIVE = 2;
/** PAST_FIRST: the first character of a past word; PERFECTIVE: 了. */
const PAST_MARK = new Uint8Array(CODE_UNITS);
for (const w of PAST_WORDS) { PAST_MARK[w.charCodeAt(0)] |= PAST_FIRST; }
PAST_MARK[PERFECTIVE_LE.charCodeAt(0)] |= PERFECTIVE;
/** Words holding 了 that is not perfective (为了, 了解), with the offset of their first 了. */
const LE_WORDS = LE_EXCEPTIONS.map(word => ({ word, at: word.indexOf(PERFECTIVE_LE) }));

/** A past word (not inside an exception) anywhere in [from, to), or a perfective 了 after its first character. */
export function isPast(t: string, from: number, to: number): boolean {
  // One pass for both: a table read per character.
  for (let i = from; i < to; i++) {
    const mark = PAST_MARK[t.charCodeAt(i)];
    if (mark === 0) { continue; }
    if ((mark & PAST_FIRST) !== 0 && pastWordAt(t, i, to)) { return true; }
    if ((mark & PERFECTIVE) !== 0 && i > from && !leInWord(t, i)) { return true; }
  }
  return false;
}

/** The longest past word at i, ending by `limit`, is not part of an exception (不得已, 比上年). */
function pastWordAt(t: string, i: number, limit: number): boolean {
  const w = PAST.at(t, i, limit);
  if (w === null) { return false; }
  return !PAST_EXCEPTIONS.some(e => {
    const k = e.indexOf(w);
    return k >= 0 && i - k >= 0 && t.startsWith(e, i - k);
  });
}

/** The 了 at i belongs to a word of LE_EXCEPTIONS. */
function leInWord(t: string, i: number): boolean {
  for (const e of LE_WORDS) {
    if (i - e.at >= 0 && t.startsWith(e.word, i - e.at)) { return true; }
  }
  return false;
}
