// Target markers (docs/annotation.md §3: 力争, 确保, 目标是, 计划, 拟, 预计, 到…年, 将…): the rows of
// markerWords.ts as a table by first character, each with its exclusion words, and the tests of
// whether a marker word at a position really opens a goal.
import { codeIn, WordList, WordTable, type WordRow } from '../text';
import { CLS, LEAD_FIRST, MARKER_START, NEWLINE, SENTENCE_END, STOP } from './classes';
import { deadlineAt, startAt, type Deadline } from './deadlines';
import { durationAt } from './durations';
import { PERIOD_STARTS } from './deadlineWords';
import { TARGET_MARKERS, type TargetMarker } from './markerWords';
import { dateStartsAt, lowerBound, type TargetScan } from './scan';

/**
 * A marker with its exclusion words as word lists (notAfter read by last character, notBefore by
 * first) and `fallbacks`: the shorter markers its word starts with, longest first, which a
 * position holding this marker also holds (tried in turn when this one is excluded there).
 */
export interface MarkerRow extends WordRow {
  readonly marker: TargetMarker;
  readonly notAfter: WordList | undefined;
  readonly notBefore: WordList | undefined;
  readonly notAfterExcept: WordList | undefined;
  readonly fallbacks: MarkerRow[];
}

/** A marker found in a sentence: where it stands and, for 到/至, the deadline it introduces. */
export interface MarkerHit { pos: number; end: number; marker: TargetMarker; date?: Deadline }

function markerRows(): MarkerRow[] {
  const rows: MarkerRow[] = TARGET_MARKERS.map(m => ({
    word: m.word, marker: m,
    notAfter: m.notAfter ? new WordList(m.notAfter) : undefined,
    notBefore: m.notBefore ? new WordList(m.notBefore) : undefined,
    notAfterExcept: m.notAfterExcept ? new WordList(m.notAfterExcept) : undefined,
    fallbacks: [],
  }));
  // The order WordTable tries them in: longest first, rows of one length as listed.
  const sorted = [...rows].sort((a, b) => b.word.length - a.word.length);
  for (let j = 0; j < sorted.length; j++) {
    for (let k = j + 1; k < sorted.length; k++) {
      if (sorted[j].word.startsWith(sorted[k].word)) { sorted[j].fallbacks.push(sorted[k]); }
    }
  }
  return rows;
}

/** The markers by first character; rowAt gives the longest at a position. */
export const MARKERS = new WordTable<MarkerRow>(markerRows());

/**
 * The marker word at i that states a goal in the sentence [ss, se), or undefined; a 到/至's date
 * goes to scan.markerDate. With `ahead` the sentence end is not known yet and se is the chunk's end:
 * no marker or exclusion word holds a full stop or a newline, so those read the same; a 到/至
 * only needs something a date may start with (a date could run past the unknown end), and
 * markersIn decides.
 */
export function markerAt(scan: TargetScan, i: number, ss: number, se: number, ahead = false): TargetMarker | undefined {
  const t = scan.text;
  const longest = MARKERS.rowAt(t, i, se);
  if (longest === undefined) { return undefined; }
  for (let f = -1; f < longest.fallbacks.length; f++) {
    const r = f < 0 ? longest : longest.fallbacks[f];
    const m = r.marker;
    const end = i + m.word.length;
    if (r.notAfter && r.notAfter.endingAt(t, i, ss) !== null && (!r.notAfterExcept || r.notAfterExcept.endingAt(t, i, ss) === null)) { continue; }
    // Most markers ending a sentence are nouns (…的计划。); a goal noun there may name its value (实现5%左右的预期目标。).
    const ends = end >= se || (STOP[t.charCodeAt(end)] & (SENTENCE_END | NEWLINE)) !== 0;
    if (r.notBefore && ((ends && m.list !== true) || r.notBefore.at(t, end, se + 1) !== null)) { continue; }
    let date: Deadline | undefined;
    if (m.start === true || m.duration === true) {
      if (ahead) {
        if (mayOpenLeadAt(scan, end, m.duration === true)) { return m; }
        continue;
      }
      date = m.start === true ? startAt(scan, i, end, ss, se) : durationAt(scan, i, se);
      if (!date) { continue; }
    } else if (m.deadline) {
      // 2021年到2025年 is a period, not a deadline; so is a 至 inside one date (2020年9月至2021年5月).
      const before = lowerBound(scan.dateStart, i) - 1;
      if ((before >= 0 && scan.dateEnd[before] >= i) || codeIn(PERIOD_STARTS, t.charCodeAt(i - 1))) { continue; }
      if (ahead) {
        const k = lowerBound(scan.dateStart, end);
        if (LEAD_FIRST[t.charCodeAt(end)] === 1 || (k < scan.dateStart.length && scan.dateStart[k] === end)) { return m; }
        continue;
      }
      date = deadlineAt(scan, end, ss, se);
      if (!date || (m.yearOnly === true && !date.explicit)) { continue; }
    }
    scan.markerDate = date;
    return m;
  }
  return undefined;
}

/**
 * What a start or a duration marker needs after it may begin at pos: a year, a date (the cursor of
 * dateStartsAt: the paragraph scan asks in order), or, after 经过, a number.
 */
function mayOpenLeadAt(scan: TargetScan, pos: number, duration: boolean): boolean {
  if (LEAD_FIRST[scan.text.charCodeAt(pos)] === 1 || dateStartsAt(scan, pos)) { return true; }
  if (!duration) { return false; }
  const n = lowerBound(scan.numberStart, pos);
  return n < scan.numberStart.length && scan.numberStart[n] === pos;
}

/** A marker word starts at i (a deadline marker only before something a date may start with). */
export function markerWordAt(scan: TargetScan, i: number, pe: number): boolean {
  const t = scan.text;
  const r = MARKERS.rowAt(t, i, pe);
  if (r === undefined) { return false; }
  const end = i + r.word.length;
  if (!r.marker.deadline) { return true; }
  if (end < pe && LEAD_FIRST[t.charCodeAt(end)] === 1) { return true; }
  const k = lowerBound(scan.dateStart, end);
  return k < scan.dateStart.length && scan.dateStart[k] === end;
}

/** Some marker word starts in [from, se) (from < 0: none may). */
export function anyMarkerWord(scan: TargetScan, from: number, se: number, pe: number): boolean {
  if (from < 0) { return false; }
  const t = scan.text;
  for (let i = from; i < se; i++) {
    if ((CLS[t.charCodeAt(i)] & MARKER_START) !== 0 && markerWordAt(scan, i, pe)) { return true; }
  }
  return false;
}
