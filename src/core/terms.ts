// Policy terms (ANNOTATION.md §5): the built-in glossary plus the user's entries, matched with a
// character trie in one left-to-right pass. Every start walks at most the longest term's length,
// so the scan is linear; overlapping matches are settled longest first (小巨人 inside
// 专精特新“小巨人” belongs to the longer term).
import { BUILTIN_GLOSSARY } from './glossary';
import type { GlossaryEntry, TermAnnotation } from './types';

export interface TrieNode {
  /** Children by UTF-16 code unit (numbers, so the scan never builds one-character strings). */
  next: Map<number, TrieNode>;
  /** Headword of the entry a spelling ending here belongs to. */
  headword?: string;
}

export interface CompiledGlossary {
  /** Every entry, built-in ones first, user entries replacing built-ins with the same term. */
  readonly entries: readonly GlossaryEntry[];
  /** The entry for a headword or any of its aliases. */
  entry(term: string): GlossaryEntry | undefined;
  /** @internal the matching trie. */
  readonly root: TrieNode;
  /** Length of the longest spelling, the bound of every walk. */
  readonly maxLength: number;
  /** The trie's first level indexed by UTF-16 code. */
  readonly firstLevel: readonly (TrieNode | undefined)[];
  /** Filters checked before the trie: 1 where a spelling starts with this code (first) or, hashed, this pair (pair). */
  readonly firstChar: Uint8Array;
  readonly pair: Uint8Array;
}

/** Built-in entries plus the user's; a user entry with the same term overrides the built-in one. */
export function compileGlossary(extra: readonly GlossaryEntry[] = []): CompiledGlossary {
  const byTerm = new Map<string, GlossaryEntry>();
  const user = new Set<GlossaryEntry>();
  for (const e of BUILTIN_GLOSSARY) { byTerm.set(e.term, { ...e, source: e.source ?? 'built-in' }); }
  for (const e of extra) {
    if (e && typeof e.term === 'string' && e.term.trim()) { byTerm.set(e.term, e); user.add(e); }
  }
  const entries = [...byTerm.values()];
  const spellings = new Map<string, GlossaryEntry>();
  // Aliases first, then headwords, so an alias never hides another entry's headword; user entries last so they win.
  const ordered = [...entries.filter(e => !user.has(e)), ...entries.filter(e => user.has(e))];
  for (const e of ordered) {
    for (const a of e.aliases ?? []) {
      if (a && !byTerm.has(a)) { spellings.set(a, e); }
    }
  }
  for (const e of ordered) { spellings.set(e.term, e); }

  const root: TrieNode = { next: new Map() };
  let maxLength = 0;
  for (const [spelling, e] of spellings) {
    let node = root;
    for (let i = 0; i < spelling.length; i++) {
      const code = spelling.charCodeAt(i);
      let n = node.next.get(code);
      if (!n) { n = { next: new Map() }; node.next.set(code, n); }
      node = n;
    }
    node.headword = e.term;
    maxLength = Math.max(maxLength, spelling.length);
  }
  const firstLevel: (TrieNode | undefined)[] = [];
  for (let c = 0; c < 65536; c++) { firstLevel.push(undefined); }
  const firstChar = new Uint8Array(65536);
  const pair = new Uint8Array(65536);
  for (const [code, n] of root.next) {
    firstLevel[code] = n;
    firstChar[code] = 1;
    for (const second of n.next.keys()) { pair[pairHash(code, second)] = 1; }
  }
  return {
    entries,
    root,
    maxLength,
    firstLevel,
    firstChar,
    pair,
    entry: (term: string) => byTerm.get(term) ?? spellings.get(term),
  };
}

const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;

const isLatinWordChar = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));

interface Match { start: number; end: number; headword: string }

/** Terms in text[from, to): sorted, non-overlapping, longest match wins, on word boundaries. */
export function findTerms(text: string, from: number, to: number, glossary: CompiledGlossary): TermAnnotation[] {
  const found: Match[] = [];
  const { firstLevel, firstChar, pair } = glossary;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (firstChar[code] === 0) { continue; }
    let node = firstLevel[code];
    if (node === undefined) { continue; }
    // One-character spellings have no second character to filter on.
    if (node.headword === undefined && (i + 1 >= to || pair[pairHash(code, text.charCodeAt(i + 1))] === 0)) { continue; }
    // A Latin term (LPR) must not start inside a longer Latin word.
    const latinStart = isLatinWordChar(text[i]) && isLatinWordChar(text[i - 1]);
    let best: Match | undefined;
    let j = i + 1;
    for (;;) {
      if (node.headword !== undefined && !latinStart && !(isLatinWordChar(text[j - 1]) && isLatinWordChar(text[j]))) {
        best = { start: i, end: j, headword: node.headword };
      }
      if (j >= to || j - i >= glossary.maxLength) { break; }
      const n: TrieNode | undefined = node.next.get(text.charCodeAt(j));
      if (!n) { break; }
      node = n;
      j++;
    }
    if (best) { found.push(best); }
  }
  if (found.length === 0) { return []; }

  // Longest first; among equals the earlier one. Candidates are few, so sorting them is cheap.
  const order = found.map((_, k) => k).sort((a, b) => (found[b].end - found[b].start) - (found[a].end - found[a].start) || found[a].start - found[b].start);
  const taken = new Uint8Array(to - from);
  const kept: Match[] = [];
  for (const k of order) {
    const m = found[k];
    let free = true;
    for (let p = m.start; p < m.end; p++) { if (taken[p - from]) { free = false; break; } }
    if (!free) { continue; }
    for (let p = m.start; p < m.end; p++) { taken[p - from] = 1; }
    kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(m => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entry: m.headword }));
}
