// The ledger written out (docs/annotation.md §3, "Indicators"): CSV (one row per indicator and
// column, for spreadsheets and pivots), Markdown (the table as the view shows it), JSON (§3's
// shape) and plain text (the CLI's default). Each comes in pieces, like the analysis's exports
// (src/core/exportFormats.ts), and treats document text and file names as untrusted: CSV cells are
// guarded against formulas, Markdown cells escaped.
import { csvRow, formatValue, guardFormula } from '../exportFormats';
import { escapeMarkdown } from '../markdown';
import type { Ledger, LedgerEntry } from './build';
import type { LedgerTable } from './table';
import { figureText } from './table';
import type { IndicatorValue } from './values';

/** 0-based line of an offset in a document of the ledger (by its name); undefined when unknown. */
export type LineOf = (document: string, offset: number) => number | undefined;

/** A CSV line of `cells` (the analysis's own CSV row, ended with CRLF). */
const csvLine = (cells: readonly string[]): string => `${csvRow(cells)}\r\n`;
const lineText = (lineOf: LineOf, e: LedgerEntry | null): string => {
  const line = e ? lineOf(e.document, e.start) : undefined;
  return line === undefined ? '' : String(line + 1);
};

/**
 * One row per indicator and column that holds something: the target and the achieved figure as
 * written and as numbers, the change and met; lines are 1-based. The words of `table` (its
 * language) head the columns and state change and met.
 */
export function* ledgerCsvPieces(ledger: Ledger, table: LedgerTable, lineOf: LineOf, options: { bom?: boolean } = {}): Generator<string, void, void> {
  const h = table.labels.csv;
  yield `${(options.bom ?? true) ? '\uFEFF' : ''}${csvLine([
    h.indicatorId, h.indicator, h.indicatorEn, h.year, h.document, h.target, h.targetValue, h.targetUnit, h.targetQualifier, h.targetLine,
    h.outcome, h.outcomeValue, h.outcomeDocument, h.outcomeLine, h.change, h.met,
  ])}`;
  const l = table.labels;
  for (let r = 0; r < ledger.rows.length; r++) {
    const row = ledger.rows[r];
    for (let c = 0; c < ledger.columns.length; c++) {
      const cell = row.cells[c];
      if (!cell.target && !cell.outcome && cell.change === null) { continue; }
      const col = ledger.columns[c];
      const t = cell.target?.value ?? null;
      yield csvLine([
        row.indicator.id, row.indicator.zh, row.indicator.en,
        col.year === null ? '' : String(col.year), guardFormula(col.document ?? ''),
        guardFormula(figureText(cell.target) ?? ''), numberOf(t), guardFormula(t?.unit ?? ''), t?.qualifier ?? '', lineText(lineOf, cell.target),
        guardFormula(figureText(cell.outcome) ?? ''), numberOf(cell.outcome?.value ?? null), guardFormula(cell.outcome?.document ?? ''), lineText(lineOf, cell.outcome),
        cell.change === null ? '' : l.changes[cell.change], cell.met === null ? '' : cell.met ? l.met : l.missed,
      ]);
    }
  }
}

function numberOf(v: IndicatorValue | null): string {
  return v === null || v.value === null ? '' : formatValue(v.value);
}

/** The table as Markdown: a title, one row per indicator, one column per year or document, a legend and the notes. */
export function* ledgerMarkdownPieces(table: LedgerTable, title?: string): Generator<string, void, void> {
  const e = escapeMarkdown;
  const l = table.labels;
  yield `# ${e(title ?? l.title)}\n\n`;
  if (table.rows.length === 0) { yield `_${l.none}_\n`; return; }
  const heads = table.columns.map((c) => e(c.subtitle ? `${c.title} (${c.subtitle})` : c.title));
  yield `| ${e(l.indicator)} | ${heads.join(' | ')} |\n`;
  yield `|${[l.indicator, ...heads].map(() => ' --- ').join('|')}|\n`;
  for (const row of table.rows) {
    yield `| ${e(row.name)} (${e(row.en)}) | ${row.cells.map((c) => e(c.summary)).join(' | ')} |\n`;
  }
  yield `\n${e(l.legend)}\n`;
  const undated = table.columns.filter((c) => c.note === 'undated').map((c) => e(c.title));
  if (undated.length > 0) { yield `\n${e(l.undatedList)}: ${undated.join(', ')}\n`; }
}

/** The ledger as readable text for a terminal: one block per indicator, one line per column with something in it. */
export function* ledgerTextPieces(table: LedgerTable, clean: (s: string) => string = (s) => s): Generator<string, void, void> {
  const l = table.labels;
  const heads = table.columns.map((c) => clean(c.subtitle ? `${c.title}  ${c.subtitle}` : c.title));
  const width = Math.max(0, ...heads.map((h) => h.length));
  yield `${l.title}: ${table.rows.length} × ${table.columns.length}\n`;
  for (const row of table.rows) {
    yield `\n${clean(row.name)} (${clean(row.en)})\n`;
    for (let c = 0; c < table.columns.length; c++) {
      const summary = row.cells[c].summary;
      if (summary !== '') { yield `  ${heads[c].padEnd(width)}  ${clean(summary)}\n`; }
    }
  }
  const undated = table.columns.filter((c) => c.note === 'undated').map((c) => clean(c.title));
  if (undated.length > 0) { yield `\n${l.undatedList}: ${undated.join(', ')}\n`; }
}

interface JsonPlace {
  document: string;
  start: number;
  end: number;
  line: number | null;
  value: IndicatorValue | null;
}

const jsonPlace = (e: LedgerEntry | null, lineOf: LineOf): JsonPlace | null =>
  e === null ? null : { document: e.document, start: e.start, end: e.end, line: lineOf(e.document, e.start) ?? null, value: e.value };

/** The ledger as JSON (docs/annotation.md §3): `columns`, then `rows`, one piece per row. */
export function* ledgerJsonPieces(ledger: Ledger, lineOf: LineOf): Generator<string, void, void> {
  const columns = ledger.columns.map((c) => ({
    year: c.year, document: c.document,
    ...(c.year === null ? { note: 'undated' } : c.document === null ? { note: 'reviewOnly' } : {}),
  }));
  yield `{\n  "schemaVersion": 1,\n  "columns": ${JSON.stringify(columns, null, 2).replace(/\n/g, '\n  ')},\n  "rows": [`;
  for (let r = 0; r < ledger.rows.length; r++) {
    const row = ledger.rows[r];
    const json = {
      indicator: { id: row.indicator.id, name: row.indicator.zh, en: row.indicator.en, kind: row.indicator.kind },
      cells: row.cells.map((c) => ({ target: jsonPlace(c.target, lineOf), outcome: jsonPlace(c.outcome, lineOf), change: c.change, met: c.met })),
    };
    yield `${r === 0 ? '' : ','}\n    ${JSON.stringify(json, null, 2).replace(/\n/g, '\n    ')}`;
  }
  yield ledger.rows.length === 0 ? ']\n}\n' : '\n  ]\n}\n';
}
