// What later dates refer to (docs/annotation.md §7): the year a sentence named (its 5月 is that
// year's), the month under discussion (上月 counts from it), the last month named (2日 is its day),
// the last period (同期 is the same period a year earlier) and the last year named, with its
// paragraph (隔年 is the year after it). One record each, updated in place.
import type { DateRange } from '../../types';
import type { RawDate } from '../rawDate';

export interface MonthMark { y: number; m: number; text: string; start: number }
/** A date that later dates refer to; start < 0 (range null) while there is none. */
export interface Period { range: DateRange | null; text: string; start: number }

export class Mentions {
  /** The explicit year of a sentence (sentence: its start, -1 for none). */
  readonly sentenceYear = { year: 0, text: '', start: -1, sentence: -1 };
  readonly topicMonth: MonthMark = { y: 0, m: 0, text: '', start: -1 };
  readonly lastMonth: MonthMark = { y: 0, m: 0, text: '', start: -1 };
  readonly lastPeriod: Period = { range: null, text: '', start: -1 };
  /** The last date that named its year (2011年, 民國100年, 去年…), and the paragraph it stands in (-1: none). */
  readonly lastYear = { year: 0, text: '', start: -1, para: -1 };

  /** Remembers a calendar date resolved in `year` to `range`, in the sentence and paragraph starting at `sentence`, `para`. */
  remember(raw: RawDate, year: number, range: DateRange, sentence: number, para: number): void {
    if (raw.yearMode !== 'context') { const ly = this.lastYear; ly.year = year; ly.text = raw.text; ly.start = raw.start; ly.para = para; }
    if (raw.part === 'months' || raw.part === 'days') {
      const lm = this.lastMonth;
      lm.y = raw.yearTo ?? year; lm.m = raw.monthTo ?? raw.month ?? 1; lm.text = raw.text; lm.start = raw.start;
      if (!raw.comparison) { const tm = this.topicMonth; tm.y = lm.y; tm.m = lm.m; tm.text = lm.text; tm.start = lm.start; }
      if (raw.yearMode !== 'context') { const sy = this.sentenceYear; sy.year = year; sy.text = raw.text; sy.start = raw.start; sy.sentence = sentence; }
    }
    const lp = this.lastPeriod; lp.range = range; lp.text = raw.text; lp.start = raw.start;
  }
}
