// --ignore FILE: the phrases a reader said are no annotation (docs/annotation.md §6, "Ignored
// phrases"), read from `{ "ignore": [...] }`, the bare array, or a VS Code settings.json holding
// `"policyLens.ignore"` — JSON with comments and trailing commas, as VS Code writes it.
import fs from 'node:fs';
import { ignoreEntriesOfFile } from '../core/ignore';
import type { IgnoreEntry } from '../core/types';
import { CliError, shown } from './errors';

/** A settings file is small; anything larger is no ignore list. */
const MAX_IGNORE_FILE_BYTES = 10_000_000;

/**
 * JSON with comments (// and /* *\/) and trailing commas made plain JSON, in one pass: strings are
 * copied as they are, comments become spaces, a comma before } or ] is dropped.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let pendingComma = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') { j += text[j] === '\\' ? 2 : 1; }
      out += pendingComma + text.slice(i, j + 1);
      pendingComma = '';
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') { i++; }
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else if (c === ',') {
      out += pendingComma;
      pendingComma = ',';
    } else if (c === '}' || c === ']') {
      pendingComma = '';
      out += c;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      out += c;
    } else {
      out += pendingComma + c;
      pendingComma = '';
    }
  }
  return out + pendingComma;
}

/** The entries of an ignore file; each unusable entry is a note for stderr. Refuses a file that holds no list. */
export function readIgnoreFile(file: string): { entries: IgnoreEntry[]; notes: string[] } {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_IGNORE_FILE_BYTES) { throw new CliError(`--ignore ${shown(file)} is ${size} bytes: no ignore list is that large`); }
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof CliError) { throw e; }
    throw new CliError(`--ignore ${shown(file)} cannot be read: ${shown((e as Error).message)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(stripJsonComments(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch (e) {
    throw new CliError(`--ignore ${shown(file)} is not JSON: ${shown((e as Error).message)}`);
  }
  const { entries, problems, noList } = ignoreEntriesOfFile(data);
  if (noList) { throw new CliError(`--ignore ${shown(file)}: ${problems[0]}`); }
  return { entries, notes: problems.map(p => `--ignore ${shown(file)}: ${p}; left out`) };
}
