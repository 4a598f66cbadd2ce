// importDocument as a whole: which converter a file gets, the bounds on input, the shape of every
// result (origins cover the text exactly), and cancelling.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectFormat } from '../../../src/import/detect';
import { type ImportedText, importBytes, importFile } from '../../../src/import/node';
import { cleanParagraph } from '../../../src/import/output';
import { assertImportError, FIXTURES, fixtureBytes } from './helpers';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('import: the API', function () {
  this.timeout(60000);

  const detections: [string, Uint8Array, string][] = [
    ['a PDF by its header, whatever its name', enc('%PDF-1.4\n'), 'pdf'],
    ['a PDF with bytes before its header', enc('\n\n%PDF-1.7\n'), 'pdf'],
    ['a zip named .docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]), 'docx'],
    ['HTML by its name', enc('plain words'), 'html'],
    ['HTML by its first tag', enc('  <!DOCTYPE html><html>'), 'html'],
  ];
  for (const [name, bytes, format] of detections) {
    it(`detects ${name}`, () => {
      const fileName = name.includes('by its name') ? 'page.htm' : name.includes('.docx') ? 'a.docx' : 'download';
      assert.equal(detectFormat(bytes, fileName), format);
    });
  }

  const refusals: { name: string; bytes: () => Uint8Array; file: string; kind: Parameters<typeof assertImportError>[1]; words: RegExp }[] = [
    { name: 'a 200 MB file', bytes: () => new Uint8Array(200 * 1024 * 1024), file: 'huge.pdf', kind: 'too-large', words: /200 MB, more than the 64 MB/ },
    { name: 'an empty file', bytes: () => new Uint8Array(0), file: 'empty.pdf', kind: 'corrupt', words: /empty/ },
    { name: 'a plain text file', bytes: () => enc('第一条　本办法自发布之日起施行。'), file: 'notes.txt', kind: 'unsupported-format', words: /not a PDF, Word \(\.docx\) or HTML file/ },
    { name: 'a zip that is not a Word file', bytes: () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), file: 'archive.zip', kind: 'unsupported-format', words: /zip archive, not a Word document/ },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} with a one-line message naming the file`, async () => {
      await assertImportError(() => importBytes(r.bytes(), r.file), r.kind, r.file, r.words);
    });
  }

  it('importFile checks the size before reading', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'import-test-'));
    try {
      const file = path.join(dir, 'big.html');
      writeFileSync(file, '<p>国务院</p>');
      await assertImportError(() => importFile(file, { maxBytes: 4 }), 'too-large', 'big.html', /more than the 1 KB/);
      assert.equal((await importFile(file)).text, '国务院');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a conversion cancelled by its signal stops with the cancelled error', async () => {
    const controller = new AbortController();
    controller.abort();
    await assertImportError(() => importBytes(fixtureBytes('gongwen.pdf'), 'gongwen.pdf', { signal: controller.signal }), 'cancelled', 'gongwen.pdf', /cancelled/);
  });

  describe('every result: one origin per paragraph, covering it exactly, in order', () => {
    const files = ['gongwen.pdf', 'running-header.pdf', 'table.pdf', 'cmap.pdf', 'no-unicode.pdf', 'numbered-articles.docx', 'numbered-table.docx'];
    for (const name of files) {
      it(name, async () => {
        const r: ImportedText = await importBytes(fixtureBytes(name), path.join(FIXTURES, name));
        const lines = r.text.split('\n\n');
        assert.equal(r.origins.length, lines.length);
        let at = 0;
        r.origins.forEach((o, i) => {
          assert.equal(o.start, at);
          assert.equal(r.text.slice(o.start, o.end), lines[i]);
          assert.ok(lines[i] !== '' && !lines[i].includes('\n') && lines[i] === lines[i].trim());
          assert.ok(name.endsWith('.pdf') ? (o.page ?? 0) >= 1 : (o.element ?? '') !== '');
          at = o.end + 2;
        });
      });
    }
  });

  const cleaning: [string, string][] = [
    ['　　为进一步深化改革', '为进一步深化改革'],
    ['深化\n  改革', '深化 改革'],
    ['说\u00a0 明', '说  明'],
    ['a\t\tb\t', 'a\t\tb'],
    [' 甲 \t 乙 ', '甲\t乙'],
    ['\u3000\u3000', ''],
  ];
  for (const [raw, clean] of cleaning) {
    it(`cleanParagraph(${JSON.stringify(raw)}) = ${JSON.stringify(clean)}`, () => { assert.equal(cleanParagraph(raw), clean); });
  }
});
