// The CLI on PDF, Word and HTML files: `annotate` reads their converted text, `convert` prints it
// (with `--pages`, a `— p. N —` line where a PDF page begins), and a file the converters refuse ends
// in their one line and exit 2. Runs main() in process on the committed test files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { convertedPieces, pageMark } from '../../src/cli/convert';
import { analyze } from '../../src/core/analyze';
import { toJson } from '../../src/core/exportFormats';
import { importBytes } from '../../src/import/node';
import type { ImportedText } from '../../src/import/types';
import { runMain as run } from './cliHarness';
import { expectedText, FIXTURES, paragraphs } from './import/helpers';

const fixture = (name: string): string => path.join(FIXTURES, name);
const converted = async (name: string): Promise<ImportedText> => importBytes(new Uint8Array(readFileSync(fixture(name))), name);

describe('policy-lens on PDF, Word and HTML files (CLI)', function () {
  this.timeout(60000);
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-lens-convert-'));

  describe('convert prints the text the converters make', () => {
    for (const name of ['gongwen.pdf', 'table.pdf', 'numbered-articles.docx', 'numbered-table.docx']) {
      it(name, async () => {
        const r = await run('convert', fixture(name));
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stderr, '');
        assert.ok(r.stdout.endsWith('\n') && !r.stdout.endsWith('\n\n'), 'one final newline');
        assert.deepEqual(paragraphs(r.stdout.trimEnd()), paragraphs(expectedText(name)));
      });
    }

    it('an HTML page, its navigation and footer left out', async () => {
      const page = path.join(dir, 'notice.html');
      writeFileSync(page, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body><nav>首页 | 政策</nav>'
        + '<h1>国务院办公厅关于加强绩效考核工作的意见</h1><p>到2020年，基本建立绩效考核指标体系。</p><footer>版权所有</footer></body></html>');
      const r = await run('convert', page);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '国务院办公厅关于加强绩效考核工作的意见\n\n到2020年，基本建立绩效考核指标体系。\n');
    });

    it('a PDF whatever its name (found by its first bytes)', async () => {
      const renamed = path.join(dir, 'download.bin');
      copyFileSync(fixture('gongwen.pdf'), renamed);
      const r = await run('convert', renamed);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(paragraphs(r.stdout.trimEnd()), paragraphs(expectedText('gongwen.pdf')));
    });
  });

  describe('--pages marks where each page begins', () => {
    for (const name of ['running-header.pdf', 'table.pdf']) {
      it(name, async () => {
        const imported = await converted(name);
        const r = await run('convert', '--pages', fixture(name));
        assert.equal(r.code, 0, r.stderr);
        const out = paragraphs(r.stdout.trimEnd());
        // The marks are the pages paragraphs start on, in order, each before that page's first paragraph.
        const starts = [...new Set(imported.origins.map(o => o.page))];
        assert.ok(starts.length > 1, 'the file has several pages');
        assert.deepEqual(out.filter(p => /^— p\. \d+ —$/.test(p)), starts.map(p => pageMark(p as number)));
        for (const page of starts) {
          const first = imported.origins.find(o => o.page === page);
          assert.ok(first);
          assert.equal(out[out.indexOf(pageMark(page as number)) + 1], imported.text.slice(first.start, first.end), `page ${page}`);
        }
        // Without the marks it is the plain conversion.
        assert.deepEqual(out.filter(p => !/^— p\. \d+ —$/.test(p)), paragraphs(imported.text));
      });
    }

    it('says on stderr that a Word file has no pages, and prints its text', async () => {
      const r = await run('convert', '--pages', fixture('numbered-table.docx'));
      assert.equal(r.code, 0);
      assert.match(r.stderr, /--pages: .*numbered-table\.docx is not a PDF/);
      assert.deepEqual(paragraphs(r.stdout.trimEnd()), paragraphs(expectedText('numbered-table.docx')));
    });

    it('marks nothing when there is no conversion', () => {
      assert.equal([...convertedPieces('一\n\n二', undefined, true)].join(''), '一\n\n二\n');
    });
  });

  it('annotate reads a PDF as its converted text', async () => {
    const r = await run('annotate', fixture('gongwen.pdf'), '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, toJson(analyze((await converted('gongwen.pdf')).text)));
    const outline = JSON.parse(r.stdout) as { outline: unknown[]; numbers: unknown[] };
    assert.ok(outline.outline.length > 0 && outline.numbers.length > 0);
  });

  it('says on stderr which pages were left out, and converts the rest', async () => {
    const r = await run('convert', fixture('no-unicode.pdf'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `policy-lens: ${fixture('no-unicode.pdf')}: Page 2 uses fonts without a Unicode map, so its text cannot be read: find the HTML or Word original, or run OCR on the page.\n`);
    assert.equal(r.stdout, `${(await converted('no-unicode.pdf')).text}\n`);
  });

  it('writes to --out, never over the input', async () => {
    const target = path.join(dir, 'gongwen.policy.txt');
    assert.equal((await run('convert', fixture('gongwen.pdf'), '--out', target)).code, 0);
    assert.equal(readFileSync(target, 'utf8'), `${(await converted('gongwen.pdf')).text}\n`);
    const again = await run('convert', fixture('gongwen.pdf'), '--out', target);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists; pass --force/);
  });

  describe('a file the converters refuse ends in one line and exit 2', () => {
    const truncated = path.join(dir, 'truncated.pdf');
    const gongwen = readFileSync(fixture('gongwen.pdf'));
    writeFileSync(truncated, gongwen.subarray(0, gongwen.length >> 1));
    const notZip = path.join(dir, 'report.docx');
    writeFileSync(notZip, '这不是一个Word文件。');
    const huge = path.join(dir, 'huge.pdf');
    const bigPage = path.join(dir, 'page.html');
    // Sparse files: their size is what is refused, before a byte is read.
    for (const [file, size] of [[huge, 200 * 1024 * 1024], [bigPage, 50 * 1024 * 1024]] as const) {
      const fd = openSync(file, 'w');
      ftruncateSync(fd, size);
      closeSync(fd);
    }
    const cases: [string, string[], RegExp][] = [
      ['an encrypted PDF', ['convert', fixture('encrypted.pdf')], /encrypted\.pdf: the PDF is password-protected\. Open it in a PDF reader with its password/],
      ['a scanned PDF', ['annotate', fixture('scanned.pdf')], /scanned\.pdf: no page has a text layer: it is a scanned PDF\. .*run OCR/],
      ['a truncated PDF', ['convert', truncated], /truncated\.pdf: the PDF is cut short .*Download it again/],
      ['a .docx that is no zip', ['convert', notZip], /report\.docx: it is not a zip archive, so not a Word \.docx file/],
      ['a 200 MB PDF', ['convert', huge, '--max-size', '1G'], /huge\.pdf has 209,715,200 bytes \(209\.7 MB\), more than the 67,108,864 bytes \(67\.1 MB\) the converters read/],
      ['a 50 MB web page', ['annotate', bigPage], /page\.html has 52,428,800 bytes \(52\.4 MB\), more than the 16,777,216 bytes \(16\.8 MB\) the converters read/],
      ['--json with convert', ['convert', fixture('gongwen.pdf'), '--json'], /--json only applies to annotate/],
      ['--pages with annotate', ['annotate', '--pages', fixture('gongwen.pdf')], /--pages only applies to convert/],
    ];
    for (const [what, argv, message] of cases) {
      it(what, async () => {
        const r = await run(...argv);
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.split('\n').length, 2, r.stderr);
        assert.match(r.stderr, /^policy-lens: /);
        assert.match(r.stderr, message);
      });
    }
  });

  it('documents convert and --pages in --help', async () => {
    const r = await run('--help');
    for (const s of ['policy-lens convert [--pages]', '--pages', '— p. N —', 'PDF, Word (.docx) or HTML']) { assert.ok(r.stdout.includes(s), s); }
  });

  // The shipped CLI (npm test builds first): dist/cli.js loads the converters from dist/import.js.
  it('runs as built: dist/cli.js converts through dist/import.js, and carries no converter itself', function () {
    const root = path.resolve(__dirname, '..', '..');
    const cli = path.join(root, 'dist', 'cli.js');
    if (!existsSync(cli) || !existsSync(path.join(root, 'dist', 'import.js'))) { this.skip(); }
    assert.ok(!readFileSync(cli, 'utf8').includes('pdfjs'), 'no pdf.js in dist/cli.js');
    const ok = spawnSync(process.execPath, [cli, 'convert', '--pages', fixture('gongwen.pdf')], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(ok.stdout.startsWith(`${pageMark(1)}\n\n`), ok.stdout.slice(0, 40));
    const refused = spawnSync(process.execPath, [cli, 'convert', fixture('encrypted.pdf')], { encoding: 'utf8' });
    assert.equal(refused.status, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /^policy-lens: .*encrypted\.pdf: the PDF is password-protected\.[^\n]*\n$/);
  });
});
