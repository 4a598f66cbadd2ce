// Policy terms (docs/annotation.md §5): the built-in glossary plus the user's entries, matched with a
// character trie in one left-to-right pass. Every start walks at most the longest term's length,
// so the scan is linear; overlapping matches are settled longest first (小巨人 inside
// 专精特新“小巨人” belongs to the longer term).
//
// The trie is flattened into typed arrays: the scan runs over every character of the document,
// so it tests only every other pair of neighbours against a small table of the spellings' first
// pairs (16 KB, it stays in the fastest cache), a third unit against a bit set before a walk
// starts, and a walk touches no Map and allocates nothing before a match is confirmed.
import { BUILTIN_GLOSSARY } from './glossary';
import type { GlossaryEntry, TermAnnotation } from './types';

export interface CompiledGlossary {
  /** Every entry, built-in ones first, user entries replacing built-ins with the same term. */
  readonly entries: readonly GlossaryEntry[];
  /** The entry for a headword or any of its aliases. */
  entry(term: string): GlossaryEntry | undefined;
  /** Length of the longest spelling, the bound of every walk. */
  readonly maxLength: number;
  /** @internal the flattened trie, see `Trie`. */
  readonly trie: Trie;
}

/**
 * Node 0 is the root. The children of node n are childCode/childNode[childStart[n] .. childStart[n + 1]),
 * sorted by code; `first` maps a code to the root's child (0: none), so starts skip in one load.
 */
interface Trie {
  readonly first: Int32Array;
  /**
   * Two bits per pairHash(a, b): 1 when some spelling starts with the codes a, b; 2 when some has
   * them as its second and third units (or a pair hashing alike). See findTerms.
   */
  readonly pair: Int32Array;
  /** Bit c is set when a two-unit spelling starts with c (a pair at an odd offset holds no pair at an even one). */
  readonly shortFirst: Int32Array;
  /** Bit tripleHash(a, b, c) is set when some spelling starts with the codes a, b, c. */
  readonly triple: Int32Array;
  /** 2 when every spelling is at least two units long (1 when one is a single unit; 0 when there are none). */
  readonly shortest: number;
  readonly childStart: Int32Array;
  readonly childCode: Uint16Array;
  readonly childNode: Int32Array;
  /** Headword of the entry a spelling ending at the node belongs to. */
  readonly headword: readonly (string | undefined)[];
  /** The spelling ending at the node: a match's text, shared by every match instead of a copy of it. */
  readonly spelling: readonly (string | undefined)[];
}

const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;
const tripleHash = (a: number, b: number, c: number): number => ((a * 31 + b) * 31 + c) & 0xffff;
const hasBit = (bits: Int32Array, h: number): boolean => ((bits[h >>> 5] >>> h) & 1) !== 0;
const startsPair = (pair: Int32Array, h: number): boolean => ((pair[h >>> 4] >>> ((h & 15) << 1)) & 1) !== 0;
const setBit = (bits: Int32Array, h: number): void => { bits[h >>> 5] |= 1 << (h & 31); };
/** The two bits of `pair` for hash h (`bit` 1 or 2). */
const setPairBit = (pair: Int32Array, h: number, bit: number): void => { pair[h >>> 4] |= bit << ((h & 15) << 1); };

interface BuildNode { next: Map<number, BuildNode>; headword?: string; spelling?: string }

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

  const root: BuildNode = { next: new Map() };
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
    node.spelling = spelling;
    maxLength = Math.max(maxLength, spelling.length);
  }
  return {
    entries,
    maxLength,
    trie: flatten(root),
    entry: (term: string) => byTerm.get(term) ?? spellings.get(term),
  };
}

function flatten(root: BuildNode): Trie {
  const order: BuildNode[] = [root];
  for (let k = 0; k < order.length; k++) {
    for (const code of [...order[k].next.keys()].sort((a, b) => a - b)) { order.push(order[k].next.get(code) as BuildNode); }
  }
  const id = new Map<BuildNode, number>();
  order.forEach((n, k) => id.set(n, k));
  const childStart = new Int32Array(order.length + 1);
  const childCode = new Uint16Array(order.length);
  const childNode = new Int32Array(order.length);
  const headword: (string | undefined)[] = [];
  const spelling: (string | undefined)[] = [];
  let e = 0;
  for (let k = 0; k < order.length; k++) {
    childStart[k] = e;
    headword.push(order[k].headword);
    spelling.push(order[k].spelling);
    for (const code of [...order[k].next.keys()].sort((a, b) => a - b)) {
      childCode[e] = code;
      childNode[e] = id.get(order[k].next.get(code) as BuildNode) as number;
      e++;
    }
  }
  childStart[order.length] = e;
  const first = new Int32Array(65536);
  const pair = new Int32Array(65536 >>> 4);
  const shortFirst = new Int32Array(65536 >>> 5);
  const triple = new Int32Array(65536 >>> 5);
  let shortest = order.length > 1 ? 2 : 0;
  for (let x = childStart[0]; x < childStart[1]; x++) {
    const n = childNode[x];
    first[childCode[x]] = n;
    if (headword[n] !== undefined) { shortest = 1; }
    for (let y = childStart[n]; y < childStart[n + 1]; y++) {
      const m = childNode[y];
      setPairBit(pair, pairHash(childCode[x], childCode[y]), 1);
      if (headword[m] !== undefined) { setBit(shortFirst, childCode[x]); }
      for (let z = childStart[m]; z < childStart[m + 1]; z++) {
        setPairBit(pair, pairHash(childCode[y], childCode[z]), 2);
        setBit(triple, tripleHash(childCode[x], childCode[y], childCode[z]));
      }
    }
  }
  return { first, pair, shortFirst, triple, shortest, childStart, childCode, childNode, headword, spelling };
}

/** The child of `node` for `code`, or 0. */
function child(trie: Trie, node: number, code: number): number {
  const codes = trie.childCode;
  let lo = trie.childStart[node];
  let hi = trie.childStart[node + 1];
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) { if (codes[lo] === code) { return trie.childNode[lo]; } }
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = codes[mid];
    if (c === code) { return trie.childNode[mid]; }
    if (c < code) { lo = mid + 1; } else { hi = mid; }
  }
  return 0;
}

/** ASCII letter or digit; NaN (outside the text) is not. */
function isLatinWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** Longest matches, one per start, in start order, with the trie node each ends at. */
interface Found { starts: number[]; ends: number[]; nodes: number[] }

/**
 * Records the longest spelling that starts at `i`, has been followed to `node` at `j` and ends by
 * `to` on word boundaries, if any.
 */
function walk(text: string, i: number, j: number, node: number, to: number, glossary: CompiledGlossary, found: Found): void {
  const trie = glossary.trie;
  const headword = trie.headword;
  let bestEnd = -1;
  let bestNode = 0;
  for (;;) {
    if (headword[node] !== undefined && onWordBoundaries(text, i, j)) {
      bestEnd = j;
      bestNode = node;
    }
    if (j >= to || j - i >= glossary.maxLength) { break; }
    node = child(trie, node, text.charCodeAt(j));
    if (node === 0) { break; }
    j++;
  }
  if (bestEnd >= 0) { found.starts.push(i); found.ends.push(bestEnd); found.nodes.push(bestNode); }
}

/** A Latin term (LPR) must not start or end inside a longer Latin word. */
function onWordBoundaries(text: string, i: number, j: number): boolean {
  return !(isLatinWordCode(text.charCodeAt(i)) && isLatinWordCode(text.charCodeAt(i - 1)))
    && !(isLatinWordCode(text.charCodeAt(j - 1)) && isLatinWordCode(text.charCodeAt(j)));
}

/** Terms in text[from, to): sorted, non-overlapping, longest match wins, on word boundaries. */
export function findTerms(text: string, from: number, to: number, glossary: CompiledGlossary): TermAnnotation[] {
  const trie = glossary.trie;
  const { first, pair, shortFirst, triple, headword } = trie;
  const found: Found = { starts: [], ends: [], nodes: [] };
  if (trie.shortest >= 2) {
    // Every spelling has two units, all but the two-unit ones a third: a spelling starting at s
    // holds whole the pair at s (its units 0, 1: pair bit 1) or the pair at s + 1 (units 1, 2: bit
    // 2), so the pairs at every other offset i tell every start but that of a two-unit spelling at
    // i + 1, which its first unit tells (shortFirst). Most pairs have no bit: one table read per
    // two units. A start is walked only when its first three units begin a spelling (triple), or
    // a two-unit one; `next` is the first start not tried yet, so starts are tried once, in order.
    let next = from;
    for (let i = from; i + 1 < to; i += 2) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      const h = (a * 31 + b) & 0xffff; // pairHash, written out in the hottest loop
      const bits = ((pair[h >>> 4] >>> ((h & 15) << 1)) & 3) | (((shortFirst[b >>> 5] >>> b) & 1) << 2);
      if (bits === 0) { continue; }
      if ((bits & 2) !== 0 && i > next) {
        const z = text.charCodeAt(i - 1);
        // A two-unit spelling at i - 1 was tried with the pair before (its bit 4).
        if (hasBit(triple, ((z * 31 + a) * 31 + b) & 0xffff) && first[z] !== 0) { walk(text, i - 1, i, first[z], to, glossary, found); }
      }
      if ((bits & 1) !== 0 && first[a] !== 0 && (i + 2 >= to || hasBit(shortFirst, a) || hasBit(triple, (h * 31 + text.charCodeAt(i + 2)) & 0xffff))) {
        walk(text, i, i + 1, first[a], to, glossary, found);
      }
      next = i + 1;
      if ((bits & 4) !== 0 && i + 2 < to) {
        if (first[b] !== 0) { walk(text, i + 1, i + 2, first[b], to, glossary, found); }
        next = i + 2;
      }
    }
  } else {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const n = first[c];
      if (n === 0) { continue; }
      if (headword[n] === undefined && (i + 1 >= to || !startsPair(pair, pairHash(c, text.charCodeAt(i + 1))))) { continue; }
      walk(text, i, i + 1, n, to, glossary, found);
    }
  }
  const { starts, ends, nodes } = found;
  const spelling = trie.spelling;
  const count = starts.length;
  const out: TermAnnotation[] = [];
  const kept = new Uint8Array(count);
  // Overlaps are settled within each run of overlapping candidates (a cluster): candidates of
  // different clusters never meet, so this is the same as settling all of them at once.
  for (let k = 0; k < count;) {
    let last = k + 1;
    let reach = ends[k];
    while (last < count && starts[last] < reach) { reach = Math.max(reach, ends[last]); last++; }
    if (last === k + 1) { kept[k] = 1; } else { settle(starts, ends, k, last, reach, kept); }
    k = last;
  }
  for (let k = 0; k < count; k++) {
    if (kept[k]) { out.push({ start: starts[k], end: ends[k], text: spelling[nodes[k]] as string, entry: headword[nodes[k]] as string }); }
  }
  return out;
}

/** Keeps the candidates [from, to) (spanning to `reach`) that survive longest first, then earlier first. */
function settle(starts: readonly number[], ends: readonly number[], from: number, to: number, reach: number, kept: Uint8Array): void {
  const order: number[] = [];
  for (let k = from; k < to; k++) { order.push(k); }
  order.sort((a, b) => (ends[b] - starts[b]) - (ends[a] - starts[a]) || starts[a] - starts[b]);
  const base = starts[from];
  const taken = new Uint8Array(reach - base);
  for (const k of order) {
    let free = true;
    for (let p = starts[k]; p < ends[k]; p++) { if (taken[p - base]) { free = false; break; } }
    if (!free) { continue; }
    for (let p = starts[k]; p < ends[k]; p++) { taken[p - base] = 1; }
    kept[k] = 1;
  }
}
