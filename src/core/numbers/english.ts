// English words for a magnitude with its unit (the `english` of docs/annotation.md §6):
// "32.5 trillion yuan", "140,000 companies", "9.93 million kilowatts (9.93 GW)".
import { formatDecimal } from './formatDecimal';
import type { Conversion, UnitDef } from './unitTable';

const SCALE_WORDS: readonly { value: number; word: string }[] = [
  { value: 1e12, word: 'trillion' }, { value: 1e9, word: 'billion' }, { value: 1e6, word: 'million' },
];
const SCALE_SUFFIX: readonly string[] = SCALE_WORDS.map((s) => ' ' + s.word);

/** "32.5 trillion", "140,000", "9.93 million" — the magnitude in English words. */
export function englishNumber(value: number): string {
  const abs = Math.abs(value);
  // A small whole number, the commonest, reads as itself.
  if (abs < 1000 && Number.isInteger(value)) { return String(value); }
  for (let k = 0; k < SCALE_WORDS.length; k++) {
    if (abs >= SCALE_WORDS[k].value) { return formatDecimal(value / SCALE_WORDS[k].value, 4) + SCALE_SUFFIX[k]; }
  }
  // Below a million: whole numbers past a thousand, four decimals at most for small values.
  return formatDecimal(value, abs >= 1000 ? 0 : 4);
}

/**
 * "32.5 trillion yuan", "140,000 companies", "9.93 million kilowatts (9.93 GW)".
 * `unitGloss` is the plural gloss (or a UnitDef for singular forms and conversions).
 */
export function englishMagnitude(value: number, unitGloss: string | UnitDef | null): string {
  if (unitGloss !== null && typeof unitGloss === 'object') { return englishWithUnit(value, unitGloss); }
  const gloss = unitGloss ?? '';
  return gloss === 'percent' || gloss === 'per mille' ? `${formatDecimal(value, 6)} ${gloss}` : (gloss ? `${englishNumber(value)} ${gloss}` : englishNumber(value));
}

/** englishMagnitude with a unit definition: its singular form and its conversion. */
export function englishWithUnit(value: number, def: UnitDef): string {
  const gloss = value === 1 && def.enOne ? def.enOne : def.en;
  const head = gloss === 'percent' || gloss === 'per mille' ? `${formatDecimal(value, 6)} ${gloss}` : (gloss ? `${englishNumber(value)} ${gloss}` : englishNumber(value));
  const conv = def.conversions ? pickConversion(value, def.conversions) : null;
  return conv ? `${head} (${conv})` : head;
}

function pickConversion(value: number, conversions: readonly Conversion[]): string | null {
  // The first conversion that lands at a readable size (≥ 1), else the last one.
  for (const cv of conversions) {
    // An identity conversion (公里 → km) adds nothing to the English already given.
    if (cv.factor === 1) { continue; }
    const v = value * cv.factor;
    if (Math.abs(v) >= 1) { return `${englishNumber(v)} ${cv.unit}`; }
  }
  const last = conversions[conversions.length - 1];
  return last && last.factor !== 1 ? `${formatDecimal(value * last.factor, 6)} ${last.unit}` : null;
}
