// What the user reads about an opened file, in the display language: why it could not be opened
// (one line naming the file and what to do, by the converter's kind of failure), what was left out,
// and where a piece of text came from (`p. 3`, `table 2, row 3`). The converters' own lines are
// English; they go to the log.
import * as vscode from 'vscode';
import { plainText } from '../../core/markdown';
import type { ImportFormat, Origin, Problem } from '../../import/types';
import type { FailureKind } from './converter';
import { pageList, wordTableRow } from './origins';

/** Why `name` was not opened, and what to do; undefined for a cancellation (the user asked for it). */
export function describeFailure(name: string, kind: FailureKind): string | undefined {
  const file = plainText(name);
  switch (kind) {
    case 'unsupported-format':
      return vscode.l10n.t('{0} is not a PDF, Word (.docx) or HTML file (an old .doc must be saved as .docx first). Open one of those, or paste the text into a .policy.txt file.', file);
    case 'too-large':
      return vscode.l10n.t('{0} is too large to convert (the limits are 64 MB, 16 MB for a web page, 3,000 pages and 20 million characters). Split it and open the part you need.', file);
    case 'corrupt':
      return vscode.l10n.t('{0} is damaged, cut short or not what its name says, so it could not be read. Download it again or open the original.', file);
    case 'encrypted':
      return vscode.l10n.t('{0} is password-protected. Open it with its password, save an unprotected copy and open that.', file);
    case 'no-text':
      return vscode.l10n.t('{0} has no text that can be read (a scanned PDF, fonts without a Unicode map, or an empty document). Find the HTML or Word original, or run OCR on it first.', file);
    case 'unavailable':
      return vscode.l10n.t('{0} cannot be converted in this browser window: PDF, Word and web pages need VS Code on the desktop here (or the CLI: policy-lens convert).', file);
    case 'failed':
      return vscode.l10n.t('{0} could not be converted: the converter failed (the Policy Lens log says why). Try again, or open the HTML or Word original.', file);
    case 'cancelled':
      return undefined;
  }
}

function pagesOf(problems: readonly Problem[], kind: Problem['kind']): number[] {
  return problems.filter(p => p.kind === kind && p.page !== undefined).map(p => p.page as number);
}

/** What was left out of `name`, one sentence per kind of problem on one line; undefined when nothing was. */
export function describeProblems(name: string, problems: readonly Problem[]): string | undefined {
  const file = plainText(name);
  const lines: string[] = [];
  const undecodable = pagesOf(problems, 'undecodable-page');
  if (undecodable.length > 0) {
    lines.push(vscode.l10n.t('{0}: page(s) {1} use fonts without a Unicode map and are left out. Find the HTML or Word original, or run OCR on those pages.', file, pageList(undecodable)));
  }
  const scanned = pagesOf(problems, 'no-text-layer');
  if (scanned.length > 0) {
    lines.push(vscode.l10n.t('{0}: page(s) {1} have no text (blank, or scanned images) and are left out. If they have content, run OCR on them or find the HTML or Word original.', file, pageList(scanned)));
  }
  if (problems.some(p => p.kind === 'unsupported-part')) {
    lines.push(vscode.l10n.t('{0}: drawings or text boxes were skipped; read their text in Word.', file));
  }
  if (problems.some(p => p.kind === 'truncated')) {
    lines.push(vscode.l10n.t('{0}: the text was cut at the size limit; split the document to read the rest.', file));
  }
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** The short status of a document left incomplete: `Page(s) 2, 5 left out`. */
export function leftOutSummary(problems: readonly Problem[]): string | undefined {
  const pages = problems.filter(p => p.page !== undefined).map(p => p.page as number);
  if (pages.length > 0) { return vscode.l10n.t('Page(s) {0} left out', pageList(pages, 4)); }
  return problems.length > 0 ? vscode.l10n.t('Parts left out') : undefined;
}

export function formatLabel(format: ImportFormat): string {
  switch (format) {
    case 'pdf': return vscode.l10n.t('From PDF');
    case 'docx': return vscode.l10n.t('From Word');
    case 'html': return vscode.l10n.t('From web page');
  }
}

/**
 * Where a paragraph came from, as the reader can find it: the page of a PDF; the table and row of a
 * Word table. Other element paths (Word paragraphs, HTML elements) name nothing a reader sees, so
 * they give no label.
 */
export function originLabel(origin: Origin): string | undefined {
  if (origin.page !== undefined) { return vscode.l10n.t('p. {0}', origin.page); }
  const row = wordTableRow(origin.element);
  return row ? vscode.l10n.t('table {0}, row {1}', row.table, row.row) : undefined;
}
