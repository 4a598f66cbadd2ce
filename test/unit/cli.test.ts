// The CLI as a user runs it: real files, real exit codes, one-line errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/cli';
import { analyze } from '../../src/core/analyze';
import { toJson } from '../../src/core/exportFormats';
import { stripJsonComments } from '../../src/cli/ignoreFile';
import { sink } from './cliHarness';

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const cli = path.join(root, 'src', 'cli', 'cli.ts');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('policy-lens annotate (CLI)', function () {
  this.timeout(30000);
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-lens-cli-'));
  const doc = path.join(dir, 'doc.txt');
  writeFileSync(doc, '关于加快发展的通知\n\n一、总体要求\n\n到2025年，产业规模达到2万亿元。\n');

  it('prints the §6 JSON shape with --json', () => {
    const r = run('annotate', doc, '--json');
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(a.schemaVersion, 1);
    for (const k of ['numbers', 'dates', 'targets', 'terms', 'outline']) { assert.ok(Array.isArray(a[k]), `${k} is an array`); }
    assert.ok('documentDate' in a);
  });

  it('takes --reference-date as the document date (source: setting, given by the CLI)', () => {
    const r = run('annotate', doc, '--json', '--reference-date', '2024-09-02');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { documentDate: unknown }).documentDate, { date: '2024-09-02', source: 'setting', text: '2024-09-02', setBy: 'cli' });
  });

  it('takes --reference-date written the Chinese way', () => {
    for (const date of ['2024年9月2日', '2024/9/2', '２０２４－０９－０２']) {
      const r = run('annotate', doc, '--json', '--reference-date', date);
      assert.equal(r.code, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as { documentDate: { date: string } }).documentDate.date, '2024-09-02', date);
    }
  });

  describe('--ignore FILE', () => {
    const ignoreDir = mkdtempSync(path.join(tmpdir(), 'policy-lens-cli-ignore-'));
    const numbersOf = (stdout: string): string[] => (JSON.parse(stdout) as { numbers: { text: string }[] }).numbers.map(n => n.text);
    const files: [string, string][] = [
      ['{ "ignore": [...] }', '{ "ignore": [ { "kind": "number", "text": "2万亿元" } ] }'],
      ['the bare array', '[{ "kind": "number", "text": "2万亿元" }]'],
      ['a VS Code settings.json with comments and a trailing comma', '{\n  // the editor\'s list\n  "editor.wordWrap": "on", /* and */\n  "policyLens.ignore": [ { "kind": "number", "text": "2万亿元" }, ],\n}\n'],
    ];
    for (const [shape, content] of files) {
      it(`leaves out the listed phrases, read from ${shape}`, () => {
        assert.deepEqual(numbersOf(run('annotate', doc, '--json').stdout), ['2万亿元']);
        const list = path.join(ignoreDir, `list-${files.findIndex(f => f[0] === shape)}.json`);
        writeFileSync(list, content);
        const r = run('annotate', doc, '--json', '--ignore', list);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stderr, '');
        assert.deepEqual(numbersOf(r.stdout), []);
      });
    }

    it('says which entries it leaves out, and still runs', () => {
      const list = path.join(ignoreDir, 'partly.json');
      writeFileSync(list, '{ "ignore": [ { "kind": "numbers", "text": "x" }, { "kind": "number", "text": "2万亿元" } ] }');
      const r = run('annotate', doc, '--json', '--ignore', list);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /--ignore .*partly\.json: entry 1: kind must be number, date, target or term; left out/);
      assert.deepEqual(numbersOf(r.stdout), []);
    });

    const refusals: [string, string, RegExp][] = [
      ['not JSON', '{ ignore: ', /is not JSON/],
      ['no list', '{ "entries": [] }', /no ignore list/],
    ];
    for (const [what, content, message] of refusals) {
      it(`refuses a file with ${what}, in one line`, () => {
        const list = path.join(ignoreDir, `bad-${what.replace(/\s/g, '-')}.json`);
        writeFileSync(list, content);
        const r = run('annotate', doc, '--json', '--ignore', list);
        assert.equal(r.code, 2);
        assert.match(r.stderr, message);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      });
    }
  });

  it('writes the CSV header in Chinese with --locale zh-cn', () => {
    const r = run('annotate', doc, '--csv', '--locale', 'zh-cn');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('类别,原文,数值,单位,限定,'), r.stdout.slice(0, 60));
  });

  it('prints a readable outline without --json', () => {
    const r = run('annotate', doc);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /document date:/);
    assert.match(r.stdout, /line {2}kind/);
  });

  const failures: Array<[string, string[], RegExp]> = [
    ['a missing file', ['annotate', path.join(dir, 'nope.txt')], /no such file/],
    ['a directory', ['annotate', dir], /is a directory/],
    ['an invalid reference date', ['annotate', doc, '--reference-date', '2024-02-30'], /real calendar date/],
    ['an unknown encoding', ['annotate', doc, '--encoding', 'klingon'], /unknown encoding/],
    ['no file', ['annotate'], /usage/],
  ];
  for (const [what, args, message] of failures) {
    it(`fails on ${what} with one line and a non-zero exit`, () => {
      const r = run(...args);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }

  it('refuses a binary file', () => {
    const bin = path.join(dir, 'image.bin');
    writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const r = run('annotate', bin);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /binary/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('reads GB18030 with --encoding, and without it when the bytes certainly are GB18030 (saying so)', () => {
    const sub = path.join(dir, 'gb');
    mkdirSync(sub, { recursive: true });
    const gbFile = path.join(sub, 'gb.txt');
    // "关于加快发展的通知" ×20 encoded in GB18030 (two bytes per character).
    const gbBytes = Buffer.from('b9d8d3dabcd3bfecb7a2d5b9b5c4cda8d6aa'.repeat(20), 'hex');
    writeFileSync(gbFile, gbBytes);
    const ok = run('annotate', gbFile, '--encoding', 'gb18030', '--json');
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stderr, '');
    const detected = run('annotate', gbFile, '--json');
    assert.equal(detected.code, 0, detected.stderr);
    assert.match(detected.stderr, /^policy-lens: note: .*gb\.txt is not UTF-8; it is read as GB18030/);
    assert.equal(detected.stderr.trim().split('\n').length, 1);
    assert.equal(detected.stdout, ok.stdout);
  });

  describe('export formats and --out', () => {
    const outDir = path.join(dir, 'out');
    mkdirSync(outDir, { recursive: true });
    const header = 'kind,text,value,unit,qualifier,start_date,end_date,deadline,line,column,start,end';
    const leftovers = (): string[] => readdirSync(outDir).filter(n => n.endsWith('.tmp'));

    it('prints RFC 4180 CSV with --csv (no BOM on standard output)', () => {
      const r = run('annotate', doc, '--csv');
      assert.equal(r.code, 0, r.stderr);
      assert.ok(r.stdout.startsWith(`${header}\r\n`), JSON.stringify(r.stdout.slice(0, 100)));
      assert.ok(r.stdout.endsWith('\r\n'));
      for (const line of r.stdout.split('\r\n').slice(1, -1)) {
        // The sample has no quotes or commas inside spans, so a plain split counts the cells.
        assert.equal(line.split(',').length, 12, line);
      }
    });

    it('prints a Markdown report with --md, in Chinese with --locale zh-cn', () => {
      const en = run('annotate', doc, '--md');
      assert.equal(en.code, 0, en.stderr);
      assert.ok(en.stdout.startsWith('# doc\\.txt\n'), en.stdout.slice(0, 40));
      for (const h of ['## Targets (', '## Numbers (', '## Dates (', '## Counts']) { assert.ok(en.stdout.includes(h), h); }
      const zh = run('annotate', doc, '--md', '--locale', 'zh-cn');
      assert.equal(zh.code, 0, zh.stderr);
      for (const h of ['## 目标 (', '## 数字 (', '## 日期 (', '## 统计']) { assert.ok(zh.stdout.includes(h), h); }
    });

    it('writes --out PATH silently, CSV with a BOM, the same content as standard output', () => {
      const target = path.join(outDir, 'a.csv');
      const r = run('annotate', doc, '--csv', '--out', target);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(readFileSync(target, 'utf8'), `\uFEFF${run('annotate', doc, '--csv').stdout}`);
      const json = path.join(outDir, 'a.json');
      assert.equal(run('annotate', doc, '--json', `--out=${json}`).code, 0);
      assert.equal(readFileSync(json, 'utf8'), run('annotate', doc, '--json').stdout);
      assert.deepEqual(leftovers(), []);
    });

    it('never writes over an existing file without --force', () => {
      const target = path.join(outDir, 'keep.md');
      writeFileSync(target, 'precious');
      const r = run('annotate', doc, '--md', '--out', target);
      assert.notEqual(r.code, 0);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(r.stderr.includes(target), r.stderr);
      assert.match(r.stderr, /already exists.*--force/);
      assert.equal(r.stdout, '');
      assert.equal(readFileSync(target, 'utf8'), 'precious');
      assert.deepEqual(leftovers(), []);
    });

    it('replaces an existing file with --force', () => {
      const target = path.join(outDir, 'replace.md');
      writeFileSync(target, 'old');
      const r = run('annotate', doc, '--md', '--out', target, '--force');
      assert.equal(r.code, 0, r.stderr);
      assert.ok(readFileSync(target, 'utf8').startsWith('# doc\\.txt\n'));
      assert.deepEqual(leftovers(), []);
    });

    it('refuses to write over the input file, even with --force', () => {
      const input = path.join(outDir, 'input.txt');
      writeFileSync(input, '关于加快发展的通知\n');
      const r = run('annotate', input, '--json', '--out', input, '--force');
      assert.notEqual(r.code, 0);
      assert.ok(r.stderr.includes(input), r.stderr);
      assert.equal(readFileSync(input, 'utf8'), '关于加快发展的通知\n');
    });

    const outFailures: Array<[string, string[], RegExp]> = [
      ['a folder that does not exist', ['annotate', doc, '--csv', '--out', path.join(outDir, 'missing', 'x.csv')], /cannot write .*missing.*x\.csv: no such directory/],
      ['two formats at once', ['annotate', doc, '--csv', '--md'], /choose one of --json, --csv, --md/],
      ['--force without --out', ['annotate', doc, '--csv', '--force'], /--force only applies with --out/],
      ['--out without a path', ['annotate', doc, '--csv', '--out'], /--out needs a value/],
      ['an unknown locale', ['annotate', doc, '--md', '--locale', 'fr'], /--locale must be en or zh-cn/],
    ];
    for (const [what, args, message] of outFailures) {
      it(`fails on ${what} with one line and a non-zero exit`, () => {
        const r = run(...args);
        assert.notEqual(r.code, 0);
        assert.match(r.stderr, message);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.equal(r.stdout, '');
      });
    }

    it('documents the new options in the usage text', () => {
      const r = run('--help');
      assert.equal(r.code, 0);
      for (const o of ['--csv', '--md', '--out PATH', '--force', '--locale', '--ignore FILE']) { assert.ok(r.stdout.includes(o), o); }
    });
  });
});

describe('policy-lens main (in process)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-lens-main-'));
  const doc = path.join(dir, 'doc.txt');
  writeFileSync(doc, '到2025年，产业规模达到2万亿元。\n');

  it('ends an internal error in one line, without a stack, with exit code 1', async () => {
    // A standard output that is no stream at all: a bug, not something the user did.
    const broken = { write: () => { throw new TypeError('write is broken'); } } as unknown as NodeJS.WritableStream;
    const err = sink();
    const code = await main(['annotate', doc, '--json'], broken, err.stream);
    assert.equal(code, 1);
    assert.match(err.text(), /^policy-lens: internal error: TypeError: [^\n]+ \(POLICY_LENS_DEBUG=1 shows where\)\n$/);
  });

  it('prints the usage on standard output for --help, exit 0', async () => {
    const out = sink();
    const err = sink();
    assert.equal(await main(['--help'], out.stream, err.stream), 0);
    assert.match(out.text(), /^usage: policy-lens annotate \[options\] \[--\] FILE/);
    for (const o of ['--max-size SIZE', '--out PATH', '--out - is standard output', '--encoding LABEL', '  --  ']) { assert.ok(out.text().includes(o), o); }
    assert.equal(err.text(), '');
  });

  it('writes the JSON to the stream it is given, in pieces, as toJson would', async () => {
    const out = sink();
    assert.equal(await main(['annotate', doc, '--json'], out.stream, sink().stream), 0);
    assert.equal(out.text(), toJson(analyze('到2025年，产业规模达到2万亿元。\n')));
  });
});

describe('--ignore: JSON with comments, as VS Code writes settings.json', () => {
  const cases: [string, unknown][] = [
    ['{"a": 1, // one\n"b": [1, 2,],\n}', { a: 1, b: [1, 2] }],
    ['/* head */ {"url": "http://x.example/a//b", "q": "say \\"/*\\" here"}', { url: 'http://x.example/a//b', q: 'say "/*" here' }],
    ['{"a": "1,}", "b": ",]"}', { a: '1,}', b: ',]' }],
    ['[ {"k": 1} , /* c */ ]', [{ k: 1 }]],
  ];
  for (const [text, value] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(JSON.parse(stripJsonComments(text)), value));
  }
});
