// What the decisions remember while they read lines in order, as named records, each with the
// one place that resets it. See docs/architecture.md ("the outline").

/** The article being read (docs/annotation.md §4 "article"). */
export class ArticleState {
  /** An article is open. */
  have = false;
  /** It holds a question (an interview: a short line after it opens the next article). */
  hasQA = false;
  /** It holds body text (a short line then is a section, or text broken around a pull quote). */
  hasBody = false;
  /** It is a news item: one of its paragraphs opened with a dateline. */
  hasDateline = false;
  /**
   * The title of the document's first article, which a notice that issues documents fills with
   * their names (关于印发…A和B两个规定的通知); kept for the whole document.
   */
  firstTitle = '';

  /** A new article opens. */
  open(): void {
    this.have = true;
    this.hasQA = false;
    this.hasBody = false;
    this.hasDateline = false;
  }
}

/**
 * Lines that tell that a short line next may open a new article, or is a name: each holds until
 * the next body paragraph, turn or node.
 */
export class Triggers {
  /** A byline after an article's body closed it. */
  afterByline = false;
  /** An end line closed the article: （完）, （新华社北京9月2日电）, （下转第二版）. */
  afterEndLine = false;
  /** A signature block (issuers and a date) closed the text. */
  afterSignature = false;
  /** A line announced an attached document (附件2：). */
  afterAttachment = false;
  /** A byline was read: a bare name line (乔文汇) may follow. */
  expectName = false;

  clear(): void {
    this.afterByline = false;
    this.afterEndLine = false;
    this.afterSignature = false;
    this.afterAttachment = false;
    this.expectName = false;
  }
}

/** The paragraph being read. */
export class ParagraphState {
  /** The last line ran on: the next one continues it unless it opens a structure of its own. */
  cont = false;
  /** …and filled the wrap width of hard-wrapped text: the next one continues it whatever it is (read with `cont`). */
  wrapped = false;
  /** Some body text was read (before it, a heading-like line is the document's title). */
  seenBody = false;
}

/** Questions and answers (docs/annotation.md §8 "Press conferences"). */
export class QaState {
  /** A question or answer is open: a name label next answers it. */
  open = false;
  /** The last turn opened is a question: a name label next answers it directly. */
  afterQuestion = false;

  /** A section or article opens: no exchange is open. */
  close(): void {
    this.open = false;
    this.afterQuestion = false;
  }
}

/** A Markdown code fence (``` or ~~~): its lines are no structure. */
export class FenceState {
  open = false;
  /** The three characters that opened it, which close it. */
  mark = '';
}
