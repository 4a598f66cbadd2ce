// The built-in glossary (docs/annotation.md §5) is data: glossary.json, next to this file. The core
// does not import it, so that the extension's code stays small: the extension reads the file
// from its own folder once, after activation, and hands it over here; the CLI, the tests and the
// benchmark hand over the copy bundled by glossaryFile.ts. Until a host does, there are no
// built-in terms (user entries still match).
import type { GlossaryEntry } from './types';

/** The shape of glossary.json: entries in named groups, for readers of the file. */
export interface GlossaryFile {
  groups: { group: string; entries: GlossaryEntry[] }[];
}

/**
 * The built-in entries. A live binding: importers read the current value at each use, so a
 * module that imported it before the host set it still sees the set entries.
 */
export let BUILTIN_GLOSSARY: readonly GlossaryEntry[] = [];

let generation = 0;
let byTerm = new Map<string, GlossaryEntry>();

/** Bumped by every setBuiltinGlossary, so caches built from the old entries know to rebuild. */
export function builtinGlossaryGeneration(): number {
  return generation;
}

export function setBuiltinGlossary(entries: readonly GlossaryEntry[]): void {
  BUILTIN_GLOSSARY = entries;
  byTerm = new Map(entries.map(e => [e.term, e]));
  generation++;
}

/** The built-in entry whose headword is `term`. */
export function builtinEntry(term: string): GlossaryEntry | undefined {
  return byTerm.get(term);
}

/** The entries of a parsed glossary.json, in file order; throws a readable error on another shape. */
export function entriesOfGlossaryFile(data: unknown): GlossaryEntry[] {
  const groups = (data as Partial<GlossaryFile> | null)?.groups;
  if (!Array.isArray(groups)) { throw new Error('the built-in glossary has no "groups" array'); }
  const out: GlossaryEntry[] = [];
  for (const g of groups) {
    if (!g || !Array.isArray(g.entries)) { throw new Error('a group of the built-in glossary has no "entries" array'); }
    for (const e of g.entries) {
      if (!e || typeof e.term !== 'string' || typeof e.en !== 'string' || typeof e.zh !== 'string' || typeof e.origin !== 'string') {
        throw new Error(`an entry of the built-in glossary lacks term, en, zh or origin (group "${String(g.group)}")`);
      }
      out.push(e);
    }
  }
  return out;
}
