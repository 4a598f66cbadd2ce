// The two escapings of untrusted text for display, each written once: escapeMarkdown for Markdown
// (the hover and every export) and plainText for the places that are not Markdown but still read
// link syntax (notifications, status items, messages; the CLI's terminal). Document text, file
// names and settings values are never trusted markup. Pure, so it runs in the web worker as well.

/**
 * Characters backslash-escaped. CommonMark lets any ASCII punctuation be escaped, and every
 * renderer we know (markdown-it, marked, GitHub) honours these:
 * - markup: \ ` * _ { } [ ] ( ) # + - . ! | ~ = (emphasis, code, links, images, headings,
 *   list items, setext underlines, tables, strikethrough);
 * - `$` (math in renderers with KaTeX), `:` (the colon of `command:`, `https:`, `mailto:`),
 *   `@` (e-mail autolinks) and `.` (a linkifier finds `evil.com`, `www.x` and `//x.y` only
 *   across an unescaped dot: markdown-it's linkify sees the escaped dot as a separate token).
 */
const BACKSLASHED: ReadonlySet<string> = new Set([
  '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '=', '$', ':', '@',
]);

/** No HTML at all: the three characters that could open an element or an entity. */
const ENTITIES: ReadonlyMap<string, string> = new Map([['<', '&lt;'], ['>', '&gt;'], ['&', '&amp;']]);

/** Line and paragraph breaks: inside a table cell, a heading or a hover line they would end it. */
const BREAKS: ReadonlySet<string> = new Set(['\n', '\r', '\u0085', '\u2028', '\u2029']);

/**
 * Text made inert in Markdown: it renders back to itself inside a paragraph, a table cell or a
 * heading, with no element, link, image, autolink, HTML or math. Markup characters are
 * backslash-escaped, `<`, `>` and `&` become entities, and line breaks (CRLF counting once)
 * become spaces. Linear in the length; a very long word stays one word (nothing is cut).
 */
export function escapeMarkdown(text: string): string {
  // Written into one buffer of character codes and made a string in large pieces: adding to a
  // string a character at a time builds a rope that the collector pays for again and again.
  let out: Uint16Array | null = null;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let replacement: string | undefined;
    if (BACKSLASHED.has(ch)) {
      replacement = `\\${ch}`;
    } else if ((replacement = ENTITIES.get(ch)) === undefined && BREAKS.has(ch)) {
      replacement = ' ';
    }
    if (replacement === undefined) {
      if (out !== null) { out[n++] = text.charCodeAt(i); }
      continue;
    }
    if (out === null) {
      out = new Uint16Array(i + (text.length - i) * MAX_GROWTH);
      for (let k = 0; k < i; k++) { out[k] = text.charCodeAt(k); }
      n = i;
    }
    for (let k = 0; k < replacement.length; k++) { out[n++] = replacement.charCodeAt(k); }
    if (ch === '\r' && text[i + 1] === '\n') { i++; }
  }
  return out === null ? text : fromCodes(out, n);
}

/** The longest replacement (`&amp;`), in characters per character of the text. */
const MAX_GROWTH = 5;
/** Characters made a string at once (String.fromCharCode's arguments stay well under any stack limit). */
const PIECE = 8192;

function fromCodes(codes: Uint16Array, length: number): string {
  const pieces: string[] = [];
  for (let k = 0; k < length; k += PIECE) {
    pieces.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + PIECE)) as unknown as number[]));
  }
  return pieces.join('');
}

/** Invisible, zero width and no line-break opportunity: splits `](` and `$(` without a visible change. */
const WORD_JOINER = '\u2060';

/** Named escapes for the controls a reader knows; every other hidden character shows as \uXXXX. */
const NAMED_CONTROLS: ReadonlyMap<number, string> = new Map([[0x09, '\\t'], [0x0a, '\\n'], [0x0d, '\\r']]);

/**
 * Characters that would act instead of showing: C0 and C1 controls and DEL (a line break splits a
 * message, ESC starts a terminal sequence), line and paragraph separators, the byte order mark,
 * the zero width space, and the bidirectional controls that can make `txt.exe` look like `exe.txt`.
 */
function hidden(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x061c || c === 0x200b || c === 0x200e || c === 0x200f
    || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/**
 * Text from settings, file names or documents as plain text wherever the editor would read
 * something into it: VS Code turns `[label](command:…)` in a notification, a language status item
 * or a validation message into a link that runs a command, and `$(name)` in a status item into an
 * icon. Here `](` and `$(` are split by a word joiner, so they read the same and do nothing;
 * controls and invisible direction marks show as `\n`, `\t`, `\r` or `\uXXXX`, so the text stays on
 * one line and looks like what it is (the CLI uses it for the same reason on a terminal). Longer
 * text is cut at `maxLength` characters with an ellipsis.
 */
export function plainText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  let out = '';
  let end = Math.min(text.length, maxLength);
  // Never cut a surrogate pair in two.
  if (end < text.length && end > 0 && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) { end--; }
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (hidden(c)) {
      out += NAMED_CONTROLS.get(c) ?? `\\u${c.toString(16).padStart(4, '0')}`;
    } else if (c === 0x28 && i > 0 && (text[i - 1] === ']' || text[i - 1] === '$')) {
      out += `${WORD_JOINER}(`;
    } else {
      out += text[i];
    }
  }
  return text.length > end ? `${out}…` : out;
}
