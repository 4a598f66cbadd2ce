// The document date (docs/annotation.md §2): the setting, else a full date in the header or the
// signature block, else a dateline's month and day completed with the latest explicit year.
// It is gathered while the text is scanned (docs/architecture.md): each chunk's raw dates are fed
// in as they are found, the finder keeps only what the rule reads — the dates of the header and of
// the signature block (regions of bounded size) and the latest year — and `finish` decides from
// those, so no step of the analysis reads the whole document at once.
import { EMPTY_PROFILE, type DocumentProfile } from '../profile';
import { codeIn, WordList } from '../text';
import type { DocumentDate } from '../types';
import { isoDate, parseIso } from './calendar/iso';
import { AFTER_NOTICE_SIGNATURE, LEDE_SEPARATORS } from './contextWords';
import { findDatelines, type Dateline } from './datelines';
import {
  HEADER_LINES, SIGNATURE_LINES, aloneOnLine, clockTimeAfter, headerEnd, inShortLine, isHeaderLine, lineAround, namesVersion, nextLineStart, opensLine, signatureStart,
} from './headerLines';
import type { RawDate } from './rawDate';

/** How far past a signature date's line the line that follows it is looked for (blank lines between). */
const NOTICE_GAP = 16;

/** A full explicit date: year, month and day. */
function isFullDate(raw: RawDate): boolean {
  return raw.shape === 'calendar' && raw.yearMode === 'explicit' && raw.part === 'days' && raw.dayTo === undefined
    && !raw.since && raw.year !== undefined && raw.month !== undefined && raw.day !== undefined;
}

function fullDateIso(raw: RawDate): string | null {
  if (raw.year === undefined || raw.month === undefined || raw.day === undefined) { return null; }
  const s = isoDate(raw.year, raw.month, raw.day);
  return parseIso(s) ? s : null;
}

/** A full date that may be a header or signature date: not compared with, not a deadline. */
function isHeaderCandidate(raw: RawDate): boolean {
  return isFullDate(raw) && !raw.comparison && !raw.deadline;
}

/** An explicit year that may complete a dateline: not a deadline, target, comparison or range. */
function countsAsDocumentYear(raw: RawDate): boolean {
  return raw.shape === 'calendar' && raw.yearMode === 'explicit' && raw.year !== undefined && raw.yearTo === undefined
    && !raw.deadline && !raw.comparison;
}

const AFTER_NOTICE = new WordList(AFTER_NOTICE_SIGNATURE);

/** Collects what the document date is found from, chunk by chunk, and finds it at the end. */
export class DocumentDateFinder {
  /** The header: the first HEADER_LINES non-empty lines (bounded); its dates in order. */
  private readonly hEnd: number;
  private readonly head: RawDate[] = [];
  /** The signature block: the last SIGNATURE_LINES non-empty lines (bounded); its dates in order. */
  private readonly sStart: number;
  private readonly tail: RawDate[] = [];
  /** The first signature date of a notice that transmits a document (a date alone on its line, then （此件公开发布） or 附件). */
  private notice: RawDate | null = null;
  /** The first explicit year with the highest value (the year that completes a dateline). */
  private best: RawDate | null = null;
  /** Raw dates `finish` read: what its step costs (src/core/analyze.ts counts it). */
  examined = 0;

  constructor(private readonly text: string, readonly profile: DocumentProfile = EMPTY_PROFILE) {
    this.hEnd = headerEnd(text, HEADER_LINES);
    this.sStart = signatureStart(text, SIGNATURE_LINES);
  }

  /** Takes the raw dates of the next chunk (in document order). */
  feed(raws: readonly RawDate[]): void {
    for (let k = 0; k < raws.length; k++) {
      const r = raws[k];
      if (r.start < this.hEnd) { this.head.push(r); }
      if (r.start >= this.sStart) { this.tail.push(r); }
      if (countsAsDocumentYear(r) && (this.best === null || (r.year ?? 0) > (this.best.year ?? 0))) { this.best = r; }
      if (this.notice === null && isFullDate(r) && this.signsNotice(r)) { this.notice = r; }
    }
  }

  /** A date alone on its line whose next non-empty line opens with （此件公开发布） or 附件: a transmitting notice's signature. */
  private signsNotice(r: RawDate): boolean {
    const text = this.text;
    if (!aloneOnLine(text, r)) { return false; }
    const line = lineAround(text, r.start, r.end);
    if (!line) { return false; }
    const next = nextLineStart(text, line.lineEnd, Math.min(text.length, line.lineEnd + NOTICE_GAP));
    return next >= 0 && AFTER_NOTICE.at(text, next) !== null;
  }

  /**
   * The header date head[k] (iso `date`) and the version dates after it — on its line, or opening
   * the header lines right below it, each followed by 公布, 修订, 通过 … — the latest of them: the
   * version the text is (（2001年7月9日…公布 根据2020年8月7日…修订）; docs/annotation.md §2).
   */
  private latestVersion(k: number, date: string): { raw: RawDate; date: string } {
    const text = this.text;
    const head = this.head;
    let best = { raw: head[k], date };
    const first = lineAround(text, head[k].start, head[k].end);
    if (!first) { return best; }
    let lineEnd = first.lineEnd;
    for (let j = k + 1; j < head.length; j++) {
      const r = head[j];
      if (r.start >= lineEnd) {
        // Only the next non-empty line, only where a date opens it, and only a header line (no sentence).
        const l = lineAround(text, r.start, r.end);
        if (!l || nextLineStart(text, lineEnd, r.start + 1) !== l.lineStart || !opensLine(text, r, true)
          || !isHeaderLine(text, l.lineStart, l.lineEnd)) { break; }
        lineEnd = l.lineEnd;
      }
      const next = j + 1 < head.length ? head[j + 1].start : lineEnd;
      if (!isHeaderCandidate(r) || !namesVersion(text, r, next)) { continue; }
      const iso = fullDateIso(r);
      if (iso !== null && iso > best.date) { best = { raw: r, date: iso }; }
    }
    return best;
  }

  /**
   * The document date from what was fed and the document's datelines (all of them, in order, or
   * only the first); `referenceDate`, when valid, is the setting and wins.
   */
  finish(datelines: readonly Dateline[], referenceDate?: string): DocumentDate | null {
    const text = this.text;
    // 1. The setting.
    if (referenceDate && parseIso(referenceDate)) {
      return { date: referenceDate, source: 'setting', text: referenceDate };
    }
    this.examined = this.head.length + this.tail.length;

    // 2a. A full date opening a line of the header (or, of its version dates, the latest). A date
    // with a clock time after it (2026-02-03 09:02:33) is when a page was posted: it counts only
    // when the header has no other date (a report's page gives the session's date below it).
    let posted: { date: string; raw: RawDate } | null = null;
    for (let k = 0; k < this.head.length; k++) {
      const r = this.head[k];
      if (!isHeaderCandidate(r) || !(opensLine(text, r, true) || inShortLine(text, r))) { continue; }
      const date = fullDateIso(r);
      if (!date) { continue; }
      if (clockTimeAfter(text, r.end)) {
        posted ??= { date, raw: r };
        continue;
      }
      // A date alone on its line under an issuer (a 通知 transmitting rules) is a signature; under the title, a header.
      if (aloneOnLine(text, r) && r.start >= headerEnd(text, 3)) {
        return { date, source: 'signature', text: r.text, start: r.start, end: r.end };
      }
      const latest = this.latestVersion(k, date);
      return { date: latest.date, source: 'header', text: latest.raw.text, start: latest.raw.start, end: latest.raw.end };
    }
    if (posted) { return { date: posted.date, source: 'header', text: posted.raw.text, start: posted.raw.start, end: posted.raw.end }; }

    // 2b. The signature date of a notice that transmits a document, wherever it stands (the attached
    // document's own dates at the end are not the notice's).
    if (this.notice) {
      const date = fullDateIso(this.notice);
      if (date) { return { date, source: 'signature', text: this.notice.text, start: this.notice.start, end: this.notice.end }; }
    }

    // 2c. A date alone on its line in the signature block at the end.
    for (let k = this.tail.length - 1; k >= 0; k--) {
      const r = this.tail[k];
      if (!isFullDate(r) || !aloneOnLine(text, r)) { continue; }
      const date = fullDateIso(r);
      if (!date) { continue; }
      return { date, source: 'signature', text: r.text, start: r.start, end: r.end };
    }

    // 3. A dateline (or a news lede that opens with the day), completed with the latest year.
    let month = 0;
    let day = 0;
    let year: number | undefined;
    let src: { text: string; start: number; end: number } | null = null;
    const dl = datelines.length > 0 ? datelines[0] : undefined;
    const lede = this.head.find((r) => r.shape === 'calendar' && r.yearMode === 'context' && r.part === 'days'
      && r.dayTo === undefined && opensLine(text, r) && (r.end >= text.length || codeIn(LEDE_SEPARATORS, text.charCodeAt(r.end))));
    if (dl && (!lede || dl.start <= lede.start)) {
      month = dl.month; day = dl.day; year = dl.year;
      src = { text: dl.text, start: dl.start, end: dl.end };
    } else if (lede && lede.month !== undefined && lede.day !== undefined) {
      month = lede.month; day = lede.day;
      src = { text: lede.text, start: lede.start, end: lede.end };
    }
    if (!src) { return null; }
    let yearFrom: { text: string; start: number } | undefined;
    if (year === undefined) {
      const best = this.best;
      if (!best || best.year === undefined) { return null; }
      year = best.year;
      yearFrom = { text: best.text, start: best.start };
    }
    const date = isoDate(year, month, day);
    if (!parseIso(date)) { return null; }
    const out: DocumentDate = { date, source: 'dateline', text: src.text, start: src.start, end: src.end };
    if (yearFrom) { out.yearFrom = yearFrom; }
    return out;
  }
}

/**
 * The document date of a text whose raw dates are all known (the finder fed at once).
 * `datelines`: findDatelines(text), when the caller already has it.
 */
export function findDocumentDate(
  text: string, raws: readonly RawDate[], options: { referenceDate?: string } = {}, datelines?: readonly Dateline[],
  profile: DocumentProfile = EMPTY_PROFILE,
): DocumentDate | null {
  if (options.referenceDate && parseIso(options.referenceDate)) {
    return { date: options.referenceDate, source: 'setting', text: options.referenceDate };
  }
  const finder = new DocumentDateFinder(text, profile);
  finder.feed(raws);
  return finder.finish(datelines ?? findDatelines(text), options.referenceDate);
}
