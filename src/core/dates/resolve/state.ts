// What the resolver's steps share (docs/architecture.md): the caches of one analysis, the dates
// mentioned so far, and the record each step writes its answer into (no object per date).
import type { DateBasis, DateRange } from '../../types';
import type { Days } from '../calendar/days';
import type { ContextBases } from './bases';
import type { Mentions } from './mentions';

export interface ResolveState {
  readonly text: string;
  readonly days: Days;
  readonly bases: ContextBases;
  readonly mentions: Mentions;
}

/**
 * A date's range and what it was resolved against; reset for every date. `none`: the words are no
 * date where they stand (隔年 with no year named before it, 全年 with no year in focus: docs/annotation.md §7).
 */
export interface Resolution { range: DateRange | null; basis: DateBasis | undefined; none: boolean }
