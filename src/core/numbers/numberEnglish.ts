// A number's magnitude in English words, as the JSON gives it (docs/annotation.md §6): made on
// demand from the annotation, never stored on it.
import type { NumberAnnotation, Qualifier } from '../types';
import { Han } from './codes';
import { englishMagnitude, englishNumber, englishWithUnit } from './english';
import { formatDecimal } from './formatDecimal';
import { isStatedValue } from './multiple';
import { unitDefFor } from './units';
import { HEAD_NOUN_UNITS, type UnitDef } from './unitTable';

const QUALIFIER_PREFIX: Readonly<Record<Qualifier, string>> = { exact: '', range: '', above: 'over ', below: 'under ', approx: 'about ' };
const MAJOR = '大';
const FRACTION_BAR = '分之';

/** 1st, 2nd, 3rd, 11th, 22nd. */
function ordinalWord(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * The magnitude in English words, as the §6 JSON gives it: "32.5 trillion yuan", "over 140,000
 * companies", "10–15 percent", "2nd largest", "2.1 times (base ≈ 3.2 million kilowatts)". Made
 * on demand, never stored: everything it needs is on the annotation (the unit form and the
 * shape it was read from are in its text), except a 倍's implied base, whose unit is that of the
 * stated value before it in `numbers` (the list `n` belongs to, at `index` when known).
 */
export function numberEnglish(n: NumberAnnotation, numbers?: readonly NumberAnnotation[], index?: number): string {
  const v = n.value;
  const unit = n.unit;
  if (Array.isArray(v)) {
    const def = unit === null ? undefined : unitDefFor(unit, n.text);
    return `${englishNumber(v[0])}–${def ? englishWithUnit(v[1], def) : englishNumber(v[1])}`;
  }
  if (n.kind === 'ordinal') { return n.text.endsWith(MAJOR) ? `${ordinalWord(v)} largest` : ordinalWord(v); }
  let words: string;
  const def = unitDefOf(n);
  if (def) {
    words = def.category === 'percent' && def.unit !== '%' ? `${formatDecimal(v, 6)} ${v === 1 && def.enOne ? def.enOne : def.en}` : englishWithUnit(v, def);
  } else if (unit === null) {
    // N分之M is a fraction; a bare number after 比值 is not.
    words = n.kind === 'ratio' && n.text.includes(FRACTION_BAR) ? formatDecimal(v, 6) : englishNumber(v);
  } else if (n.text.includes(MAJOR + unit)) {
    words = `${englishNumber(v)} major ${unit}`;
  } else {
    // The unit of a head noun outside the span (人口超过100万).
    const head = HEAD_NOUN_UNITS.find((h) => h.unit === unit);
    words = englishMagnitude(v, head ? head.en : unit);
  }
  words = QUALIFIER_PREFIX[n.qualifier] + words;
  if (n.impliedBase === undefined) { return words; }
  const base = n.impliedBase;
  const stated = numbers ? statedValue(numbers, index ?? numbers.indexOf(n)) : undefined;
  // 上万人 was read without a unit definition: its base takes the unit as written, not a gloss.
  const baseDef = stated && stated.text.charCodeAt(0) !== Han.Shang ? unitDefOf(stated) : undefined;
  const gloss = baseDef ? englishMagnitude(base, baseDef.en) : stated ? `${englishNumber(base)} ${stated.unit ?? ''}` : englishNumber(base);
  return `${words} (base ≈ ${gloss})`;
}

/**
 * The unit definition a number's words come from, found by its unit and the form in its text;
 * undefined for the shapes whose words need none: N大 + noun, a head noun's unit, ordinals, bare numbers.
 */
function unitDefOf(n: NumberAnnotation): UnitDef | undefined {
  const unit = n.unit;
  if (unit === null || n.kind === 'ordinal') { return undefined; }
  // Classifiers report the form as written: a cardinal whose unit is not in its text took it from a noun.
  if (n.kind === 'cardinal' && (!n.text.includes(unit) || n.text.includes(MAJOR + unit))) { return undefined; }
  return unitDefFor(unit, n.text);
}

/**
 * The number a 倍's implied base was derived from: the nearest earlier one with a measured unit
 * (the recognizer sets impliedBase only when that one stands in the same sentence).
 */
function statedValue(numbers: readonly NumberAnnotation[], index: number): NumberAnnotation | undefined {
  for (let k = index - 1; k >= 0; k--) {
    if (isStatedValue(numbers[k])) { return numbers[k]; }
  }
  return undefined;
}
