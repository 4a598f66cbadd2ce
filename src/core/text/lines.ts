// Lines of a text read as it is: a line ends at a line feed or a carriage return alone (old Mac
// text), and \r\n is one break. Every recognizer that walks lines steps with these.
import { isLineBreak } from './chars';
import { CharSearch } from './charSearch';
import { Ch } from './codes';

/** End of the line starting at pos: its LF or CR, or the text's end; `limit` when none comes before it. */
export function lineEndAt(text: string, pos: number, limit: number = text.length): number {
  let i = pos;
  const to = Math.min(limit, text.length);
  while (i < to && !isLineBreak(text.charCodeAt(i))) { i++; }
  return i;
}

/** The length of the line break that ends just before `k` (\n or a lone \r: 1, \r\n: 2), not reading below `floor`; 0 when none does. */
export function breakEndingAt(text: string, k: number, floor = 0): number {
  if (k <= floor) { return 0; }
  const c = text.charCodeAt(k - 1);
  if (c === Ch.LineFeed) { return k - 1 > floor && text.charCodeAt(k - 2) === Ch.CarriageReturn ? 2 : 1; }
  return c === Ch.CarriageReturn ? 1 : 0;
}

/** Start of the line after the one ending at `end` (past a CRLF pair). */
export function nextLineStart(text: string, end: number): number {
  return text.charCodeAt(end) === Ch.CarriageReturn && text.charCodeAt(end + 1) === Ch.LineFeed ? end + 2 : end + 1;
}

/**
 * The first line (0-based) longer than `limit` code units, line break not counted, and its length;
 * undefined when there is none. As an editor counts lines: \r\n, \n and a lone \r end one.
 */
export function firstLongLine(text: string, limit: number): { line: number; length: number } | undefined {
  const lf = new CharSearch(text, '\n');
  const cr = new CharSearch(text, '\r');
  for (let start = 0, line = 0; ; line++) {
    const end = Math.min(lf.firstIn(start, text.length), cr.firstIn(start, text.length));
    if (end - start > limit) { return { line, length: end - start }; }
    if (end >= text.length) { return undefined; }
    start = nextLineStart(text, end);
  }
}
