// What a heading-like line is in context (docs/annotation.md §4 "article", "section"; §7
// "Structure"): the title of an article (broken over two lines or not), a section, a line of a
// signature block, a name under a byline, or text broken around a pull quote. The verdict reads
// the state (state.ts) and the lines ahead; decide.ts acts on it.
import { WordList } from '../text';
import { LINE_KINDS } from './kinds';
import { FIRST_TITLE_MAX, HEADING_MAX, JOINED_TITLE_MAX, LOOKAHEAD, NAME_LINE_MAX, TITLE_MAX } from './limits';
import { DOCUMENT_TYPE_SUFFIXES, OPEN_TITLE_ENDINGS, TITLE_TOPIC_WORDS } from './lineWords';
import { isNameToken } from './persons';
import type { Lookahead } from './ring';
import type { ArticleState, ParagraphState, Triggers } from './state';
import type { Line } from './types';

const DOCUMENT_TYPE = new WordList(DOCUMENT_TYPE_SUFFIXES);
const OPEN_TITLE_END = new WordList(OPEN_TITLE_ENDINGS);

export const enum Heading {
  /** Body text (a broken sentence, a pull quote's surroundings, or a heading in Markdown). */
  Body,
  /** A name under a byline: no node, and another name may follow. */
  Name,
  /** No node: a line above an addressee. */
  Skip,
  /** The first line of a signature block: no node, and a short line after the block is a title. */
  Signature,
  /** The title of a new article; `joined` is its second line, if it is broken over two. */
  Article,
  /** A section of plain style. */
  Section,
}

export class HeadingReader {
  /** The second line of the title of the last Article verdict, or null. */
  joined: Line | null = null;

  constructor(
    private readonly text: string,
    private readonly markdown: boolean,
    private readonly look: Lookahead,
    private readonly article: ArticleState,
    private readonly paragraph: ParagraphState,
    private readonly triggers: Triggers,
  ) {}

  /** What the heading-like `line` is. */
  verdict(line: Line): Heading {
    this.joined = null;
    if (this.markdown) { return Heading.Body; }
    if (this.triggers.expectName && this.isNameLine(line)) { return Heading.Name; }
    if (!this.article.have && !this.paragraph.seenBody && line.len <= FIRST_TITLE_MAX) {
      // the document's title, and its second line when the two read as one title
      const nx = this.nextAfterSubtitles();
      const second = nx.line && nx.k === 1 && isPlainHeading(nx.line) ? nx.line : null;
      if (second && (joinable(this.lineText(line), this.lineText(second)) || isHeaderLine(this.look.peek(2)))) { this.joined = second; }
      return Heading.Article;
    }
    if (this.isSignatureAt(0)) { return Heading.Signature; }
    const nx = this.nextAfterSubtitles();
    const next = nx.line;
    if (next && next.kind === 'addressee') { return Heading.Skip; }
    if (line.len <= TITLE_MAX) {
      const t = this.triggers;
      let article = t.afterByline || t.afterEndLine || t.afterSignature || (next !== null && (next.kind === 'dateline' || next.kind === 'byline'));
      if (!article && line.len <= HEADING_MAX && next && isPlainHeading(next) && !this.isSignatureAt(nx.k)) {
        // Title + first section of a new article — after a news item or before any body. Inside a
        // column or commentary with body text, the short line is text broken around an
        // interposed heading (a newspaper pull quote), and that heading is the section.
        if (!this.article.hasBody || this.article.hasDateline || !this.article.have) {
          article = true;
          if (nx.k === 1 && joinable(this.lineText(line), this.lineText(next))) { this.joined = next; }
        } else {
          return Heading.Body;
        }
      }
      if (!article && this.article.hasQA && line.len <= HEADING_MAX && !(next && next.kind === 'label')) {
        article = true;
      }
      if (article) { return Heading.Article; }
    }
    return line.len <= HEADING_MAX ? Heading.Section : Heading.Body;
  }

  /** The next line that is not a subtitle (——…), with its lookahead index. */
  private nextAfterSubtitles(): { line: Line | null; k: number } {
    for (let k = 1; k <= LOOKAHEAD; k++) {
      const l = this.look.peek(k);
      if (!l || l.kind !== 'subtitle') { return { line: l, k }; }
    }
    return { line: null, k: LOOKAHEAD + 1 };
  }

  /** The line k0 lines ahead opens a signature block: short issuer lines, then a date line. */
  private isSignatureAt(k0: number): boolean {
    for (let k = k0 + 1; k <= LOOKAHEAD; k++) {
      const l = this.look.peek(k);
      if (!l) { return false; }
      if (l.kind === 'date') {
        // a date line under a news title is followed by the story; a signature closes the text
        const after = k < LOOKAHEAD ? this.look.peek(k + 1) : null;
        return !after || !(after.kind === 'body' || after.kind === 'dateline' || after.kind === 'label' || after.kind === 'marker');
      }
      if (!isPlainHeading(l)) { return false; }
    }
    return false;
  }

  /** A bare personal name (乔文汇, 张三 李四) under a byline. */
  private isNameLine(line: Line): boolean {
    if (line.len > NAME_LINE_MAX) { return false; }
    const parts = this.lineText(line).split(/[\s、·]+/);
    return parts.every((s) => s.length === 0 || isNameToken(s));
  }

  private lineText(line: Line): string {
    return this.text.slice(line.ts, line.te);
  }
}

/** A heading line short enough for a section (or a line of a signature block). */
export function isPlainHeading(l: Line): boolean {
  return l.kind === 'heading' && l.len <= HEADING_MAX;
}

function isHeaderLine(l: Line | null): boolean {
  return l !== null && LINE_KINDS[l.kind].header;
}

/** Two heading lines that form one title: 国务院关于印发… / …的通知. */
export function joinable(a: string, b: string): boolean {
  if (a.length + b.length > JOINED_TITLE_MAX) { return false; }
  if (DOCUMENT_TYPE.suffixOf(a) !== null) { return false; }
  if (DOCUMENT_TYPE.suffixOf(b)) { return true; }
  if (TITLE_TOPIC_WORDS.some((w) => a.indexOf(w) >= 0)) { return true; }
  return OPEN_TITLE_END.suffixOf(a) !== null;
}
