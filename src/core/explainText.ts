// Words for an Explanation (explain.ts): a title and label/value rows in English or 简体中文, from
// the string table in explainStrings.ts (the core has no vscode.l10n); numbers are worded by
// explainNumber.ts. The hover escapes and formats these rows as Markdown; the CLI prints them as they are.
import type {
  DateBasisExplanation, DateExplanation, Explanation, TargetExplanation, TermExplanation, TimeLeft,
} from './explain';
import { numberRows } from './explainNumber';
import { isKey, t, type ExplanationLanguage, type ExplanationRow } from './explainStrings';
import type { DateGranularity, TargetStrength } from './types';

export type { ExplanationLanguage, ExplanationRow } from './explainStrings';
export { t } from './explainStrings';
export { chineseMagnitude, scientific } from './explainNumber';
export { compactRange, inlineHint } from './inlineHints';

export interface ExplanationText {
  /** The kind of annotation ("Number", "数字"). */
  title: string;
  /** The document text the explanation is about (untrusted: escape it wherever it is markup). */
  subject: string;
  rows: ExplanationRow[];
}

/** Parts of the day as the date scanner reports them, in English (language data). */
const PART_OF_DAY_EN: Readonly<Record<string, string>> = {
  上午: 'morning', 早上: 'morning', 早晨: 'morning', 清晨: 'early morning', 凌晨: 'before dawn', 中午: 'noon',
  下午: 'afternoon', 傍晚: 'dusk', 晚: 'evening', 晚上: 'evening', 晚间: 'evening', 夜间: 'night', 当晚: 'that evening',
};

// --- rendering ---------------------------------------------------------------------------------

export function renderExplanation(e: Explanation, lang: ExplanationLanguage): ExplanationText {
  switch (e.kind) {
    case 'number': return { title: t(lang, 'kind.number'), subject: e.text, rows: numberRows(e, lang) };
    case 'date': return { title: t(lang, 'kind.date'), subject: e.text, rows: dateRows(e, lang) };
    case 'target': return { title: t(lang, 'kind.target'), subject: e.text, rows: targetRows(e, lang) };
    case 'term': return { title: t(lang, 'kind.term'), subject: e.text, rows: termRows(e, lang) };
  }
}

/** Plain-text lines: "Number · 32.5万亿元", then "Value: …" rows (the CLI's form). */
export function explanationLines(e: Explanation, lang: ExplanationLanguage): string[] {
  const r = renderExplanation(e, lang);
  const colon = lang === 'zh-cn' ? '：' : ': ';
  return [`${r.title} · ${r.subject}`, ...r.rows.map(row => `${row.label}${colon}${row.value}`)];
}

/** "2024-01-01 … 2024-06-30", or the day alone when the range is one day. */
export function rangeText(r: { start: string; end: string }, lang: ExplanationLanguage): string {
  return r.start === r.end ? r.start : t(lang, 'range', r.start, r.end);
}

function dateRows(e: DateExplanation, lang: ExplanationLanguage): ExplanationRow[] {
  const rows: ExplanationRow[] = [
    { label: t(lang, 'label.resolves'), value: e.resolved ? rangeText(e.resolved, lang) : t(lang, 'unresolved') },
    { label: t(lang, 'label.dateType'), value: t(lang, e.relative ? 'dateType.relative' : 'dateType.absolute') },
    { label: t(lang, 'label.basis'), value: basisText(e.basis, lang) },
  ];
  if (e.asOf) { rows.push({ label: t(lang, 'label.asOf'), value: t(lang, 'asOf') }); }
  if (e.partOfDay) {
    const en = PART_OF_DAY_EN[e.partOfDay];
    rows.push({ label: t(lang, 'label.partOfDay'), value: lang === 'en' && en ? `${en} (${e.partOfDay})` : e.partOfDay });
  }
  if (e.granularity) {
    const g: DateGranularity = e.granularity;
    rows.push({ label: t(lang, 'label.granularity'), value: t(lang, `granularity.${g}`) });
  }
  return rows;
}

function yearsText(n: number, lang: ExplanationLanguage): string {
  if (lang === 'zh-cn') { return `${n}年`; }
  return n === 1 ? 'a year' : `${n} years`;
}

export function basisText(b: DateBasisExplanation, lang: ExplanationLanguage): string {
  switch (b.kind) {
    case 'explicit': return t(lang, 'basis.explicit');
    case 'document': {
      let s = t(lang, 'basis.document', b.documentDate);
      if (b.source === 'setting') { s += t(lang, b.setBy ? `basis.setBy.${b.setBy}` : 'basis.source.setting'); }
      else if (b.source && b.sourceText) { s += t(lang, `basis.source.${b.source}`, oneLine(b.sourceText)); }
      if (b.yearFromText) { s += t(lang, 'basis.yearFrom', oneLine(b.yearFromText)); }
      return s;
    }
    case 'dateline': return t(lang, 'basis.dateline', oneLine(b.datelineText), b.date);
    case 'context': {
      const anchor = oneLine(b.anchorText);
      if (b.samePeriod && b.anchorResolved) {
        return t(lang, 'basis.samePeriod', yearsText(b.samePeriod.yearsBefore, lang), anchor, rangeText(b.anchorResolved, lang));
      }
      return b.anchorResolved
        ? t(lang, 'basis.contextResolved', anchor, rangeText(b.anchorResolved, lang))
        : t(lang, 'basis.context', anchor);
    }
    case 'unresolved': {
      const key = `reason.${b.reason}`;
      const reason = isKey(key) ? t(lang, key) : b.reason;
      return t(lang, 'basis.unresolved', reason);
    }
  }
}

/** "3 years 4 months", "3年4个月": the larger units only. */
export function durationText(d: TimeLeft, lang: ExplanationLanguage): string {
  const parts: string[] = [];
  const en = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (lang === 'zh-cn') {
    if (d.years) { parts.push(`${d.years}年`); }
    if (d.months) { parts.push(`${d.months}个月`); }
    if (!d.years && d.days) { parts.push(`${d.days}天`); }
    return parts.join('') || '0天';
  }
  if (d.years) { parts.push(en(d.years, 'year')); }
  if (d.months) { parts.push(en(d.months, 'month')); }
  if (!d.years && d.days) { parts.push(en(d.days, 'day')); }
  return parts.join(' ') || '0 days';
}

function timeLeftText(d: TimeLeft, lang: ExplanationLanguage): string {
  if (d.totalDays === 0) { return t(lang, 'dueToday'); }
  return t(lang, d.passed ? 'timePassed' : 'timeLeft', durationText(d, lang));
}

function targetRows(e: TargetExplanation, lang: ExplanationLanguage): ExplanationRow[] {
  const s: TargetStrength = e.strength;
  const rows: ExplanationRow[] = [
    {
      label: t(lang, 'label.deadline'),
      value: e.deadline === null ? t(lang, 'none') : e.deadlineRange ? t(lang, 'deadline', e.deadline, e.deadlineRange.end) : e.deadline,
    },
    { label: t(lang, 'label.targetValue'), value: e.value === null ? t(lang, 'none') : oneLine(e.value) },
    { label: t(lang, 'label.object'), value: e.object === null ? t(lang, 'none') : oneLine(e.object) },
    { label: t(lang, 'label.strength'), value: t(lang, `strength.${s}`) },
  ];
  if (e.fromDocumentDate) { rows.push({ label: t(lang, 'label.fromDocument', e.fromDocumentDate.from), value: timeLeftText(e.fromDocumentDate, lang) }); }
  if (e.fromToday) { rows.push({ label: t(lang, 'label.fromToday', e.fromToday.from), value: timeLeftText(e.fromToday, lang) }); }
  return rows;
}

/** Entries from a setting name it by its id (policyLens.glossary); files by their path. */
const SETTING_ID_PREFIX = 'policyLens.';

function sourceText(source: string, lang: ExplanationLanguage): string {
  if (source === 'built-in' || source === 'setting') { return t(lang, `source.${source}`); }
  if (source.startsWith(SETTING_ID_PREFIX) && !source.includes('/') && !source.includes('\\')) { return t(lang, 'source.settingId', source); }
  return t(lang, 'source.file', source);
}

function termRows(e: TermExplanation, lang: ExplanationLanguage): ExplanationRow[] {
  const rows: ExplanationRow[] = [{ label: t(lang, 'label.headword'), value: e.headword }];
  if (e.text !== e.headword) { rows.push({ label: t(lang, 'label.asWritten'), value: oneLine(e.text) }); }
  const entry = e.entry;
  if (!entry) {
    rows.push({ label: t(lang, 'label.source'), value: t(lang, 'notInGlossary') });
    return rows;
  }
  const en = { label: t(lang, 'label.termEn'), value: oneLine(entry.en) };
  const zh = { label: t(lang, 'label.termZh'), value: oneLine(entry.zh) };
  if (lang === 'zh-cn') { rows.push(zh, en); } else { rows.push(en, zh); }
  const origin = lang === 'zh-cn' && entry.originZh ? entry.originZh : entry.origin;
  if (origin) { rows.push({ label: t(lang, 'label.origin'), value: oneLine(origin) }); }
  if (entry.aliases.length > 0) { rows.push({ label: t(lang, 'label.aliases'), value: entry.aliases.join(lang === 'zh-cn' ? '、' : ', ') }); }
  rows.push({ label: t(lang, 'label.source'), value: sourceText(entry.source, lang) });
  return rows;
}

/** Document text on one line: line breaks inside a span become spaces. */
function oneLine(s: string): string {
  let out = '';
  let space = false;
  for (const c of s) {
    if (c === '\n' || c === '\r') { if (!space) { out += ' '; } space = true; continue; }
    space = false;
    out += c;
  }
  return out;
}
