// "Export Targets as CSV / Markdown…": what the Targets & Deadlines view shows — its grouping, its
// filter, its order — as a file. Pure string building over the view's groups (targetsModel.ts);
// the words come from the caller (localized there). Document text is never trusted: CSV cells are
// guarded against formulas, Markdown cells escaped (core/exportFormats.ts, core/markdown.ts).
import { guardFormula, quoteCsv } from '../core/exportFormats';
import { escapeMarkdown } from '../core/markdown';
import type { TargetGroup } from './targetsModel';

export interface TargetsExportWords {
  title: string;
  /** The filter in force, in words ('' when none). */
  filter: string;
  columns: { group: string; document: string; line: string; deadline: string; status: string; value: string; object: string; strength: string; indicators: string; text: string };
  status: (row: TargetGroup<unknown>['rows'][number]) => string;
  strength: (row: TargetGroup<unknown>['rows'][number]) => string;
  /** A group's heading (the document's path, or the indicator's names / "no indicator"). */
  group: (group: TargetGroup<unknown>) => string;
  none: string;
}

export type LineOfRange<R> = (range: R) => number;

const indicatorsOf = (row: TargetGroup<unknown>['rows'][number]): string => [...new Set((row.target.indicators ?? []).map(i => i.name))].join('、');

/** One row per target as the view lists it (a target under two indicators twice); lines 1-based; with a byte order mark. */
export function targetsCsv<R>(groups: readonly TargetGroup<R>[], words: TargetsExportWords, lineOf: LineOfRange<R>): string {
  const c = words.columns;
  const row = (cells: readonly string[]) => `${cells.map(quoteCsv).join(',')}\r\n`;
  let out = `\uFEFF${row([c.group, c.document, c.line, c.deadline, c.status, c.value, c.object, c.strength, c.indicators, c.text])}`;
  for (const g of groups) {
    for (const r of g.rows) {
      const t = r.target;
      out += row([
        guardFormula(words.group(g)), guardFormula(r.path), String(lineOf(r.range) + 1), guardFormula(t.deadline ?? ''), words.status(r),
        guardFormula(t.value ?? ''), guardFormula(t.object ?? ''), words.strength(r), guardFormula(indicatorsOf(r)), guardFormula(t.text),
      ]);
    }
  }
  return out;
}

/** A heading per group and a table of its targets. */
export function targetsMarkdown<R>(groups: readonly TargetGroup<R>[], words: TargetsExportWords, lineOf: LineOfRange<R>): string {
  const e = escapeMarkdown;
  const c = words.columns;
  const lines = [`# ${e(words.title)}`, ''];
  if (words.filter !== '') { lines.push(`_${e(words.filter)}_`, ''); }
  if (groups.length === 0) { lines.push(`_${e(words.none)}_`); }
  for (const g of groups) {
    lines.push(`## ${e(words.group(g))}`, '');
    const head = [c.deadline, c.status, c.value, c.object, c.strength, ...(g.kind === 'indicator' ? [c.document] : [c.indicators]), c.line, c.text];
    lines.push(`| ${head.map(e).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
    for (const r of g.rows) {
      const t = r.target;
      const cells = [t.deadline ?? '', words.status(r), t.value ?? '', t.object ?? '', words.strength(r), g.kind === 'indicator' ? r.path : indicatorsOf(r), String(lineOf(r.range) + 1), t.text];
      lines.push(`| ${cells.map(e).join(' | ')} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
