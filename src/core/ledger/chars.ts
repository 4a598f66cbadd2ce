// The punctuation the ledger's readers stop at, as bits of one table over UTF-16 code units: a
// membership test is one array read.
import { CODE_UNITS, defineClass } from '../text';

/** Ends a sentence (or a line). */
export const SENTENCE = 1;
/** Ends a clause within a sentence. */
export const CLAUSE = 2;
/** A colon, which also ends the clause a target's region starts in. */
export const COLON = 4;

export const STOPS = new Uint8Array(CODE_UNITS);
defineClass(STOPS, '。！？!?\n\r', SENTENCE);
defineClass(STOPS, '，；,;', CLAUSE);
defineClass(STOPS, '：:', COLON);
