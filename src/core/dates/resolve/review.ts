// The year under review (docs/annotation.md §7): a paragraph that opens with 过去一年 / 去年 / an
// explicit year reviews that year; a heading such as 2022年工作回顾 or a bulletin's title sets it for
// what follows, until the next chapter (or, set by the title, the whole document). 上年 and dates
// whose year comes from context count from it.
import { WordList, isInlineSpace } from '../../text';
import { LOOK_BACK_HEADING_WORDS, LOOK_BACK_OPENERS } from '../contextWords';
import type { RawDate } from '../rawDate';
import { chapterHeadingAt, headingText, isTitleLine } from './headings';

export interface YearMark { year: number; text: string; start: number }
/** Set by a heading; `dateline` is the article it was set in (a new article ends it); `whole`: set by the title. */
interface SectionYear extends YearMark { dateline: number; whole: boolean }

const LOOK_BACK_HEADINGS = new WordList(LOOK_BACK_HEADING_WORDS);

export class YearUnderReview {
  private reviewYear: YearMark | null = null;
  private reviewPara = -1;
  private sectionYear: SectionYear | null = null;

  constructor(private readonly text: string) {}

  /** Whether a chapter heading passed ends the section's year (so the position watches for one). */
  get endsAtChapter(): boolean { return this.sectionYear !== null && !this.sectionYear.whole; }

  /** A chapter heading was passed. */
  endSection(): void { this.sectionYear = null; }

  /** Reads the first date of each paragraph (paraStart) for a look-back opener or heading. */
  notice(raw: RawDate, paraStart: number, anchorYear: number | null, anchorDateline: number): void {
    // Small, so that it is inlined: most dates are not the first of their paragraph.
    if (this.reviewPara !== paraStart) { this.readParagraph(raw, paraStart, anchorYear, anchorDateline); }
  }

  private readParagraph(raw: RawDate, paraStart: number, anchorYear: number | null, anchorDateline: number): void {
    this.reviewPara = paraStart;
    this.reviewYear = null;
    let k = paraStart;
    while (k < raw.start && isInlineSpace(this.text.charCodeAt(k))) { k++; }
    const explicitYear = raw.shape === 'calendar' && raw.yearMode === 'explicit' && raw.year !== undefined
      && raw.yearTo === undefined && !raw.deadline && !raw.since;
    if (k === raw.start) {
      if (explicitYear && raw.year !== undefined) {
        this.reviewYear = { year: raw.year, text: raw.text, start: raw.start };
      } else if (anchorYear !== null && LOOK_BACK_OPENERS.some((w) => raw.text.startsWith(w))) {
        this.reviewYear = { year: anchorYear - 1, text: raw.text, start: raw.start };
      }
    }
    const singleYear = raw.shape === 'calendar' && raw.part === 'year' && raw.yearTo === undefined && !raw.since && !raw.deadline;
    const headingYear = !singleYear ? null
      : raw.yearMode === 'explicit' ? raw.year ?? null
        : raw.yearMode === 'relative' && anchorYear !== null ? anchorYear + (raw.yearOffset ?? 0) : null;
    if (headingYear !== null && anchorYear !== null && headingYear < anchorYear) {
      const heading = headingText(this.text, paraStart);
      if (heading !== null && LOOK_BACK_HEADINGS.occursIn(heading)) {
        const whole = isTitleLine(this.text, paraStart) && !chapterHeadingAt(this.text, paraStart);
        this.sectionYear = { year: headingYear, text: raw.text, start: raw.start, dateline: anchorDateline, whole };
      }
    }
  }

  /** The year under review for a date of the article whose dateline starts at anchorDateline, or null. */
  at(anchorDateline: number): YearMark | null {
    if (this.sectionYear && this.sectionYear.dateline !== anchorDateline) { this.sectionYear = null; }
    return this.reviewYear ?? this.sectionYear;
  }
}
