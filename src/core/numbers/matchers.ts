// The word lists and character sets of words.ts as the tables the scanner reads: character sets
// as bits of one class table (a test is one typed-array read), word lists as the kernel's word
// matchers (sets of one or two characters are read with codeIn from words.ts directly). Nothing
// here is language knowledge of its own.
import { CharClasses, CLOSE_QUOTES, OPEN_QUOTES, WordList, WordTable, type WordRow } from '../text';
import type { Qualifier } from '../types';
import * as W from './words';

/** The scanner's character classes; test with CLASSES.has(BIT, c). */
export const CLASSES = new CharClasses();
export const COUNT_MATTERS = CLASSES.define(W.COUNT_MATTERS);
export const NOT_NOUN = CLASSES.define(W.NOT_NOUN);
export const NOT_AFTER_DA = CLASSES.define(W.NOT_AFTER_DA);
export const NOT_AFTER_ZHE = CLASSES.define(W.NOT_AFTER_ZHE);
export const NOT_AFTER_CHENG = CLASSES.define(W.NOT_AFTER_CHENG);
export const RANK_VERBS = CLASSES.define(W.RANK_VERBS);
export const TRANCHE_BEFORE = CLASSES.define(W.TRANCHE_BEFORE);
export const VAGUE_BEFORE = CLASSES.define(W.VAGUE_BEFORE);
export const AFTER_BARE_NUMBER = CLASSES.define(W.AFTER_BARE_NUMBER);
export const OPEN_QUOTE = CLASSES.define(OPEN_QUOTES);
export const CLOSE_QUOTE = CLASSES.define(CLOSE_QUOTES);
export const CLAUSE_PUNCT = CLASSES.define(W.CLAUSE_PUNCT);
export const SENTENCE_PUNCT = CLASSES.define(W.SENTENCE_PUNCT);
export const CODE_BEFORE = CLASSES.define(W.CODE_BEFORE);
export const NOT_AFTER_NIAN = CLASSES.define(W.NOT_AFTER_NIAN);
export const NOT_AFTER_YUAN = CLASSES.define(W.NOT_AFTER_YUAN);
export const NOT_AFTER_GU = CLASSES.define(W.NOT_AFTER_GU);
export const NOT_AFTER_SUO = CLASSES.define(W.NOT_AFTER_SUO);
export const NOUN_AFTER_DUO = CLASSES.define(W.NOUN_AFTER_DUO);
export const COORDINATORS = CLASSES.define(W.COORDINATORS);
export const IDENTIFIER_SUFFIXES = CLASSES.define(W.IDENTIFIER_SUFFIXES);
export const JOINERS_AFTER_BARE = CLASSES.define(W.JOINERS_AFTER_BARE);
export const LIST_MARKER_AFTER = CLASSES.define(W.LIST_MARKER_AFTER);
export const BRACKET_BEFORE = CLASSES.define(W.BRACKET_BEFORE);
export const RANGE_DASHES = CLASSES.define(W.RANGE_DASHES);
export const RANGE_WORDS = CLASSES.define(W.RANGE_WORDS);
export const ORDINAL_JOINERS = CLASSES.define(W.ORDINAL_JOINERS);

/** A qualifier word, and the class of the characters beside it that make it part of another word (0: none). */
export interface QualifierRow extends WordRow {
  readonly q: Qualifier;
  readonly except: number;
}

function qualifierRows(groups: Readonly<Record<string, readonly string[]>>,
  exceptions: readonly { words: readonly string[]; chars: string }[]): QualifierRow[] {
  const except = new Map<string, number>();
  for (const e of exceptions) {
    const bit = CLASSES.define(e.chars);
    for (const w of e.words) { except.set(w, bit); }
  }
  const rows: QualifierRow[] = [];
  for (const [q, words] of Object.entries(groups)) {
    for (const word of words) { rows.push({ word, q: q as Qualifier, except: except.get(word) ?? 0 }); }
  }
  return rows;
}

/** Qualifiers before a number, by the word that ends where the number starts. */
export const PRE_QUALIFIER_TABLE = new WordTable(qualifierRows(W.PRE_QUALIFIERS,
  W.PRE_QUALIFIER_EXCEPTIONS.map((e) => ({ words: e.words, chars: e.before }))));
/** Qualifiers after a number, by the word that starts where the number ends. */
export const POST_QUALIFIER_TABLE = new WordTable(qualifierRows(W.POST_QUALIFIERS,
  W.POST_QUALIFIER_EXCEPTIONS.map((e) => ({ words: e.words, chars: e.after }))));

/** Qualifiers across a verb, and comparatives across a base (§7: a qualifier separated from the number). */
export const APART_BY_VERB_TABLE = new WordTable(qualifierRows(W.APART_BY_VERB, []));
export const APART_BY_BASE_TABLE = new WordTable(qualifierRows(W.APART_BY_BASE, []));

export const UP_VERB_LIST = new WordList(W.UP_VERBS);
export const DOWN_VERB_LIST = new WordList(W.DOWN_VERBS);
export const MULTIPLE_WORD_LIST = new WordList(W.MULTIPLE_WORDS);
export const MEETING_WORD_LIST = new WordList(W.MEETING_WORDS);
export const RATIO_WORD_LIST = new WordList(W.RATIO_WORDS);
export const SINCE_WORD_LIST = new WordList(W.SINCE_WORDS);
export const DATE_WORDS_BEFORE_TIME_LIST = new WordList(W.DATE_WORDS_BEFORE_TIME);
export const TENOR_PRODUCT_LIST = new WordList(W.TENOR_PRODUCTS);
export const INCIDENT_NOUN_LIST = new WordList(W.INCIDENT_NOUNS);
export const REFERENCE_NOUN_LIST = new WordList(W.REFERENCE_NOUNS);
export const DAYS_WITHIN_LIST = new WordList(W.DAYS_WITHIN);
export const LABEL_HEADER_LIST = new WordList(W.LABEL_HEADERS);
