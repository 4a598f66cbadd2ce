// The resolver (docs/annotation.md §2, §7): turns raw dates, in document order, into calendar
// ranges against the document date, the article's dateline and the context just read.
import { EMPTY_PROFILE, type DocumentProfile } from '../../profile';
import type { DateAnnotation, DocumentDate } from '../../types';
import { Days } from '../calendar/days';
import { parseIso } from '../calendar/iso';
import { granularityOf } from '../calendar/ranges';
import { findDatelines, type Dateline } from '../datelines';
import { scanDates } from '../scan/scanner';
import type { RawDate } from '../rawDate';
import { Anchors } from './anchors';
import { ContextBases, INVALID, NO_DOCUMENT_DATE } from './bases';
import { resolveCalendar, type Place } from './calendarDate';
import { Mentions } from './mentions';
import { Position } from './position';
import { YearUnderReview } from './review';
import {
  resolveAgo, resolveDayOnly, resolveDayRel, resolveDuration, resolveEvent, resolveLastYears, resolveMonthRel, resolvePlan, resolveWeekRel, resolveWithinYear,
} from './shapes';
import type { ResolveState, Resolution } from './state';

/** A made-up article for the resolver kept for the module's life: a dateline, then a date of each kind. */
const SAMPLE = '本报北京9月2日讯 2020年5月，今年上半年，去年同期，上月3日，11年来，年内。\n';

/** Resolves raw dates in document order; keeps the context (last month mentioned, dateline of the article…). */
export class DateResolver {
  /**
   * A resolver kept for the module's life (docs/architecture.md). The engine's optimized code checks
   * the hidden classes of the objects it reads; a hidden class that no live object has any more is
   * dropped at a full garbage collection, and with it all the code that checked it, so after each one
   * the next analysis ran the resolver unoptimized. Having resolved a date of each kind, this one keeps
   * the classes of its objects (position, anchors, caches, frozen ranges and bases) alive. A static
   * field, so that it lives as long as the class.
   */
  static readonly shapeKeeper: DateResolver = DateResolver.keepShapes();

  private static keepShapes(): DateResolver {
    const lines = findDatelines(SAMPLE);
    const r = new DateResolver(SAMPLE, { date: '2021-09-02', source: 'dateline', text: lines.length > 0 ? lines[0].text : '' }, lines);
    for (const d of scanDates(SAMPLE, 0, SAMPLE.length)) { r.resolve(d); }
    return r;
  }

  private readonly position: Position;
  private readonly anchors: Anchors;
  private readonly review: YearUnderReview;
  private readonly state: ResolveState;
  private readonly out: Resolution = { range: null, basis: undefined, none: false };
  /** Where the date being resolved stands (one record, updated in place). */
  private readonly place: Place = { sentence: 0, para: 0 };
  /** Date texts by content: 今年, 上半年, 2024年… recur, and each annotation keeps its text. */
  private readonly texts = new Map<string, string>();

  /**
   * `datelines`: findDatelines(text), when the caller already has it. `profile`: the document's
   * (src/core/profile.ts), for the rules that read the era or the layout.
   */
  constructor(
    text: string, documentDate: DocumentDate | null, datelines?: readonly Dateline[],
    readonly profile: DocumentProfile = EMPTY_PROFILE,
  ) {
    const days = new Days();
    const docDate = documentDate ? parseIso(documentDate.date) : null;
    const lines = documentDate && documentDate.source !== 'setting' ? (datelines ?? findDatelines(text)) : [];
    this.position = new Position(text);
    this.anchors = new Anchors(documentDate, docDate, lines, days);
    this.review = new YearUnderReview(text);
    this.state = { text, days, bases: new ContextBases(), mentions: new Mentions() };
  }

  /** The annotation of raw, or null where its words are no date in their context (隔年, 全年: docs/annotation.md §7). */
  resolve(raw: RawDate): DateAnnotation | null {
    const review = this.review;
    if (this.position.advance(raw.start, review.endsAtChapter)) { review.endSection(); }
    const place = this.place;
    place.sentence = this.position.sentenceStart;
    place.para = this.position.paraStart;
    const anchor = this.anchors.at(raw.start);
    const anchorDateline = anchor ? anchor.dateline : -1;
    review.notice(raw, this.position.paraStart, anchor ? anchor.year : null, anchorDateline);
    const reviewed = review.at(anchorDateline);
    const out = this.out;
    out.range = null;
    out.basis = undefined;
    out.none = false;
    switch (raw.shape) {
      case 'plan': resolvePlan(this.state, raw, out); break;
      case 'duration': resolveDuration(this.state, raw, anchor, out); break;
      case 'ago': resolveAgo(this.state, raw, anchor, out); break;
      case 'dayRel': resolveDayRel(this.state, raw, anchor, out); break;
      case 'weekRel': resolveWeekRel(this.state, raw, anchor, out); break;
      case 'lastYears': resolveLastYears(this.state, raw, anchor, out); break;
      case 'withinYear': resolveWithinYear(this.state, anchor, out); break;
      case 'monthRel': resolveMonthRel(this.state, raw, anchor, out); break;
      case 'dayOnly': resolveDayOnly(this.state, raw, out); break;
      case 'event': resolveEvent(this.state, raw, anchor, out); break;
      case 'calendar': resolveCalendar(this.state, raw, anchor, reviewed, place, out); break;
    }
    return out.none ? null : this.annotation(raw);
  }

  /** The annotation of raw from this.out. */
  private annotation(raw: RawDate): DateAnnotation {
    const range = this.out.range;
    let basis = this.out.basis;
    const granularity = granularityOf(raw, range);
    let text = raw.text;
    // Short texts are copies (a longer slice shares the document's characters): keep one of each.
    if (text.length <= 12) {
      const seen = this.texts.get(text);
      if (seen === undefined) { this.texts.set(text, text); } else { text = seen; }
    }
    if (!range && basis?.kind !== 'unresolved') { basis = basis ? INVALID : NO_DOCUMENT_DATE; }
    // One literal in the JSON's key order (the optional keys, when present, stand before granularity).
    if (!raw.partOfDay && !raw.asOf && basis) {
      return { start: raw.start, end: raw.end, text, relative: raw.relative, resolved: range, granularity, basis };
    }
    const out: DateAnnotation = { start: raw.start, end: raw.end, text, relative: raw.relative, resolved: range };
    if (raw.partOfDay) { out.partOfDay = raw.partOfDay; }
    if (raw.asOf) { out.asOf = true; }
    out.granularity = granularity;
    if (basis) { out.basis = basis; }
    return out;
  }
}
