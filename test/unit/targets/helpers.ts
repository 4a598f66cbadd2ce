// Shared by the target tests (test/unit/targets.test.ts and test/unit/targets/*.test.ts): numbers
// and dates given by hand, as the number and date layers would give them, so that a test pins the
// target rules alone.
import { strict as assert } from 'node:assert';
import type { DateAnnotation, NumberAnnotation, Qualifier } from '../../../src/core/types';

/** A number's text; with its qualifier; with its unit (null: none given, as for the text alone); with its value (durations are read by their value). */
export type Num = string | [string, Qualifier] | [string, Qualifier, string | null] | [string, Qualifier, string | null, number | [number, number]];
export type Dat = [string, string, string] | [string, null];

/** Locates each number and date in order (each after the previous one of its kind). */
export function layers(text: string, nums: readonly Num[], dates: readonly Dat[]): { numbers: NumberAnnotation[]; dates: DateAnnotation[] } {
  let at = 0;
  const numbers = nums.map(n => {
    const [s, q, u, v] = typeof n === 'string' ? [n, 'exact' as Qualifier, undefined, undefined] : n;
    const start = text.indexOf(s, at);
    assert.ok(start >= 0, `number ${s} not in text`);
    at = start + s.length;
    // Durations carry their time unit, as the number layer gives it (十年 → 年).
    const unit = u ?? (/[年天月]$/u.test(s) ? s.slice(-1) : null);
    // A share ratio (10送5) is kind ratio, unit null, as the number layer gives it.
    return u === 'ratio'
      ? { start, end: start + s.length, text: s, value: v ?? 0, unit: null, qualifier: q, kind: 'ratio' } as NumberAnnotation
      : { start, end: start + s.length, text: s, value: v ?? 0, unit, qualifier: q, kind: 'cardinal' } as NumberAnnotation;
  });
  at = 0;
  const ds = dates.map(d => {
    const s = d[0];
    const start = text.indexOf(s, at);
    assert.ok(start >= 0, `date ${s} not in text`);
    at = start + s.length;
    const resolved = d[1] === null ? null : { start: d[1], end: d[2] as string };
    return { start, end: start + s.length, text: s, relative: false, resolved } as DateAnnotation;
  });
  return { numbers, dates: ds };
}

/** A year as the date layer gives it: N年, resolved to the whole year. */
export const Y = (y: string): Dat => [`${y}年`, `${y}-01-01`, `${y}-12-31`];
