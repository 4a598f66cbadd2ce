// The names of nodes (docs/annotation.md §4 "Names are mechanical"): a node's text from its marker
// up to the first ，。；：？！ or NAME_MAX units (the names of turns: turnNames.ts).
import { Ch, isHighSurrogate, isInlineSpace, isWhitespace } from '../text';
import { CLAUSE_STOP, has } from './chars';
import { NAME_MAX } from './limits';

/**
 * End of the first clause of a name starting at `p`: the first ，。；：？！ at or after `from`
 * (past a marker such as 第一，), or NAME_MAX units, within `limit`.
 */
export function clauseEnd(t: string, p: number, limit: number, from = p): number {
  const stop = Math.min(limit, p + NAME_MAX);
  let i = Math.min(Math.max(from, p), stop);
  while (i < stop && !has(CLAUSE_STOP, t.charCodeAt(i))) { i++; }
  if (i === from && from > p) { i = Math.min(stop, from); }
  // never split a surrogate pair
  if (i > p && i < t.length && isHighSurrogate(t.charCodeAt(i - 1))) { i--; }
  while (i > p && isInlineSpace(t.charCodeAt(i - 1))) { i--; }
  return i > p ? i : Math.min(limit, p + 1);
}

/** t[from, to) without whitespace, * and _ (and 【】 when `brackets`). */
export function withoutSpaceOrEmphasis(t: string, from: number, to: number, brackets: boolean): string {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    // isWhitespace also holds for the zero-width space, which \s keeps: such a label takes the
    // slower path below to the same answer
    if (c === Ch.Asterisk || c === Ch.Underscore || isWhitespace(c)
      || (brackets && (c === Ch.LeftBlackLenticular || c === Ch.RightBlackLenticular))) {
      return t.slice(from, to).replace(brackets ? /[\s*_【】]/g : /[\s*_]/g, '');
    }
  }
  return t.slice(from, to); // nothing to remove, the common case
}
