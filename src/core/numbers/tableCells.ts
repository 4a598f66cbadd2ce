// Numbers in table rows (docs/annotation.md §8 Tables): a cell value takes the unit of its column
// (金额（万元）) or of the table's unit line (单位：万元) above the table; a magnitude in that unit
// scales the value (120 under 单位：万元 is 1,200,000 元). A row is a line with a tab between its
// cells. What a line is, and the table it belongs to, is found once per line and kept in the scan's
// state, so the reads stay linear; every look beyond the current row is bounded by TABLE_LOOKBACK.
import { Ch, codeIn, digitValue, isBmpHan, isInlineSpace, isLineBreak, OPEN_QUOTES } from '../text';
import type { NumberKind } from '../types';
import { bigUnitExponent } from './numeralChars';
import { matchUnit } from './units';
import { LABEL_HEADER_LIST } from './matchers';
import { TABLE_LOOKBACK, TABLE_ROW_MAX, UNIT_LINE_WORDS } from './words';

/** The spaces a cell's value may stand apart from its tabs by. */
const CELL_PAD = 4;

/** The first characters of the unit-line words (单, 單). */
const UNIT_LINE_FIRST: readonly number[] = [0x5355, 0x55ae];

/** The unit a cell's value takes, and the power of ten its magnitude (万元 → 4) scales the value by. */
export interface CellUnit {
  unit: string;
  exponent: number;
  kind: NumberKind;
}

/** The line the last lookup fell in, and the table it belongs to. */
export interface TableState {
  lineStart: number;
  lineEnd: number;
  /** Tab offsets in the line (none: no table row). */
  tabs: number[];
  /** The line runs on past lineEnd (a line too long for a row, read in stretches). */
  runOn: boolean;
  /** The end of the last table row seen, and the units of its table. */
  rowEnd: number;
  tableUnit: CellUnit | null;
  /** Per column, the unit its header names, or LABEL_COLUMN for a column of labels (编号, 序号). */
  columns: (CellUnit | typeof LABEL_COLUMN | null)[];
}

/** A column whose header names labels (编号, 序号, 代码): its cells hold identifiers, no numbers (§7). */
export const LABEL_COLUMN = 'label';

/** 万元 → 元 × 10⁴, %, 米: a unit, after any magnitude, at `pos`; null when none. */
function unitWithMagnitude(text: string, pos: number, limit: number): CellUnit | null {
  let k = pos;
  let exponent = 0;
  while (k < limit && bigUnitExponent(text.charCodeAt(k)) > 0) { exponent += bigUnitExponent(text.charCodeAt(k)); k++; }
  const u = matchUnit(text, k, limit);
  if (!u) { return null; }
  return { unit: u.def.unit, exponent, kind: u.def.kind };
}

/** The unit a unit line in [from, to) states (单位：万元, （单位：%）), the nearest above; null when none. */
function unitLineIn(text: string, from: number, to: number): CellUnit | null {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c !== UNIT_LINE_FIRST[0] && c !== UNIT_LINE_FIRST[1]) { continue; }
    for (const w of UNIT_LINE_WORDS) {
      if (k + w.length >= to || !text.startsWith(w, k)) { continue; }
      let u = k + w.length;
      while (u < to && isInlineSpace(text.charCodeAt(u))) { u++; }
      const unit = unitWithMagnitude(text, u, to);
      if (unit) { return unit; }
    }
  }
  return null;
}

/**
 * The column units a header row [from, to) names in brackets after a column's name (金额（万元）,
 * 占比(%)), and its columns of labels (序号, 坐标编号); a column keeps what the nearest header row says.
 */
function headerUnits(text: string, from: number, to: number, columns: (CellUnit | typeof LABEL_COLUMN | null)[]): void {
  let col = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === Ch.Tab) { col++; continue; }
    if (columns[col] !== undefined) { continue; }
    if (c === Ch.FullwidthOpenParen || c === Ch.OpenParen) {
      const unit = unitWithMagnitude(text, k + 1, to);
      if (unit) { columns[col] = unit; }
    } else if (LABEL_HEADER_LIST.at(text, k) !== null) {
      columns[col] = LABEL_COLUMN;
    }
  }
}

/**
 * The bounds and tabs of the line around `pos`. A line longer than TABLE_ROW_MAX is no table row:
 * it is given as [pos, the end of the stretch read), with no tabs and `runOn` set when that stretch
 * stops short of the line's end, so the next lookup reads on from there: `runOnFrom` is where the
 * last stretch of the same line ended (-1: none), and no character is read twice.
 */
function lineAround(text: string, pos: number, runOnFrom: number): { start: number; end: number; tabs: number[]; runOn: boolean } {
  let s = pos;
  while (s > 0 && s > runOnFrom && !isLineBreak(text.charCodeAt(s - 1)) && pos - s <= TABLE_ROW_MAX) { s--; }
  const long = (s === runOnFrom && s > 0 && !isLineBreak(text.charCodeAt(s - 1))) || pos - s > TABLE_ROW_MAX;
  let e = pos;
  while (e < text.length && !isLineBreak(text.charCodeAt(e)) && e - pos <= TABLE_ROW_MAX) { e++; }
  const runOn = e < text.length && !isLineBreak(text.charCodeAt(e));
  if (long || runOn || e - s > TABLE_ROW_MAX) { return { start: pos, end: e, tabs: [], runOn }; }
  const tabs: number[] = [];
  for (let k = s; k < e; k++) { if (text.charCodeAt(k) === Ch.Tab) { tabs.push(k); } }
  return { start: s, end: e, tabs, runOn };
}

/** Only blank space in [from, to): the rows of one table may stand a blank line apart. */
function blank(text: string, from: number, to: number): boolean {
  if (to - from > 8) { return false; }
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isLineBreak(c) && !isInlineSpace(c)) { return false; }
  }
  return true;
}

/** A new table whose first row with a value starts at `rowStart`: its header rows and unit line, above it. */
function tableAbove(text: string, rowStart: number, st: TableState): void {
  st.tableUnit = null;
  st.columns = [];
  const from = Math.max(0, rowStart - TABLE_LOOKBACK);
  let e = rowStart - 1;
  // Header rows: the tabbed lines right above the first row, nearest first.
  while (e > from) {
    let s = e;
    while (s > from && !isLineBreak(text.charCodeAt(s - 1))) { s--; }
    let tabbed = false;
    for (let k = s; k < e; k++) { if (text.charCodeAt(k) === Ch.Tab) { tabbed = true; break; } }
    if (!tabbed && !blank(text, s, e)) { break; }
    if (tabbed) { headerUnits(text, s, e, st.columns); }
    e = s - 1;
  }
  st.tableUnit = unitLineIn(text, from, rowStart);
}

/**
 * The unit of the table cell that holds `pos`, where the line is a table row (a tab in it) and the
 * column or the table names one, LABEL_COLUMN in a column of labels; null otherwise. `st` carries the line and table from one lookup
 * to the next.
 */
export function tableCellUnit(text: string, pos: number, end: number, st: TableState): CellUnit | typeof LABEL_COLUMN | null {
  if (pos < st.lineStart || pos >= st.lineEnd) {
    const line = lineAround(text, pos, st.runOn && pos >= st.lineEnd ? st.lineEnd : -1);
    st.lineStart = line.start;
    st.lineEnd = line.end;
    st.tabs = line.tabs;
    st.runOn = line.runOn;
    if (line.tabs.length === 0) { return null; }
    if (!(st.rowEnd >= 0 && blank(text, st.rowEnd, line.start))) { tableAbove(text, line.start, st); }
    st.rowEnd = line.end;
  }
  if (st.tabs.length === 0) { return null; }
  let col = 0;
  while (col < st.tabs.length && st.tabs[col] < pos) { col++; }
  if (col === 0 && isRowNumber(text, pos, end, st)) { return LABEL_COLUMN; }
  return st.columns[col] ?? st.tableUnit;
}

/**
 * 1⇥知识产权民事…: a whole number that is the whole first cell, before a cell of words (or a
 * quotation), numbers its row (a 序号 column without its header), no quantity.
 */
function isRowNumber(text: string, pos: number, end: number, st: TableState): boolean {
  const tab = st.tabs[0];
  if (pos - st.lineStart > CELL_PAD || tab - end > CELL_PAD) { return false; }
  for (let k = st.lineStart; k < pos; k++) { if (!isInlineSpace(text.charCodeAt(k))) { return false; } }
  for (let k = pos; k < end; k++) { if (digitValue(text.charCodeAt(k)) < 0) { return false; } }
  for (let k = end; k < tab; k++) { if (!isInlineSpace(text.charCodeAt(k))) { return false; } }
  let k = tab + 1;
  while (k < st.lineEnd && k <= tab + CELL_PAD && isInlineSpace(text.charCodeAt(k))) { k++; }
  const c = k < st.lineEnd ? text.charCodeAt(k) : -1;
  return isBmpHan(c) || codeIn(OPEN_QUOTES, c);
}

/** A state before any line is read. */
export function newTableState(): TableState {
  return { lineStart: 0, lineEnd: 0, tabs: [], runOn: false, rowEnd: -1, tableUnit: null, columns: [] };
}
