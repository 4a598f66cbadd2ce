// The shapes every layer shares. The JSON form (docs/annotation.md §6) is built from these, so
// fields are only ever added, never renamed.

/** A half-open range of UTF-16 offsets into the analysed text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Qualifier = 'exact' | 'approx' | 'above' | 'below' | 'range';
export type NumberKind = 'cardinal' | 'percent' | 'money' | 'quantity' | 'multiple' | 'ordinal' | 'ratio';

export interface NumberAnnotation extends Span {
  /** A single value, or `[low, high]` for a range. Integers stay integers. */
  value: number | [number, number];
  /** The unit as written in the text (元, 千瓦, %, 个, ordinal, …) or null when dimensionless. */
  unit: string | null;
  qualifier: Qualifier;
  kind: NumberKind;
  /** The magnitude in English words, e.g. "32.5 trillion yuan": not stored by analysis; filled in by toJson / numberEnglish(). */
  english?: string;
  /** Direction given by the verb before the number (增长 → up, 下降 → down). */
  change?: 'up' | 'down';
  /** For 倍: growth (增长1.1倍 = +110 %) or multiple (是…的1.1倍). */
  reading?: 'growth' | 'multiple';
  /** For 倍 where the sentence states the new value: the base it implies. */
  impliedBase?: number;
}

/** An ISO calendar range, both ends inclusive (YYYY-MM-DD). */
export interface DateRange {
  start: string;
  end: string;
}

export type DateGranularity = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'period' | 'duration' | 'event';

export interface DateAnnotation extends Span {
  /** True when the text needs the document date (今年, 去年底, 上月, 11年来…). */
  relative: boolean;
  resolved: DateRange | null;
  granularity?: DateGranularity;
  /** Time of day when the text gives one (上午, 下午, 晚). */
  partOfDay?: string;
  /** True for "截至…" style as-of points. */
  asOf?: boolean;
  /** How the date was resolved, as data the explanation layer can render in any language. */
  basis?: DateBasis;
}

export type DateBasis =
  | { kind: 'explicit' }
  | { kind: 'document'; documentDate: string }
  | { kind: 'context'; anchorText: string; anchorStart: number }
  | { kind: 'dateline'; datelineText: string; datelineStart: number; date: string }
  | { kind: 'unresolved'; reason: string };

export type TargetStrength = 'strive' | 'ensure' | 'target' | 'plan' | 'expect';

export interface TargetAnnotation extends Span {
  deadline: string | null;
  value: string | null;
  object: string | null;
  strength: TargetStrength;
  /** Offset of the deadline text (may lie before the span for paragraph-scoped deadlines). */
  deadlineStart?: number;
  /**
   * The indicators the target sets (docs/annotation.md §3, "Indicators"): those its clause names, and
   * those the rest of its paragraph sizes; absent when it names none.
   */
  indicators?: TargetIndicator[];
}

/** An indicator of the target ledger, by its stable id and its canonical names (docs/annotation.md §3). */
export interface IndicatorRef {
  id: string;
  /** Canonical short name in Chinese (国内生产总值增长). */
  name: string;
  en: string;
}

/** The figure given for an indicator: a number as the numbers recognizer read it, or a goal in words. */
export interface IndicatorFigure {
  /** One value or `[low, high]`; null for a goal in words (基本平衡). */
  value: number | [number, number] | null;
  unit: string | null;
  qualifier: Qualifier | null;
  /** The number as written (5%左右) or the goal's words. */
  text: string;
  start: number;
  end: number;
}

/** An indicator a target names, where it is named, and the figure it is given (null when none). */
export interface TargetIndicator extends IndicatorRef {
  start: number;
  end: number;
  value: IndicatorFigure | null;
}

/** A figure a review of a past year reports for an indicator (docs/annotation.md §3, "Indicators"). */
export interface OutcomeAnnotation extends Span {
  indicator: IndicatorRef;
  /** The year under review. */
  year: number;
  value: IndicatorFigure;
}

export interface TermAnnotation extends Span {
  /** The glossary headword this occurrence matched. */
  entry: string;
}

export type OutlineKind = 'article' | 'section' | 'question' | 'answer' | 'point' | 'speaker';

export interface OutlineNode {
  kind: OutlineKind;
  /** Mechanical name (docs/annotation.md §4). */
  name: string;
  /** 0-based line of the node's first character. */
  line: number;
  /** Offsets of the whole node (through its last child/body). */
  start: number;
  end: number;
  /** Offsets of the part to select and reveal (the label or heading). */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineNode[];
}

export type DocumentDateSource = 'setting' | 'header' | 'signature' | 'dateline';

/** Who gave a `setting` document date: the per-file command, the setting, the CLI option. */
export type DocumentDateSetBy = 'command' | 'setting' | 'cli';

export interface DocumentDate {
  /** YYYY-MM-DD */
  date: string;
  source: DocumentDateSource;
  /** The text the date came from (the dateline, header line or signature date). */
  text: string;
  /** Where that text stands, when it stands in the document. */
  start?: number;
  end?: number;
  /** Where the year came from when the source text lacked one (dateline completed by a year). */
  yearFrom?: { text: string; start: number };
  /** For source `setting`: how the date was given, when the host said (AnalyzeOptions.referenceDateSetBy). */
  setBy?: DocumentDateSetBy;
}

export interface GlossaryEntry {
  /** Headword as it appears in text. */
  term: string;
  /** Other spellings that match the same entry (traditional forms, variants). */
  aliases?: string[];
  en: string;
  zh: string;
  /** The document, meeting or year that introduced the term. */
  origin: string;
  /** The same in Chinese, for the Chinese explanation (the built-in entries have it); `origin` is shown where it is missing. */
  originZh?: string;
  /** Where the entry came from: built in, a setting, or a workspace file path. */
  source?: string;
}

/** The four kinds of annotation a reader sees highlighted. */
export type AnnotationKind = 'number' | 'date' | 'target' | 'term';

/** A phrase the reader said is not an annotation of this kind ("Not a number here"). */
export interface IgnoreEntry {
  kind: AnnotationKind;
  /** The annotation's exact text. */
  text: string;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD: overrides the document date (source `setting`). */
  referenceDate?: string;
  /** How referenceDate was given, carried to DocumentDate.setBy so explanations name the true source. */
  referenceDateSetBy?: DocumentDateSetBy;
  /** Markdown files: headings are VS Code's own; only docs/annotation.md §4 structures are added. */
  markdown?: boolean;
  /** Glossary entries to match in addition to (or overriding) the built-in glossary. */
  glossary?: readonly GlossaryEntry[];
  /** Annotations not to report: every one of the entry's kind with the entry's text (docs/annotation.md §6). */
  ignore?: readonly IgnoreEntry[];
}

export interface Analysis {
  schemaVersion: 1;
  documentDate: DocumentDate | null;
  numbers: NumberAnnotation[];
  dates: DateAnnotation[];
  targets: TargetAnnotation[];
  terms: TermAnnotation[];
  outline: OutlineNode[];
  /** What reviews of past years report for the ledger's indicators; absent when there is none. */
  outcomes?: OutcomeAnnotation[];
  /**
   * Present only when the text holds more annotations of one kind than an analysis keeps
   * (MAX_PER_KIND, src/core/analyze.ts): annotations then stand only before `end`; the outline
   * covers the whole text. A view should say so (a limit that trips is visible, docs/architecture.md).
   */
  limit?: AnalysisLimit;
}

export interface AnalysisLimit {
  /** Numbers, dates, targets and terms stand only in text[0, end). */
  end: number;
  /** The kind of which the text holds more than `max` (the first to reach it). */
  kind: 'numbers' | 'dates' | 'targets' | 'terms';
  max: number;
}
