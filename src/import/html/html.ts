// HTML → policy text through htmlparser2 (a real, forgiving HTML parser that runs in a web worker):
// one paragraph per block element, `<br>` ends a line, scripts, styles and navigation dropped, a
// table row with two cells or more written as one line of TAB-separated cells. A row of one cell is
// a layout box (gov.cn wraps its whole article in one): its blocks stay paragraphs.
import { ImportError } from '../errors';
import { LIMITS } from '../limits';
import { type MarkupNode as HtmlNode, parseHtml } from '../markup';
import { cleanParagraph, TextBuilder } from '../output';
import type { ImportedText } from '../types';
import { decodeHtml } from './decode';
import { BLOCKS, CELLS, CONTENT_ROOTS, DROPPED, DROPPED_NAMES, DROPPED_ROLES, SITE_FURNITURE } from './elements';

export function convertHtml(bytes: Uint8Array, fileName: string): ImportedText {
  if (bytes.length > LIMITS.maxHtmlBytes) {
    throw new ImportError('too-large', fileName, `the page is larger than ${LIMITS.maxHtmlBytes / (1024 * 1024)} MB.`,
      'Save only the article (or print it to PDF) and open that.');
  }
  const source = decodeHtml(bytes, fileName);
  const doc = parseHtml(source);
  const out = new TextBuilder(fileName);
  const walker = new Walker(out);
  walker.blockChildren(doc, '', 0, false);
  walker.finish();
  if (out.paragraphCount === 0) {
    throw new ImportError('no-text', fileName, 'the page has no text.', 'Open the page that holds the document itself.');
  }
  return out.result('html');
}

class Walker {
  /** The line being written and the element it started in. */
  private line = '';
  private lineElement = '';

  constructor(private readonly out: TextBuilder) {}

  /** Walks children in block context: text joins the current line, blocks end it. */
  blockChildren(node: HtmlNode, path: string, depth: number, inContent: boolean): void {
    const counts = new Map<string, number>();
    for (const child of node.children ?? []) {
      if (child.type === 'text') { this.text(child.data ?? '', path); continue; }
      if (!isElement(child) || isDropped(child) || (!inContent && SITE_FURNITURE.has(child.name ?? ''))) { continue; }
      const name = child.name ?? '';
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      const childPath = path === '' ? `${name}[${n}]` : `${path}/${name}[${n}]`;
      this.element(child, name, childPath, depth + 1, inContent || CONTENT_ROOTS.has(name));
    }
  }

  private element(node: HtmlNode, name: string, path: string, depth: number, inContent: boolean): void {
    if (name === 'br') { this.flush(); return; }
    if (depth > LIMITS.maxDepth) { this.text(flatText(node), path); return; }
    if (name === 'tr') { this.flush(); this.row(node, path, depth, inContent); return; }
    if (CELLS.has(name)) { this.flush(); this.blockChildren(node, path, depth, inContent); this.flush(); return; }
    const block = BLOCKS.has(name) || SITE_FURNITURE.has(name);
    if (block) { this.flush(); }
    this.blockChildren(node, path, depth, inContent);
    if (block) { this.flush(); }
  }

  /** A table row: one line of cells if it has two or more, else its one cell's blocks as paragraphs. */
  private row(tr: HtmlNode, path: string, depth: number, inContent: boolean): void {
    const cells = (tr.children ?? []).filter((c) => isElement(c) && CELLS.has(c.name ?? '') && !isDropped(c));
    if (cells.length < 2) {
      for (const cell of cells) { this.blockChildren(cell, `${path}/${cell.name}[1]`, depth + 1, inContent); this.flush(); }
      return;
    }
    const texts = cells.map((c) => flatText(c));
    // Empty cells at the row's end say nothing (a row spanned from above): the line ends at the last text.
    while (texts.length > 0 && texts[texts.length - 1] === '') { texts.pop(); }
    if (texts.length === 0) { return; }
    this.out.add(texts.join('\t'), { element: path }, true);
  }

  private text(data: string, path: string): void {
    if (this.line === '') { this.lineElement = path; }
    this.line += data;
  }

  private flush(): void {
    if (this.line !== '') { this.out.add(this.line, { element: this.lineElement }); }
    this.line = '';
  }

  /** Called once at the end. */
  finish(): void { this.flush(); }
}

function isElement(n: HtmlNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function isDropped(n: HtmlNode): boolean {
  const name = n.name ?? '';
  if (n.type !== 'tag' || DROPPED.has(name)) { return true; }
  const a = n.attribs;
  if (!a) { return false; }
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') { return true; }
  if (a.role && DROPPED_ROLES.has(a.role.toLowerCase())) { return true; }
  if (/display\s{0,4}:\s{0,4}none/i.test(a.style ?? '')) { return true; }
  return hasNameToken(a.class) || hasNameToken(a.id);
}

function hasNameToken(value: string | undefined): boolean {
  if (!value) { return false; }
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (DROPPED_NAMES.has(token)) { return true; }
  }
  return false;
}

/**
 * The text of a cell on one line: each block in it (and each `<br>` line) cleaned on its own, the
 * non-empty ones joined by one space. Iterative (an explicit stack), so a deeply nested cell costs no
 * recursion.
 */
function flatText(root: HtmlNode): string {
  const pieces: string[] = [];
  let piece = '';
  const cut = (): void => {
    const clean = cleanParagraph(piece.replace(/\t/g, ' '));
    if (clean !== '') { pieces.push(clean); }
    piece = '';
  };
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') { piece += node.data ?? ''; continue; }
    if (node === SEPARATOR) { cut(); continue; }
    if (node !== root && (!isElement(node) || isDropped(node))) { continue; }
    const name = node.name ?? '';
    if (name === 'br') { cut(); continue; }
    const kids = node.children ?? [];
    const block = BLOCKS.has(name) || CELLS.has(name);
    if (block) { cut(); stack.push(SEPARATOR); }
    for (let i = kids.length - 1; i >= 0; i--) { stack.push(kids[i]); }
  }
  cut();
  return pieces.join(' ');
}

const SEPARATOR: HtmlNode = { type: 'separator' };
