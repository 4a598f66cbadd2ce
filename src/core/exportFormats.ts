// The three export formats (JSON, CSV, Markdown), shared by the extension's export commands and
// the CLI. Pure string building: no I/O, so it runs in the web worker as well.
//
// Every format comes two ways: `to*` returns the complete file contents, ending in a line break,
// and `*Pieces` yields the same text in pieces, for output too large for one string (the CLI
// writes them as they come). Document text is never trusted: CSV cells are guarded against
// formula injection, Markdown cells are escaped (markdown.ts) so that no document text becomes
// markup, a link or HTML.
import type {
  Analysis, AnnotationKind, DateAnnotation, DocumentDateSetBy, DocumentDateSource, NumberAnnotation, OutlineNode, Qualifier, TargetAnnotation,
  TargetStrength, TermAnnotation,
} from './types';
import { recordedStatements } from './ledger/annotate';
import { documentYear } from './ledger/statements';
import { escapeMarkdown } from './markdown';
import { numberEnglish } from './numbers';

// ---------------------------------------------------------------------------------------------
// Positions

/** 0-based line and UTF-16 column of an offset. */
export interface LinePosition {
  line: number;
  column: number;
}

/**
 * Line starts found in one pass; each lookup is a binary search. Line breaks are counted as the
 * editor counts them: \r\n, \n and a lone \r each end a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.starts.push(i + 1);
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) { i++; }
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number { return this.starts.length; }

  position(offset: number): LinePosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= offset) { lo = mid; } else { hi = mid - 1; }
    }
    return { line: lo, column: offset - this.starts[lo] };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON (docs/annotation.md §6)

/** The §6 JSON, pretty-printed, `schemaVersion` first and the other §6 keys in the spec's order. */
export function toJson(analysis: Analysis): string {
  const ordered = orderedForJson(analysis);
  return `${JSON.stringify({ ...ordered, numbers: ordered.numbers.map(numberForJson) }, null, 2)}\n`;
}

/** The §6 key order; fields added to Analysis later keep their place after the §6 keys instead of being dropped. */
function orderedForJson(analysis: Analysis): Record<string, unknown> & { numbers: readonly NumberAnnotation[] } {
  const { schemaVersion, documentDate, numbers, dates, targets, terms, outline, ...added } = analysis;
  return { schemaVersion, documentDate, numbers, dates, targets, terms, outline, ...added };
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omittedInJson = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The text of toJson in pieces, byte for byte (the export tests compare them): each top-level
 * value, and each element of a top-level array, is stringified on its own and indented to its
 * depth, so no piece holds more than one annotation or one top-level outline node, and a number's
 * English words are made only when its piece is.
 */
export function* jsonPieces(analysis: Analysis): Generator<string, void, void> {
  const ordered = orderedForJson(analysis);
  // JSON.stringify puts no raw line break inside a string, so every \n is a line of the layout.
  const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);
  let first = true;
  yield '{';
  for (const key of Object.keys(ordered)) {
    const value = ordered[key];
    if (omittedInJson(value)) { continue; }
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      yield indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    const list: readonly unknown[] = value;
    for (let i = 0; i < list.length; i++) {
      const element = key === 'numbers' ? numberForJson(ordered.numbers[i], i, ordered.numbers) : list[i];
      const json = omittedInJson(element) ? 'null' : indent(JSON.stringify(element, null, 2), '    ');
      yield `${i === 0 ? '[' : ','}\n    ${json}`;
    }
    yield '\n  ]';
  }
  yield first ? '}\n' : '\n}\n';
}

/** A number as §6 writes it: its own keys in order, with `english` (made now, not stored) right after `kind`. */
function numberForJson(n: NumberAnnotation, index: number, numbers: readonly NumberAnnotation[]): object {
  if (n.english !== undefined) { return n; }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(n)) {
    out[key] = value;
    if (key === 'kind') { out.english = numberEnglish(n, numbers, index); }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shared row model for CSV (and the order of the Markdown tables)

export type { AnnotationKind } from './types';

const KIND_RANK: Record<AnnotationKind, number> = { target: 0, date: 1, number: 2, term: 3 };

type AnyAnnotation =
  | { kind: 'number'; a: NumberAnnotation }
  | { kind: 'date'; a: DateAnnotation }
  | { kind: 'target'; a: TargetAnnotation }
  | { kind: 'term'; a: TermAnnotation };

/** Every annotation in document order; an enclosing span (a target) before what it contains. */
function documentOrder(analysis: Analysis): AnyAnnotation[] {
  const all: AnyAnnotation[] = [];
  for (const a of analysis.numbers) { all.push({ kind: 'number', a }); }
  for (const a of analysis.dates) { all.push({ kind: 'date', a }); }
  for (const a of analysis.targets) { all.push({ kind: 'target', a }); }
  for (const a of analysis.terms) { all.push({ kind: 'term', a }); }
  return all.sort((x, y) => x.a.start - y.a.start || y.a.end - x.a.end || KIND_RANK[x.kind] - KIND_RANK[y.kind]);
}

/** A value in JavaScript's shortest round-trip form (plain digits below 1e21), a range as "low–high" (en dash). */
export function formatValue(value: number | [number, number]): string {
  return Array.isArray(value) ? `${String(value[0])}–${String(value[1])}` : String(value);
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8. Default true. */
  bom?: boolean;
  /**
   * Language of the header row and of the kind, qualifier and strength words (default `en`, whose
   * words are the codes of §6: number, above, strive). Values, units, dates and offsets are the same in both.
   */
  locale?: ReportLocale;
}

export const CSV_HEADER = [
  'kind', 'text', 'value', 'unit', 'qualifier', 'start_date', 'end_date', 'deadline', 'line', 'column', 'start', 'end',
] as const;

/** The header and the kinds of the CSV in Chinese, column for column (qualifiers and strengths as the Markdown report words them). */
const CSV_ZH = {
  header: ['类别', '原文', '数值', '单位', '限定', '起始日期', '结束日期', '期限', '行', '列', '起始偏移', '结束偏移'],
  kinds: { number: '数字', date: '日期', target: '目标', term: '术语' },
} as const satisfies { header: readonly string[]; kinds: Record<AnnotationKind, string> };

// A value we formatted from numbers ourselves: "27", "-2.1", "3.25e+21", "10–15".
const PLAIN_NUMERIC = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?:–-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)?$/;

/**
 * A cell a spreadsheet would run as a formula when it starts with = + - @ (or a tab or CR before
 * one of them), or with their full-width forms ＝ ＋ － ＠ (which an East Asian Excel or IME turns
 * into the ASCII ones); a leading apostrophe makes it text.
 */
const FORMULA_STARTS: ReadonlySet<number> = new Set([
  0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, // = + - @ tab CR
  0xff1d, 0xff0b, 0xff0d, 0xff20, // ＝ ＋ － ＠
]);

export function guardFormula(cell: string): string {
  return FORMULA_STARTS.has(cell.charCodeAt(0)) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field that holds a comma, a quote, CR or LF, doubling the quotes inside. */
export function quoteCsv(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(quoteCsv).join(',');
}

/** One row per number, date, target and term, in document order; line and column are 1-based. */
export function toCsv(analysis: Analysis, text: string, options: CsvOptions = {}): string {
  return [...csvPieces(analysis, text, options)].join('');
}

/** The text of toCsv, one row (with its CRLF) per piece; the BOM, if any, starts the first. */
export function* csvPieces(analysis: Analysis, text: string, options: CsvOptions = {}): Generator<string, void, void> {
  const lines = new LineIndex(text);
  const zh = options.locale === 'zh-cn';
  const words = STRINGS['zh-cn'];
  yield `${(options.bom ?? true) ? '\uFEFF' : ''}${csvRow(zh ? CSV_ZH.header : CSV_HEADER)}\r\n`;
  for (const item of documentOrder(analysis)) {
    const a = item.a;
    let value = '';
    let unit = '';
    let qualifier = '';
    let startDate = '';
    let endDate = '';
    let deadline = '';
    let trustedValue = false;
    switch (item.kind) {
      case 'number':
        value = formatValue(item.a.value);
        trustedValue = PLAIN_NUMERIC.test(value);
        unit = item.a.unit ?? '';
        qualifier = zh ? words.qualifiers[item.a.qualifier] : item.a.qualifier;
        break;
      case 'date':
        startDate = item.a.resolved?.start ?? '';
        endDate = item.a.resolved?.end ?? '';
        break;
      case 'target':
        value = item.a.value ?? '';
        // A target's strength (strive, ensure, …) is what qualifies it.
        qualifier = zh ? words.strengths[item.a.strength] : item.a.strength;
        deadline = item.a.deadline ?? '';
        break;
      case 'term':
        value = item.a.entry;
        break;
    }
    const pos = lines.position(a.start);
    yield `${csvRow([
      zh ? CSV_ZH.kinds[item.kind] : item.kind,
      guardFormula(a.text),
      trustedValue ? value : guardFormula(value),
      guardFormula(unit),
      qualifier,
      startDate,
      endDate,
      guardFormula(deadline),
      String(pos.line + 1),
      String(pos.column + 1),
      String(a.start),
      String(a.end),
    ])}\r\n`;
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown report

export type ReportLocale = 'en' | 'zh-cn';

export interface MarkdownOptions {
  /** The report's title (usually the file name); document-derived, so it is escaped too. */
  title?: string;
  locale?: ReportLocale;
}

interface ReportStrings {
  defaultTitle: string;
  documentDate: string;
  noDocumentDate: string;
  /** Punctuation that follows the language: ": " and "(…)" in English, "：" and "（…）" in Chinese. */
  colon: string;
  open: string;
  close: string;
  sources: Record<DocumentDateSource, string>;
  /** A `setting` date, by who gave it (docs/annotation.md §6 documentDate.setBy). */
  setBy: Record<DocumentDateSetBy, string>;
  targets: string;
  /** The indicators section (docs/annotation.md §3, "Indicators"), printed only when there are any. */
  indicators: { title: string; indicator: string; role: string; year: string; target: string; achieved: string };
  numbers: string;
  dates: string;
  counts: string;
  none: string;
  unresolved: string;
  col: {
    deadline: string; value: string; object: string; strength: string; text: string; line: string;
    unit: string; qualifier: string; resolved: string; kind: string; count: string;
  };
  strengths: Record<TargetStrength, string>;
  qualifiers: Record<Qualifier, string>;
  countLabels: { numbers: string; dates: string; targets: string; terms: string; outline: string };
}

const STRINGS: Record<ReportLocale, ReportStrings> = {
  en: {
    defaultTitle: 'Policy Lens report',
    documentDate: 'Document date',
    noDocumentDate: 'none found; relative dates are left unresolved',
    colon: ': ',
    open: ' (',
    close: ')',
    sources: { setting: 'given as the reference date', header: 'from the header line', signature: 'from the signature block', dateline: 'from the dateline' },
    setBy: { command: 'set for this file with Set Document Date…', setting: 'from the setting policyLens.referenceDate', cli: 'given with --reference-date' },
    targets: 'Targets',
    indicators: { title: 'Indicators', indicator: 'Indicator', role: 'Role', year: 'Year', target: 'target', achieved: 'achieved' },
    numbers: 'Numbers',
    dates: 'Dates',
    counts: 'Counts',
    none: 'None.',
    unresolved: 'unresolved',
    col: {
      deadline: 'Deadline', value: 'Value', object: 'Object', strength: 'Strength', text: 'Text', line: 'Line',
      unit: 'Unit', qualifier: 'Qualifier', resolved: 'Resolved', kind: 'Kind', count: 'Count',
    },
    strengths: { strive: 'strive', ensure: 'ensure', target: 'target', plan: 'plan', expect: 'expect' },
    qualifiers: { exact: 'exact', approx: 'approximately', above: 'above', below: 'below', range: 'range' },
    countLabels: { numbers: 'Numbers', dates: 'Dates', targets: 'Targets', terms: 'Terms', outline: 'Outline nodes' },
  },
  'zh-cn': {
    defaultTitle: '政策透镜报告',
    documentDate: '文档日期',
    noDocumentDate: '未找到，相对日期无法解析',
    colon: '：',
    open: '（',
    close: '）',
    sources: { setting: '为指定的参考日期', header: '来自文首日期', signature: '来自落款', dateline: '来自电头' },
    setBy: { command: '由“设置文档日期…”为本文件设定', setting: '来自设置 policyLens.referenceDate', cli: '由 --reference-date 指定' },
    targets: '目标',
    indicators: { title: '指标', indicator: '指标', role: '类别', year: '年份', target: '目标', achieved: '实际' },
    numbers: '数字',
    dates: '日期',
    counts: '统计',
    none: '无。',
    unresolved: '未解析',
    col: {
      deadline: '期限', value: '数值', object: '对象', strength: '力度', text: '原文', line: '行',
      unit: '单位', qualifier: '限定', resolved: '解析为', kind: '类别', count: '数量',
    },
    strengths: { strive: '力争', ensure: '确保', target: '目标', plan: '计划', expect: '预计' },
    qualifiers: { exact: '精确', approx: '约', above: '以上', below: '以下', range: '区间' },
    countLabels: { numbers: '数字', dates: '日期', targets: '目标', terms: '术语', outline: '大纲节点' },
  },
};

/** A readable value: digits grouped by thousands, ranges with an en dash. */
export function formatValueReadable(value: number | [number, number]): string {
  const one = (v: number): string => {
    const s = String(v);
    const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
    if (!m) { return s; }
    const digits = m[2];
    let grouped = '';
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) { grouped += ','; }
      grouped += digits[i];
    }
    return `${m[1]}${grouped}${m[3] ?? ''}`;
  };
  return Array.isArray(value) ? `${one(value[0])}–${one(value[1])}` : one(value);
}

/** A table's lines, each row made when it is reached; `_None._` for no rows. */
function* tableLines<T>(header: readonly string[], items: readonly T[], cells: (item: T) => readonly string[], none: string): Generator<string, void, void> {
  if (items.length === 0) { yield `_${none}_`; return; }
  yield `| ${header.join(' | ')} |`;
  yield `|${header.map(() => ' --- ').join('|')}|`;
  for (const item of items) { yield `| ${cells(item).join(' | ')} |`; }
}

function countNodes(nodes: readonly OutlineNode[]): number {
  let n = 0;
  // Iterative: a deeply nested outline must not exhaust the stack.
  const stack: OutlineNode[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as OutlineNode;
    n++;
    for (const c of node.children) { stack.push(c); }
  }
  return n;
}

function byStart<T extends { start: number; end: number }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => a.start - b.start || b.end - a.end);
}

interface IndicatorLine { name: string; role: string; year: string; value: string; start: number }

/**
 * The indicators the targets set and the outcomes the reviews report, in document order
 * (docs/annotation.md §3, "Indicators"); nothing when there are none, so reports of documents
 * without them are as before.
 */
function* indicatorLines(analysis: Analysis, t: ReportStrings, lineOf: (offset: number) => string): Generator<string, void, void> {
  const rows: IndicatorLine[] = recordedStatements(analysis, documentYear(analysis)).map(s => ({
    name: s.def.zh, role: s.role === 'target' ? t.indicators.target : t.indicators.achieved,
    year: s.year === null ? '' : String(s.year), value: s.value?.text ?? '', start: s.start,
  }));
  if (rows.length === 0) { return; }
  const c = t.indicators;
  const e = escapeMarkdown;
  yield `## ${c.title} (${rows.length})`;
  yield '';
  yield* tableLines([c.indicator, c.role, c.year, t.col.value, t.col.line], rows, r => [e(r.name), r.role, r.year, e(r.value), lineOf(r.start)], t.none);
  yield '';
}

/** A report for people: title, document date, targets, the indicators, numbers and dates tables, counts. */
export function toMarkdown(analysis: Analysis, text: string, options: MarkdownOptions = {}): string {
  return [...markdownPieces(analysis, text, options)].join('');
}

/** The text of toMarkdown, one line (with its line break) per piece. */
export function* markdownPieces(analysis: Analysis, text: string, options: MarkdownOptions = {}): Generator<string, void, void> {
  for (const line of markdownLines(analysis, text, options)) { yield `${line}\n`; }
}

function* markdownLines(analysis: Analysis, text: string, options: MarkdownOptions): Generator<string, void, void> {
  const t = STRINGS[options.locale ?? 'en'];
  const lines = new LineIndex(text);
  const lineOf = (offset: number): string => String(lines.position(offset).line + 1);
  const e = escapeMarkdown;

  yield `# ${e(options.title ?? t.defaultTitle)}`;
  yield '';
  const dd = analysis.documentDate;
  yield dd
    ? `**${t.documentDate}**${t.colon}${dd.date}${t.open}${dd.source === 'setting' && dd.setBy ? t.setBy[dd.setBy] : t.sources[dd.source]}${t.colon}“${e(dd.text)}”${t.close}`
    : `**${t.documentDate}**${t.colon}${t.noDocumentDate}`;
  yield '';

  yield `## ${t.targets} (${analysis.targets.length})`;
  yield '';
  yield* tableLines(
    [t.col.deadline, t.col.value, t.col.object, t.col.strength, t.col.text, t.col.line],
    byStart(analysis.targets),
    x => [e(x.deadline ?? ''), e(x.value ?? ''), e(x.object ?? ''), t.strengths[x.strength], e(x.text), lineOf(x.start)],
    t.none,
  );
  yield '';

  yield* indicatorLines(analysis, t, lineOf);

  yield `## ${t.numbers} (${analysis.numbers.length})`;
  yield '';
  yield* tableLines(
    [t.col.text, t.col.value, t.col.unit, t.col.qualifier, t.col.line],
    byStart(analysis.numbers),
    x => [e(x.text), formatValueReadable(x.value), e(x.unit ?? ''), t.qualifiers[x.qualifier], lineOf(x.start)],
    t.none,
  );
  yield '';

  yield `## ${t.dates} (${analysis.dates.length})`;
  yield '';
  yield* tableLines(
    [t.col.text, t.col.resolved, t.col.line],
    byStart(analysis.dates),
    x => [
      e(x.text),
      x.resolved === null ? `_${t.unresolved}_`
        : x.resolved.start === x.resolved.end ? x.resolved.start : `${x.resolved.start} – ${x.resolved.end}`,
      lineOf(x.start),
    ],
    t.none,
  );
  yield '';

  yield `## ${t.counts}`;
  yield '';
  const c = t.countLabels;
  const counts: [string, number][] = [
    [c.numbers, analysis.numbers.length],
    [c.dates, analysis.dates.length],
    [c.targets, analysis.targets.length],
    [c.terms, analysis.terms.length],
    [c.outline, countNodes(analysis.outline)],
  ];
  yield* tableLines([t.col.kind, t.col.count], counts, ([label, n]) => [label, String(n)], t.none);
}
