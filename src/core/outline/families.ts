// The families of point markers (docs/annotation.md §4 "point"). A family's rank orders the fixed
// hierarchy: a point closes the open points of its family and of any family ranked at or below
// it; rank 0 floats (一是, 第一，: nested wherever they appear). The bit is the family's in the
// bit sets of points.ts (its row's position). A new family is one row here and one reader in
// markers.ts.
import type { Family } from './types';

interface FamilyRow {
  /** 第一条, 一、, （一）… as written. */
  readonly example: string;
  readonly rank: number;
}

const FAMILIES: Readonly<Record<Family, FamilyRow>> = {
  tiao: { example: '第一条', rank: 1 },
  dun: { example: '一、', rank: 2 },
  parenCn: { example: '（一）', rank: 3 },
  arabic: { example: '1. 1、', rank: 4 },
  parenAr: { example: '（1） ⑴', rank: 5 },
  rparen: { example: '1）', rank: 5 },
  circled: { example: '①', rank: 6 },
  shi: { example: '一是', rank: 0 },
  di: { example: '第一，', rank: 0 },
};

/** The rank of each family, as one flat record (read on every point). */
export const FAMILY_RANK: Readonly<Record<Family, number>> = mapFamilies((r) => r.rank);
/** The bit of each family: 1 for the first row, 2 for the second… */
export const FAMILY_BIT: Readonly<Record<Family, number>> = mapFamilies((_, i) => 2 ** i);

/** A record with one number per family, all families present: a scanner's ordinals. */
export function familyCounters(): Record<Family, number> {
  return mapFamilies(() => 0);
}

function mapFamilies(f: (r: FamilyRow, index: number) => number): Record<Family, number> {
  const out = {} as Record<Family, number>;
  (Object.keys(FAMILIES) as Family[]).forEach((k, i) => { out[k] = f(FAMILIES[k], i); });
  return out;
}
