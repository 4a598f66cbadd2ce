// Recording a number: the annotation is built once, in its final shape, with the qualifiers that
// bound it (docs/annotation.md §1) and the direction a verb gives it.
import type { LayoutSignals } from '../profile';
import type { NumberAnnotation, NumberKind, Qualifier } from '../types';
import { multipleReading } from './multiple';
import { apartQualifier, changeBefore, postQualifier, preQualifier } from './qualifiers';
import { coordinatedChange, shareUnitBack, type RangeEnd } from './ranges';
import type { TableState } from './tableCells';
import type { UnitDef } from './unitTable';

/**
 * The numbers found so far, the layout of the document they are read in (src/core/profile.ts) and
 * the table row the scan last looked at (tableCells.ts).
 */
export interface Found {
  list: NumberAnnotation[];
  readonly layout: LayoutSignals;
  readonly table: TableState;
}

export function kindOf(def: UnitDef | null): NumberKind {
  return def ? def.kind : 'cardinal';
}

/**
 * Records a number, with its change direction, and returns the resume offset. The annotation is
 * built once, in its final shape (no intermediate record per number, no English: numberEnglish
 * makes that when the JSON is written); `multiple` asks for a 倍's reading (增长1.1倍, 是…的1.1倍).
 */
export function emit(text: string, out: Found, floor: number, start: number, end: number, value: number | [number, number],
  unit: string | null, qualifier: Qualifier, kind: NumberKind, multiple: boolean): number {
  const before = changeBefore(text, start, floor);
  const change = before ?? coordinatedChange(text, start, out.list);
  // Built with all its fields at once: a field added later would take a property array of its own.
  const a: NumberAnnotation = change ? { start, end, text: text.slice(start, end), value, unit, qualifier, kind, change }
    : { start, end, text: text.slice(start, end), value, unit, qualifier, kind };
  if (multiple) { multipleReading(text, a, before, floor, out); }
  // 2.1和2.6个百分点: the bare values before it share its unit.
  if (unit !== null && typeof value === 'number') { shareUnitBack(text, out.list, start, end, unit, kind); }
  out.list.push(a);
  return end;
}

/** A number with the qualifiers right before and after it (a post-qualifier wins), or one apart from it. */
export function finishSimple(text: string, out: Found, floor: number, limit: number, start: number, end: number,
  value: number, unit: string | null, kind: NumberKind): number {
  let s = start;
  let e = end;
  let qualifier: Qualifier = 'exact';
  const post = postQualifier(text, e, limit);
  if (post) { qualifier = post.q; e = post.end; }
  const pre = preQualifier(text, s, floor);
  if (pre) { s = pre.start; if (!post) { qualifier = pre.q; } }
  else if (!post) { qualifier = apartQualifier(text, s, floor, out.layout) ?? qualifier; }
  return emit(text, out, floor, s, e, value, unit, qualifier, kind, false);
}

/**
 * A range from `start` to the end of its high end. An approximating word before or after it
 * (约1-2%, 5—10年左右) belongs to its span, and the range wins: the qualifier stays `range`
 * (docs/annotation.md §1 Qualifiers).
 */
export function emitRange(text: string, out: Found, floor: number, limit: number, start: number, r: RangeEnd): number {
  let s = start;
  let e = r.end;
  const pre = preQualifier(text, s, floor);
  if (pre && pre.q === 'approx') { s = pre.start; }
  const post = postQualifier(text, e, limit);
  if (post && post.q === 'approx') { e = post.end; }
  return emit(text, out, floor, s, e, [r.low, r.high], r.def ? r.def.unit : null, 'range', kindOf(r.def), false);
}
