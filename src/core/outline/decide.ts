// The decisions: lines in order, each acted on by its kind in context (docs/annotation.md §4, §7
// "Structure", §8) — opening articles, sections, turns and points on the tree, or extending the
// open nodes. What the decisions remember lives in the named records of state.ts.
import { BREADCRUMB_SEPARATORS, codeIn, isColon, isInlineSpace } from '../text';
import { Heading, HeadingReader, isPlainHeading } from './headings';
import { LINE_KINDS } from './kinds';
import { HEADING_MAX, LOOKAHEAD } from './limits';
import { MarkdownAct, markdownAct } from './markdown';
import { clauseEnd } from './names';
import { isModerator } from './persons';
import { PointFinder } from './points';
import { RANK_ARTICLE, RANK_SECTION, RANK_TURN, STYLE_DUN, STYLE_PLAIN } from './ranks';
import type { Lookahead } from './ring';
import { ArticleState, FenceState, ParagraphState, QaState, Triggers } from './state';
import { TurnLog } from './transcript';
import { speakerLabel, turnName } from './turnNames';
import type { OutlineTree } from './tree';
import type { Line, LineKind, Marker } from './types';

/** Lines a turn whose label stands alone on its line is named from. */
const NAMING_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['body', 'heading', 'headline']);

export class Decisions {
  private readonly article = new ArticleState();
  private readonly triggers = new Triggers();
  private readonly paragraph = new ParagraphState();
  private readonly qa = new QaState();
  private readonly fence = new FenceState();
  readonly turns: TurnLog;
  private readonly points: PointFinder;
  private readonly headings: HeadingReader;

  constructor(private readonly text: string, private readonly markdown: boolean, private readonly tree: OutlineTree, private readonly look: Lookahead) {
    this.points = new PointFinder(text, tree);
    this.turns = new TurnLog(text);
    this.headings = new HeadingReader(text, markdown, look, this.article, this.paragraph, this.triggers);
  }

  /** Decides `line`, the next in order. */
  process(line: Line): void {
    this.tree.line = line.n;
    if (line.consumed) { this.tree.extend(line.te); return; }
    if (this.markdown && this.markdownLine(line)) { return; }
    if (this.paragraph.cont) {
      this.paragraph.cont = false;
      // §8: after a line that fills the wrap width, …推进一、 / 二、三产业融合 is no marker
      if (this.paragraph.wrapped || LINE_KINDS[line.kind].continues) { this.body(line, line.ts); return; }
    }
    this.decide(line);
  }

  /**
   * The decision for each kind of line (the kind comes from patterns.ts). A switch rather than a
   * table of functions: one call less on every line; the compiler still asks for every kind.
   */
  private decide(line: Line): void {
    const kind = line.kind;
    switch (kind) {
      case 'body': case 'mdHeading': case 'mdFence': case 'mdSkip': // Markdown's own lines were handled before (markdownAct)
        this.body(line, line.ts);
        return;
      case 'marker':
        this.markerLine(line);
        return;
      case 'heading':
        this.headingLine(line);
        return;
      case 'headline': // a title that asks or exclaims, where a title may stand; else a sentence
        if (this.headings.titleExpected(line)) { this.openArticle(line, this.lineText(line), 0); } else { this.body(line, line.ts); }
        return;
      case 'label':
        this.labelLine(line);
        return;
      case 'section':
        if (this.markdown) { this.body(line, line.ts); } else { this.openSection(line, line.style); }
        return;
      case 'row': // a table row (§8 "Tables"): content, no node
        this.tree.extend(line.te);
        this.paragraph.seenBody = true;
        this.article.hasBody = true;
        this.triggers.clear();
        return;
      case 'dateline': // a news paragraph: its article is a news item
        this.article.hasDateline = true;
        this.body(line, line.ts);
        return;
      case 'contFrom': // (上接第三版) continues an earlier article: an article named by that line
        if (this.markdown) { this.body(line, line.ts); } else { this.openArticle(line, this.lineText(line), 0); }
        return;
      case 'attachment': // 附件2：, no node: the next title opens the attached document's article
        this.triggers.clear();
        this.triggers.afterAttachment = true;
        this.tree.extend(line.te);
        return;
      case 'contTo': case 'endLine': // （完）, （下转第二版）: the article ends; a title may follow
        this.triggers.afterEndLine = true;
        this.tree.extend(line.te);
        return;
      case 'byline': // a byline under the title opens the article; one after its body closes it
        this.triggers.afterByline = this.article.hasBody;
        this.triggers.expectName = true;
        this.tree.extend(line.te);
        return;
      case 'field': // no node (§7 "Structure"), and a label left without its value (来源：) or a breadcrumb's > has it on the next line
        this.consumeValue(line);
        this.triggers.expectName = false;
        this.tree.extend(line.te);
        return;
      case 'paren': case 'docNum': case 'date': case 'version': case 'addressee': case 'subtitle': // no node (§7 "Structure")
        this.triggers.expectName = false;
        this.tree.extend(line.te);
        return;
      default: {
        const unknown: never = kind;
        throw new Error(`outline: no decision for lines of kind ${String(unknown)}`);
      }
    }
  }

  /** Markdown structure lines; true when the line is fully handled. */
  private markdownLine(line: Line): boolean {
    switch (markdownAct(this.text, line, this.fence)) {
      case MarkdownAct.None:
        return false;
      case MarkdownAct.Heading:
        this.tree.popTo(0);
        this.qa.close();
        this.paragraph.cont = false;
        return true;
      case MarkdownAct.Break:
        this.paragraph.cont = false;
        return true;
      default:
        return true;
    }
  }

  /** A paragraph (or its continuation): extends the open nodes, may start points inside. */
  private body(line: Line, from: number): void {
    this.openPoints(line, this.points.find(line, from, null));
    this.bodyDone(line);
  }

  private bodyDone(line: Line): void {
    this.tree.extend(line.te);
    this.paragraph.seenBody = true;
    this.article.hasBody = true;
    this.triggers.clear();
    this.paragraph.cont = line.openEnd;
    this.paragraph.wrapped = line.fills;
  }

  private markerLine(line: Line): void {
    const m = line.marker;
    if (!m) { this.body(line, line.ts); return; }
    // docs/annotation.md §7: 一、 alone on a short heading line is a section
    if (m.family === 'dun' && !this.markdown && line.headingLike && line.len <= HEADING_MAX) {
      this.openSection(line, STYLE_DUN);
      return;
    }
    // 二、 running on after a 一、 heading: a sibling of that section, not inside it
    if (m.family === 'dun') { this.tree.closeFirstOfRank(RANK_SECTION + STYLE_DUN); }
    const inner = this.points.find(line, m.end, m);
    this.openPoint(m, inner.length > 0 ? inner[0].start : line.te, line.te);
    this.openPoints(line, inner);
    this.bodyDone(line);
  }

  /**
   * A turn: a question, an answer (答： or a name label while an exchange is open) or a speaker's
   * turn; the kinds of person-labelled turns are settled for the whole document at the end (transcript.ts).
   */
  private labelLine(line: Line): void {
    const lab = line.label;
    if (!lab) { this.body(line, line.ts); return; }
    const turns = this.turns;
    // named from the rest of the line, or from the next line when the label stands alone
    let from = lab.content;
    let to = line.te;
    if (from >= to) {
      const nx = this.look.peek(1);
      if (nx && NAMING_KINDS.has(nx.kind)) { from = nx.ts; to = nx.te; }
    }
    const selEnd = (end: number): number => (end <= line.te ? end : lab.end);
    if (lab.kind === 'question') {
      const { name, end } = turnName(this.text, lab, 'question', from, to);
      this.tree.open('question', name, line.ts, lab.start, selEnd(end), RANK_TURN);
      this.article.hasQA = true;
      this.qa.open = true;
      this.qa.afterQuestion = true;
      turns.qaTurns++;
      turns.questions++;
      this.bodyDone(line);
      return;
    }
    const person = lab.kind === 'person';
    if (person) { turns.noteChair(lab.norm); }
    const afterQuestion = this.qa.afterQuestion;
    const inExchange = this.qa.open;
    let node;
    if (!person || (inExchange && !isModerator(lab.norm) && !turns.isChair(lab.norm))) {
      if (!person) { turns.qaTurns++; }
      const { name, end } = turnName(this.text, lab, 'answer', from, to);
      node = this.tree.open('answer', name, line.ts, lab.start, selEnd(end), RANK_TURN);
      this.qa.open = true;
    } else {
      node = this.tree.open('speaker', turns.nodeName(speakerLabel(this.text, lab)), line.ts, lab.start, lab.end, RANK_TURN);
      this.qa.open = false;
    }
    if (person) { turns.add(node, lab, from, to, afterQuestion, inExchange); }
    this.qa.afterQuestion = false;
    this.triggers.clear();
    this.body(line, lab.content);
  }

  private headingLine(line: Line): void {
    const verdict = this.headings.verdict(line);
    if (verdict !== Heading.Name) { this.triggers.expectName = false; }
    switch (verdict) {
      case Heading.Body:
        this.body(line, line.ts);
        return;
      case Heading.Signature:
        this.triggers.afterSignature = true;
        this.tree.extend(line.te);
        return;
      case Heading.Article: {
        // a title broken over several lines: one article named by the lines joined
        const n = this.headings.joinedLines;
        let name = this.lineText(line);
        for (let k = 1; k <= n; k++) {
          const l = this.look.peek(k);
          if (l) { name += this.lineText(l); l.consumed = true; }
        }
        this.openArticle(line, name, n);
        return;
      }
      case Heading.Section:
        this.openSection(line, STYLE_PLAIN);
        return;
      default: // a name under a byline, a line above an addressee
        this.tree.extend(line.te);
    }
  }

  /** Opens an article at `line`, `joined` lines after it taken into its title. */
  private openArticle(line: Line, name: string, joined: number): void {
    this.tree.popTo(0);
    this.tree.open('article', name, line.ts, line.ts, line.te, RANK_ARTICLE);
    this.consumeSubtitles(joined);
    this.article.open();
    if (this.article.firstTitle === '') { this.article.firstTitle = name; }
    this.qa.close();
    this.triggers.clear();
    this.paragraph.cont = false;
    this.tree.extend(line.te);
  }

  private openSection(line: Line, style: number): void {
    let name = this.lineText(line);
    let joined = false;
    // 第一章 alone on its line, its title on the next
    if (line.marker && line.marker.end >= line.te) {
      const nx = this.look.peek(1);
      if (nx && isPlainHeading(nx)) { name = name + ' ' + this.lineText(nx); nx.consumed = true; joined = true; }
    }
    this.tree.open('section', name, line.ts, line.ts, line.te, RANK_SECTION + style);
    this.consumeSubtitles(joined ? 1 : 0);
    this.qa.close();
    this.triggers.clear();
    this.paragraph.cont = false;
    this.tree.extend(line.te);
  }

  /**
   * A web page's label with its value on the next line (来源： / 某日报, 发表时间： / 2026-02-09) or a
   * breadcrumb one item a line (首页 / > / 要闻): the heading-like line after the label or the > is
   * its value, no node either.
   */
  private consumeValue(line: Line): void {
    let end = line.te;
    while (end > line.ts && isInlineSpace(this.text.charCodeAt(end - 1))) { end--; }
    const last = this.text.charCodeAt(end - 1);
    if (!isColon(last) && !codeIn(BREADCRUMB_SEPARATORS, last)) { return; }
    const next = this.look.peek(1);
    if (next && next.kind === 'heading') { next.consumed = true; }
  }

  /** Subtitle lines (——…) after the line `from` lines ahead belong to the node just opened. */
  private consumeSubtitles(from: number): void {
    for (let k = from + 1; k <= LOOKAHEAD; k++) {
      const l = this.look.peek(k);
      if (!l || l.kind !== 'subtitle') { return; }
      l.consumed = true;
    }
  }

  /** Opens the points found in a paragraph, each named up to the next. */
  private openPoints(line: Line, accepted: readonly Marker[]): void {
    const t = this.text;
    for (let j = 0; j < accepted.length; j++) {
      const m = accepted[j];
      let back = m.start;
      while (back > line.ts && isInlineSpace(t.charCodeAt(back - 1))) { back--; }
      this.tree.extend(back);
      const limit = j + 1 < accepted.length ? accepted[j + 1].start : line.te;
      this.openPoint(m, limit, line.te);
    }
  }

  private openPoint(m: Marker, limit: number, lineEnd: number): void {
    const nameEnd = clauseEnd(this.text, m.start, Math.min(limit, lineEnd), m.end);
    this.tree.openPoint(m, this.text.slice(m.start, nameEnd), nameEnd);
  }

  private lineText(line: Line): string {
    return this.text.slice(line.ts, line.te);
  }
}
