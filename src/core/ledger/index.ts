// The target ledger: indicators recognised in targets and in reviews of past years, lined up
// across documents (docs/annotation.md §3, "Indicators"; docs/architecture.md).
export { INDICATORS, type FigureKind, type IndicatorDef, type IndicatorKind, type Sense } from './indicators';
export { findMentions, indicatorById, indicatorNamed, type Mention } from './match';
export { changeFrom, metTarget, type Change, type IndicatorValue } from './values';
export { documentYear, indicatorStatements, type IndicatorStatement, type StatementInput } from './statements';
export { indicatorAnnotations, indicatorAnnotationSteps, indicatorRef, recordedStatements, type IndicatorAnnotations } from './annotate';
export { buildLedger, type Ledger, type LedgerCell, type LedgerColumn, type LedgerDocument, type LedgerEntry, type LedgerRow } from './build';
export { ledgerLabels, CHANGE_SIGNS, MET_SIGN, MISSED_SIGN, type LedgerLabels, type LedgerLocale } from './labels';
export { cellOf, figureText, ledgerTable, placeOf, type ColumnNote, type LedgerPlace, type LedgerTable, type LedgerTableCell, type LedgerTableColumn, type LedgerTableRow } from './table';
export { ledgerCsvPieces, ledgerJsonPieces, ledgerMarkdownPieces, ledgerTextPieces, type LineOf } from './export';
export { indicatorHistory, type IndicatorHistory, type YearLine } from './history';
