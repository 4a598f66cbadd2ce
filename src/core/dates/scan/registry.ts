// The scan registry (docs/architecture.md): every date form is a rule registered with the
// characters it starts with and a cheap pre-test on the character after them, so the scanner
// tests one table per character and calls a parser only where a date can start. Three kinds of
// first character:
// - a run of Arabic digits: the rule names the characters that may follow the run (2024年: 年) and
//   the lengths of run it reads;
// - a Chinese numeral (DATE_NUMERALS): the rule names the characters that may stand second, and the
//   cue, a character one of which stands within the next few (年 for 二〇二四年);
// - anything else (a word or a quotation mark): the rule names its first characters and the
//   characters that may stand second, or its words, from which both are taken pairwise.
// At one first character the rules are tried in the order they are registered (rules.ts).
import { CODE_UNITS, charTable, digitValue } from '../../text';
import type { RawDate } from '../rawDate';
import { DATE_NUMERALS } from '../words';
import type { ScanContext } from './context';

export type Parse = (ctx: ScanContext, i: number) => RawDate | null;
/** A set of characters: the characters of a string, or those a predicate accepts. */
export type CharSet = string | ((c: number) => boolean);

export interface DigitRule {
  readonly name: string;
  /** The characters that may follow the run of digits. */
  readonly after: string;
  /** The shortest and longest run of digits the parser reads. */
  readonly run: readonly [min: number, max: number];
  readonly parse: Parse;
}

export interface NumeralRule {
  readonly name: string;
  /** The characters that may follow the first numeral. */
  readonly next: CharSet;
  /** Characters one of which stands within NUMERAL_CUE_WINDOW characters after the first. */
  readonly cue: string;
  readonly parse: Parse;
}

export type WordRule = {
  readonly name: string;
  readonly parse: Parse;
} & ({
  /** The words a date of this rule opens with: their first and second characters are the pre-test. */
  readonly words: readonly string[];
} | {
  readonly first: string;
  /** The characters that may stand second. */
  readonly next: CharSet;
});

/** How far after a first numeral a rule's cue is looked for. */
export const NUMERAL_CUE_WINDOW = 6;

/** What a character may start: nothing, a run of digits, a numeral; from K_WORD on, word slot K - K_WORD. */
export const K_NONE = 0, K_DIGIT = 1, K_NUMERAL = 2, K_WORD = 3;
/** The pre-test bit of the numeral rules in `next`; word slot s has bit s + 1. */
export const NUMERAL_BIT = 1;
/** Word slots (first characters that share their list of rules) are at most 31: one bit each. */
const MAX_WORD_SLOTS = 31;

/** The registry compiled into the tables the scanner reads. */
export interface ScanTables {
  /** By character: K_NONE, K_DIGIT, K_NUMERAL or K_WORD + the character's word slot. */
  readonly start: Uint8Array;
  /** By second character: the bits of the slots (and NUMERAL_BIT) whose pre-test it passes. */
  readonly next: Uint32Array;
  /** By word slot: its pre-test bit, and its parsers in order. */
  readonly slotBits: Uint32Array;
  readonly slotParsers: readonly (readonly Parse[])[];
  /** By numeral: the word slot + 1 of the words that start with it (五一劳动节), 0 for none. */
  readonly numeralSlot: Uint8Array;
  /** The numeral rules' parsers in order, and their cues as a table. */
  readonly numeralParsers: readonly Parse[];
  readonly numeralCue: Uint8Array;
  /** By the character after a run of digits: the list (index + 1) of digit rules that may follow, 0 for none. */
  readonly afterDigits: Uint8Array;
  readonly digitLists: readonly (readonly DigitRule[])[];
}

function addSet(table: Uint32Array, set: CharSet, bit: number): void {
  if (typeof set === 'string') {
    for (let k = 0; k < set.length; k++) { table[set.charCodeAt(k)] |= bit; }
    return;
  }
  for (let c = 0; c < CODE_UNITS; c++) { if (set(c)) { table[c] |= bit; } }
}

/** The pairs (first character → second characters) of a word rule. */
function pairsOf(rule: WordRule): Map<number, CharSet> {
  const out = new Map<number, CharSet>();
  if ('words' in rule) {
    for (const w of rule.words) {
      const f = w.charCodeAt(0);
      const seconds = out.get(f);
      out.set(f, (typeof seconds === 'string' ? seconds : '') + w[1]);
    }
  } else {
    for (let k = 0; k < rule.first.length; k++) { out.set(rule.first.charCodeAt(k), rule.next); }
  }
  return out;
}

/** Compiles the rules (each list in the order its rules are tried) into the scanner's tables. */
export function compileRules(digits: readonly DigitRule[], numerals: readonly NumeralRule[], words: readonly WordRule[]): ScanTables {
  const start = new Uint8Array(CODE_UNITS);
  const next = new Uint32Array(CODE_UNITS);
  for (let c = 0; c < CODE_UNITS; c++) { if (digitValue(c) >= 0) { start[c] = K_DIGIT; } }
  for (let k = 0; k < DATE_NUMERALS.length; k++) { start[DATE_NUMERALS.charCodeAt(k)] = K_NUMERAL; }
  const { slotBits, slotParsers, numeralSlot } = wordSlotsOf(words, start, next);
  for (const rule of numerals) { addSet(next, rule.next, NUMERAL_BIT); }
  const numeralCue = charTable(numerals.map((rule) => rule.cue).join(''));
  const { afterDigits, digitLists } = digitListsOf(digits);
  return {
    start, next, slotBits, slotParsers, numeralSlot, numeralParsers: numerals.map((r) => r.parse), numeralCue, afterDigits, digitLists,
  };
}

/**
 * The word slots (first characters with the same list of rules share one), written into `start`
 * and `next`. A word that opens with a numeral (五一劳动节) keeps the numeral's kind in `start`: its
 * slot is in numeralSlot, and its second characters pass the numerals' pre-test.
 */
function wordSlotsOf(words: readonly WordRule[], start: Uint8Array, next: Uint32Array):
  { slotBits: Uint32Array; slotParsers: Parse[][]; numeralSlot: Uint8Array } {
  const pairs = words.map(pairsOf);
  const rulesAt = new Map<number, number[]>();
  pairs.forEach((p, r) => {
    for (const f of p.keys()) {
      const list = rulesAt.get(f);
      if (list) { list.push(r); } else { rulesAt.set(f, [r]); }
    }
  });
  const slotByKey = new Map<string, number>();
  const slotParsers: Parse[][] = [];
  const numeralSlot = new Uint8Array(CODE_UNITS);
  for (const [f, rules] of rulesAt) {
    if (start[f] === K_DIGIT) { throw new Error(`date rules: a word rule cannot start with the digit ${String.fromCharCode(f)}`); }
    const key = rules.join(',');
    let slot = slotByKey.get(key);
    if (slot === undefined) {
      slot = slotParsers.length;
      if (slot >= MAX_WORD_SLOTS) { throw new Error('date rules: more than 31 groups of first characters'); }
      slotByKey.set(key, slot);
      slotParsers.push(rules.map((r) => words[r].parse));
    }
    const numeral = start[f] === K_NUMERAL;
    const bit = numeral ? NUMERAL_BIT : 2 ** (slot + 1);
    for (const r of rules) { addSet(next, pairs[r].get(f) as CharSet, bit); }
    if (numeral) { numeralSlot[f] = slot + 1; } else { start[f] = K_WORD + slot; }
  }
  const slotBits = new Uint32Array(slotParsers.length);
  for (let s = 0; s < slotBits.length; s++) { slotBits[s] = 2 ** (s + 1); }
  return { slotBits, slotParsers, numeralSlot };
}

/** For each character that may follow a run of digits, the digit rules that admit it, in order (lists shared). */
function digitListsOf(digits: readonly DigitRule[]): { afterDigits: Uint8Array; digitLists: DigitRule[][] } {
  const afterDigits = new Uint8Array(CODE_UNITS);
  const digitLists: DigitRule[][] = [];
  const byKey = new Map<string, number>();
  const chars = new Set<number>();
  for (const rule of digits) { for (let k = 0; k < rule.after.length; k++) { chars.add(rule.after.charCodeAt(k)); } }
  for (const c of chars) {
    const list = digits.filter((rule) => rule.after.includes(String.fromCharCode(c)));
    const key = list.map((rule) => digits.indexOf(rule)).join(',');
    let id = byKey.get(key);
    if (id === undefined) {
      digitLists.push(list);
      id = digitLists.length;
      if (id > 255) { throw new Error('date rules: more than 255 lists of digit rules'); }
      byKey.set(key, id);
    }
    afterDigits[c] = id;
  }
  return { afterDigits, digitLists: [[], ...digitLists] };
}
