// The date relative dates count from (docs/annotation.md §2): the document date, or, where an
// article of a multi-article page has its own dateline, that dateline's day.
import type { DateBasis, DocumentDate } from '../../types';
import type { Dateline } from '../datelines';
import type { Days } from '../calendar/days';
import { daysInMonth } from '../calendar/iso';

/** The date relative dates count from; `dateline` is the start of the article's dateline (-1: the document date). */
export interface Anchor { date: string; year: number; month: number; dateline: number; basis: DateBasis }

export class Anchors {
  private datelineIdx = 0;
  private lastAnchor: Anchor | null = null;
  private lastAnchorDateline: Dateline | null = null;

  constructor(
    private readonly documentDate: DocumentDate | null,
    private readonly docDate: { y: number; m: number; d: number } | null,
    private readonly datelines: readonly Dateline[],
    private readonly days: Days,
  ) {}

  /** The article's dateline governing position p, if any. */
  private datelineFor(p: number): Dateline | null {
    const ds = this.datelines;
    if (ds.length === 0) { return null; }
    while (this.datelineIdx < ds.length && ds[this.datelineIdx].end <= p) { this.datelineIdx++; }
    const prev = this.datelineIdx > 0 ? ds[this.datelineIdx - 1] : null;
    const next = this.datelineIdx < ds.length ? ds[this.datelineIdx] : null;
    const inside = next && next.start <= p ? next : null;
    if (inside) { return inside; }
    const head = prev && prev.position === 'head' ? prev : null;
    const tail = next && next.position === 'tail' ? next : null;
    if (head && tail) { return p - head.end <= tail.start - p ? head : tail; }
    return head ?? tail;
  }

  /** The anchor at position p (positions arrive in order), or null without a document date. */
  at(p: number): Anchor | null {
    if (!this.docDate || !this.documentDate) { return null; }
    const dl = this.datelineFor(p);
    // The same dateline (or none) gives the same anchor: built once, its basis shared by the dates it resolves.
    if (this.lastAnchor && this.lastAnchorDateline === dl) { return this.lastAnchor; }
    let a: Anchor;
    if (dl) {
      const y = dl.year ?? this.docDate.y;
      const date = this.days.iso(y, dl.month, Math.min(dl.day, daysInMonth(y, dl.month)));
      const basis: DateBasis = Object.freeze({ kind: 'dateline', datelineText: dl.text, datelineStart: dl.start, date });
      a = { date, year: y, month: dl.month, dateline: dl.start, basis };
    } else {
      const basis: DateBasis = Object.freeze({ kind: 'document', documentDate: this.documentDate.date });
      a = { date: this.documentDate.date, year: this.docDate.y, month: this.docDate.m, dateline: -1, basis };
    }
    this.lastAnchor = a;
    this.lastAnchorDateline = dl;
    return a;
  }
}
