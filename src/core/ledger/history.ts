// What the ledger knows of an indicator before a document's year (docs/annotation.md §3,
// "Indicators"): the hover of a target says the indicator's previous target and what was achieved
// (2024 target 5%左右 · achieved 5% · ✓ met), and what this year's target achieved when a later
// review is known.
import type { Ledger, LedgerCell } from './build';
import { ledgerLabels, type LedgerLocale } from './labels';
import { cellOf } from './table';

export interface YearLine {
  year: number;
  cell: LedgerCell;
  /** The line in words (2024 target 5%左右 · achieved 5% · ✓ met). */
  text: string;
}

export interface IndicatorHistory {
  /** The latest earlier year with a target, with what it achieved when known. */
  previous: YearLine | null;
  /** A year after that one (and before this document's) that only a review reports (2025 achieved 5%). */
  since: YearLine | null;
  /** This document's own year, when a later review reports what its target achieved. */
  current: YearLine | null;
  /** The change from the previous target, in words (↓ lowered); null when none is known. */
  change: string | null;
}

function lineOf(year: number, cell: LedgerCell, locale: LedgerLocale): string {
  const l = ledgerLabels(locale);
  const c = cellOf(cell, l);
  const head = c.target !== null ? `${l.yearTarget(String(year))} ${c.target}` : `${l.yearAchieved(String(year))} ${c.outcome ?? l.none}`;
  const parts = [head];
  if (c.target !== null && c.outcome !== null) { parts.push(`${l.achieved} ${c.outcome}`); }
  if (c.metText !== null) { parts.push(c.metText); }
  return parts.join(l.dot);
}

/**
 * The history of one indicator as seen from one document of the ledger: null when the ledger has
 * no row for it, the document is not one of its columns or has no year.
 */
export function indicatorHistory(ledger: Ledger, document: string, indicatorId: string, locale: LedgerLocale): IndicatorHistory | null {
  const row = ledger.rows.find((r) => r.indicator.id === indicatorId);
  const at = ledger.columns.findIndex((c) => c.document === document);
  if (!row || at < 0) { return null; }
  const year = ledger.columns[at].year;
  if (year === null) { return null; }
  let previous: YearLine | null = null;
  let since: YearLine | null = null;
  for (let c = at - 1; c >= 0 && previous === null; c--) {
    const col = ledger.columns[c];
    const cell = row.cells[c];
    if (col.year === null || col.year >= year) { continue; }
    if (cell.target !== null) {
      previous = { year: col.year, cell, text: lineOf(col.year, cell, locale) };
    } else if (cell.outcome !== null && since === null) {
      since = { year: col.year, cell, text: lineOf(col.year, cell, locale) };
    }
  }
  const own = row.cells[at];
  const current = own.outcome !== null ? { year, cell: own, text: lineOf(year, own, locale) } : null;
  const l = ledgerLabels(locale);
  const change = own.change !== null && own.change !== 'new' ? cellOf(own, l).changeText : null;
  return { previous, since, current, change };
}
