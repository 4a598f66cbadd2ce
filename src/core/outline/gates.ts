// The gates of the line patterns (patterns.ts), as tables: for each character, the bit set of the
// rows a line starting (ending) with it may match; for each length, the rows a line of it may
// match. A line's candidate rows are a few table reads and ANDs, and only their tests run — most
// lines try none or one (docs/architecture.md: linear scanning, shared tables).
import { CODE_UNITS } from '../text';
import { HINT_DATELINE, HINT_LABEL, HINT_TAB, type CharSet, type Need, type PatternRow } from './lineView';
import { PATTERN_ROWS } from './patterns';

if (PATTERN_ROWS.length > 32) { throw new Error('line patterns: more than 32 rows (a gate is one 32-bit set)'); }

const bitOf = (i: number): number => 2 ** i;
const ALL = PATTERN_ROWS.reduce((m, _, i) => m | bitOf(i), 0);

/** For each code unit, the rows whose `select`ed character set holds it (rows without one: all). */
function charGate(select: (r: PatternRow) => CharSet | undefined): Uint32Array {
  let open = 0;
  PATTERN_ROWS.forEach((r, i) => { if (select(r) === undefined) { open |= bitOf(i); } });
  const table = new Uint32Array(CODE_UNITS).fill(open);
  PATTERN_ROWS.forEach((r, i) => {
    const set = select(r);
    if (set !== undefined) {
      for (let k = 0; k < set.length; k++) { table[set.charCodeAt(k)] |= bitOf(i); }
    }
  });
  return table;
}

/** Rows by the line's first unit, at the line start and at the paragraph's text (after Markdown bullets). */
const FIRST_AT_LINE = charGate((r) => (r.atText ? undefined : r.first));
const FIRST_AT_TEXT = charGate((r) => (r.atText ? r.first : undefined));
/** Rows by the line's last unit. */
const LAST = charGate((r) => r.last);

/** Rows by the line's length; the last entry holds for every longer line. */
const LONGEST = PATTERN_ROWS.reduce((m, r) => (r.maxLength !== undefined ? Math.max(m, r.maxLength) : m), 0);
const BY_LENGTH = new Uint32Array(LONGEST + 2);
for (let len = 0; len < BY_LENGTH.length; len++) {
  PATTERN_ROWS.forEach((r, i) => { if (r.maxLength === undefined || len <= r.maxLength) { BY_LENGTH[len] |= bitOf(i); } });
}

const needing = (need: Need): number => PATTERN_ROWS.reduce((m, r, i) => (r.needs === need ? m | bitOf(i) : m), 0);
const NOT_HEADING_LIKE = ALL & ~needing('headingLike');
const NO_LABEL_HINT = ALL & ~needing('labelHint');
const NO_DATELINE_HINT = ALL & ~needing('datelineHint');
const NO_TAB_HINT = ALL & ~needing('tabHint');

/**
 * The rows whose gates a line passes, as a bit set (bit i: the row i of PATTERN_ROWS): its first unit at
 * the line start and at the paragraph's text, its last unit, its length, whether it is
 * heading-like, and its head hints.
 */
export function candidateRows(first: number, textFirst: number, last: number, len: number, headingLike: boolean, hints: number): number {
  let rows = FIRST_AT_LINE[first] & FIRST_AT_TEXT[textFirst] & LAST[last] & BY_LENGTH[len < BY_LENGTH.length ? len : BY_LENGTH.length - 1];
  if (!headingLike) { rows &= NOT_HEADING_LIKE; }
  if ((hints & HINT_LABEL) === 0) { rows &= NO_LABEL_HINT; }
  if ((hints & HINT_DATELINE) === 0) { rows &= NO_DATELINE_HINT; }
  if ((hints & HINT_TAB) === 0) { rows &= NO_TAB_HINT; }
  return rows;
}
