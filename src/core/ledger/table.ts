// The ledger as a table to show (docs/annotation.md §3, "Indicators"): column heads, and each cell's
// words in the reader's language with the places it comes from. One model for every face: the
// editor's ledger view renders it, the Markdown and CSV exports and the CLI print it.
import type { Ledger, LedgerCell, LedgerColumn, LedgerEntry } from './build';
import type { IndicatorKind } from './indicators';
import { CHANGE_SIGNS, ledgerLabels, MET_SIGN, MISSED_SIGN, type LedgerLabels, type LedgerLocale } from './labels';
import type { Change } from './values';

/** Where a figure stands: the document (its name in the ledger) and the offsets. */
export interface LedgerPlace {
  document: string;
  start: number;
  end: number;
}

export type ColumnNote = 'undated' | 'reviewOnly';

export interface LedgerTableColumn {
  year: number | null;
  document: string | null;
  /** The year, or the file name of an undated document. */
  title: string;
  /** The file name under a year; null for a year only reviews report and for an undated document. */
  subtitle: string | null;
  note: ColumnNote | null;
  /** The note in words (why an undated document has no year). */
  noteText: string | null;
}

export interface LedgerTableCell {
  /** The target's figure as written (5%左右), or null. */
  target: string | null;
  /** The achieved figure a later review reports, or null. */
  outcome: string | null;
  change: Change | null;
  /** The change as sign and word (↓ lowered). */
  changeText: string | null;
  met: boolean | null;
  /** ✓ met / ✗ missed. */
  metText: string | null;
  targetPlace: LedgerPlace | null;
  outcomePlace: LedgerPlace | null;
  /** Everything in one line (5%左右 · ↓ lowered · achieved 5.2% · ✓ met); empty for an empty cell. */
  summary: string;
}

export interface LedgerTableRow {
  id: string;
  name: string;
  en: string;
  kind: IndicatorKind;
  cells: LedgerTableCell[];
}

export interface LedgerTable {
  locale: LedgerLocale;
  labels: LedgerLabels;
  columns: LedgerTableColumn[];
  rows: LedgerTableRow[];
}

/** The place of a statement: from where the indicator is named through its figure. */
export function placeOf(e: LedgerEntry): LedgerPlace {
  return { document: e.document, start: e.start, end: Math.max(e.end, e.value?.end ?? e.end) };
}

/** A statement's figure as written, or its goal in words. */
export function figureText(e: LedgerEntry | null): string | null {
  return e?.value?.text ?? null;
}

function columnOf(c: LedgerColumn, l: LedgerLabels): LedgerTableColumn {
  if (c.year === null) {
    return { year: null, document: c.document, title: c.document ?? l.undated, subtitle: null, note: 'undated', noteText: `${l.undated}: ${l.undatedWhy}` };
  }
  if (c.document === null) {
    return { year: c.year, document: null, title: String(c.year), subtitle: null, note: 'reviewOnly', noteText: l.reviewOnly };
  }
  return { year: c.year, document: c.document, title: String(c.year), subtitle: c.document, note: null, noteText: null };
}

export function cellOf(cell: LedgerCell, l: LedgerLabels): LedgerTableCell {
  const target = cell.target ? (figureText(cell.target) ?? l.target) : null;
  const outcome = figureText(cell.outcome);
  const changeText = cell.change === null ? null : `${CHANGE_SIGNS[cell.change]} ${l.changes[cell.change]}`;
  const metText = cell.met === null ? null : cell.met ? `${MET_SIGN} ${l.met}` : `${MISSED_SIGN} ${l.missed}`;
  const parts = [target, changeText, outcome === null ? null : `${l.achieved} ${outcome}`, metText].filter((p): p is string => p !== null);
  return {
    target, outcome, change: cell.change, changeText, met: cell.met, metText,
    targetPlace: cell.target ? placeOf(cell.target) : null,
    outcomePlace: cell.outcome ? placeOf(cell.outcome) : null,
    summary: parts.join(l.dot),
  };
}

/** The ledger in words of one language. */
export function ledgerTable(ledger: Ledger, locale: LedgerLocale): LedgerTable {
  const l = ledgerLabels(locale);
  return {
    locale,
    labels: l,
    columns: ledger.columns.map((c) => columnOf(c, l)),
    rows: ledger.rows.map((r) => ({
      id: r.indicator.id, name: r.indicator.zh, en: r.indicator.en, kind: r.indicator.kind,
      cells: r.cells.map((c) => cellOf(c, l)),
    })),
  };
}
