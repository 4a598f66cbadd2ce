// A file path to text, with the checks in front: only a regular file (never a device, a FIFO or a
// socket, which could be endless or block forever), at most --max-size bytes, and no more
// characters than this process can analyse in its memory. textOf is the one place that turns a
// checked file's bytes into text: PDF, Word and HTML files through the converters (convert.ts),
// anything else by its encoding (decode.ts).
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import type { ImportedText } from '../import/types';
import { tooLargeMessage } from './args';
import { checkConvertedSize, convertBytes, isConverted, isConvertedName, problemNotes } from './convert';
import { decodeBytes } from './decode';
import { CliError, shown } from './errors';

export interface InputOptions {
  maxBytes: number;
  /** undefined: decode.ts finds it. */
  encoding?: string;
}

export interface Input {
  text: string;
  /** Lines for stderr (how the text was decoded, what could not be). */
  notes: string[];
  /** A PDF, Word or HTML file's conversion (its paragraphs' pages and elements). */
  imported?: ImportedText;
}

/**
 * Heap an analysis and its export may take per character of text, at worst: text made only of
 * annotations (`5%5%…`, `今年今年…`) peaks at about 200 bytes per character (measured with the JSON,
 * CSV and Markdown exports); the rest is margin. A longer text would end in an out-of-memory abort.
 */
const HEAP_BYTES_PER_CHARACTER = 300;

/** The most characters this process analyses: its heap limit over the worst case per character. */
export function maxCharacters(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / HEAP_BYTES_PER_CHARACTER);
}

function kindOf(st: Stats): string | undefined {
  if (st.isFile()) { return undefined; }
  if (st.isDirectory()) { return 'a directory'; }
  if (st.isFIFO()) { return 'a FIFO (named pipe)'; }
  if (st.isSocket()) { return 'a socket'; }
  if (st.isCharacterDevice()) { return 'a character device'; }
  if (st.isBlockDevice()) { return 'a block device'; }
  return 'not a regular file';
}

function refuseIrregular(file: string, st: Stats): void {
  const kind = kindOf(st);
  if (kind !== undefined) { throw new CliError(`${shown(file)} is ${kind}, not a text file; only regular files are read`); }
}

function errnoReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    default: return shown(err.message ?? String(e));
  }
}

/** The bytes of a regular file of at most `maxBytes`; refuses anything else before reading a byte of it. */
export function readRegularFile(file: string, maxBytes: number): Uint8Array {
  let st: Stats;
  try { st = statSync(file); } catch (e) { throw new CliError(`cannot read ${shown(file)}: ${errnoReason(e)}`); }
  refuseIrregular(file, st);
  if (st.size > maxBytes) { throw new CliError(tooLargeMessage(file, st.size, maxBytes)); }
  let fd: number;
  // Non-blocking: should a FIFO have replaced the file since the stat, opening it must not wait for a writer.
  try { fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK); } catch (e) { throw new CliError(`cannot read ${shown(file)}: ${errnoReason(e)}`); }
  try {
    const opened = fstatSync(fd);
    refuseIrregular(file, opened);
    // Room for one byte more than the stat said: a file that grew meanwhile gets a bigger buffer,
    // up to one byte over the limit, which tells that it grew past it.
    let buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) { throw new CliError(tooLargeMessage(file, length, maxBytes)); }
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) { break; }
      length += n;
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof CliError) { throw e; }
    throw new CliError(`cannot read ${shown(file)}: ${errnoReason(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** Turns a checked file's bytes into text: converted (PDF, Word, HTML) or decoded. */
async function textOf(file: string, bytes: Uint8Array, options: InputOptions): Promise<Input> {
  if (!isConverted(file, bytes)) { return decodeBytes(bytes, file, options.encoding); }
  const imported = await convertBytes(file, bytes);
  const notes = problemNotes(file, imported);
  if (options.encoding !== undefined) { notes.unshift(`--encoding does not apply to ${shown(file)}: the converter reads its encoding from the file`); }
  return { text: imported.text, notes, imported };
}

/** The text of `file`, refused (CliError) when it is no regular file, too large to read or to analyse, not certainly decodable, or not convertible. */
export async function readInput(file: string, options: InputOptions): Promise<Input> {
  if (isConvertedName(file)) {
    let size: number | undefined;
    try { size = statSync(file).size; } catch { /* readRegularFile says why */ }
    if (size !== undefined) { checkConvertedSize(file, size); }
  }
  const bytes = readRegularFile(file, options.maxBytes);
  if (isConverted(file, bytes)) { checkConvertedSize(file, bytes.length); }
  const limit = maxCharacters();
  // No encoding makes fewer than one UTF-16 code unit of three bytes: refuse before making the string.
  if (bytes.length / 3 > limit) { throw new CliError(tooManyCharacters(file, Math.ceil(bytes.length / 3), limit, true)); }
  const input = await textOf(file, bytes, options);
  if (input.text.length > limit) { throw new CliError(tooManyCharacters(file, input.text.length, limit, false)); }
  return input;
}

function tooManyCharacters(file: string, characters: number, limit: number, atLeast: boolean): string {
  const heapMb = Math.round(getHeapStatistics().heap_size_limit / 1e6);
  const wanted = Math.ceil((characters * HEAP_BYTES_PER_CHARACTER) / 1e6 / 1024) * 1024;
  return `${shown(file)} has ${atLeast ? 'at least ' : ''}${characters.toLocaleString('en-US')} characters; this process analyses at most `
    + `${limit.toLocaleString('en-US')} in its ${heapMb.toLocaleString('en-US')} MB heap. Split the file, or give Node more memory: `
    + `NODE_OPTIONS=--max-old-space-size=${wanted} policy-lens …`;
}
