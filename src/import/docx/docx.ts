// Word (.docx) → policy text: the body's paragraphs in order, each with its automatic number written
// out (numbering.ts), tables as one line per row with TAB-separated cells, a row of one cell read as
// paragraphs (a layout box). Deleted revisions, field codes, hidden text and drawings are skipped.
import { ImportError } from '../errors';
import { LIMITS } from '../limits';
import { childNamed, childrenNamed, type MarkupNode, parseXml } from '../markup';
import { cleanParagraph, TextBuilder } from '../output';
import type { ImportedText } from '../types';
import { Numbering } from './numbering';
import { ZipReader } from './zip';

/** Run and paragraph content never read as text. */
const SKIPPED = new Set([
  'w:pPr', 'w:rPr', 'w:del', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:fldChar', 'w:footnoteReference',
  'w:endnoteReference', 'w:commentReference', 'w:annotationRef', 'w:sectPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd',
]);
/** Run content that holds drawings, text boxes or embedded objects. */
const DRAWINGS = new Set(['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent']);

export function convertDocx(bytes: Uint8Array, fileName: string): ImportedText {
  const zip = new ZipReader(bytes, fileName);
  const xml = (name: string): MarkupNode | undefined => {
    const part = zip.read(name);
    return part ? parseXml(new TextDecoder('utf-8').decode(part)) : undefined;
  };
  const document = xml('word/document.xml');
  if (!document) {
    throw new ImportError('unsupported-format', fileName, 'it is a zip archive without word/document.xml, so not a Word document.',
      'Open a .docx saved by Word, WPS or LibreOffice.');
  }
  const body = childNamed(childNamed(document, 'w:document'), 'w:body');
  const out = new TextBuilder(fileName);
  const reader = new BodyReader(new Numbering(xml('word/numbering.xml'), xml('word/styles.xml')), out);
  reader.blocks(body, 'w:body', 0);
  if (reader.drawings > 0) {
    out.problems.push({ kind: 'unsupported-part', message: `${reader.drawings} drawing(s) or text box(es) were skipped: read their text in Word.` });
  }
  if (out.paragraphCount === 0) {
    throw new ImportError('no-text', fileName, 'the document has no text.', 'Check that this is the right file.');
  }
  return out.result('docx');
}

class BodyReader {
  drawings = 0;

  constructor(private readonly numbering: Numbering, private readonly out: TextBuilder) {}

  /** Paragraphs, tables and content controls of a body or cell, in order. */
  blocks(parent: MarkupNode | undefined, path: string, depth: number): void {
    const counts = new Map<string, number>();
    for (const child of parent?.children ?? []) {
      const name = child.name ?? '';
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      const at = `${path}/${name}[${n}]`;
      if (name === 'w:p') {
        for (const line of this.paragraph(child)) { this.out.add(line, { element: at }); }
      } else if (name === 'w:tbl' && depth < LIMITS.maxDepth) {
        this.table(child, at, depth + 1);
      } else if ((name === 'w:sdt' || name === 'w:customXml') && depth < LIMITS.maxDepth) {
        this.blocks(childNamed(child, 'w:sdtContent') ?? child, at, depth + 1);
      }
    }
  }

  private table(tbl: MarkupNode, path: string, depth: number): void {
    let r = 0;
    for (const tr of childrenNamed(tbl, 'w:tr')) {
      const rowPath = `${path}/w:tr[${++r}]`;
      const cells = childrenNamed(tr, 'w:tc');
      if (cells.length < 2) {
        for (const tc of cells) { this.blocks(tc, `${rowPath}/w:tc[1]`, depth + 1); }
        continue;
      }
      const texts = cells.map((tc) => this.cellText(tc, depth + 1));
      while (texts.length > 0 && texts[texts.length - 1] === '') { texts.pop(); }
      if (texts.length > 0) { this.out.add(texts.join('\t'), { element: rowPath }, true); }
    }
  }

  /** A cell on one line: its paragraphs (and nested tables' cells) joined by one space. */
  private cellText(tc: MarkupNode, depth: number): string {
    const pieces: string[] = [];
    for (const child of tc.children ?? []) {
      if (child.name === 'w:p') {
        pieces.push(...this.paragraph(child).map((l) => cleanParagraph(l.replace(/\t/g, ' '))));
      } else if (child.name === 'w:tbl' && depth < LIMITS.maxDepth) {
        for (const tr of childrenNamed(child, 'w:tr')) {
          for (const inner of childrenNamed(tr, 'w:tc')) { pieces.push(this.cellText(inner, depth + 1)); }
        }
      } else if (child.name === 'w:sdt') {
        pieces.push(this.cellText(childNamed(child, 'w:sdtContent') ?? child, depth + 1));
      }
    }
    return pieces.filter((p) => p !== '').join(' ');
  }

  /** A paragraph's lines (a manual line break starts a new one), the first led by its number. */
  private paragraph(p: MarkupNode): string[] {
    const pPr = childNamed(p, 'w:pPr');
    const numPr = childNamed(pPr, 'w:numPr');
    const lines = [''];
    this.runs(p, lines, 0);
    if (lines.every((l) => cleanParagraph(l) === '')) { return []; }
    const label = this.numbering.next({
      numId: childNamed(numPr, 'w:numId')?.attribs?.['w:val'],
      ilvl: numericVal(childNamed(numPr, 'w:ilvl')),
    }, childNamed(pPr, 'w:pStyle')?.attribs?.['w:val']);
    lines[0] = label + lines[0].replace(/^[\s\u3000]+/, '');
    return lines;
  }

  /** Appends the text of runs, hyperlinks, insertions and fields under `node` to `lines`. */
  private runs(node: MarkupNode, lines: string[], depth: number): void {
    for (const c of node.children ?? []) {
      const name = c.name ?? '';
      if (c.type === 'text' || SKIPPED.has(name)) { continue; }
      if (DRAWINGS.has(name)) { this.drawings++; continue; }
      switch (name) {
        case 'w:t': lines[lines.length - 1] += textOf(c); break;
        case 'w:tab': case 'w:ptab': lines[lines.length - 1] += ' '; break;
        case 'w:noBreakHyphen': lines[lines.length - 1] += '-'; break;
        case 'w:br': case 'w:cr': {
          const type = c.attribs?.['w:type'];
          if (type !== 'page' && type !== 'column') { lines.push(''); }
          break;
        }
        case 'w:r':
          if (!isHidden(c)) { this.runs(c, lines, depth + 1); }
          break;
        default:
          // w:hyperlink, w:ins, w:smartTag, w:fldSimple, w:sdt/w:sdtContent, w:customXml …
          if (depth < LIMITS.maxDepth) { this.runs(c, lines, depth + 1); }
      }
    }
  }
}

function textOf(t: MarkupNode): string {
  return (t.children ?? []).map((c) => c.data ?? '').join('');
}

function isHidden(r: MarkupNode): boolean {
  const vanish = childNamed(childNamed(r, 'w:rPr'), 'w:vanish');
  const v = vanish?.attribs?.['w:val'];
  return vanish !== undefined && v !== '0' && v !== 'false';
}

function numericVal(n: MarkupNode | undefined): number | undefined {
  const v = n?.attribs?.['w:val'];
  return v !== undefined && /^\d{1,2}$/.test(v) ? Number(v) : undefined;
}
