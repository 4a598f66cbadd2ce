// Output written in pieces, never as one string (an export of millions of annotations is larger
// than the longest string V8 makes): to standard output with backpressure, or to a file through a
// temporary file in the same folder, so a reader never sees half a file. A closed standard output
// (EPIPE) ends the run quietly; any other write error is one line.
import { closeSync, linkSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BrokenPipe, CliError, shown } from './errors';

/** Pieces are gathered into writes of about this many characters. */
const CHUNK = 1 << 16;

/** Joins small pieces into chunks of about CHUNK characters. */
function* chunks(pieces: Iterable<string>): Generator<string, void, void> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) { yield buffer.join(''); }
}

function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'read-only file system';
    case 'EFBIG': return 'the file is too large for the file system';
    default: return shown(err.message ?? String(e));
  }
}

const isBrokenPipe = (e: unknown): boolean => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
};

/** Writes `pieces` to `stream` (standard output), waiting for each chunk to be taken. */
export async function writeToStream(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  // Errors arrive in the write callbacks; without a listener the 'error' event would also throw.
  const ignore = (): void => { /* reported through the callback */ };
  stream.on('error', ignore);
  try {
    for (const chunk of chunks(pieces)) {
      await new Promise<void>((resolve, reject) => {
        stream.write(chunk, error => (error ? reject(error) : resolve()));
      });
    }
  } catch (e) {
    if (isBrokenPipe(e)) { throw new BrokenPipe(); }
    throw new CliError(`cannot write to standard output: ${errnoText(e)}`);
  } finally {
    stream.removeListener('error', ignore);
  }
}

function statOf(p: string): ReturnType<typeof statSync> | undefined {
  try { return statSync(p); } catch { return undefined; }
}

/**
 * Writes `pieces` to `target` through a temporary file in the same folder. Without `force` the
 * final step is a hard link, which fails if the target appeared meanwhile: an existing file is
 * never replaced unless asked, the input never, and nothing but a regular file ever (`--force
 * --out /dev/null` must not turn a device into a file).
 */
export function writeToFile(target: string, pieces: Iterable<string>, force: boolean, input?: string): void {
  const existing = statOf(target);
  if (existing !== undefined) {
    if (input !== undefined && realpathSync(target) === realpathSync(input)) {
      throw new CliError(`${shown(target)} is the input file; refusing to write over it`);
    }
    if (!force) { throw new CliError(`${shown(target)} already exists; pass --force to replace it`); }
    if (existing.isDirectory()) { throw new CliError(`cannot write ${shown(target)}: is a directory`); }
    if (!existing.isFile()) { throw new CliError(`${shown(target)} is not a regular file; it is never replaced (--out - writes to standard output)`); }
  }
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    created = true;
    for (const chunk of chunks(pieces)) { writeSync(fd, chunk); }
    closeSync(fd);
    fd = undefined;
    if (force) {
      renameSync(tmp, target);
    } else {
      try {
        linkSync(tmp, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') { throw new CliError(`${shown(target)} already exists; pass --force to replace it`); }
        // A file system without hard links: fall back to the (checked) rename.
        if (statOf(target) !== undefined) { throw new CliError(`${shown(target)} already exists; pass --force to replace it`); }
        renameSync(tmp, target);
      }
    }
  } catch (e) {
    if (e instanceof CliError) { throw e; }
    throw new CliError(`cannot write ${shown(target)}: ${errnoText(e)}`);
  } finally {
    if (fd !== undefined) { try { closeSync(fd); } catch { /* already reported */ } }
    if (created) { try { unlinkSync(tmp); } catch { /* renamed away */ } }
  }
}
