// policy-lens ledger, run in process on made-up reports: files and folders in, the ledger out as
// text, JSON, CSV and Markdown, and the refusals.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain as run } from './cliHarness';

const header = (year: number): string => `${year}年某市政府工作报告\n\n——${year}年1月10日在某市人民代表大会上\n\n`;

describe('policy-lens ledger (CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-lens-ledger-'));
  const reports = path.join(dir, 'reports');
  mkdirSync(reports);
  const y1 = path.join(reports, 'report-2051.txt');
  const y2 = path.join(reports, 'report-2052.txt');
  writeFileSync(y1, `${header(2051)}今年发展主要预期目标是：国内生产总值增长6%左右；城镇新增就业12万人以上。\n`);
  writeFileSync(y2, `${header(2052)}一、2051年工作回顾\n\n过去一年，国内生产总值增长6.4%，城镇新增就业11万人。\n\n二、今年目标\n\n今年发展主要预期目标是：国内生产总值增长5.5%左右。\n`);
  writeFileSync(path.join(reports, 'README.md'), 'These are the city reports, one per year.\n');
  const other = path.join(dir, 'other');
  mkdirSync(other);
  const twin = path.join(other, 'report-2051.txt');
  writeFileSync(twin, `${header(2051)}今年发展主要预期目标是：国内生产总值增长7%左右。\n`);
  const empty = path.join(dir, 'empty');
  mkdirSync(empty);

  it('prints a block per indicator for a folder, leaving out the file that is not Chinese', async () => {
    const r = await run('ledger', reports);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /国内生产总值增长 \(GDP growth\)\n {2}2051 {2}report-2051\.txt {2}6%左右 · achieved 6\.4% · ✓ met\n {2}2052 {2}report-2052\.txt {2}5\.5%左右 · ↓ lowered\n/);
    assert.match(r.stdout, /城镇新增就业 \(new urban jobs\)\n {2}2051 {2}report-2051\.txt {2}12万人以上 · achieved 11万人 · ✗ missed\n/);
    assert.match(r.stderr, /left out .*README\.md: only 0 % of it is Chinese/);
  });

  it('prints JSON with lines, each file once however often it is named', async () => {
    const r = await run('ledger', y1, reports, y1, '--json');
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { columns: { document: string }[]; rows: { indicator: { id: string }; cells: { target: { line: number } | null }[] }[] };
    assert.deepEqual(json.columns.map((c) => c.document), ['report-2051.txt', 'report-2052.txt']);
    assert.equal(json.rows.find((r) => r.indicator.id === 'gdp-growth')?.cells[0].target?.line, 4);
  });

  it('names two files of one name by their paths', async () => {
    const r = await run('ledger', y1, twin, '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { columns: { document: string }[] }).columns.map((c) => c.document), [twin, y1].sort());
  });

  it('writes CSV with a byte order mark to a file, and Markdown in Chinese', async () => {
    const out = path.join(dir, 'ledger.csv');
    assert.equal((await run('ledger', reports, '--csv', '--out', out)).code, 0);
    const csv = readFileSync(out, 'utf8');
    assert.ok(csv.startsWith('\uFEFFindicator_id,'));
    assert.match(csv, /\r\ngdp-growth,国内生产总值增长,GDP growth,2051,report-2051\.txt,6%左右,6,%,approx,5,6\.4%,6\.4,report-2052\.txt,7,,met\r\n/);
    const md = await run('ledger', reports, '--md', '--locale', 'zh-cn');
    assert.match(md.stdout, /^# 目标台账\n/);
    assert.match(md.stdout, /\| 国内生产总值增长 \(GDP growth\) \| 6%左右 · 实际 6\\\.4% · ✓ 完成 \| 5\\\.5%左右 · ↓ 调低 \|/);
  });

  it('leaves out the phrases of an --ignore file, as annotate does', async () => {
    const list = path.join(dir, 'ignore.json');
    writeFileSync(list, JSON.stringify({ ignore: [{ kind: 'number', text: '5.5%左右' }] }));
    const r = await run('ledger', reports, '--ignore', list);
    assert.equal(r.code, 0, r.stderr);
    // the 2052 target stood on the ignored number: that report sets no target now (and so drops none)
    assert.match(r.stdout, /国内生产总值增长 \(GDP growth\)\n {2}2051 {2}report-2051\.txt {2}6%左右 · achieved 6\.4% · ✓ met\n\n/);
    assert.doesNotMatch(r.stdout, /5\.5%左右/);
  });

  const refusals: [string, string[], RegExp][] = [
    ['no file', ['ledger'], /usage/],
    ['a folder without text files', ['ledger', empty], /holds no \.txt or \.md file/],
    ['a missing file', ['ledger', path.join(dir, 'nope.txt')], /no such file/],
    ['--reference-date', ['ledger', reports, '--reference-date', '2052-01-01'], /applies to annotate only/],
    ['--pages', ['ledger', reports, '--pages'], /only applies to convert/],
    ['an output that is one of the inputs', ['ledger', y1, y2, '--out', y2, '--force'], /one of the input files/],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what} in one line, exit 2`, async () => {
      const r = await run(...args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1);
      assert.equal(r.stdout, '');
    });
  }

  it('documents the command in --help', async () => {
    const r = await run('--help');
    assert.match(r.stdout, /usage: policy-lens ledger \[options\] \[--\] FILE… \| DIR/);
  });
});
