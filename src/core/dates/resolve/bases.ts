// What a resolved date says it was resolved against (docs/annotation.md §2, §6). The bases that carry
// no position are one frozen object each, shared by every date they explain.
import type { DateBasis } from '../../types';

export const EXPLICIT: DateBasis = Object.freeze({ kind: 'explicit' });
function unresolved(reason: string): DateBasis { return Object.freeze({ kind: 'unresolved', reason }); }
export const NO_DOCUMENT_DATE = unresolved('no document date');
export const APPROXIMATE = unresolved('approximate duration');
export const NO_MONTH = unresolved('no month in context');
export const NO_PERIOD = unresolved('no period to compare with');
export const STARTS_AFTER = unresolved('starts after the document date');
export const INVALID = unresolved('invalid date');

/** Slots of the cache of context bases (a power of two). */
const CONTEXT_SLOTS = 16;

/**
 * The context bases made last, by the start of the date they name (a few slots, indexed by the
 * start's low bits): the dates that follow an anchor share its basis, and no table grows with the document.
 */
export class ContextBases {
  private readonly starts = new Int32Array(CONTEXT_SLOTS).fill(-1);
  private readonly bases: DateBasis[] = new Array<DateBasis>(CONTEXT_SLOTS).fill(EXPLICIT);

  /** The context basis naming the date at start (its text). */
  at(text: string, start: number): DateBasis {
    const slot = start & (CONTEXT_SLOTS - 1);
    if (this.starts[slot] === start) { return this.bases[slot]; }
    const b: DateBasis = Object.freeze({ kind: 'context', anchorText: text, anchorStart: start });
    this.starts[slot] = start;
    this.bases[slot] = b;
    return b;
  }
}
