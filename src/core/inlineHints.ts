// Inlay hints as text (off by default in the editor): a few characters after an annotation that
// add what its line does not already show — a relative date's calendar days (今年上半年 = 2024 H1),
// a number's magnitude where the text does not write it in plain digits, a conversion, a fraction's
// percentage. VS Code cuts a line's hints once their total length passes
// `editor.inlayHints.maximumLength`; hintsBetween keeps within that budget by leaving hints out
// whole, so no hint is ever cut.
import { daysInMonth } from './dates/calendar/iso';
import { explainAnnotation, magnitudeWords, type ExplainedKind, type Explanation, type NumberExplanation } from './explain';
import { chineseMagnitude, conversionText, fractionPercent, rangeOf, significant, signedPercent, withUnit } from './explainNumber';
import { t, type ExplanationLanguage } from './explainStrings';
import { formatDecimal } from './numbers';
import { previousSpanBefore } from './spanIndex';
import type { Analysis, DateRange, Span } from './types';

/** The longest hint made for one annotation, in UTF-16 code units; a conversion is left out to stay within it. */
export const HINT_MAX = 32;
/** Significant digits of a magnitude in a hint (61.6836 trillion → 61.68 trillion). */
const HINT_DIGITS = 4;
/** Quarters as Chinese writes them (第三季度). */
const CN_QUARTERS = ['', '一', '二', '三', '四'];

/** A calendar range as briefly as it can be said: 2024, 2024-07, 2024 H1, 2024 Q3, 2021–2025; 2024年上半年. */
export function compactRange(r: DateRange, lang: ExplanationLanguage): string {
  if (r.start === r.end) { return r.start; }
  const y1 = Number(r.start.slice(0, 4)); const m1 = Number(r.start.slice(5, 7)); const d1 = Number(r.start.slice(8, 10));
  const y2 = Number(r.end.slice(0, 4)); const m2 = Number(r.end.slice(5, 7)); const d2 = Number(r.end.slice(8, 10));
  const wholeMonths = d1 === 1 && d2 === daysInMonth(y2, m2);
  if (wholeMonths && m1 === 1 && m2 === 12) { return y1 === y2 ? t(lang, 'hint.year', y1) : t(lang, 'hint.years', y1, y2); }
  if (wholeMonths && y1 === y2) {
    if (m1 === m2) { return t(lang, 'hint.month', y1, lang === 'en' ? r.start.slice(5, 7) : m1); }
    if (m2 - m1 === 5 && (m1 === 1 || m1 === 7)) { return t(lang, m1 === 1 ? 'hint.half.1' : 'hint.half.2', y1); }
    if (m2 - m1 === 2 && m1 % 3 === 1) {
      const q = (m1 + 2) / 3;
      return t(lang, 'hint.quarter', y1, lang === 'en' ? q : CN_QUARTERS[q]);
    }
  }
  return `${r.start}…${r.end}`;
}

/** The value's digits without grouping, as the text would show them if written plainly. */
function plainDigits(v: number): string {
  return formatDecimal(v, 6).split(',').join('');
}

function withoutCommas(s: string): string {
  let out = '';
  for (const c of s) { if (c !== ',' && c !== '，') { out += c; } }
  return out;
}

/** True when the line already shows what the hint would say: the digits (27%, 1,234元), or for a Chinese reader the 万/亿 form. */
function shownInText(e: NumberExplanation, main: string, lang: ExplanationLanguage): boolean {
  const folded = withoutCommas(e.text);
  if (lang === 'zh-cn' && folded.includes(main)) { return true; }
  const values = Array.isArray(e.value) ? e.value : [e.value];
  return values.every(v => folded.includes(plainDigits(Math.abs(v))));
}

function numberHint(e: NumberExplanation, lang: ExplanationLanguage): string | null {
  if (e.unit === 'ordinal') { return null; }
  if (e.multiple?.reading === 'growth' && e.multiple.percentChange !== null) { return `= ${signedPercent(e.multiple.percentChange)}`; }
  if (e.fraction) {
    const p = fractionPercent(e.fraction);
    return `${p.exact ? '=' : '≈'} ${p.text}${lang === 'zh-cn' ? '%' : ' %'}`;
  }
  const rounded = Array.isArray(e.value)
    ? [significant(e.value[0], HINT_DIGITS), significant(e.value[1], HINT_DIGITS)] as [number, number]
    : significant(e.value, HINT_DIGITS);
  const main = lang === 'zh-cn' ? withUnit(rangeOf(rounded, chineseMagnitude), e.unit, lang) : magnitudeWords(rounded, e.unit);
  const conv = conversionText(e);
  if (shownInText(e, main, lang)) { return conv ? `= ${conv}` : null; }
  const exact = Array.isArray(e.value) ? rounded.toString() === e.value.toString() : rounded === e.value;
  const hint = `${exact ? '=' : '≈'} ${main}`;
  if (!conv) { return hint; }
  const both = lang === 'zh-cn' ? `${hint}（${conv}）` : `${hint} (${conv})`;
  // Too long for both: the conversion says more (9.93 GW rather than 9.93 million kilowatts).
  return both.length <= HINT_MAX ? both : `= ${conv}`;
}

/**
 * The short text shown after an annotation, or null when it would only repeat the text: a
 * number's magnitude where the text does not already show it, its conversion, a 倍 growth as a
 * percentage, a fraction's percentage; a relative date's calendar days.
 */
export function inlineHint(e: Explanation, lang: ExplanationLanguage): string | null {
  if (e.kind === 'date') { return e.relative && e.resolved ? `= ${compactRange(e.resolved, lang)}` : null; }
  return e.kind === 'number' ? numberHint(e, lang) : null;
}

export interface HintRequest {
  /** Offsets [from, to): whole lines, so each line's budget is spent the same way whatever range is asked. */
  from: number;
  to: number;
  lang: ExplanationLanguage;
  /** The kinds shown (a kind switched off in the settings has no hints). */
  kinds: ReadonlySet<ExplainedKind>;
  /** The 0-based line of an offset. */
  lineOf(offset: number): number;
  /** Most characters of hints on one line (VS Code's editor.inlayHints.maximumLength); 0 for no limit. */
  maxPerLine: number;
}

export interface Hint {
  /** Where the hint stands: the end of its annotation. */
  offset: number;
  label: string;
}

/**
 * The hints of [from, to), in document order, each line holding only hints that add something:
 * no label twice on a line, no hint after a date that counts from an anchor on the same line (the
 * second 上半年 after 今年上半年), and no more than the line's budget, whole hints only.
 */
export function hintsBetween(analysis: Analysis, req: HintRequest): Hint[] {
  const candidates: (Hint & { line: number })[] = [];
  const visit = (kind: ExplainedKind, spans: readonly Span[]): void => {
    if (!req.kinds.has(kind)) { return; }
    for (let i = previousSpanBefore(spans, req.from) + 1; i < spans.length && spans[i].start < req.to; i++) {
      const e = explainAnnotation(kind, spans[i], analysis);
      if (e.kind === 'date' && e.basis.kind === 'context' && req.lineOf(e.basis.anchorStart) === req.lineOf(spans[i].start)) { continue; }
      const label = inlineHint(e, req.lang);
      // The hint stands at the span's end: its line is the one whose budget it spends.
      if (label !== null) { candidates.push({ offset: spans[i].end, label, line: req.lineOf(spans[i].end) }); }
    }
  };
  visit('number', analysis.numbers);
  visit('date', analysis.dates);
  candidates.sort((a, b) => a.offset - b.offset);
  const out: Hint[] = [];
  let line = -1;
  let used = 0;
  let labels = new Set<string>();
  for (const c of candidates) {
    if (c.line !== line) { line = c.line; used = 0; labels = new Set(); }
    if (labels.has(c.label) || (req.maxPerLine > 0 && used + c.label.length > req.maxPerLine)) { continue; }
    labels.add(c.label);
    used += c.label.length;
    out.push({ offset: c.offset, label: c.label });
  }
  return out;
}
