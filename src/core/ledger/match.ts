// Finding the indicators a stretch of text names (docs/annotation.md §3, "Indicators"): every
// wording of src/core/ledger/indicators.ts as a word, longest first, left to right, one pass.
import { WordTable } from '../text';
import { INDICATORS, type IndicatorDef } from './indicators';
import { SHARE_AFTER, SHARE_BEFORE } from './words';

interface WordingRow { readonly word: string; readonly def: IndicatorDef }

const WORDINGS = new WordTable<WordingRow>(INDICATORS.flatMap((def) => def.words.map((word) => ({ word, def }))));
const BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.map((d) => [d.id, d]));

/** One place where the text names an indicator. */
export interface Mention {
  def: IndicatorDef;
  /** Where the wording stands. */
  start: number;
  end: number;
}

/** Whether the wording at [start, end) is the denominator of a share (占国内生产总值比重), which names no indicator. */
function isDenominator(text: string, start: number, end: number): boolean {
  return SHARE_BEFORE.some((w) => text.startsWith(w, start - w.length)) || SHARE_AFTER.some((w) => text.startsWith(w, end));
}

/**
 * The indicators named in text[from, to), in order, none overlapping another (the longest wording
 * wins); a wording that is the denominator of a share is passed over.
 */
export function findMentions(text: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  let i = Math.max(0, from);
  const limit = Math.min(to, text.length);
  while (i < limit) {
    if (!WORDINGS.startsWith(text.charCodeAt(i))) { i++; continue; }
    const row = WORDINGS.rowAt(text, i, limit);
    if (row === undefined) { i++; continue; }
    const end = i + row.word.length;
    if (!isDenominator(text, i, end)) { out.push({ def: row.def, start: i, end }); }
    i = end;
  }
  return out;
}

/** The indicator a name stands for (国内生产总值增长, 城镇调查失业率 …), by its first wording; null when none. */
export function indicatorNamed(name: string): IndicatorDef | null {
  const m = findMentions(name, 0, name.length);
  return m.length > 0 ? m[0].def : null;
}

/** The indicator of an id. */
export function indicatorById(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}
