// The ledger view's HTML (docs/architecture.md, "Editor conventions": webviews). Pure string
// building from the core's table model, every piece of document text and every file name escaped;
// the page loads one nonce'd script and one style sheet from the extension's media/ledger folder
// and nothing else (the Content-Security-Policy says so). Colours are the theme's CSS variables
// (media/ledger/ledger.css).
import type { LedgerTable, LedgerTableCell, LedgerTableColumn } from '../../core/ledger';

/** The view's own words (buttons, headings), in the display language: the extension passes them in. */
export interface LedgerUiStrings {
  exportCsv: string;
  exportMarkdown: string;
  setDocumentDate: string;
  /** "{0} documents · {1} indicators" already filled in. */
  summary: string;
  empty: string;
  /** Documents compared but not read (not Chinese enough, unreadable), already worded; may be empty. */
  leftOut: string;
  /** "Open {0} in {1}" for a figure's button; {0} the figure, {1} the file. */
  openIn: (figure: string, document: string) => string;
}

export interface LedgerAssets {
  nonce: string;
  cspSource: string;
  scriptUri: string;
  styleUri: string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** Text made inert in HTML, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

function columnHead(c: LedgerTableColumn, col: number, ui: LedgerUiStrings): string {
  const e = escapeHtml;
  const parts = [`<span class="year">${e(c.title)}</span>`];
  if (c.subtitle !== null) { parts.push(`<span class="doc">${e(c.subtitle)}</span>`); }
  if (c.note === 'reviewOnly') { parts.push(`<span class="note">${e(c.noteText ?? '')}</span>`); }
  if (c.note === 'undated') {
    parts.push(`<span class="note">${e(c.noteText ?? '')}</span>`);
    parts.push(`<button class="link" data-action="setDate" data-col="${col}">${e(ui.setDocumentDate)}</button>`);
  }
  return `<th scope="col" class="${c.note ?? 'document'}">${parts.join('')}</th>`;
}

function placeButton(which: 'target' | 'outcome', text: string, row: number, col: number, label: string): string {
  return `<button class="place ${which}" data-row="${row}" data-col="${col}" data-which="${which}" tabindex="-1" title="${escapeHtml(label)}" aria-label="${escapeHtml(label)}">${escapeHtml(text)}</button>`;
}

function cellHtml(cell: LedgerTableCell, row: number, col: number, table: LedgerTable, ui: LedgerUiStrings): string {
  const l = table.labels;
  const parts: string[] = [];
  if (cell.target !== null && cell.targetPlace) {
    parts.push(placeButton('target', cell.target, row, col, ui.openIn(cell.target, cell.targetPlace.document)));
  }
  if (cell.changeText !== null) { parts.push(`<span class="change ${cell.change ?? ''}">${escapeHtml(cell.changeText)}</span>`); }
  if (cell.outcome !== null && cell.outcomePlace) {
    const text = `${l.achieved} ${cell.outcome}`;
    parts.push(placeButton('outcome', text, row, col, ui.openIn(text, cell.outcomePlace.document)));
  }
  if (cell.metText !== null) { parts.push(`<span class="met ${cell.met ? 'yes' : 'no'}">${escapeHtml(cell.metText)}</span>`); }
  return `<td>${parts.join('')}</td>`;
}

/** The part of the page that changes with the ledger: summary, table, legend and notes. */
export function ledgerBodyHtml(table: LedgerTable, ui: LedgerUiStrings): string {
  const e = escapeHtml;
  const l = table.labels;
  const out = [`<p class="summary">${e(ui.summary)}</p>`];
  if (table.rows.length === 0) {
    out.push(`<p class="empty">${e(ui.empty)}</p>`);
  } else {
    out.push(`<div class="scroll"><table aria-label="${e(l.title)}"><thead><tr><th scope="col" class="indicator">${e(l.indicator)}</th>`);
    table.columns.forEach((c, i) => out.push(columnHead(c, i, ui)));
    out.push('</tr></thead><tbody>');
    table.rows.forEach((r, i) => {
      out.push(`<tr><th scope="row" class="indicator"><span class="name">${e(r.name)}</span><span class="en">${e(r.en)}</span></th>`);
      r.cells.forEach((c, j) => out.push(cellHtml(c, i, j, table, ui)));
      out.push('</tr>');
    });
    out.push('</tbody></table></div>');
    out.push(`<p class="legend">${e(l.legend)}</p>`);
  }
  if (ui.leftOut !== '') { out.push(`<p class="left-out">${e(ui.leftOut)}</p>`); }
  return out.join('');
}

/** The whole page. */
export function ledgerPageHtml(table: LedgerTable, ui: LedgerUiStrings, assets: LedgerAssets): string {
  const e = escapeHtml;
  const csp = `default-src 'none'; style-src ${assets.cspSource}; script-src 'nonce-${assets.nonce}'; img-src ${assets.cspSource}; font-src ${assets.cspSource}`;
  return `<!DOCTYPE html>
<html lang="${table.locale === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${e(assets.styleUri)}">
<title>${e(table.labels.title)}</title>
</head>
<body>
<header><h1>${e(table.labels.title)}</h1><div class="actions"><button data-action="export" data-format="csv">${e(ui.exportCsv)}</button><button data-action="export" data-format="md">${e(ui.exportMarkdown)}</button></div></header>
<main id="ledger">${ledgerBodyHtml(table, ui)}</main>
<script nonce="${e(assets.nonce)}" src="${e(assets.scriptUri)}"></script>
</body>
</html>
`;
}
