// What a heading-like line is in context (docs/annotation.md §4 "article", "section"; §7
// "Structure"): the title of an article (broken over two lines or not), a section, a line of a
// signature block, a name under a byline, or text broken around a pull quote. The verdict reads
// the state (state.ts) and the lines ahead; decide.ts acts on it.
import { Ch, isInlineSpace, WordList } from '../text';
import { Han } from './chars';
import { LINE_KINDS } from './kinds';
import { FIRST_TITLE_MAX, HEADING_MAX, JOINED_TITLE_MAX, LOOKAHEAD, NAME_LINE_MAX, NAMED_TITLE_MIN, POST_NAME_MAX, TITLE_MAX } from './limits';
import { DOCUMENT_TYPE_SUFFIXES, OPEN_TITLE_ENDINGS, TITLE_TOPIC_WORDS } from './lineWords';
import { isNameToken, nameAfterTitle, surnameName } from './persons';
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
  /** The title of a new article; `joinedLines` lines after it continue it, if it is broken over several. */
  Article,
  /** A section of plain style. */
  Section,
}

export class HeadingReader {
  /**
   * How many lines after the title of the last Article verdict continue it (docs/annotation.md §7:
   * a title broken over two or more lines is one article): the lines peek(1) … peek(joinedLines).
   */
  joinedLines = 0;

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
    this.joinedLines = 0;
    if (this.markdown) { return Heading.Body; }
    if (this.triggers.expectName && this.isNameLine(line)) { return Heading.Name; }
    if (!this.article.have && !this.paragraph.seenBody && line.len <= FIRST_TITLE_MAX) {
      // the document's title, and its second line when the two read as one title
      const nx = this.nextAfterSubtitles();
      const second = nx.line && nx.k === 1 && isPlainHeading(nx.line) ? nx.line : null;
      // …but a bare name under the title is the speaker's (在…会议上的讲话 / 张三 / （2024年3月1日）)
      if (second && (joinable(this.lineText(line), this.lineText(second)) || (isHeaderLine(this.look.peek(2)) && !this.isNameLine(second)))) { this.joinFrom(line, 1); }
      return Heading.Article;
    }
    // the speaker's name under a speech's or report's title, before its body, with the post or
    // without (…的讲话 / 李强 / （2024年3月1日）; 北京市市长 殷勇; 毛伟明 over a photo caption)
    if (this.article.have && !this.article.hasBody && (this.isPostAndName(line) || this.isSpeakerName(line))) { return Heading.Name; }
    if (this.isSignatureAt(0)) { return Heading.Signature; }
    const nx = this.nextAfterSubtitles();
    const next = nx.line;
    if (next && next.kind === 'addressee') { return Heading.Skip; }
    if (line.len <= TITLE_MAX) {
      const t = this.triggers;
      let article = t.afterByline || t.afterEndLine || t.afterSignature || t.afterAttachment || (next !== null && (next.kind === 'dateline' || next.kind === 'byline'))
        || (this.article.hasBody && namedInTitle(this.lineText(line), this.article.firstTitle));
      // a title where one is expected may be broken over two lines (关于…村 / 地质险情调研情况的报告)
      if (article) { this.joinFrom(line, 0); }
      if (!article && line.len <= HEADING_MAX && next && isPlainHeading(next) && !this.isSignatureAt(nx.k)) {
        // Title + first section of a new article — after a news item or before any body. Inside a
        // column or commentary with body text, the short line is text broken around an
        // interposed heading (a newspaper pull quote), and that heading is the section.
        if (!this.article.hasBody || this.article.hasDateline || !this.article.have) {
          article = true;
          this.joinFrom(line, 0);
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

  /**
   * A title may stand at `line` whatever its punctuation: the document's first line, a line after
   * a byline, an end line or a signature block closed an article, or one over a dateline or byline.
   */
  titleExpected(line: Line): boolean {
    if (this.markdown || line.len > FIRST_TITLE_MAX) { return false; }
    if (!this.article.have && !this.paragraph.seenBody) { return true; }
    const t = this.triggers;
    if (t.afterByline || t.afterEndLine || t.afterSignature || t.afterAttachment) { return true; }
    const next = this.nextAfterSubtitles().line;
    return next !== null && (next.kind === 'dateline' || next.kind === 'byline');
  }

  /**
   * Joins to the title `line` the heading lines right after it that continue it (joinable), the
   * first `taken` of them already judged to (a header line follows them); sets joinedLines.
   */
  private joinFrom(line: Line, taken: number): void {
    let title = this.lineText(line);
    let k = 1;
    for (; k <= LOOKAHEAD; k++) {
      const l = this.look.peek(k);
      if (!l || !isPlainHeading(l)) { break; }
      const next = this.lineText(l);
      if (k > taken && !joinable(title, next)) { break; }
      title += next;
    }
    this.joinedLines = k - 1;
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

  /** Names only, each starting with a surname (李强, 张三 李四): no role word, no heading. */
  private isSpeakerName(line: Line): boolean {
    if (line.len > NAME_LINE_MAX) { return false; }
    const parts = this.lineText(line).split(/[\s、·]+/);
    return parts.some((s) => s.length > 0) && parts.every((s) => s.length === 0 || surnameName(s));
  }

  /** A post ending in a role word, then a name (北京市市长 殷勇, 自治区人民政府主席 张雨浦). */
  private isPostAndName(line: Line): boolean {
    return line.len <= POST_NAME_MAX && nameAfterTitle(this.lineText(line).replace(/\s+/g, '')) !== null;
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

/** Two heading lines that form one title: 国务院关于印发… / …的通知, also letter-spaced (…组 建 方 案). */
export function joinable(written: string, next: string): boolean {
  const a = withoutBlanks(written);
  const b = withoutBlanks(next);
  if (a.length + b.length > JOINED_TITLE_MAX) { return false; }
  // a line that opens 《 and does not close it ends inside a cited name (…实施《…药品管理法 / 实施条例》…)
  if (openBookTitle(a)) { return true; }
  if (DOCUMENT_TYPE.suffixOf(a) !== null) { return false; }
  if (DOCUMENT_TYPE.suffixOf(b)) { return true; }
  if (TITLE_TOPIC_WORDS.some((w) => a.indexOf(w) >= 0)) { return true; }
  return OPEN_TITLE_END.suffixOf(a) !== null;
}

/**
 * `heading` is the title of a document that `title` (the first article's, a notice's) names: it
 * ends in a document type and what it names before that type (…的规定: 进一步支持文化企业发展) stands
 * in the title (关于印发…和进一步支持文化企业发展两个规定的通知).
 */
export function namedInTitle(heading: string, title: string): boolean {
  const h = withoutBlanks(heading);
  const type = DOCUMENT_TYPE.suffixOf(h);
  if (type === null || title.length === 0) { return false; }
  let end = h.length - type.length;
  if (end > 0 && h.charCodeAt(end - 1) === Han.De) { end--; }
  return end >= NAMED_TITLE_MIN && withoutBlanks(title).indexOf(h.slice(0, end)) >= 0;
}

/** `s` holds a 《 that no 》 after it closes. */
function openBookTitle(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === Ch.LeftDoubleAngle) { depth++; } else if (c === Ch.RightDoubleAngle && depth > 0) { depth--; }
  }
  return depth > 0;
}

/** `s` without the blanks that letter-space a title (协 调 委 员 会): one test, and a copy only where needed. */
function withoutBlanks(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (isInlineSpace(s.charCodeAt(i))) { return s.replace(/[ \t\u3000]+/g, ''); }
  }
  return s;
}
