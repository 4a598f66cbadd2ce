// What the resolver's steps share (docs/architecture.md): the caches of one analysis, the dates
// mentioned so far, and the record each step writes its answer into (no object per date).
import type { DateBasis, DateRange } from '../../types';
import type { Days } from '../calendar/days';
import type { ContextBases } from './bases';
import type { Mentions } from './mentions';

export interface ResolveState {
  readonly days: Days;
  readonly bases: ContextBases;
  readonly mentions: Mentions;
}

/** A date's range and what it was resolved against; reset for every date. */
export interface Resolution { range: DateRange | null; basis: DateBasis | undefined }
