// Phrases the reader said are not annotations ("Not a number here"): AnalyzeOptions.ignore
// (docs/annotation.md §6, "Ignored phrases"). An entry names a kind and the annotation's exact
// text; every annotation of that kind with that text is dropped, wherever it stands. What an
// ignored number or date no longer does is decided in analyze.ts: it does not make a target,
// anchor a later date or give the document date.
//
// The list comes from a place the reader controls (a workspace setting, a file given to the CLI),
// so it is checked here entry by entry and what cannot be used is reported, not thrown.
import { ANNOTATION_KINDS } from './spanIndex';
import type { AnnotationKind, IgnoreEntry } from './types';

/** Longest phrase an entry may hold (a target clause can be long; beyond this it is no phrase). */
export const MAX_IGNORE_TEXT = 500;

/** The entries as sets per kind: one lookup per annotation. */
export class IgnoreMatcher {
  private readonly sets: Record<AnnotationKind, Set<string>> = { number: new Set(), date: new Set(), target: new Set(), term: new Set() };

  constructor(entries: readonly IgnoreEntry[]) {
    for (const e of entries) { this.sets[e.kind].add(e.text); }
  }

  /** The spans of `kind` not on the list; the same array when none is dropped. */
  keep<S extends { text: string }>(kind: AnnotationKind, spans: S[]): S[] {
    const set = this.sets[kind];
    if (set.size === 0) { return spans; }
    let dropped = false;
    for (let i = 0; i < spans.length && !dropped; i++) { dropped = set.has(spans[i].text); }
    return dropped ? spans.filter(s => !set.has(s.text)) : spans;
  }
}

/** A matcher for the list, or null when there is nothing to ignore (the common case costs nothing). */
export function ignoreMatcher(entries: readonly IgnoreEntry[] | undefined): IgnoreMatcher | null {
  return entries && entries.length > 0 ? new IgnoreMatcher(entries) : null;
}

export interface IgnoreValidation {
  entries: IgnoreEntry[];
  /** What is wrong, one line per unusable entry: "entry 3: kind must be number, date, target or term". */
  problems: string[];
}

function isKind(v: unknown): v is AnnotationKind {
  return typeof v === 'string' && (ANNOTATION_KINDS as readonly string[]).includes(v);
}

/** Checks a list as read from JSON: each entry `{ "kind": …, "text": … }`; duplicates are kept once. */
export function validateIgnoreEntries(raw: unknown): IgnoreValidation {
  const entries: IgnoreEntry[] = [];
  const problems: string[] = [];
  if (!Array.isArray(raw)) {
    return { entries, problems: ['the ignore list must be an array of { "kind": …, "text": … } entries'] };
  }
  const seen = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const where = `entry ${i + 1}`;
    const e = item as { kind?: unknown; text?: unknown } | null;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) { problems.push(`${where}: not an object`); return; }
    if (!isKind(e.kind)) { problems.push(`${where}: kind must be ${ANNOTATION_KINDS.slice(0, -1).join(', ')} or ${ANNOTATION_KINDS[ANNOTATION_KINDS.length - 1]}`); return; }
    if (typeof e.text !== 'string' || e.text.length === 0) { problems.push(`${where}: text must be a non-empty string`); return; }
    if (e.text.length > MAX_IGNORE_TEXT) { problems.push(`${where}: text is longer than ${MAX_IGNORE_TEXT} characters`); return; }
    const key = `${e.kind}\u0000${e.text}`;
    if (seen.has(key)) { return; }
    seen.add(key);
    entries.push({ kind: e.kind, text: e.text });
  });
  return { entries, problems };
}

/** The key of the list in VS Code's settings.json, which an ignore file may also be. */
export const IGNORE_SETTING = 'policyLens.ignore';

/** The list of an ignore file, checked; `noList` when the file holds none (its one problem says what was expected). */
export interface IgnoreFileList extends IgnoreValidation {
  noList?: true;
}

/**
 * The list in a parsed ignore file: `{ "ignore": [...] }`, a VS Code settings object holding
 * `"policyLens.ignore": [...]`, or the bare array.
 */
export function ignoreEntriesOfFile(data: unknown): IgnoreFileList {
  if (Array.isArray(data)) { return validateIgnoreEntries(data); }
  if (typeof data === 'object' && data !== null) {
    const o = data as Record<string, unknown>;
    if (IGNORE_SETTING in o) { return validateIgnoreEntries(o[IGNORE_SETTING]); }
    if ('ignore' in o) { return validateIgnoreEntries(o.ignore); }
  }
  return { entries: [], problems: [`no ignore list: expected { "ignore": [...] }, { "${IGNORE_SETTING}": [...] } or an array`], noList: true };
}
