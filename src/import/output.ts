// Collects paragraphs and where each came from, and writes the text every converter returns:
// one paragraph a line, a blank line between paragraphs (the layout of docs/annotation.md §8).
import { ImportError } from './errors';
import { LIMITS } from './limits';
import type { ImportedText, ImportFormat, Origin, Problem } from './types';

/** Where a paragraph came from, before its offsets are known. */
export interface Source { readonly page?: number; readonly element?: string }

const SEPARATOR = '\n\n';

export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly origins: Origin[] = [];
  private length = 0;
  readonly problems: Problem[] = [];

  constructor(private readonly fileName: string, private readonly maxChars: number = LIMITS.maxTextChars) {}

  /** Adds one paragraph, cleaned by `cleanParagraph` unless the caller did; an empty one is dropped. */
  add(paragraph: string, source: Source, cleaned = false): void {
    const text = cleaned ? paragraph : cleanParagraph(paragraph);
    if (text.length === 0) { return; }
    const start = this.length === 0 ? 0 : this.length + SEPARATOR.length;
    const end = start + text.length;
    if (end > this.maxChars) {
      throw new ImportError('too-large', this.fileName, `its text passes ${this.maxChars} characters.`,
        'Split the document and open the parts.');
    }
    this.parts.push(text);
    this.origins.push({ start, end, ...source });
    this.length = end;
  }

  get paragraphCount(): number { return this.parts.length; }

  result(format: ImportFormat): ImportedText {
    return { text: this.parts.join(SEPARATOR), format, origins: this.origins, problems: this.problems };
  }
}

/**
 * One paragraph on one line: line breaks and runs of ASCII blanks become one space (they are source
 * formatting), a no-break space becomes one space of its own (it was typed), TAB (the table cell
 * separator) is kept, and blanks at the paragraph's and each cell's edges go — the full-width
 * indentation of 公文 too.
 */
export function cleanParagraph(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) { out = trimEdge(out) + '\t'; pendingSpace = false; continue; }
    if (isCollapsible(c)) { pendingSpace = true; continue; }
    const atEdge = out.length === 0 || out.endsWith('\t');
    if (isEdgeBlank(c) && atEdge) { pendingSpace = false; continue; }
    if (pendingSpace && !atEdge) { out += ' '; }
    pendingSpace = false;
    out += c === 0xa0 ? ' ' : s[i];
  }
  // At the paragraph's end a TAB separates nothing: empty last cells go with the blanks.
  let end = out.length;
  while (end > 0 && (out.charCodeAt(end - 1) === 0x09 || isCollapsible(out.charCodeAt(end - 1)) || isEdgeBlank(out.charCodeAt(end - 1)))) { end--; }
  return out.slice(0, end);
}

/** ASCII blanks and line breaks, collapsed to one space inside a paragraph. */
function isCollapsible(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0x2028 || c === 0x2029;
}

/** Blanks dropped at a paragraph's or cell's edges but kept inside: no-break and ideographic spaces. */
function isEdgeBlank(c: number): boolean {
  return c === 0xa0 || c === 0x3000 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0xfeff;
}

/** `s` without the blanks at its end (TAB, the cell separator, is not a blank here). */
function trimEdge(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (!(isCollapsible(c) || isEdgeBlank(c))) { break; }
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}
