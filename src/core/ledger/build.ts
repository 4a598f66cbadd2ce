// The target ledger (docs/annotation.md §3, "Indicators"): indicators as rows, documents or years
// as columns, each cell the target a document set and the outcome a later review reported, with
// the change from the target before and whether the outcome met it. Pure: analyses in, table out.
import type { Analysis, TargetAnnotation } from '../types';
import { INDICATORS, type IndicatorDef } from './indicators';
import { recordedStatements } from './annotate';
import { documentYear, type IndicatorStatement } from './statements';
import { changeFrom, firstAtOrAfter, metTarget, type Change } from './values';

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
   * From the last target of an earlier year; `new` where earlier documents set targets but not
   * this one; `dropped` where the document sets targets but not this one; null in the first
   * year, in an undated document's column and where nothing is known.
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
    for (const s of recordedStatements(d.analysis, year)) {
      // a goal for a later year (到2030年…, the five-year plan's) is no target of the document's year
      if (s.role === 'target' && s.target !== undefined && laterGoal(d.analysis, d.analysis.targets[s.target], year)) { continue; }
      entries.push({ ...s, document: d.name });
    }
  }
  const columns = columnsOf(documents, years, entries);
  const setsTargets = new Set(entries.filter((e) => e.role === 'target').map((e) => e.document));
  const rows: LedgerRow[] = [];
  for (const def of INDICATORS) {
    const mine = entries.filter((e) => e.def === def);
    if (mine.length === 0) { continue; }
    rows.push({ indicator: def, cells: cellsOf(def, columns, mine, setsTargets) });
  }
  return { columns, rows };
}

/**
 * Whether a target is a goal for a later year than `year` (到2030年…, a five-year plan's goal in a
 * report of its first year): its deadline falls after that year, and no period the target names
 * runs through it (能耗强度目标在“十四五”规划期内统筹考核 in a report of 2022 is in force that year).
 */
function laterGoal(analysis: Analysis, target: TargetAnnotation | undefined, year: number | null): boolean {
  if (target === undefined || target.deadline === null || year === null) { return false; }
  const deadline = Number(target.deadline.slice(0, 4));
  if (!(deadline > year)) { return false; }
  const dates = analysis.dates;
  for (let k = firstAtOrAfter(dates, target.start); k < dates.length && dates[k].start < target.end; k++) {
    const r = dates[k].resolved;
    if (r !== null && Number(r.start.slice(0, 4)) <= year && Number(r.end.slice(0, 4)) >= deadline) { return false; }
  }
  return true;
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

/**
 * The cells of one indicator. A target is compared with the last target of an earlier year (two
 * documents of one year are both compared with the year before); `new` after earlier documents
 * that set targets but not this one; `dropped` in a document that sets targets but not this one,
 * said once until the indicator returns. An undated document is compared with nothing.
 */
function cellsOf(def: IndicatorDef, columns: readonly LedgerColumn[], entries: readonly LedgerEntry[], setsTargets: ReadonlySet<string>): LedgerCell[] {
  const cells: LedgerCell[] = [];
  const state = { previous: null as LedgerEntry | null, dropped: false, earlierDocument: false };
  // what the columns of the year being read add to the state once the year is over
  let group = { year: undefined as number | null | undefined, latest: null as LedgerEntry | null, dropped: false, document: false };
  for (const col of columns) {
    if (col.year !== group.year) {
      if (group.latest !== null) { state.previous = group.latest; state.dropped = false; }
      if (group.dropped) { state.dropped = true; }
      if (group.document) { state.earlierDocument = true; }
      group = { year: col.year, latest: null, dropped: false, document: false };
    }
    const target = col.document === null ? null : firstOf(entries, (e) => e.role === 'target' && e.document === col.document, true);
    if (col.year === null) {
      cells.push({ target, outcome: null, change: null, met: null });
      continue;
    }
    // an outcome for the column's year, reported by another document (a later review)
    const outcome = firstOf(entries, (e) => e.role === 'outcome' && e.year === col.year && e.document !== col.document, false);
    const sets = col.document !== null && setsTargets.has(col.document);
    let change: Change | null = null;
    if (target !== null) {
      change = state.previous !== null ? changeFrom(state.previous.value, target.value) : state.earlierDocument ? 'new' : null;
      group.latest = target;
    } else if (state.previous !== null && sets && !state.dropped) {
      change = 'dropped';
      group.dropped = true;
    }
    if (sets) { group.document = true; }
    const met = target !== null && outcome !== null && target.value !== null && outcome.value !== null ? metTarget(def, target.value, outcome.value) : null;
    cells.push({ target, outcome, change, met });
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
