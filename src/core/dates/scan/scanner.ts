// The date scanner (docs/annotation.md §2, §7 "Dates"): one pass over char codes with bounded
// lookaround. It looks up each character in the registry's tables (registry.ts) and calls a rule's
// parser only where its pre-test passes (docs/architecture.md).
import { digitValue } from '../../text';
import { EMPTY_PROFILE, type DocumentProfile } from '../../profile';
import type { RawDate } from '../rawDate';
import type { ScanContext } from './context';
import { numeralBefore, numericBefore } from './guards';
import { K_DIGIT, K_NUMERAL, K_WORD, NUMERAL_BIT, NUMERAL_CUE_WINDOW, compileRules } from './registry';
import { DIGIT_RULES, NUMERAL_RULES, WORD_RULES } from './rules';

const TABLES = compileRules(DIGIT_RULES, NUMERAL_RULES, WORD_RULES);
const START = TABLES.start;
const NEXT = TABLES.next;
const SLOT_BITS = TABLES.slotBits;
const SLOT_PARSERS = TABLES.slotParsers;
const NUMERAL_SLOT = TABLES.numeralSlot;
const NUMERAL_PARSERS = TABLES.numeralParsers;
const NUMERAL_CUE = TABLES.numeralCue;
const AFTER_DIGITS = TABLES.afterDigits;
const DIGIT_LISTS = TABLES.digitLists;

/** Finds dates in text[from, to); from and to are line boundaries. */
export function scanDates(text: string, from: number, to: number, profile: DocumentProfile = EMPTY_PROFILE): RawDate[] {
  const ctx: ScanContext = { text, from, limit: Math.min(to, text.length), roc: profile.era.kind === 'roc', wrapped: profile.layout.wrapWidth > 0 };
  const out: RawDate[] = [];
  let i = from;
  const limit = ctx.limit;
  while (i < limit) {
    // The tight loop over characters that start nothing (most of them).
    let kind = START[text.charCodeAt(i)];
    while (kind === 0 && ++i < limit) { kind = START[text.charCodeAt(i)]; }
    if (kind === 0) { break; }
    // A date never starts inside a run of numerals: a run that starts none is skipped at once (keeps 100,000 digits linear).
    if (kind === K_DIGIT) {
      // Every digit rule reads the whole run of digits and needs one of a few characters right after it.
      let e = i + 1;
      while (e < limit && digitValue(text.charCodeAt(e)) >= 0) { e++; }
      const list = e < limit ? AFTER_DIGITS[text.charCodeAt(e)] : 0;
      const r = list !== 0 ? digitDate(ctx, i, e, list) : null;
      if (r) { out.push(r); i = r.end; } else { i = e; }
      continue;
    }
    if (kind === K_NUMERAL) {
      const r = i + 1 < limit && (NEXT[text.charCodeAt(i + 1)] & NUMERAL_BIT) !== 0 ? numeralDate(ctx, i) : null;
      if (r) { out.push(r); i = r.end; continue; }
      let j = i + 1;
      while (j < limit && START[text.charCodeAt(j)] === K_NUMERAL) { j++; }
      i = j;
      continue;
    }
    // Every other rule needs one of a few second characters: test that before calling anything.
    const slot = kind - K_WORD;
    const next = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
    if (next < 0 || (NEXT[next] & SLOT_BITS[slot]) === 0) { i++; continue; }
    const r = wordDate(ctx, i, slot);
    if (r) { out.push(r); i = r.end; } else { i++; }
  }
  return out;
}

/** A date at the digits text[i, e) whose next character admits the digit rules of DIGIT_LISTS[list]. */
function digitDate(ctx: ScanContext, i: number, e: number, list: number): RawDate | null {
  if (numericBefore(ctx.text, i)) { return null; }
  const rules = DIGIT_LISTS[list];
  const run = e - i;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k];
    if (run < rule.run[0] || run > rule.run[1]) { continue; }
    const r = rule.parse(ctx, i);
    if (r !== null) { return r; }
  }
  return null;
}

/** A date at the Chinese numeral at i: the words that open with it (五一劳动节), then the numeral rules. */
function numeralDate(ctx: ScanContext, i: number): RawDate | null {
  const { text, limit } = ctx;
  if (numeralBefore(text, i)) { return null; }
  const slot = NUMERAL_SLOT[text.charCodeAt(i)];
  if (slot !== 0) {
    const word = wordDate(ctx, i, slot - 1);
    if (word) { return word; }
  }
  // Cheap filter: every numeral rule has its cue (年, 月, 季, 五, 世) close by.
  let cue = false;
  for (let k = i + 1; k < limit && k <= i + NUMERAL_CUE_WINDOW && !cue; k++) { cue = NUMERAL_CUE[text.charCodeAt(k)] === 1; }
  if (!cue) { return null; }
  for (let k = 0; k < NUMERAL_PARSERS.length; k++) {
    const r = NUMERAL_PARSERS[k](ctx, i);
    if (r !== null) { return r; }
  }
  return null;
}

/** A date at the word rules of `slot`, tried in order. */
function wordDate(ctx: ScanContext, i: number, slot: number): RawDate | null {
  const parsers = SLOT_PARSERS[slot];
  for (let k = 0; k < parsers.length; k++) {
    const r = parsers[k](ctx, i);
    if (r !== null) { return r; }
  }
  return null;
}
