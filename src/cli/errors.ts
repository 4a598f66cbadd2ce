// How the CLI ends: every failure is one line on stderr and an exit code; nothing ends in a stack trace.
import { plainText } from '../core/markdown';

export const EXIT = {
  OK: 0,
  /** A bug: the one line says what failed (POLICY_LENS_DEBUG=1 prints the stack). */
  INTERNAL: 1,
  /** The command line, the input or the output was refused or failed, with the reason. */
  REFUSED: 2,
  /** The reader of standard output went away: quiet, as a Unix tool killed by SIGPIPE (128 + 13). */
  BROKEN_PIPE: 141,
} as const;

/** A failure the user can act on: its message is the line printed. */
export class CliError extends Error {}

/** -h/--help: the usage on stdout and a zero exit. */
export class HelpRequested extends Error {}

/** Standard output was closed by its reader (EPIPE). */
export class BrokenPipe extends Error {}

/**
 * A path or value as messages show it: on one line, controls spelled out (`\n`, `\u001b`), no
 * direction marks (core/markdown.ts plainText), so a file name cannot split or forge a message.
 */
export function shown(value: string): string {
  return plainText(value);
}

/** Bytes in words: `123,456,789 bytes (123 MB)`. */
export function bytesText(n: number): string {
  const exact = `${n.toLocaleString('en-US')} bytes`;
  if (n < 1e6) { return exact; }
  const unit = n >= 1e9 ? ['GB', 1e9] as const : ['MB', 1e6] as const;
  return `${exact} (${Number((n / unit[1]).toFixed(1))} ${unit[0]})`;
}
