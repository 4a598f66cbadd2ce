// A goal's strength (docs/annotation.md §3 `strength`: strive 力争, ensure 确保, target 目标, plan 计划/拟,
// expect 预计): the marker's, or that of a marker heading the goal itself.
import type { TargetStrength } from '../types';
import { MARKERS, type MarkerHit } from './markers';

/** The strength of a marker word (not 到/至) opening [pos, limit): a list item or bullet with a voice of its own (确保…). */
export function leadingStrength(t: string, pos: number, limit: number): TargetStrength | undefined {
  const longest = MARKERS.rowAt(t, pos, limit);
  if (longest === undefined) { return undefined; }
  if (!longest.marker.deadline) { return longest.marker.strength; }
  for (const r of longest.fallbacks) { if (!r.marker.deadline) { return r.marker.strength; } }
  return undefined;
}

/** 到2027年，力争…: the marker heading the goal after a lead speaks for it; else the hit's own. */
export function goalStrength(hit: MarkerHit, inner: MarkerHit | undefined): TargetStrength {
  return inner ? inner.marker.strength : hit.marker.strength;
}
