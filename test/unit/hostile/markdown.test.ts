// Hostile strings through the two escapings (src/core/markdown.ts) and the exports built on them:
// nothing a document, a file name or a setting holds may become markup, a link, HTML, an icon or a
// formula. markdown-it (a devDependency, the renderer of VS Code's Markdown preview) renders with
// HTML and linkify on, the most a reader's renderer will do.
import assert from 'node:assert/strict';
import { escapeMarkdown, plainText } from '../../../src/core/markdown';
import { csvPieces, toCsv, toMarkdown } from '../../../src/core/exportFormats';
import type { Analysis, NumberAnnotation } from '../../../src/core/types';
import { HOSTILE, inert } from './strings';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as (options: object) => { render(src: string): string; renderInline(src: string): string };
const md = MarkdownIt({ html: true, linkify: true });

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The text as the escaped Markdown renders: on one line, and NUL as U+FFFD (CommonMark replaces it for security). */
const oneLine = (s: string): string => s.replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, ' ').split('\u0000').join('\uFFFD');

describe('hostile: escapeMarkdown (hover and exports)', () => {
  for (const [what, text] of HOSTILE) {
    it(`${what}: renders back to the text itself, with no element`, () => {
      const html = md.renderInline(escapeMarkdown(text));
      assert.ok(!/<[a-z]/i.test(html), html.slice(0, 300));
      assert.equal(decode(html), oneLine(text));
    });
  }

  // Its time is measured where time can be measured: bench section 3 (the "escape" family).
  it('escapes a megabyte of markup to the same text, with no element and bounded growth', () => {
    const unit = '[x](command:y) evil.com <b> ';
    const big = unit.repeat(40_000);
    const out = escapeMarkdown(big);
    assert.ok(out.length < big.length * 3);
    assert.equal(out, escapeMarkdown(unit).repeat(40_000));
  });
});

describe('hostile: plainText (notifications, status items, messages, the CLI)', () => {
  for (const [what, text] of HOSTILE) {
    it(`${what}: no link, no icon, no control, one line`, () => {
      const shown = plainText(text);
      assert.ok(inert(shown), JSON.stringify(shown));
      // What is visible stays: only word joiners were added and controls spelled out.
      assert.equal(shown.replace(/\u2060/g, '').length >= text.length, true);
    });
  }

  const cases: Array<[string, string, string]> = [
    ['a plain name', '政策/2024年通知.txt', '政策/2024年通知.txt'],
    ['a newline', 'a\nb', 'a\\nb'],
    ['a tab and CR', 'a\tb\rc', 'a\\tb\\rc'],
    ['ESC', '\u001b[2J', '\\u001b[2J'],
    ['a right-to-left override', 'x\u202etxt.exe', 'x\\u202etxt.exe'],
    ['a link', '[a](command:b)', '[a]\u2060(command:b)'],
    ['an icon', '$(gear)', '$\u2060(gear)'],
    ['a bracket alone', 'a] (b) [c]', 'a] (b) [c]'],
  ];
  for (const [what, text, want] of cases) {
    it(`shows ${what} as ${JSON.stringify(want)}`, () => { assert.equal(plainText(text), want); });
  }

  it('cuts at the limit with an ellipsis, never inside a surrogate pair', () => {
    assert.equal(plainText('abcdef', 3), 'abc…');
    assert.equal(plainText('ab😀c', 3), 'ab…');
    assert.equal(plainText('abc', 3), 'abc');
  });
});

/** An analysis whose number and term carry `text` as the document's text. */
function carrying(text: string): Analysis {
  const n: NumberAnnotation = { start: 0, end: text.length, text, value: 1, unit: text, qualifier: 'exact', kind: 'cardinal' };
  return {
    schemaVersion: 1,
    documentDate: { date: '2024-01-01', source: 'header', text },
    numbers: [n],
    dates: [{ start: 0, end: text.length, text, relative: false, resolved: null }],
    targets: [{ start: 0, end: text.length, text, deadline: text, value: text, object: text, strength: 'plan' }],
    terms: [{ start: 0, end: text.length, text, entry: text }],
    outline: [],
  };
}

describe('hostile: the Markdown export under a linkifying renderer', () => {
  for (const [what, text] of HOSTILE) {
    it(`${what}: no <a, <img or HTML from document text or the title`, () => {
      const html = md.render(toMarkdown(carrying(text), text, { title: text }));
      assert.ok(!/<(?:a|img|script|iframe)\b/i.test(html), html.slice(0, 400));
      // Our own markup only: headings, paragraphs, strong, em, tables.
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map(m => m[1].toLowerCase()));
      assert.deepEqual([...tags].filter(t => !['h1', 'h2', 'p', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(t)), []);
    });
  }
});

describe('hostile: the CSV export in a spreadsheet', () => {
  const starts = ['=', '+', '-', '@', '\t=', '\r=', '＝', '＋', '－', '＠'];
  for (const start of starts) {
    it(`guards every document-derived cell starting with ${JSON.stringify(start)}`, () => {
      const text = `${start}HYPERLINK("http://evil.example","x")`;
      const csv = toCsv(carrying(text), text, { bom: false });
      assert.equal([...csvPieces(carrying(text), text, { bom: false })].join(''), csv);
      // Every cell that holds the text holds it behind an apostrophe.
      const cells = csv.split('\r\n').slice(1, -1).flatMap(row => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
      const carriers = cells.map(c => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c)).filter(c => c.includes('HYPERLINK'));
      assert.ok(carriers.length >= 5, `${carriers.length} cells carry the text`);
      for (const cell of carriers) { assert.ok(cell.startsWith(`'${start}`), JSON.stringify(cell)); }
    });
  }
});
