// Whether the analysis may end a chunk at p (src/core/chunks.ts): the dates, numbers and terms read
// from QUIET_REACH characters each side of p come out the same read whole and read cut at p.
// Recognizers look a few characters across a line break or a sentence end (是…近1.1倍 reads its
// 是 up to 12 characters back; a 倍's stated value stands up to 40 characters before it), so a cut
// is taken only where this holds; see docs/architecture.md.
import { findTerms, type CompiledGlossary } from './terms';
import { scanDates } from './dates';
import { extractNumbers } from './numbers';
import type { DocumentProfile } from './profile';

/** Characters each side of a cut that quietCut reads: beyond every recognizer's lookaround. */
const QUIET_REACH = 64;

/** By glossary: the characters some spelling holds before its last one (a term can run across a cut only after one). */
const innerChars = new WeakMap<CompiledGlossary, Uint8Array>();

/**
 * `from` is where the chunk that p would end starts: the text is read no further back, as the
 * analysis reads that chunk (a cut closer than QUIET_REACH before p is itself a cut, and the
 * check compares the text cut there with and without p: so each cut, checked in turn, leaves
 * the annotations of the whole text).
 */
export function quietCut(text: string, p: number, from: number, glossary: CompiledGlossary, profile: DocumentProfile): boolean {
  const a = Math.max(from, p - QUIET_REACH);
  const b = Math.min(text.length, p + QUIET_REACH);
  const whole = scanDates(text, a, b, profile);
  const left = scanDates(text, a, p, profile);
  const right = scanDates(text, p, b, profile);
  if (!sameSpans(whole, left, right)) { return false; }
  if (!sameSpans(extractNumbers(text, a, b, whole, profile), extractNumbers(text, a, p, left, profile), extractNumbers(text, p, b, right, profile))) { return false; }
  // A term crosses p only if the character before p stands inside some spelling; a term's
  // matches are otherwise the same whole and cut (each is read from its start, within its length).
  if (innerOf(glossary)[text.charCodeAt(p - 1)] !== 1) { return true; }
  return sameSpans(findTerms(text, a, b, glossary), findTerms(text, a, p, glossary), findTerms(text, p, b, glossary));
}

function innerOf(glossary: CompiledGlossary): Uint8Array {
  let table = innerChars.get(glossary);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const e of glossary.entries) {
      for (const spelling of [e.term, ...(e.aliases ?? [])]) {
        for (let i = 0; i + 1 < spelling.length; i++) { table[spelling.charCodeAt(i)] = 1; }
      }
    }
    innerChars.set(glossary, table);
  }
  return table;
}

/** The annotations read whole are those read left and right of the cut, field by field. */
function sameSpans(whole: readonly object[], left: readonly object[], right: readonly object[]): boolean {
  if (whole.length !== left.length + right.length) { return false; }
  for (let i = 0; i < whole.length; i++) {
    if (!sameRecord(whole[i], i < left.length ? left[i] : right[i - left.length])) { return false; }
  }
  return true;
}

/** Two annotations of the same shape: the same keys with the same values (a range's two ends compared). */
function sameRecord(x: object, y: object): boolean {
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) { return false; }
  for (const k of keys) {
    const u = a[k];
    const v = b[k];
    if (u === v) { continue; }
    if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length || u.some((e, j) => e !== v[j])) { return false; }
  }
  return true;
}
