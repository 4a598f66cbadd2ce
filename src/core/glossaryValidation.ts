// Checks the user's glossary entries (a setting or a JSON file) before they reach the matcher.
// Pure: takes text or parsed values, returns the usable entries and every problem as data that
// names the file, the entry (index and term) and what is wrong, so the editor can word and
// localize it. A bad entry is dropped and the rest kept; a file that is not JSON or not shaped
// like a glossary yields no entries and `fatal`, so its last good version can stay in use.
import type { GlossaryEntry } from './types';

/** Longer "terms" are sentences pasted by mistake; they would also lengthen every trie walk. */
export const MAX_TERM_LENGTH = 50;

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
  | 'unknownField';

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
  /** For `tooLong`: the length found. */
  length?: number;
  /** For `syntax`: the parser's own message and where it stopped (1-based). */
  detail?: string;
  line?: number;
  column?: number;
}

export interface GlossaryValidation {
  /** The usable entries, duplicates resolved (the later one wins, at the earlier one's place). */
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
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

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Offset of the first JSON syntax error in `text`, or undefined when it is valid JSON. The engines
 * word (and sometimes omit) the position differently, so it is found here, in one pass with an
 * explicit stack (deep nesting cannot exhaust the call stack).
 */
export function jsonErrorOffset(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const stack: ('array' | 'object')[] = [];
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) { i++; } else { break; }
    }
  };
  /** Moves past a string starting at i; false (i at the fault) when it is malformed. */
  const string = (): boolean => {
    if (text.charCodeAt(i) !== 34) { return false; }
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return true; }
      if (c < 32) { return false; }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) { if (!isHex(text.charCodeAt(i + k))) { i += k; return false; } }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) { i += 2; } else { i++; return false; }
      } else { i++; }
    }
    return false;
  };
  const digits = (): boolean => {
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i))) { i++; }
    return i > from;
  };
  const number = (): boolean => {
    if (text[i] === '-') { i++; }
    if (text[i] === '0') { i++; } else if (!digits()) { return false; }
    if (text[i] === '.') { i++; if (!digits()) { return false; } }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') { i++; }
      if (!digits()) { return false; }
    }
    return true;
  };
  /** After `{` or `,` in an object: a key and its colon. */
  const key = (): boolean => {
    skipSpace();
    if (!string()) { return false; }
    skipSpace();
    if (text[i] !== ':') { return false; }
    i++;
    return true;
  };

  for (;;) {
    // A value is expected here.
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') { i++; } else {
        stack.push('object');
        if (!key()) { return i; }
        continue;
      }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') { i++; } else { stack.push('array'); continue; }
    } else if (c === '"') {
      if (!string()) { return i; }
    } else if (c === '-' || (c !== undefined && isDigit(c.charCodeAt(0)))) {
      if (!number()) { return i; }
    } else {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
      if (word === undefined) { return i; }
      for (let k = 0; k < word.length; k++, i++) { if (text[i] !== word[k]) { return i; } }
    }
    // After a value: close containers, or find the comma that leads to the next value.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) { return i < n ? i : undefined; }
      const d = text[i];
      if (d === ',') {
        i++;
        if (top === 'object' && !key()) { return i; }
        break;
      }
      if ((top === 'array' && d === ']') || (top === 'object' && d === '}')) { i++; stack.pop(); continue; }
      return i;
    }
  }
}

const describeTerm = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TERM_LENGTH + 10) : undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a list of entries (the value of `policyLens.glossary`, or a file's entries). */
export function validateEntries(raw: unknown, file: string): GlossaryValidation {
  const problems: GlossaryProblem[] = [];
  if (!Array.isArray(raw)) {
    problems.push({ kind: 'type', severity: 'error', file, field: 'entries', expected: 'array' });
    return { entries: [], problems, fatal: true };
  }
  const entries: GlossaryEntry[] = [];
  const indexOfTerm = new Map<string, { index: number; at: number }>();

  raw.forEach((item: unknown, index: number) => {
    if (!isRecord(item)) {
      problems.push({ kind: 'notObject', severity: 'error', file, index, expected: 'object' });
      return;
    }
    const term = describeTerm(item.term);
    const at = { file, index, term };
    let ok = true;
    const requiredString = (field: 'term' | 'en' | 'zh'): string | undefined => {
      const v = item[field];
      if (v === undefined) { problems.push({ kind: 'missing', severity: 'error', ...at, field }); ok = false; return undefined; }
      if (typeof v !== 'string') { problems.push({ kind: 'type', severity: 'error', ...at, field, expected: 'string' }); ok = false; return undefined; }
      if (!v.trim()) { problems.push({ kind: 'empty', severity: 'error', ...at, field }); ok = false; return undefined; }
      return v.trim();
    };
    const t = requiredString('term');
    const en = requiredString('en');
    const zh = requiredString('zh');
    if (t !== undefined && t.length > MAX_TERM_LENGTH) {
      problems.push({ kind: 'tooLong', severity: 'error', ...at, field: 'term', length: t.length });
      ok = false;
    }

    let origin = '';
    if (item.origin !== undefined) {
      if (typeof item.origin === 'string') { origin = item.origin.trim(); } else {
        problems.push({ kind: 'type', severity: 'error', ...at, field: 'origin', expected: 'string' });
        ok = false;
      }
    }

    const aliases: string[] = [];
    if (item.aliases !== undefined) {
      if (!Array.isArray(item.aliases)) {
        problems.push({ kind: 'type', severity: 'error', ...at, field: 'aliases', expected: 'array of strings' });
        ok = false;
      } else {
        // A bad alias is dropped on its own: the entry still explains its headword.
        item.aliases.forEach((a: unknown, k: number) => {
          const field = `aliases[${k}]`;
          if (typeof a !== 'string') { problems.push({ kind: 'type', severity: 'warning', ...at, field, expected: 'string' }); return; }
          const alias = a.trim();
          if (!alias) { problems.push({ kind: 'empty', severity: 'warning', ...at, field }); return; }
          if (alias.length > MAX_TERM_LENGTH) { problems.push({ kind: 'tooLong', severity: 'warning', ...at, field, length: alias.length }); return; }
          if (alias !== t && !aliases.includes(alias)) { aliases.push(alias); }
        });
      }
    }

    for (const key of Object.keys(item)) {
      if (!KNOWN_FIELDS.has(key)) { problems.push({ kind: 'unknownField', severity: 'warning', ...at, field: key }); }
    }

    if (!ok || t === undefined || en === undefined || zh === undefined) { return; }
    const entry: GlossaryEntry = { term: t, en, zh, origin, source: file };
    if (aliases.length > 0) { entry.aliases = aliases; }
    const earlier = indexOfTerm.get(t);
    if (earlier) {
      problems.push({ kind: 'duplicate', severity: 'warning', ...at, term: t, duplicateOf: earlier.index });
      entries[earlier.at] = entry;
      indexOfTerm.set(t, { index, at: earlier.at });
    } else {
      indexOfTerm.set(t, { index, at: entries.length });
      entries.push(entry);
    }
  });
  return { entries, problems, fatal: false };
}

/** Checks a glossary file: `{ "entries": [...] }` or a bare array of entries. */
export function parseGlossaryFile(text: string, file: string): GlossaryValidation {
  // Editors on Windows like to start UTF-8 files with a byte order mark; JSON.parse does not.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(json);
    const where = offset === undefined ? undefined : lineColumn(json, offset);
    return { entries: [], problems: [{ kind: 'syntax', severity: 'error', file, detail, ...where }], fatal: true };
  }
  if (Array.isArray(value)) { return validateEntries(value, file); }
  if (isRecord(value) && Array.isArray(value.entries)) { return validateEntries(value.entries, file); }
  return { entries: [], problems: [{ kind: 'shape', severity: 'error', file }], fatal: true };
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
