// Plan periods (docs/annotation.md §2): “十四五”时期, “十四五”, 十四五规划, “十四五”末 — the Nth
// five-year plan and its years.
import { CLOSE_QUOTES, WordList, codeIn, writtenDigitValue } from '../../text';
import { make, raw, type RawDate } from '../rawDate';
import { codeAt, startsWithAt, type NumRead } from '../read';
import type { ScanContext } from '../scan/context';
import { PLAN_SUFFIXES, PLAN_UNQUOTED_CUES, YEAR_EDGE_BLOCKERS } from '../words';

const SUFFIXES = new WordList(PLAN_SUFFIXES);
const UNQUOTED_CUES = new WordList(PLAN_UNQUOTED_CUES);
const TEN = '十'.charCodeAt(0);
const ER = '二'.charCodeAt(0);
const WU = '五'.charCodeAt(0);

/** First and last year of the Nth five-year plan (一五 = 1953–1957; 1963–65 was an adjustment period). */
export function planYears(n: number): [number, number] | null {
  if (n < 1 || n > 30) { return null; }
  const start = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
  return [start, start + 4];
}

/** “十四五”时期, “十四五” (i at the opening quote). */
export function parseQuotedPlan(ctx: ScanContext, i: number): RawDate | null {
  return planAt(ctx, i, true);
}

/** 十四五规划, 十四五时期 (unquoted: only from the 11th plan on, and before a cue word). */
export function parsePlainPlan(ctx: ScanContext, i: number): RawDate | null {
  return planAt(ctx, i, false);
}

function planAt(ctx: ScanContext, i: number, quoted: boolean): RawDate | null {
  const { text, limit } = ctx;
  let j = quoted ? i + 1 : i;
  const n = readPlanOrdinal(text, j, limit);
  if (!n) { return null; }
  j = n.end;
  if (!startsWithAt(text, j, '五', limit)) { return null; }
  j++;
  if (quoted) {
    if (j >= limit || !codeIn(CLOSE_QUOTES, text.charCodeAt(j))) { return null; }
    j++;
  } else {
    if (n.value < 11) { return null; } // 四五线城市 is not a plan
    if (UNQUOTED_CUES.at(text, j, limit) === null) { return null; }
  }
  const years = planYears(n.value);
  if (!years) { return null; }
  const suffix = SUFFIXES.at(text, j, limit);
  if (suffix) { j += suffix.length; }
  else if (startsWithAt(text, j, '末', limit) && !codeIn(YEAR_EDGE_BLOCKERS['末'], text.charCodeAt(j + 1))) {
    // “十四五”末: the plan's last year.
    const r = raw(false, 'plan');
    r.year = years[1]; r.yearTo = years[1];
    return make(ctx, i, j + 1, r);
  }
  const r = raw(false, 'plan');
  r.year = years[0]; r.yearTo = years[1];
  return make(ctx, i, j, r);
}

/** The ordinal of a plan (十四 in 十四五); the trailing 五 belongs to the plan word. */
function readPlanOrdinal(text: string, i: number, limit: number): NumRead | null {
  const a = codeAt(text, i, limit);
  const b = codeAt(text, i + 1, limit);
  const c = codeAt(text, i + 2, limit);
  if (a === TEN) {
    const d = writtenDigitValue(b);
    if (d > 0 && c === WU) { return { value: 10 + d, end: i + 2, cn: true, len: 2 }; }
    if (b === WU) { return { value: 10, end: i + 1, cn: true, len: 1 }; }
    return null;
  }
  if (a === ER && b === TEN) {
    const d = writtenDigitValue(c);
    if (d > 0 && text.charCodeAt(i + 3) === WU) { return { value: 20 + d, end: i + 3, cn: true, len: 3 }; }
    if (c === WU) { return { value: 20, end: i + 2, cn: true, len: 2 }; }
    return null;
  }
  const d = writtenDigitValue(a);
  if (d > 0 && b === WU) { return { value: d, end: i + 1, cn: true, len: 1 }; }
  return null;
}
