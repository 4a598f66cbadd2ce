// A number's explanation in words (explain.ts gives the data): the value with every digit, the
// magnitude as a reader says it, bounds and ranges in words ("at least 12 million people",
// "between 4.5 % and 5 %", 不少于1200万人), fractions as fractions with their percentage ("one
// third (≈ 33.3 %)", 三分之一（约33.3%）), conversions and 倍 readings. The hover, the CLI and the
// inlay hints (inlineHints.ts) share these forms.
import { magnitudeWords, type Fraction, type NumberExplanation } from './explain';
import { t, type ExplanationLanguage, type ExplanationRow } from './explainStrings';
import { formatDecimal } from './numbers';
import type { NumberKind, Qualifier } from './types';

// --- values --------------------------------------------------------------------------------------

/** 32,500,000,000,000 — every digit, grouped by thousands (up to six decimals). */
export function groupedValue(v: number): string {
  return formatDecimal(v, 6);
}

/** 32.5万亿, 993万, 16.8亿 — the magnitude as a Chinese reader writes it. */
export function chineseMagnitude(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e12) { return `${formatDecimal(v / 1e12, 4)}万亿`; }
  if (abs >= 1e8) { return `${formatDecimal(v / 1e8, 4)}亿`; }
  if (abs >= 1e4) { return `${formatDecimal(v / 1e4, 4)}万`; }
  return formatDecimal(v, 4);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 3.25×10¹³ for large values, grouped digits below 10⁴. */
export function scientific(v: number): string {
  const abs = Math.abs(v);
  if (abs < 1e4 || !Number.isFinite(v)) { return formatDecimal(v, 6); }
  let e = Math.floor(Math.log10(abs));
  let m = Number((v / 10 ** e).toPrecision(6));
  if (Math.abs(m) >= 10) { m /= 10; e++; }
  let sup = '';
  for (const d of String(e)) { sup += SUPERSCRIPT[Number(d)]; }
  return `${m}×10${sup}`;
}

/** The value rounded to `digits` significant digits (61.6836 → 61.68 with 4). */
export function significant(v: number, digits: number): number {
  return v === 0 || !Number.isFinite(v) ? v : Number(v.toPrecision(digits));
}

const NO_SPACE_UNITS = new Set(['%', '‰']);

/** Chinese writes the unit straight after the number (993万千瓦); English leaves a space. */
export function withUnit(number: string, unit: string | null, lang: ExplanationLanguage): string {
  if (!unit) { return number; }
  return NO_SPACE_UNITS.has(unit) || lang === 'zh-cn' ? `${number}${unit}` : `${number} ${unit}`;
}

export function rangeOf(value: number | [number, number], f: (v: number) => string): string {
  return Array.isArray(value) ? `${f(value[0])}–${f(value[1])}` : f(value);
}

export function conversionText(e: NumberExplanation): string | null {
  const c = e.conversion;
  if (!c) { return null; }
  if (Array.isArray(c)) { return `${formatDecimal(c[0].value, 4)}–${formatDecimal(c[1].value, 4)} ${c[1].unit}`; }
  return `${formatDecimal(c.value, 4)} ${c.unit}`;
}

export function signedPercent(p: number): string {
  return `${p >= 0 ? '+' : ''}${formatDecimal(p, 4)} %`;
}

// --- fractions -----------------------------------------------------------------------------------

/** Numerators in words, and denominators as English names them (language data). */
const EN_CARDINALS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const EN_DENOMINATORS: Readonly<Record<number, readonly [string, string]>> = {
  2: ['half', 'halves'], 3: ['third', 'thirds'], 4: ['quarter', 'quarters'], 5: ['fifth', 'fifths'], 6: ['sixth', 'sixths'],
  7: ['seventh', 'sevenths'], 8: ['eighth', 'eighths'], 9: ['ninth', 'ninths'], 10: ['tenth', 'tenths'],
  11: ['eleventh', 'elevenths'], 12: ['twelfth', 'twelfths'], 20: ['twentieth', 'twentieths'], 100: ['hundredth', 'hundredths'],
};
/** Chinese digits for writing small numbers (三分之一, 十二分之五). */
const CN_DIGITS = '〇一二三四五六七八九';

/** 1–99 in Chinese numerals (十二, 二十五); larger numbers in Arabic digits. */
function chineseSmall(n: number): string {
  if (n < 10) { return CN_DIGITS[n]; }
  if (n < 100) { return `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`; }
  return String(n);
}

/** "one third", "two fifths", "3/17"; 三分之一, 五分之二. */
export function fractionWords(f: Fraction, lang: ExplanationLanguage): string {
  if (lang === 'zh-cn') { return `${chineseSmall(f.denominator)}分之${chineseSmall(f.numerator)}`; }
  const name = EN_DENOMINATORS[f.denominator];
  if (!name || f.numerator >= EN_CARDINALS.length) { return `${f.numerator}/${f.denominator}`; }
  return `${EN_CARDINALS[f.numerator]} ${f.numerator === 1 ? name[0] : name[1]}`;
}

/** The percentage of a fraction to one decimal, and whether that is exact (2/5 = 40 %, 1/3 ≈ 33.3 %). */
export function fractionPercent(f: Fraction): { text: string; exact: boolean } {
  const p = (f.numerator / f.denominator) * 100;
  const rounded = Math.round(p * 10) / 10;
  return { text: formatDecimal(rounded, 1), exact: Math.abs(p - rounded) < 1e-9 };
}

// --- words -----------------------------------------------------------------------------------------

/** One value in words, without a bound: "12 million people", "4.5 %", "one third"; 1200万人, 三分之一. */
function oneValueWords(e: NumberExplanation, v: number, lang: ExplanationLanguage): string {
  if (e.fraction) { return fractionWords(e.fraction, lang); }
  if (lang === 'zh-cn') { return e.unit === 'ordinal' ? t(lang, 'ordinal', groupedValue(v)) : withUnit(chineseMagnitude(v), e.unit, lang); }
  if (e.unit === '%') { return `${formatDecimal(v, 6)} %`; }
  return magnitudeWords(v, e.unit);
}

/** "between 1 and 2 billion yuan": the low end without the words it shares with the high end. */
function betweenWords(low: string, high: string, e: NumberExplanation, lang: ExplanationLanguage): string {
  if (lang === 'en' && e.unit !== '%') {
    const lowWords = low.split(' ');
    const highWords = high.split(' ');
    let shared = 0;
    while (shared < lowWords.length - 1 && lowWords[lowWords.length - 1 - shared] === highWords[highWords.length - 1 - shared]) { shared++; }
    low = lowWords.slice(0, lowWords.length - shared).join(' ');
  }
  return t(lang, 'words.between', low, high);
}

const BOUND_KEYS = {
  above: { inclusive: 'words.atLeast', exclusive: 'words.moreThan' },
  below: { inclusive: 'words.atMost', exclusive: 'words.lessThan' },
} as const;

/**
 * The number as a careful reader words it: the bound or the range in words where the text says
 * which ("at least 12 million people", "between 4.5 % and 5 %", 不少于1200万人), "about" for
 * approximations. A bound the text leaves open (more than, or at least?) is not decided here: the
 * words give the value and the qualifier row says what is open.
 */
export function numberWords(e: NumberExplanation, lang: ExplanationLanguage): string {
  const v = e.value;
  if (Array.isArray(v)) { return betweenWords(oneValueWords(e, v[0], lang), oneValueWords(e, v[1], lang), e, lang); }
  const words = oneValueWords(e, v, lang);
  const q: Qualifier = e.qualifier;
  if (q === 'approx') { return t(lang, 'words.about', words); }
  if ((q === 'above' || q === 'below') && e.bound) { return t(lang, BOUND_KEYS[q][e.bound], words); }
  return words;
}

/** The "Value" row: every digit with the unit, or a fraction with its percentage. */
function numberValue(e: NumberExplanation, lang: ExplanationLanguage): string {
  if (e.fraction) {
    const p = fractionPercent(e.fraction);
    return t(lang, p.exact ? 'fraction.percent' : 'fraction.percentApprox', fractionWords(e.fraction, lang), p.text);
  }
  if (e.unit === 'ordinal') { return rangeOf(e.value, v => t(lang, 'ordinal', groupedValue(v))); }
  return withUnit(rangeOf(e.value, groupedValue), e.unit, lang);
}

/** Letters and digits only: "27 %" and "27%" say the same. */
function squeezed(s: string): string {
  return s.replace(/[\s,，]/g, '');
}

export function numberRows(e: NumberExplanation, lang: ExplanationLanguage): ExplanationRow[] {
  const value = numberValue(e, lang);
  const rows: ExplanationRow[] = [{ label: t(lang, 'label.value'), value }];
  // Words that only repeat the value's beginning ("two fifths" of "two fifths (40 %)", "10 %" of "10%") are left out.
  const adds = (words: string) => !squeezed(value).startsWith(squeezed(words));
  const words = numberWords(e, lang);
  if (adds(words)) { rows.push({ label: t(lang, 'label.inWords'), value: words }); }
  const english = numberWords(e, 'en');
  if (lang === 'zh-cn' && adds(english)) { rows.push({ label: t(lang, 'label.english'), value: english }); }
  const conv = conversionText(e);
  if (conv) { rows.push({ label: t(lang, 'label.conversion'), value: conv }); }
  // Only what the words above leave open: a bound the text does not settle.
  if ((e.qualifier === 'above' || e.qualifier === 'below') && !e.bound) {
    rows.push({ label: t(lang, 'label.qualifier'), value: t(lang, `qualifier.${e.qualifier}`) });
  }
  const m = e.multiple;
  if (m) {
    const reading = m.reading === 'growth'
      ? t(lang, 'reading.growth', signedPercent(m.percentChange ?? 0), formatDecimal(m.ratioToBase, 6))
      : t(lang, 'reading.multiple', formatDecimal(m.ratioToBase, 6));
    rows.push({ label: t(lang, 'label.multiple'), value: reading });
    if (m.impliedBase) {
      const b = m.impliedBase;
      const base = lang === 'zh-cn' ? withUnit(chineseMagnitude(b.value), b.unit, lang) : b.english;
      rows.push({ label: t(lang, 'label.impliedBase'), value: t(lang, 'impliedBase', base) });
    }
  }
  if (e.change) { rows.push({ label: t(lang, 'label.change'), value: t(lang, `change.${e.change}`) }); }
  const kind: NumberKind = e.numberKind;
  rows.push({ label: t(lang, 'label.numberKind'), value: t(lang, `numberKind.${kind}`) });
  return rows;
}
