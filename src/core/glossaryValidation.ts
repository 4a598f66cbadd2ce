// Checks the user's glossary entries (a setting or a JSON file) before they reach the matcher.
// Pure: takes text or parsed values, returns the usable entries and every problem as data that
// names the file, the entry (index and term) and what is wrong, so the editor can word and
// localize it. A bad entry is dropped and the rest kept; a file that is not JSON or not shaped
// like a glossary yields no entries and `fatal`, so its last good version can stay in use.
//
// A glossary file comes from the workspace, so it is bounded (at most MAX_GLOSSARY_FILE_BYTES; the
// host checks the size before reading) and checked in steps a slice runner (sliceRunner.ts) spreads
// over the host's event loop: parsing (jsonSteps.ts, not JSON.parse, which cannot be interrupted)
// and validation alike.
import { parseJson, parseJsonSteps } from './jsonSteps';
import { runSteps } from './steps';
import type { GlossaryEntry } from './types';

/** Longer "terms" are sentences pasted by mistake; they would also lengthen every trie walk. */
export const MAX_TERM_LENGTH = 50;

/**
 * The largest glossary file read: about 5,000 entries written out in full, far more than a
 * hand-kept glossary holds. Parsing and checking it take a few hundred milliseconds of slices.
 */
export const MAX_GLOSSARY_FILE_BYTES = 1_000_000;

/** A glossary is four levels deep (file, entries, entry, aliases); far deeper JSON is no glossary. */
export const MAX_JSON_DEPTH = 64;

/** Problems kept per source; the rest are only counted (a file of 100,000 bad entries must not make 100,000 messages). */
export const MAX_PROBLEMS = 100;

export type GlossaryProblemKind =
  /** Not JSON; `line`/`column` (1-based) when the parser told where. */
  | 'syntax'
  /** Neither an array of entries nor an object with an `entries` array. */
  | 'shape'
  /** An entry that is not an object. */
  | 'notObject'
  /** A required field (term, en, zh) is absent. */
  | 'missing'
  /** A field of the wrong type; `expected` says which. */
  | 'type'
  /** A required string that is empty or only whitespace. */
  | 'empty'
  /** A term or alias longer than MAX_TERM_LENGTH. */
  | 'tooLong'
  /** The same term again: the later entry wins. */
  | 'duplicate'
  /** A field the format does not know (a typo such as `alias`); the entry is kept. */
  | 'unknownField'
  /** A file larger than MAX_GLOSSARY_FILE_BYTES (`length` bytes, `limit`): not read. */
  | 'fileTooLarge';

export interface GlossaryProblem {
  kind: GlossaryProblemKind;
  /** 'error': the entry (or file) is not used. 'warning': used anyway. */
  severity: 'error' | 'warning';
  /** The file (workspace-relative path) or setting the entries came from. */
  file: string;
  /** 0-based index of the entry in its list. */
  index?: number;
  /** The entry's term, when it has a readable one. */
  term?: string;
  /** The field concerned: term, en, zh, origin, aliases, aliases[2], entries… */
  field?: string;
  /** For `type`: what the field should be. */
  expected?: 'string' | 'array of strings' | 'object' | 'array';
  /** For `duplicate`: the index of the earlier entry with the same term. */
  duplicateOf?: number;
  /** For `tooLong`: the length found; for `fileTooLarge`: the file's size in bytes. */
  length?: number;
  /** For `fileTooLarge`: the limit exceeded. */
  limit?: number;
  /** For `syntax`: the parser's own message and where it stopped (1-based). */
  detail?: string;
  line?: number;
  column?: number;
}

export interface GlossaryValidation {
  /** The usable entries, duplicates resolved (the later one wins, at the earlier one's place). */
  entries: GlossaryEntry[];
  /** The first MAX_PROBLEMS problems. */
  problems: GlossaryProblem[];
  /** Problems found beyond those kept in `problems`. */
  moreProblems?: number;
  /** True when nothing in the input could be used as a glossary (syntax or shape). */
  fatal: boolean;
}

const KNOWN_FIELDS = new Set(['term', 'en', 'zh', 'origin', 'aliases', 'source']);

/** 1-based line and column of a UTF-16 offset; \r\n, \n and a lone \r each end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; lineStart = i + 1; }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Offset of the first JSON syntax error in `text`, or undefined when it is valid JSON. The engines
 * word (and sometimes omit) the position differently; jsonSteps.ts finds it in one pass.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const r = parseJson(text);
  return r.ok ? undefined : r.offset;
}

const describeTerm = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TERM_LENGTH + 10) : undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks entries one at a time, so a long list can be checked in steps. */
class EntryChecker {
  private readonly entries: GlossaryEntry[] = [];
  private readonly problems: GlossaryProblem[] = [];
  private moreProblems = 0;
  private readonly indexOfTerm = new Map<string, { index: number; at: number }>();

  constructor(private readonly file: string) {}

  private report(problem: GlossaryProblem): void {
    if (this.problems.length < MAX_PROBLEMS) { this.problems.push(problem); } else { this.moreProblems++; }
  }

  check(item: unknown, index: number): void {
    const file = this.file;
    if (!isRecord(item)) {
      this.report({ kind: 'notObject', severity: 'error', file, index, expected: 'object' });
      return;
    }
    const term = describeTerm(item.term);
    const at = { file, index, term };
    let ok = true;
    const requiredString = (field: 'term' | 'en' | 'zh'): string | undefined => {
      const v = item[field];
      if (v === undefined) { this.report({ kind: 'missing', severity: 'error', ...at, field }); ok = false; return undefined; }
      if (typeof v !== 'string') { this.report({ kind: 'type', severity: 'error', ...at, field, expected: 'string' }); ok = false; return undefined; }
      if (!v.trim()) { this.report({ kind: 'empty', severity: 'error', ...at, field }); ok = false; return undefined; }
      return v.trim();
    };
    const t = requiredString('term');
    const en = requiredString('en');
    const zh = requiredString('zh');
    if (t !== undefined && t.length > MAX_TERM_LENGTH) {
      this.report({ kind: 'tooLong', severity: 'error', ...at, field: 'term', length: t.length });
      ok = false;
    }

    let origin = '';
    if (item.origin !== undefined) {
      if (typeof item.origin === 'string') { origin = item.origin.trim(); } else {
        this.report({ kind: 'type', severity: 'error', ...at, field: 'origin', expected: 'string' });
        ok = false;
      }
    }

    const aliases: string[] = [];
    if (item.aliases !== undefined) {
      if (!Array.isArray(item.aliases)) {
        this.report({ kind: 'type', severity: 'error', ...at, field: 'aliases', expected: 'array of strings' });
        ok = false;
      } else {
        // A bad alias is dropped on its own: the entry still explains its headword.
        item.aliases.forEach((a: unknown, k: number) => {
          const field = `aliases[${k}]`;
          if (typeof a !== 'string') { this.report({ kind: 'type', severity: 'warning', ...at, field, expected: 'string' }); return; }
          const alias = a.trim();
          if (!alias) { this.report({ kind: 'empty', severity: 'warning', ...at, field }); return; }
          if (alias.length > MAX_TERM_LENGTH) { this.report({ kind: 'tooLong', severity: 'warning', ...at, field, length: alias.length }); return; }
          if (alias !== t && !aliases.includes(alias)) { aliases.push(alias); }
        });
      }
    }

    for (const key of Object.keys(item)) {
      if (!KNOWN_FIELDS.has(key)) { this.report({ kind: 'unknownField', severity: 'warning', ...at, field: key }); }
    }

    if (!ok || t === undefined || en === undefined || zh === undefined) { return; }
    const entry: GlossaryEntry = { term: t, en, zh, origin, source: file };
    if (aliases.length > 0) { entry.aliases = aliases; }
    const earlier = this.indexOfTerm.get(t);
    if (earlier) {
      this.report({ kind: 'duplicate', severity: 'warning', ...at, term: t, duplicateOf: earlier.index });
      this.entries[earlier.at] = entry;
      this.indexOfTerm.set(t, { index, at: earlier.at });
    } else {
      this.indexOfTerm.set(t, { index, at: this.entries.length });
      this.entries.push(entry);
    }
  }

  result(): GlossaryValidation {
    return { entries: this.entries, problems: this.problems, ...(this.moreProblems > 0 ? { moreProblems: this.moreProblems } : {}), fatal: false };
  }
}

/** Entries checked per step of glossaryFileSteps: well under a millisecond. */
const ENTRIES_PER_STEP = 100;

const fatal = (problem: GlossaryProblem): GlossaryValidation => ({ entries: [], problems: [problem], fatal: true });

function* checkEntries(raw: unknown, file: string): Generator<void, GlossaryValidation, void> {
  if (!Array.isArray(raw)) {
    return { entries: [], problems: [{ kind: 'type', severity: 'error', file, field: 'entries', expected: 'array' }], fatal: true };
  }
  const checker = new EntryChecker(file);
  for (let i = 0; i < raw.length; i++) {
    checker.check(raw[i], i);
    if ((i + 1) % ENTRIES_PER_STEP === 0) { yield; }
  }
  return checker.result();
}

/** Checks a list of entries (the value of `policyLens.glossary`, or a file's entries). */
export function validateEntries(raw: unknown, file: string): GlossaryValidation {
  return runSteps(checkEntries(raw, file));
}

/**
 * Checks a glossary file, `{ "entries": [...] }` or a bare array of entries, in short steps. The
 * caller checks the file's size against MAX_GLOSSARY_FILE_BYTES before reading it
 * (glossaryTooLarge words the problem).
 */
export function* glossaryFileSteps(text: string, file: string): Generator<void, GlossaryValidation, void> {
  // Editors on Windows like to start UTF-8 files with a byte order mark; JSON does not.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = yield* parseJsonSteps(json, MAX_JSON_DEPTH);
  if (!parsed.ok) {
    return fatal({ kind: 'syntax', severity: 'error', file, detail: parsed.detail, ...lineColumn(json, parsed.offset) });
  }
  yield;
  const value = parsed.value;
  if (Array.isArray(value)) { return yield* checkEntries(value, file); }
  if (isRecord(value) && Array.isArray(value.entries)) { return yield* checkEntries(value.entries, file); }
  return fatal({ kind: 'shape', severity: 'error', file });
}

/** Checks a glossary file at once (glossaryFileSteps without the pauses). */
export function parseGlossaryFile(text: string, file: string): GlossaryValidation {
  return runSteps(glossaryFileSteps(text, file));
}

/** The problem of a glossary file too large to read, `size` bytes. */
export function glossaryTooLarge(file: string, size: number): GlossaryValidation {
  return fatal({ kind: 'fileTooLarge', severity: 'error', file, length: size, limit: MAX_GLOSSARY_FILE_BYTES });
}

/**
 * Entries of several sources, in order, as one list: a term defined again by a later source
 * replaces the earlier definition (the later source is the more specific one).
 */
export function mergeEntries(lists: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const list of lists) {
    for (const e of list) { byTerm.delete(e.term); byTerm.set(e.term, e); }
  }
  return [...byTerm.values()];
}
