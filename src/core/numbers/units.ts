// Matching the unit forms of unitTable.ts: the longest form after a numeral, and the definition
// of a reported unit (for its English words).
import { CODE_UNITS } from '../text';
import { UNIT_FORMS, type UnitDef } from './unitTable';

/** A unit form found in text, with its definition. */
export interface UnitMatch {
  readonly form: string;
  readonly def: UnitDef;
}

/**
 * Unit forms by their first character (a typed-array slot per code unit: no Map lookup per
 * number), then by their second, longest first; one immutable match object per form, so
 * matching allocates nothing.
 */
interface UnitBucket {
  /** The one-character form, tried when no longer form matches. */
  single: UnitMatch | null;
  /** Second characters of the longer forms, and the forms with each, longest first. */
  seconds: number[];
  longer: UnitMatch[][];
}
const FIRST_SLOT = new Uint16Array(CODE_UNITS);
const BUCKETS: UnitBucket[] = [{ single: null, seconds: [], longer: [] }];
for (const form of Object.keys(UNIT_FORMS)) {
  // A contextual form (日) is read only by the rule that knows its context, never by matchUnit.
  if (UNIT_FORMS[form].contextual) { continue; }
  const k = form.charCodeAt(0);
  if (FIRST_SLOT[k] === 0) { FIRST_SLOT[k] = BUCKETS.length; BUCKETS.push({ single: null, seconds: [], longer: [] }); }
  const bucket = BUCKETS[FIRST_SLOT[k]];
  const m: UnitMatch = Object.freeze({ form, def: UNIT_FORMS[form] });
  if (form.length === 1) { bucket.single = m; continue; }
  let g = bucket.seconds.indexOf(form.charCodeAt(1));
  if (g < 0) { g = bucket.seconds.length; bucket.seconds.push(form.charCodeAt(1)); bucket.longer.push([]); }
  bucket.longer[g].push(m);
}
for (const bucket of BUCKETS) { for (const list of bucket.longer) { list.sort((a, b) => b.form.length - a.form.length); } }

/** The longest unit form at `pos` (not beyond `limit`), or null. */
export function matchUnit(text: string, pos: number, limit = text.length): UnitMatch | null {
  if (pos < 0 || pos >= limit || pos >= text.length) { return null; }
  const slot = FIRST_SLOT[text.charCodeAt(pos)];
  if (slot === 0) { return null; }
  const bucket = BUCKETS[slot];
  if (pos + 1 < limit) {
    const c1 = text.charCodeAt(pos + 1);
    const seconds = bucket.seconds;
    for (let g = 0; g < seconds.length; g++) {
      if (seconds[g] !== c1) { continue; }
      const list = bucket.longer[g];
      for (let k = 0; k < list.length; k++) {
        const m = list[k];
        const len = m.form.length;
        if (pos + len <= limit && (len === 2 || text.startsWith(m.form, pos))) { return m; }
      }
      break;
    }
  }
  return bucket.single;
}

/**
 * Unit forms by the unit they report. Where the forms of one unit read differently in English
 * (度 for degrees, 度电 → 度 for kilowatt-hours) all are kept, longest first, to be told apart by
 * the form in the text; otherwise the first stands for all.
 */
const FORMS_BY_UNIT = new Map<string, UnitMatch[]>();
{
  const sameWords = (a: UnitDef, b: UnitDef): boolean => a.category === b.category && a.kind === b.kind && a.en === b.en
    && a.enOne === b.enOne && JSON.stringify(a.conversions) === JSON.stringify(b.conversions);
  for (const form of Object.keys(UNIT_FORMS)) {
    const def = UNIT_FORMS[form];
    const list = FORMS_BY_UNIT.get(def.unit);
    if (list) { list.push({ form, def }); } else { FORMS_BY_UNIT.set(def.unit, [{ form, def }]); }
  }
  for (const [unit, list] of FORMS_BY_UNIT) {
    if (list.every((m) => sameWords(m.def, list[0].def))) { FORMS_BY_UNIT.set(unit, [list[0]]); }
    else { list.sort((a, b) => b.form.length - a.form.length); }
  }
}

/** The definition of a reported unit, told apart by the form written in `text` when its forms differ. */
export function unitDefFor(unit: string, text: string): UnitDef | undefined {
  const forms = FORMS_BY_UNIT.get(unit);
  if (!forms) { return undefined; }
  if (forms.length > 1) {
    for (const m of forms) { if (text.includes(m.form)) { return m.def; } }
  }
  return forms[0].def;
}
