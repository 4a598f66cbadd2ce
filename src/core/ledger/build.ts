// The target ledger (docs/annotation.md §3, "Indicators"): indicators as rows, documents or years
// as columns, each cell the target a document set and the outcome a later review reported, with
// the change from the target before and whether the outcome met it. Pure: analyses in, table out.
import type { Analysis } from '../types';
import { INDICATORS, type IndicatorDef } from './indicators';
import { recordedStatements } from './annotate';
import { documentYear, type IndicatorStatement } from './statements';
import { changeFrom, metTarget, type Change } from './values';

export interface LedgerDocument {
  /** How the document is called in the table (its file name); unique among the documents compared. */
  name: string;
  /** The analysed text (not read: the analysis records its indicators and outcomes). */
  text?: string;
  analysis: Analysis;
}

export interface LedgerColumn {
  /** The year the column is for; null for a document without a date. */
  year: number | null;
  /** The document whose targets the column shows; null for a year known only from a later review. */
  document: string | null;
}

/** A statement with the document it stands in. */
export interface LedgerEntry extends IndicatorStatement {
  document: string;
}

export interface LedgerCell {
  target: LedgerEntry | null;
  outcome: LedgerEntry | null;
  /**
   * From the nearest earlier column with a target; `new` where earlier documents had none; null in
   * the first document's column and where nothing is known.
   */
  change: Change | null;
  /** Whether the outcome met the target; null where either is missing or the indicator has no sense of meeting. */
  met: boolean | null;
}

export interface LedgerRow {
  indicator: IndicatorDef;
  cells: LedgerCell[];
}

export interface Ledger {
  columns: LedgerColumn[];
  rows: LedgerRow[];
}

/** Builds the ledger of several analysed documents. */
export function buildLedger(documents: readonly LedgerDocument[]): Ledger {
  const entries: LedgerEntry[] = [];
  const years = new Map<string, number | null>();
  for (const d of documents) {
    const year = documentYear(d.analysis);
    years.set(d.name, year);
    for (const s of recordedStatements(d.analysis, year)) { entries.push({ ...s, document: d.name }); }
  }
  const columns = columnsOf(documents, years, entries);
  const rows: LedgerRow[] = [];
  for (const def of INDICATORS) {
    const mine = entries.filter((e) => e.def === def);
    if (mine.length === 0) { continue; }
    rows.push({ indicator: def, cells: cellsOf(def, columns, mine) });
  }
  return { columns, rows };
}

/** One column per dated or undated document, and one per year that only a review reports; by year, then name. */
function columnsOf(documents: readonly LedgerDocument[], years: ReadonlyMap<string, number | null>, entries: readonly LedgerEntry[]): LedgerColumn[] {
  const columns: LedgerColumn[] = documents.map((d) => ({ year: years.get(d.name) ?? null, document: d.name }));
  const docYears = new Set(columns.map((c) => c.year));
  for (const e of entries) {
    if (e.role === 'outcome' && e.year !== null && !docYears.has(e.year)) { docYears.add(e.year); columns.push({ year: e.year, document: null }); }
  }
  return columns.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || (a.document ?? '').localeCompare(b.document ?? ''));
}

function cellsOf(def: IndicatorDef, columns: readonly LedgerColumn[], entries: readonly LedgerEntry[]): LedgerCell[] {
  const cells: LedgerCell[] = [];
  let previous: LedgerEntry | null = null;
  // a target is `new` when an earlier document went without one
  let earlierDocument = false;
  let dropped = false;
  for (const col of columns) {
    const target = col.document === null ? null : firstOf(entries, (e) => e.role === 'target' && e.document === col.document, true);
    // an outcome for the column's year, reported by another document (a later review)
    const outcome = col.year === null ? null
      : firstOf(entries, (e) => e.role === 'outcome' && e.year === col.year && e.document !== col.document, false);
    let change: Change | null = null;
    if (target !== null) {
      change = previous !== null ? changeFrom(previous.value, target.value) : earlierDocument ? 'new' : null;
    } else if (previous !== null && col.document !== null && !dropped) {
      change = 'dropped';
      dropped = true;
    }
    const met = target !== null && outcome !== null && target.value !== null && outcome.value !== null ? metTarget(def, target.value, outcome.value) : null;
    cells.push({ target, outcome, change, met });
    // after a year without it, a target is compared with the last one set (and `dropped` is said once)
    if (target !== null) { previous = target; dropped = false; }
    if (col.document !== null) { earlierDocument = true; }
  }
  return cells;
}

/** The first entry that passes `test`, preferring one with a figure over one in words when `preferFigure`. */
function firstOf(entries: readonly LedgerEntry[], test: (e: LedgerEntry) => boolean, preferFigure: boolean): LedgerEntry | null {
  let words: LedgerEntry | null = null;
  for (const e of entries) {
    if (!test(e)) { continue; }
    if (!preferFigure || (e.value !== null && e.value.value !== null)) { return e; }
    words ??= e;
  }
  return words;
}
