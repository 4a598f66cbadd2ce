// Span → explanation as plain data (docs/architecture.md, rule 5). Nothing here is worded for a reader: the
// structures carry values, codes and document text, and explainText.ts (or any other renderer:
// hover, CLI, export) words them in the reader's language.
import { builtinEntry } from './glossary';
import { daysInMonth, isoDate } from './dates/calendar/iso';
import { findSpanAt } from './spanIndex';
import type {
  Analysis, DateAnnotation, DateGranularity, DateRange, DocumentDateSetBy, DocumentDateSource, GlossaryEntry, NumberAnnotation, NumberKind, Qualifier,
  Span, TargetAnnotation, TargetStrength, TermAnnotation,
} from './types';
import { englishMagnitude, englishNumber, formatDecimal, UNIT_FORMS, type UnitDef } from './numbers';

// --- the shapes ---------------------------------------------------------------------------

export type ExplainedKind = 'number' | 'date' | 'target' | 'term';

/** A quantity in another unit (993万千瓦 → 9.93 GW). */
export interface ConvertedValue {
  value: number;
  unit: string;
}

export interface NumberExplanation extends Span {
  kind: 'number';
  numberKind: NumberKind;
  value: number | [number, number];
  /** The unit as written (元, 千瓦, %, …) or null. */
  unit: string | null;
  qualifier: Qualifier;
  /** The magnitude in English words without qualifier or conversion: "32.5 trillion yuan". */
  english: string;
  /** The most readable conversion the unit table offers, or null. */
  conversion: ConvertedValue | ConvertedValue[] | null;
  change: 'up' | 'down' | null;
  /** For 倍 with a known reading. */
  multiple: MultipleReading | null;
  /**
   * For `above` and `below`: whether the bound takes the number in (以上, 不少于, 以内: at least, at
   * most) or leaves it out (超过, 不足: more than, less than); null when the text does not say.
   */
  bound: 'inclusive' | 'exclusive' | null;
  /** A fraction written N分之M (三分之一), in lowest terms; null for every other number. */
  fraction: Fraction | null;
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface MultipleReading {
  reading: 'growth' | 'multiple';
  /** The factor as written (1.1 in 增长1.1倍). */
  factor: number;
  /** Growth only: the increase in percent (110 for 增长1.1倍). */
  percentChange: number | null;
  /** New value ÷ base (2.1 for growth by 1.1 times, 1.1 for "1.1 times the base"). */
  ratioToBase: number;
  /** The base the sentence implies, when it states the new value. */
  impliedBase: { value: number; unit: string | null; english: string } | null;
}

/** How a date was resolved, with the text the reader can check. */
export type DateBasisExplanation =
  | { kind: 'explicit' }
  | {
    kind: 'document';
    documentDate: string;
    /** Where the document date came from; null when the analysis no longer has it. */
    source: DocumentDateSource | null;
    /** For source `setting`: the command, the setting or the CLI option, when the host said. */
    setBy: DocumentDateSetBy | null;
    sourceText: string | null;
    /** The explicit year a dateline was completed with (2024年). */
    yearFromText: string | null;
  }
  | {
    kind: 'context';
    anchorText: string;
    anchorStart: number;
    /** What the anchor resolved to, when it is a date of the analysis. */
    anchorResolved: DateRange | null;
    /** 去年同期: the same period as the anchor, `yearsBefore` years earlier. */
    samePeriod: { yearsBefore: number } | null;
  }
  | { kind: 'dateline'; datelineText: string; datelineStart: number; date: string }
  | { kind: 'unresolved'; reason: string };

export interface DateExplanation extends Span {
  kind: 'date';
  relative: boolean;
  resolved: DateRange | null;
  /** start === end */
  singleDay: boolean;
  granularity: DateGranularity | null;
  partOfDay: string | null;
  asOf: boolean;
  basis: DateBasisExplanation;
}

/** A signed calendar distance; negative when the deadline lies before the reference day. */
export interface TimeLeft {
  /** The day counted from (YYYY-MM-DD). */
  from: string;
  /** The last day of the deadline (YYYY-MM-DD). */
  to: string;
  totalDays: number;
  /** |distance| in whole years, months and days. */
  years: number;
  months: number;
  days: number;
  passed: boolean;
}

export interface TargetExplanation extends Span {
  kind: 'target';
  deadline: string | null;
  /** The calendar range of the deadline (2027 → 2027-01-01 … 2027-12-31). */
  deadlineRange: DateRange | null;
  value: string | null;
  object: string | null;
  strength: TargetStrength;
  fromDocumentDate: TimeLeft | null;
  fromToday: TimeLeft | null;
}

export interface TermExplanation extends Span {
  kind: 'term';
  headword: string;
  /** null when the entry is no longer in the glossary the caller passed. */
  entry: {
    en: string;
    zh: string;
    origin: string;
    /** The origin in Chinese, when the entry has it. */
    originZh: string | null;
    /** `built-in`, `setting` or a glossary file path. */
    source: string;
    aliases: string[];
  } | null;
}

export type Explanation = NumberExplanation | DateExplanation | TargetExplanation | TermExplanation;

export interface ExplainOptions {
  /** The clock, as a Date (its local calendar day) or YYYY-MM-DD; the extension passes seams.now(). */
  today?: Date | string;
  /** The user's glossary entries, as passed to analyze (they win over built-in ones). */
  glossary?: readonly GlossaryEntry[];
}

// --- entry points ----------------------------------------------------------------------------

/**
 * Every annotation covering `offset`, innermost (shortest) first: a number or date inside a
 * target, a term inside a target. Each list is searched by binary search (docs/architecture.md, rule 3).
 */
export function explain(analysis: Analysis, offset: number, options: ExplainOptions = {}): Explanation[] {
  const hits: { kind: ExplainedKind; span: Span }[] = [];
  const add = <S extends Span>(kind: ExplainedKind, spans: readonly S[]): void => {
    const i = findSpanAt(spans, offset);
    if (i >= 0) { hits.push({ kind, span: spans[i] }); }
  };
  add('number', analysis.numbers);
  add('date', analysis.dates);
  add('term', analysis.terms);
  add('target', analysis.targets);
  // Stable: on equal lengths the order above (number, date, term, target) stands.
  hits.sort((a, b) => (a.span.end - a.span.start) - (b.span.end - b.span.start));
  return hits.map(h => explainAnnotation(h.kind, h.span, analysis, options));
}

export function explainAnnotation(kind: 'number', annotation: NumberAnnotation, analysis: Analysis, options?: ExplainOptions): NumberExplanation;
export function explainAnnotation(kind: 'date', annotation: DateAnnotation, analysis: Analysis, options?: ExplainOptions): DateExplanation;
export function explainAnnotation(kind: 'target', annotation: TargetAnnotation, analysis: Analysis, options?: ExplainOptions): TargetExplanation;
export function explainAnnotation(kind: 'term', annotation: TermAnnotation, analysis: Analysis, options?: ExplainOptions): TermExplanation;
export function explainAnnotation(kind: ExplainedKind, annotation: Span, analysis: Analysis, options?: ExplainOptions): Explanation;
export function explainAnnotation(kind: ExplainedKind, annotation: Span, analysis: Analysis, options: ExplainOptions = {}): Explanation {
  switch (kind) {
    case 'number': return explainNumber(annotation as NumberAnnotation, analysis);
    case 'date': return explainDate(annotation as DateAnnotation, analysis);
    case 'target': return explainTarget(annotation as TargetAnnotation, analysis, options);
    case 'term': return explainTerm(annotation as TermAnnotation, options);
  }
}

// --- numbers ---------------------------------------------------------------------------------

/** Reported unit → its definition (个月 reports 月: the first form reporting a unit defines it). */
const UNIT_BY_REPORTED = new Map<string, UnitDef>();
for (const def of Object.values(UNIT_FORMS)) {
  if (!UNIT_BY_REPORTED.has(def.unit)) { UNIT_BY_REPORTED.set(def.unit, def); }
}

export function unitDefinition(unit: string | null): UnitDef | undefined {
  return unit === null ? undefined : UNIT_FORMS[unit] ?? UNIT_BY_REPORTED.get(unit);
}

/** The magnitude in English words without conversions: "32.5 trillion yuan". */
export function magnitudeWords(value: number | [number, number], unit: string | null): string {
  const def = unitDefinition(unit);
  const plain = def ? { ...def, conversions: undefined } : null;
  if (unit === 'ordinal') {
    return Array.isArray(value) ? `${englishOrdinal(value[0])}–${englishOrdinal(value[1])}` : englishOrdinal(value);
  }
  const one = (v: number): string => plain ? englishMagnitude(v, plain) : unit ? `${englishNumber(v)} ${unit}` : englishNumber(v);
  if (!Array.isArray(value)) { return one(value); }
  // 10%—15% → "10–15 percent": the unit once, after the high end.
  const low = plain?.category === 'percent' ? formatDecimal(value[0], 6) : englishNumber(value[0]);
  return `${low}–${one(value[1])}`;
}

/** 1st, 2nd, 3rd, 11th, 22nd. */
export function englishOrdinal(n: number): string {
  const tens = Math.abs(n) % 100;
  const ones = Math.abs(n) % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ones === 1 ? 'st' : ones === 2 ? 'nd' : ones === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The first conversion of the unit that lands at a readable size (≥ 1), else the last; identity conversions add nothing. */
export function bestConversion(value: number, unit: string | null): ConvertedValue | null {
  const conversions = unitDefinition(unit)?.conversions;
  if (!conversions) { return null; }
  const useful = conversions.filter(c => c.factor !== 1);
  for (const c of useful) {
    const v = value * c.factor;
    if (Math.abs(v) >= 1) { return { value: v, unit: c.unit }; }
  }
  const last = useful[useful.length - 1];
  return last ? { value: value * last.factor, unit: last.unit } : null;
}

/**
 * Words that make a bound take the number in, as Chinese law reads them (民法典 第一千二百五十九条:
 * 以上、以下、以内 include the number; 超过、不满 do not). Checked before the exclusive words, which
 * some of them contain (不超过 holds 超过).
 */
const INCLUSIVE_BOUND_WORDS: readonly string[] = [
  '以上', '以下', '以内', '不少于', '不低于', '不超过', '不高于', '不多于', '不大于', '不小于', '至少', '最少', '至多', '最多',
];
/** Words that leave the number out of the bound: more than, less than (1200多万, 300余家 are more than). */
const EXCLUSIVE_BOUND_WORDS: readonly string[] = [
  '超过', '突破', '多于', '高于', '大于', '少于', '低于', '小于', '不足', '不到', '未满', '不满', '逾', '超', '多', '余',
];

/** The fraction bar of N分之M (三分之一); 百分之, 千分之 and 万分之 are read as percentages, not fractions. */
const FRACTION_BAR = '分之';
/** The denominators that make N分之M a percentage written in words, not a fraction (百分之二十, 千分之五). */
const PERCENT_DENOMINATORS: readonly string[] = ['百', '千', '万', '萬'];
/** The bars of a fraction written with a slash (2/3, docs/annotation.md §7 Fractions). */
const SLASHES: readonly string[] = ['/', '／'];
/** The largest denominator a fraction is told by (百分之 never reaches here). */
const MAX_DENOMINATOR = 100;

function boundOf(n: NumberAnnotation): NumberExplanation['bound'] {
  if (n.qualifier !== 'above' && n.qualifier !== 'below') { return null; }
  if (INCLUSIVE_BOUND_WORDS.some(w => n.text.includes(w))) { return 'inclusive'; }
  return EXCLUSIVE_BOUND_WORDS.some(w => n.text.includes(w)) ? 'exclusive' : null;
}

/**
 * 三分之一 → 1/3: the smallest denominator that gives the value, for fractions written as such.
 * A plain fraction is a percentage in the annotation (三分之一 = 33.33… %, docs/annotation.md §7);
 * a mixed number (一又三分之一) keeps its plain value.
 */
function fractionOf(n: NumberAnnotation): Fraction | null {
  if (typeof n.value !== 'number') { return null; }
  const bar = n.text.indexOf(FRACTION_BAR);
  if (bar < 0 && !SLASHES.some(c => n.text.includes(c))) { return null; }
  let v: number;
  if (n.kind === 'percent' && n.unit === '%') {
    if (bar > 0 && PERCENT_DENOMINATORS.includes(n.text[bar - 1])) { return null; }
    v = n.value / 100;
  } else if (n.kind === 'ratio' && n.unit === null) {
    v = n.value;
  } else {
    return null;
  }
  for (let d = 1; d <= MAX_DENOMINATOR; d++) {
    const m = Math.round(v * d);
    if (m > 0 && Math.abs(v * d - m) < 1e-9 * d) { return { numerator: m, denominator: d }; }
  }
  return null;
}

function explainNumber(n: NumberAnnotation, analysis: Analysis): NumberExplanation {
  let conversion: NumberExplanation['conversion'] = null;
  if (Array.isArray(n.value)) {
    const lo = bestConversion(n.value[0], n.unit);
    const hi = bestConversion(n.value[1], n.unit);
    // Both ends in the unit of the high end, so the range reads as one.
    if (lo && hi) {
      const factor = unitDefinition(n.unit)?.conversions?.find(c => c.unit === hi.unit)?.factor ?? 1;
      conversion = [{ value: n.value[0] * factor, unit: hi.unit }, hi];
    }
  } else {
    conversion = bestConversion(n.value, n.unit);
  }
  return {
    kind: 'number', start: n.start, end: n.end, text: n.text,
    numberKind: n.kind, value: n.value, unit: n.unit, qualifier: n.qualifier,
    english: magnitudeWords(n.value, n.unit),
    conversion,
    change: n.change ?? null,
    multiple: multipleOf(n, analysis),
    bound: boundOf(n),
    fraction: fractionOf(n),
  };
}

function multipleOf(n: NumberAnnotation, analysis: Analysis): MultipleReading | null {
  if (!n.reading || typeof n.value !== 'number') { return null; }
  const factor = n.value;
  const ratioToBase = n.reading === 'growth' ? 1 + factor : factor;
  let impliedBase: MultipleReading['impliedBase'] = null;
  if (n.impliedBase !== undefined) {
    // The unit of the base is the unit of the stated value it was derived from: the nearest
    // earlier number whose value divided by the ratio gives the base.
    const unit = statedValueUnit(analysis.numbers, n, ratioToBase);
    impliedBase = { value: n.impliedBase, unit, english: magnitudeWords(n.impliedBase, unit) };
  }
  return {
    reading: n.reading, factor,
    percentChange: n.reading === 'growth' ? factor * 100 : null,
    ratioToBase, impliedBase,
  };
}

/** How many earlier numbers the base's source may lie back (the recognizer looks within a sentence). */
const BASE_LOOKBACK = 8;

function statedValueUnit(numbers: readonly NumberAnnotation[], n: NumberAnnotation, ratio: number): string | null {
  const i = findSpanAt(numbers, n.start);
  const from = i >= 0 ? i - 1 : numbers.length - 1;
  for (let k = from; k >= 0 && k > from - BASE_LOOKBACK; k--) {
    const o = numbers[k];
    if (o.end > n.start || typeof o.value !== 'number' || n.impliedBase === undefined) { continue; }
    const base = o.value / ratio;
    if (Math.abs(base - n.impliedBase) <= 1e-9 * Math.max(1, Math.abs(base))) { return o.unit; }
  }
  return null;
}

// --- dates -----------------------------------------------------------------------------------

/** 去年同期, 上年同期: the same period as the date just compared with (language data). */
const SAME_PERIOD_WORDS: readonly string[] = ['同期'];

function explainDate(d: DateAnnotation, analysis: Analysis): DateExplanation {
  return {
    kind: 'date', start: d.start, end: d.end, text: d.text,
    relative: d.relative,
    resolved: d.resolved,
    singleDay: d.resolved !== null && d.resolved.start === d.resolved.end,
    granularity: d.granularity ?? null,
    partOfDay: d.partOfDay ?? null,
    asOf: d.asOf === true,
    basis: basisOf(d, analysis),
  };
}

function basisOf(d: DateAnnotation, analysis: Analysis): DateBasisExplanation {
  const b = d.basis;
  if (!b) {
    if (d.resolved === null) { return { kind: 'unresolved', reason: 'no document date' }; }
    return d.relative && analysis.documentDate ? documentBasis(analysis.documentDate.date, analysis) : { kind: 'explicit' };
  }
  switch (b.kind) {
    case 'explicit': return { kind: 'explicit' };
    case 'document': return documentBasis(b.documentDate, analysis);
    case 'dateline': return { kind: 'dateline', datelineText: b.datelineText, datelineStart: b.datelineStart, date: b.date };
    case 'unresolved': return { kind: 'unresolved', reason: b.reason };
    case 'context': {
      const i = findSpanAt(analysis.dates, b.anchorStart);
      const anchor = i >= 0 ? analysis.dates[i] : undefined;
      const anchorResolved = anchor?.resolved ?? null;
      let samePeriod: { yearsBefore: number } | null = null;
      if (anchorResolved && d.resolved && SAME_PERIOD_WORDS.some(w => d.text.endsWith(w))) {
        samePeriod = { yearsBefore: Number(anchorResolved.start.slice(0, 4)) - Number(d.resolved.start.slice(0, 4)) };
      }
      return { kind: 'context', anchorText: b.anchorText, anchorStart: b.anchorStart, anchorResolved, samePeriod };
    }
  }
}

function documentBasis(date: string, analysis: Analysis): DateBasisExplanation {
  const dd = analysis.documentDate;
  const same = dd !== null && dd.date === date;
  return {
    kind: 'document', documentDate: date,
    source: same ? dd.source : null,
    setBy: same && dd.setBy ? dd.setBy : null,
    sourceText: same && dd.source !== 'setting' ? dd.text : null,
    yearFromText: same && dd.yearFrom ? dd.yearFrom.text : null,
  };
}

// --- targets ---------------------------------------------------------------------------------

function explainTarget(t: TargetAnnotation, analysis: Analysis, options: ExplainOptions): TargetExplanation {
  const deadlineRange = deadlineRangeOf(t, analysis);
  const today = options.today === undefined ? null : typeof options.today === 'string' ? options.today : localIsoDate(options.today);
  const docDate = analysis.documentDate?.date ?? null;
  return {
    kind: 'target', start: t.start, end: t.end, text: t.text,
    deadline: t.deadline, deadlineRange, value: t.value, object: t.object, strength: t.strength,
    fromDocumentDate: deadlineRange && docDate ? timeBetween(docDate, deadlineRange.end) : null,
    fromToday: deadlineRange && today ? timeBetween(today, deadlineRange.end) : null,
  };
}

/** "2027" → the year, "2027-06" → the month, "2027-06-30" → the day; else the deadline date's own range. */
export function deadlineRangeOf(t: TargetAnnotation, analysis?: Analysis): DateRange | null {
  const s = t.deadline;
  if (s) {
    const y = Number(s.slice(0, 4));
    if (/^\d{4}$/.test(s)) { return { start: `${s}-01-01`, end: `${s}-12-31` }; }
    if (/^\d{4}-\d{2}$/.test(s)) {
      const m = Number(s.slice(5, 7));
      return { start: `${s}-01`, end: isoDate(y, m, daysInMonth(y, m)) };
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) { return { start: s, end: s }; }
  }
  if (analysis && t.deadlineStart !== undefined) {
    const i = findSpanAt(analysis.dates, t.deadlineStart);
    if (i >= 0) { return analysis.dates[i].resolved; }
  }
  return null;
}

export function localIsoDate(d: Date): string {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function parse(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

function dayNumber(iso: string): number {
  const p = parse(iso);
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
}

/** Calendar distance from `from` to `to` in years, months and days (counted from the earlier day). */
export function timeBetween(from: string, to: string): TimeLeft {
  const totalDays = dayNumber(to) - dayNumber(from);
  const passed = totalDays < 0;
  const a = parse(passed ? to : from);
  const b = passed ? from : to;
  const bp = parse(b);
  let months = (bp.y - a.y) * 12 + (bp.m - a.m);
  let days = dayNumber(b) - dayNumber(addMonths(a, months));
  if (days < 0) {
    months--;
    days = dayNumber(b) - dayNumber(addMonths(a, months));
  }
  return { from, to, totalDays, years: Math.floor(months / 12), months: months % 12, days, passed };
}

/** The day `n` months after `p`, its day clamped to the month's length (Jan 31 + 1 month = Feb 28/29). */
function addMonths(p: { y: number; m: number; d: number }, n: number): string {
  const idx = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return isoDate(y, m, Math.min(p.d, daysInMonth(y, m)));
}

// --- terms -----------------------------------------------------------------------------------

function lookUp(headword: string, extra: readonly GlossaryEntry[] | undefined): GlossaryEntry | undefined {
  // User entries win over built-in ones (as in terms.ts); a headword or an alias may match.
  for (const e of extra ?? []) { if (e.term === headword) { return e; } }
  const builtin = builtinEntry(headword);
  if (builtin) { return { ...builtin, source: builtin.source ?? 'built-in' }; }
  for (const e of extra ?? []) { if (e.aliases?.includes(headword)) { return e; } }
  return undefined;
}

function explainTerm(t: TermAnnotation, options: ExplainOptions): TermExplanation {
  const e = lookUp(t.entry, options.glossary);
  return {
    kind: 'term', start: t.start, end: t.end, text: t.text, headword: t.entry,
    entry: e ? {
      en: e.en, zh: e.zh, origin: e.origin, originZh: e.originZh ?? null, source: e.source ?? 'setting', aliases: [...(e.aliases ?? [])],
    } : null,
  };
}
