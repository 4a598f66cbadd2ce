// Where a list marker stands inside a paragraph (docs/annotation.md §4 "point"): the scan for the
// units where one may start, and the marker read at such a unit. The point finder (points.ts) and
// the scan of a line still arriving (pointScan.ts) share them, so both read a line alike.
import { Ch, cnSmallValue, digitValue } from '../text';
import { CHAR_MARK, CN_NUMERAL, DATE_UNIT_AFTER, Han, has, POINT_SCAN, PREV_LIST_OK, PREV_POINT_OK, SCAN_CIRCLED, SCAN_PREV_OK } from './chars';
import { parenNumber } from './markers';
import type { Marker } from './types';

/** How far past a marker's first unit pointAt reads (第十二， and （十二） are the longest). */
export const POINT_REACH = 8;

/**
 * The list marker at `i` (a POINT_START unit) of the paragraph t[ts, te) scanned from `from`, if it
 * is one. It reads no unit past i + POINT_REACH, and te only to bound what it reads.
 */
export function pointAt(t: string, ts: number, te: number, from: number, i: number): Marker | null {
  const c = t.charCodeAt(i);
  const prev = i > ts ? t.charCodeAt(i - 1) : Ch.Space;
  let m: Marker | null = null;
  if (c === Han.Di) { // 第N，
    if (i === from || has(PREV_POINT_OK, prev)) {
      let q = i + 1;
      while (q < te && q < i + 5 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
      const ord = cnSmallValue(t, i + 1, q);
      const w = q < te ? t.charCodeAt(q) : 0;
      if (ord > 0 && (w === Ch.FullwidthComma || w === Ch.Comma)) { m = { family: 'di', ord, start: i, end: q + 1 }; }
    }
  } else if (has(CN_NUMERAL, c) && c !== Han.Hundred && c !== Han.Liang) {
    if (i === from || has(PREV_POINT_OK, prev)) {
      let q = i;
      while (q < te && q < i + 3 && has(CN_NUMERAL, t.charCodeAt(q))) { q++; }
      if (q < te && t.charCodeAt(q) === Han.Shi && !(q + 1 < te && t.charCodeAt(q + 1) === c)) {
        const ord = cnSmallValue(t, i, q);
        if (ord > 0) { m = { family: 'shi', ord, start: i, end: q + 1 }; }
      }
    }
  } else if (c === Ch.FullwidthOpenParen || c === Ch.OpenParen) {
    if (i === from || has(PREV_LIST_OK, prev)) { m = parenNumber(t, i, te); }
  } else if (c >= Ch.CircledOne && c <= Ch.CircledTwenty) {
    m = { family: 'circled', ord: c - Ch.CircledOne + 1, start: i, end: i + 1 };
  } else if (digitValue(c) >= 0 && (i === from || has(PREV_LIST_OK, prev)) && digitValue(prev) < 0) {
    let q = i;
    let v = 0;
    while (q < te && q < i + 3 && digitValue(t.charCodeAt(q)) >= 0) { v = v * 10 + digitValue(t.charCodeAt(q)); q++; }
    const w = q < te ? t.charCodeAt(q) : 0;
    const f = q + 1 < te ? t.charCodeAt(q + 1) : 0;
    if (v > 0 && (w === Ch.IdeographicComma || w === Ch.FullStop || w === Ch.FullwidthFullStop) && digitValue(f) < 0 && f !== 0
      && f !== Ch.Percent && f !== Ch.FullwidthPercent && (CHAR_MARK[f] & DATE_UNIT_AFTER) === 0) {
      m = { family: 'arabic', ord: v, start: i, end: q + 1 };
    }
  }
  return m;
}

/**
 * The first unit after `i` (before `to`) where a list marker may start: a POINT_START unit after
 * a PREV_POINT_OK one, or ①…⑳ anywhere; `to` when there is none. Every unit of every paragraph
 * passes here, so it is a small loop of its own that the engine optimizes early and never leaves.
 */
export function nextPointStart(t: string, i: number, to: number): number {
  // `want`: the SCAN bits that make the next unit a candidate (SCAN_START after a PREV_POINT_OK unit)
  let want = SCAN_CIRCLED | ((POINT_SCAN[t.charCodeAt(i)] & SCAN_PREV_OK) << 1);
  let j = i + 1;
  // two units per round: the engine does not unroll, and the loop test costs as much as the work
  for (; j + 1 < to; j += 2) {
    const k = POINT_SCAN[t.charCodeAt(j)];
    if ((k & want) !== 0) { return j; }
    const k2 = POINT_SCAN[t.charCodeAt(j + 1)];
    if ((k2 & (SCAN_CIRCLED | ((k & SCAN_PREV_OK) << 1))) !== 0) { return j + 1; }
    want = SCAN_CIRCLED | ((k2 & SCAN_PREV_OK) << 1);
  }
  if (j < to && (POINT_SCAN[t.charCodeAt(j)] & want) !== 0) { return j; }
  return to;
}
