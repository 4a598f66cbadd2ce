// The ledger view's script (src/extension/ledger/html.ts renders the page): clicks and keys become
// messages to the extension, which opens places and exports; arrow keys move between the figures
// of the table (one tab stop for the whole table); a new table from the extension keeps the focus
// on the same figure. No document text is ever turned into markup here: the extension sends HTML
// it has escaped.
/* global acquireVsCodeApi */
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('ledger');
  let current = null;

  const places = () => Array.from(main.querySelectorAll('button.place'));
  const keyOf = (b) => `${b.dataset.row}:${b.dataset.col}:${b.dataset.which}`;
  const num = (b, k) => Number(b.dataset[k]);

  function rove(target) {
    for (const b of places()) { b.tabIndex = b === target ? 0 : -1; }
    if (target) { current = keyOf(target); }
  }

  function init(refocus) {
    const all = places();
    const keep = current === null ? undefined : all.find((b) => keyOf(b) === current);
    rove(keep || all[0]);
    if (refocus && keep) { keep.focus(); }
  }

  /** The figure to move to from `b` by a key, or undefined. */
  function next(b, key) {
    const all = places();
    const row = num(b, 'row');
    const col = num(b, 'col');
    const inRow = all.filter((x) => num(x, 'row') === row);
    const i = inRow.indexOf(b);
    switch (key) {
      case 'ArrowRight': return inRow[i + 1];
      case 'ArrowLeft': return inRow[i - 1];
      case 'Home': return inRow[0];
      case 'End': return inRow[inRow.length - 1];
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = key === 'ArrowDown';
        const rows = [...new Set(all.map((x) => num(x, 'row')))].filter((r) => (down ? r > row : r < row)).sort((p, q) => (down ? p - q : q - p));
        for (const r of rows) {
          const there = all.filter((x) => num(x, 'row') === r && num(x, 'col') === col);
          if (there.length > 0) { return there.find((x) => x.dataset.which === b.dataset.which) || there[0]; }
        }
        return undefined;
      }
      default: return undefined;
    }
  }

  document.addEventListener('click', (event) => {
    const b = event.target instanceof Element ? event.target.closest('button') : null;
    if (!b) { return; }
    if (b.classList.contains('place')) {
      rove(b);
      vscode.postMessage({ type: 'open', row: num(b, 'row'), col: num(b, 'col'), which: b.dataset.which });
    } else if (b.dataset.action === 'export') {
      vscode.postMessage({ type: 'export', format: b.dataset.format });
    } else if (b.dataset.action === 'setDate') {
      vscode.postMessage({ type: 'setDate', col: num(b, 'col') });
    }
  });

  main.addEventListener('keydown', (event) => {
    const b = event.target instanceof Element ? event.target.closest('button.place') : null;
    if (!b) { return; }
    const to = next(b, event.key);
    if (to) { event.preventDefault(); rove(to); to.focus(); }
  });

  main.addEventListener('focusin', (event) => {
    const b = event.target instanceof Element ? event.target.closest('button.place') : null;
    if (b) { rove(b); }
  });

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'body' && typeof m.html === 'string') {
      const hadFocus = main.contains(document.activeElement);
      main.innerHTML = m.html;
      init(hadFocus);
    }
  });

  init(false);
}());
