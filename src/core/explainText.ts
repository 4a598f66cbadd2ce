// Words for an Explanation (explain.ts): a title and label/value rows in English or 简体中文, from
// the string table below (the core has no vscode.l10n). The hover escapes and formats these rows
// as Markdown; the CLI prints them as they are.
import type {
  DateBasisExplanation, DateExplanation, Explanation, NumberExplanation, TargetExplanation, TermExplanation, TimeLeft,
} from './explain';
import { formatDecimal } from './numbers';
import type { DateGranularity, NumberKind, Qualifier, TargetStrength } from './types';

export type ExplanationLanguage = 'en' | 'zh-cn';

export interface ExplanationRow {
  label: string;
  value: string;
}

export interface ExplanationText {
  /** The kind of annotation ("Number", "数字"). */
  title: string;
  /** The document text the explanation is about (untrusted: escape it wherever it is markup). */
  subject: string;
  rows: ExplanationRow[];
}

// --- the string table ------------------------------------------------------------------------

const EN = {
  'kind.number': 'Number', 'kind.date': 'Date', 'kind.target': 'Target', 'kind.term': 'Term',
  'label.value': 'Value', 'label.inWords': 'In words', 'label.english': 'In English', 'label.conversion': 'Converted',
  'label.qualifier': 'Qualifier', 'label.multiple': 'Reading', 'label.impliedBase': 'Implied base', 'label.change': 'Change',
  'label.numberKind': 'Kind',
  'qualifier.exact': 'exact', 'qualifier.approx': 'approximate (about)', 'qualifier.above': 'more than (or at least)',
  'qualifier.below': 'less than (or at most)', 'qualifier.range': 'range {0} to {1}',
  'reading.growth': 'growth: {0} (new value = {1} × base)', 'reading.multiple': 'multiple: {0} × base',
  'impliedBase': '≈ {0}',
  'change.up': 'up (an increase)', 'change.down': 'down (a decrease)',
  'numberKind.cardinal': 'count', 'numberKind.percent': 'percentage', 'numberKind.money': 'money',
  'numberKind.quantity': 'measured quantity', 'numberKind.multiple': 'multiple', 'numberKind.ordinal': 'ordinal (rank)',
  'numberKind.ratio': 'ratio',
  'ordinal': 'No. {0}',

  'label.resolves': 'Resolves to', 'label.dateType': 'Type', 'label.basis': 'Resolved from', 'label.granularity': 'Granularity',
  'label.partOfDay': 'Time of day', 'label.asOf': 'As of',
  'unresolved': 'unresolved', 'range': '{0} … {1}',
  'dateType.relative': 'relative (needs the document date)', 'dateType.absolute': 'absolute (explicit in the text)',
  'asOf': 'counted up to this day (截至)',
  'basis.explicit': 'explicit in the text',
  'basis.document': 'the document date {0}',
  'basis.source.dateline': ', from the dateline “{0}”', 'basis.source.header': ', from the header line “{0}”',
  'basis.source.signature': ', from the signature date “{0}”', 'basis.source.setting': ', given as the reference date',
  'basis.setBy.command': ', set for this file with Set Document Date…', 'basis.setBy.setting': ', from the setting policyLens.referenceDate',
  'basis.setBy.cli': ', given with --reference-date',
  'basis.yearFrom': ' (its year from “{0}”)',
  'basis.dateline': 'this article’s dateline “{0}” ({1})',
  'basis.context': 'the context: “{0}”', 'basis.contextResolved': 'the context: “{0}” ({1})',
  'basis.samePeriod': 'the same period {0} before “{1}” ({2})',
  'basis.unresolved': 'unresolved: {0}',
  'reason.no document date': 'no document date found', 'reason.approximate duration': 'the duration is approximate',
  'reason.no month in context': 'no month mentioned before it', 'reason.no period to compare with': 'no earlier period to compare with',
  'reason.starts after the document date': 'it would start after the document date', 'reason.invalid date': 'not a valid calendar date',
  'granularity.day': 'day', 'granularity.month': 'month', 'granularity.quarter': 'quarter', 'granularity.half': 'half-year',
  'granularity.year': 'year', 'granularity.period': 'period', 'granularity.duration': 'duration', 'granularity.event': 'event',

  'label.deadline': 'Deadline', 'label.targetValue': 'Value', 'label.object': 'Object', 'label.strength': 'Strength',
  'label.fromDocument': 'Time left from the document date ({0})', 'label.fromToday': 'Time left from today ({0})',
  'deadline': '{0} (by {1})', 'none': 'none',
  'strength.strive': 'strive (力争)', 'strength.ensure': 'ensure (确保)', 'strength.target': 'target (目标)',
  'strength.plan': 'plan (计划)', 'strength.expect': 'expect (预计)',
  'timeLeft': '{0}', 'timePassed': 'deadline passed {0} ago', 'dueToday': 'due today',

  'label.headword': 'Term', 'label.asWritten': 'As written', 'label.termEn': 'Meaning', 'label.termZh': 'Chinese',
  'label.origin': 'Origin', 'label.source': 'Source', 'label.aliases': 'Also written',
  'source.built-in': 'built-in glossary', 'source.setting': 'settings', 'source.settingId': 'setting {0}', 'source.file': 'glossary file {0}',
  'notInGlossary': 'not in the glossary',
} as const;

type Key = keyof typeof EN;

const ZH: Readonly<Record<Key, string>> = {
  'kind.number': '数字', 'kind.date': '日期', 'kind.target': '目标', 'kind.term': '术语',
  'label.value': '数值', 'label.inWords': '读作', 'label.english': '英文', 'label.conversion': '换算',
  'label.qualifier': '限定', 'label.multiple': '倍数含义', 'label.impliedBase': '推算基数', 'label.change': '变化',
  'label.numberKind': '类型',
  'qualifier.exact': '确数', 'qualifier.approx': '约数（大约）', 'qualifier.above': '超过（或不少于）',
  'qualifier.below': '不足（或不超过）', 'qualifier.range': '范围 {0} 至 {1}',
  'reading.growth': '增长：{0}（新值 = 基数 × {1}）', 'reading.multiple': '倍数：基数 × {0}',
  'impliedBase': '≈ {0}',
  'change.up': '上升（增加）', 'change.down': '下降（减少）',
  'numberKind.cardinal': '计数', 'numberKind.percent': '百分比', 'numberKind.money': '金额',
  'numberKind.quantity': '计量', 'numberKind.multiple': '倍数', 'numberKind.ordinal': '序数（排名）',
  'numberKind.ratio': '比值',
  'ordinal': '第{0}',

  'label.resolves': '解析为', 'label.dateType': '类型', 'label.basis': '解析依据', 'label.granularity': '粒度',
  'label.partOfDay': '时段', 'label.asOf': '截至',
  'unresolved': '无法解析', 'range': '{0} … {1}',
  'dateType.relative': '相对日期（依赖文档日期）', 'dateType.absolute': '绝对日期（文中明示）',
  'asOf': '统计截止到这一天',
  'basis.explicit': '文中明示',
  'basis.document': '文档日期 {0}',
  'basis.source.dateline': '，取自电头“{0}”', 'basis.source.header': '，取自文头“{0}”',
  'basis.source.signature': '，取自落款日期“{0}”', 'basis.source.setting': '，为指定的参考日期',
  'basis.setBy.command': '，由“设置文档日期…”为本文件设定', 'basis.setBy.setting': '，来自设置 policyLens.referenceDate',
  'basis.setBy.cli': '，由 --reference-date 指定',
  'basis.yearFrom': '（年份取自“{0}”）',
  'basis.dateline': '本篇电头“{0}”（{1}）',
  'basis.context': '上下文：“{0}”', 'basis.contextResolved': '上下文：“{0}”（{1}）',
  'basis.samePeriod': '“{1}”（{2}）{0}前的同期',
  'basis.unresolved': '无法解析：{0}',
  'reason.no document date': '未找到文档日期', 'reason.approximate duration': '时长为约数',
  'reason.no month in context': '上文未提到月份', 'reason.no period to compare with': '上文没有可对比的时期',
  'reason.starts after the document date': '起点晚于文档日期', 'reason.invalid date': '不是有效的日期',
  'granularity.day': '日', 'granularity.month': '月', 'granularity.quarter': '季度', 'granularity.half': '半年',
  'granularity.year': '年', 'granularity.period': '时段', 'granularity.duration': '时长', 'granularity.event': '事件',

  'label.deadline': '期限', 'label.targetValue': '目标值', 'label.object': '目标对象', 'label.strength': '力度',
  'label.fromDocument': '距期限（自文档日期 {0}）', 'label.fromToday': '距期限（自今天 {0}）',
  'deadline': '{0}（{1} 前）', 'none': '无',
  'strength.strive': '力争', 'strength.ensure': '确保', 'strength.target': '目标',
  'strength.plan': '计划', 'strength.expect': '预计',
  'timeLeft': '还有 {0}', 'timePassed': '期限已过 {0}', 'dueToday': '今天到期',

  'label.headword': '术语', 'label.asWritten': '原文写法', 'label.termEn': '英文释义', 'label.termZh': '释义',
  'label.origin': '出处', 'label.source': '来源', 'label.aliases': '其他写法',
  'source.built-in': '内置词表', 'source.setting': '设置', 'source.settingId': '设置 {0}', 'source.file': '词表文件 {0}',
  'notInGlossary': '词表中无此词条',
};

const TABLES: Readonly<Record<ExplanationLanguage, Readonly<Record<Key, string>>>> = { en: EN, 'zh-cn': ZH };

/** Parts of the day as the date scanner reports them, in English (language data). */
const PART_OF_DAY_EN: Readonly<Record<string, string>> = {
  上午: 'morning', 早上: 'morning', 早晨: 'morning', 清晨: 'early morning', 凌晨: 'before dawn', 中午: 'noon',
  下午: 'afternoon', 傍晚: 'dusk', 晚: 'evening', 晚上: 'evening', 晚间: 'evening', 夜间: 'night', 当晚: 'that evening',
};

function fill(template: string, args: readonly (string | number)[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{' && i + 2 < template.length && template[i + 2] === '}') {
      const n = template.charCodeAt(i + 1) - 48;
      if (n >= 0 && n < args.length) { out += String(args[n]); i += 2; continue; }
    }
    out += c;
  }
  return out;
}

/** One entry of the table, with {0}, {1}… filled in. */
export function t(lang: ExplanationLanguage, key: Key, ...args: (string | number)[]): string {
  return fill(TABLES[lang][key], args);
}

// --- numbers as text ---------------------------------------------------------------------------

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

const NO_SPACE_UNITS = new Set(['%', '‰']);

/** Chinese writes the unit straight after the number (993万千瓦); English leaves a space. */
function withUnit(number: string, unit: string | null, lang: ExplanationLanguage): string {
  if (!unit) { return number; }
  return NO_SPACE_UNITS.has(unit) || lang === 'zh-cn' ? `${number}${unit}` : `${number} ${unit}`;
}

function rangeOf(value: number | [number, number], f: (v: number) => string): string {
  return Array.isArray(value) ? `${f(value[0])}–${f(value[1])}` : f(value);
}

function numberValue(e: NumberExplanation, lang: ExplanationLanguage): string {
  if (e.unit === 'ordinal') { return rangeOf(e.value, v => t(lang, 'ordinal', groupedValue(v))); }
  return withUnit(rangeOf(e.value, groupedValue), e.unit, lang);
}

function conversionText(e: NumberExplanation): string | null {
  const c = e.conversion;
  if (!c) { return null; }
  if (Array.isArray(c)) { return `${formatDecimal(c[0].value, 4)}–${formatDecimal(c[1].value, 4)} ${c[1].unit}`; }
  return `${formatDecimal(c.value, 4)} ${c.unit}`;
}

function signedPercent(p: number): string {
  return `${p >= 0 ? '+' : ''}${formatDecimal(p, 4)} %`;
}

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

function numberRows(e: NumberExplanation, lang: ExplanationLanguage): ExplanationRow[] {
  const rows: ExplanationRow[] = [{ label: t(lang, 'label.value'), value: numberValue(e, lang) }];
  if (lang === 'zh-cn') {
    if (e.unit !== 'ordinal') {
      const words = withUnit(rangeOf(e.value, chineseMagnitude), e.unit, lang);
      if (words !== rows[0].value) { rows.push({ label: t(lang, 'label.inWords'), value: words }); }
    }
    rows.push({ label: t(lang, 'label.english'), value: e.english });
  } else {
    rows.push({ label: t(lang, 'label.inWords'), value: e.english });
  }
  const conv = conversionText(e);
  if (conv) { rows.push({ label: t(lang, 'label.conversion'), value: conv }); }
  if (e.qualifier !== 'exact') {
    const q: Qualifier = e.qualifier;
    const value = q === 'range' && Array.isArray(e.value)
      ? t(lang, 'qualifier.range', groupedValue(e.value[0]), groupedValue(e.value[1]))
      : t(lang, `qualifier.${q === 'range' ? 'exact' : q}`);
    rows.push({ label: t(lang, 'label.qualifier'), value });
  }
  const m = e.multiple;
  if (m) {
    const value = m.reading === 'growth'
      ? t(lang, 'reading.growth', signedPercent(m.percentChange ?? 0), formatDecimal(m.ratioToBase, 6))
      : t(lang, 'reading.multiple', formatDecimal(m.ratioToBase, 6));
    rows.push({ label: t(lang, 'label.multiple'), value });
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
      const reason = key in EN ? t(lang, key as Key) : b.reason;
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
  if (entry.origin) { rows.push({ label: t(lang, 'label.origin'), value: oneLine(entry.origin) }); }
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

// --- inline hints ------------------------------------------------------------------------------

/** The value's digits without grouping, as the text would show them if written plainly. */
function plainDigits(v: number): string {
  return formatDecimal(v, 6).split(',').join('');
}

/** True when every value already stands in the text in ASCII digits (27%, 200个, 1,234元). */
function legibleInText(e: NumberExplanation): boolean {
  let folded = '';
  for (const c of e.text) { if (c !== ',' && c !== '，') { folded += c; } }
  const values = Array.isArray(e.value) ? e.value : [e.value];
  return values.every(v => folded.includes(plainDigits(Math.abs(v))));
}

/**
 * The short text shown after an annotation (inlay hint), or null when it would only repeat the
 * text: a number's normalised value where the text does not already show its digits, its
 * conversion, or a 倍 growth as a percentage; a relative date's resolved range.
 */
export function inlineHint(e: Explanation, lang: ExplanationLanguage): string | null {
  if (e.kind === 'date') {
    return e.relative && e.resolved ? `= ${e.resolved.start === e.resolved.end ? e.resolved.start : `${e.resolved.start}…${e.resolved.end}`}` : null;
  }
  if (e.kind !== 'number' || e.unit === 'ordinal') { return null; }
  if (e.multiple?.reading === 'growth' && e.multiple.percentChange !== null) {
    return `= ${signedPercent(e.multiple.percentChange)}`;
  }
  const conv = conversionText(e);
  if (legibleInText(e)) { return conv ? `= ${conv}` : null; }
  const main = lang === 'zh-cn'
    ? withUnit(rangeOf(e.value, v => (Math.abs(v) >= 1e8 ? scientific(v) : groupedValue(v))), e.unit, lang)
    : e.english;
  if (!conv) { return `= ${main}`; }
  return lang === 'zh-cn' ? `= ${main}（${conv}）` : `= ${main} (${conv})`;
}
