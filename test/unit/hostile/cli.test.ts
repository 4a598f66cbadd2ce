// The probes that once hung the CLI, grew it to 15 GB or ended it in a stack trace, kept: devices,
// FIFOs and sockets are refused by type before a byte is read, sizes by a limit that speaks,
// texts too large for memory before they are analysed; a closed or full standard output ends in
// one line (or quietly, for a closed pipe). They run the CLI as built: src/cli/cli.ts bundled by
// esbuild, as scripts/build.mjs makes dist/cli.js, run by plain node.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { analyze } from '../../../src/core/analyze';
import { toJson } from '../../../src/core/exportFormats';

const root = path.resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'policy-lens-hostile-'));
const cli = path.join(dir, 'cli.js');

interface Run { code: number | null; stdout: string; stderr: string }

function run(args: readonly string[], options: { node?: string[]; stdout?: number; timeout?: number } = {}): Run {
  // `timeout` kills a run that hangs (its status is then null, and the exit-code check fails).
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(options.node ?? []), cli, ...args], {
    encoding: 'utf8', cwd: dir, timeout: options.timeout ?? 30000, maxBuffer: 1 << 30,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

/** One line on stderr, a refusal exit code, nothing on stdout. */
function assertRefused(r: Run, message: RegExp): void {
  assert.equal(r.code, 2, `exit ${String(r.code)}: ${r.stderr}`);
  assert.match(r.stderr, message);
  assert.match(r.stderr, /^policy-lens: [^\n]*\n$/, JSON.stringify(r.stderr));
  assert.equal(r.stdout, '');
}

const DOC = '关于加快发展的通知\n\n一、总体要求\n\n到2025年，产业规模达到2万亿元，增长5%。\n';

describe('hostile: the CLI', function () {
  this.timeout(120000);
  const doc = path.join(dir, 'doc.txt');

  before(() => {
    buildSync({ entryPoints: [path.join(root, 'src', 'cli', 'cli.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'error', charset: 'utf8' });
    writeFileSync(doc, DOC);
  });

  describe('reads only regular files, refused by type before reading', () => {
    let server: Server | undefined;
    const socket = path.join(dir, 'sock');
    const fifo = path.join(dir, 'fifo');
    before(async () => {
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
      server = createServer();
      await new Promise<void>(resolve => server?.listen(socket, resolve));
    });
    after(() => { server?.close(); });

    const cases: Array<[string, () => string, RegExp]> = [
      ['/dev/zero (endless)', () => '/dev/zero', /\/dev\/zero is a character device, not a text file; only regular files are read/],
      ['/dev/null', () => '/dev/null', /is a character device/],
      ['a FIFO with no writer (would block)', () => fifo, /fifo is a FIFO \(named pipe\), not a text file/],
      ['a socket', () => socket, /sock is a socket, not a text file/],
      ['a directory', () => dir, /is a directory, not a text file/],
    ];
    for (const [what, file, message] of cases) {
      it(`refuses ${what} at once`, () => {
        const r = run(['annotate', file(), '--json'], { timeout: 20000 });
        assertRefused(r, message);
      });
    }
  });

  describe('size limits that speak', () => {
    it('refuses a file over --max-size, naming its size, the limit and the option, and reads it with the option raised', () => {
      const big = path.join(dir, 'big.txt');
      writeFileSync(big, DOC.repeat(Math.ceil(2_000_000 / Buffer.byteLength(DOC))));
      const size = statSync(big).size;
      assertRefused(run(['annotate', big, '--max-size', '1M']), new RegExp(`big\\.txt has ${size.toLocaleString('en-US')} bytes .*more than the limit of 1,000,000 bytes .*pass --max-size 3M to read it`));
      const ok = run(['annotate', big, '--max-size=3M']);
      assert.equal(ok.code, 0, ok.stderr);
    });

    it('refuses a 600 MB file by the default limit of 100 MB without reading it', () => {
      const huge = path.join(dir, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 600_000_000); // sparse: no disk, no time
      const r = run(['annotate', huge, '--json']);
      assertRefused(r, /huge\.txt has 600,000,000 bytes \(600 MB\), more than the limit of 100,000,000 bytes \(100 MB\); pass --max-size 600M to read it$/m);
    });

    const sizes: Array<[string, string]> = [['0', 'zero'], ['lots', 'a word'], ['-5M', 'negative']];
    for (const [value, what] of sizes) {
      it(`refuses --max-size ${value} (${what})`, () => {
        assertRefused(run(['annotate', doc, `--max-size=${value}`]), /--max-size must be a size such as 500M or 2G/);
      });
    }

    describe('what cannot be analysed in memory is refused before it is analysed', () => {
      // A 128 MB heap: the limit is about 450,000 characters, so the probe stays quick.
      const node = ['--max-old-space-size=128'];
      const limit = (): number => Number(spawnSync(process.execPath, [...node, '-p', 'Math.floor(require("v8").getHeapStatistics().heap_size_limit / 300)'], { encoding: 'utf8' }).stdout);

      for (const unit of ['今年', '5%']) {
        it(`refuses a text of only annotations (${unit}…) just over the limit, with the limit and what to do`, () => {
          const over = path.join(dir, 'dense-over.txt');
          writeFileSync(over, unit.repeat(Math.ceil(limit() / 2) + 100));
          const r = run(['annotate', over, '--json'], { node });
          assertRefused(r, /dense-over\.txt has (?:at least )?[\d,]+ characters; this process analyses at most [\d,]+ in its [\d,]+ MB heap\. Split the file, or give Node more memory: NODE_OPTIONS=--max-old-space-size=\d+/);
        });
      }

      for (const [unit, format] of [['今年', '--json'], ['5%', '--csv']] as const) {
        it(`analyses and exports (${format}) a text of only annotations (${unit}…) just under the limit without running out of memory`, () => {
          const under = path.join(dir, `dense-${format.slice(2)}.txt`);
          writeFileSync(under, unit.repeat(Math.floor(limit() / 2) - 100));
          const r = run(['annotate', under, format], { node, stdout: openSync('/dev/null', 'w'), timeout: 110000 });
          assert.equal(r.code, 0, r.stderr.slice(0, 500));
          assert.equal(r.stderr, '');
        });
      }
    });
  });

  describe('output', () => {
    it('streams JSON byte-identical to toJson', () => {
      const r = run(['annotate', doc, '--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, toJson(analyze(DOC)));
    });

    it('ends quietly when the reader closes standard output (EPIPE), as a Unix tool killed by SIGPIPE', async () => {
      const many = path.join(dir, 'many.txt');
      writeFileSync(many, '到2025年增长5%，'.repeat(20000));
      const child = spawn(process.execPath, [cli, 'annotate', many, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
      // Read a little, then hang up, as `| head -c 100` does.
      child.stdout.once('data', () => { child.stdout.destroy(); });
      const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)));
      assert.equal(stderr, '');
      assert.equal(code, 141);
    });

    it('says in one line when standard output is full (/dev/full)', function () {
      if (!existsSync('/dev/full')) { this.skip(); }
      const fd = openSync('/dev/full', 'w');
      try {
        assertRefused(run(['annotate', doc, '--json'], { stdout: fd }), /cannot write to standard output: no space left on the device/);
      } finally { closeSync(fd); }
    });

    it('takes --out - as standard output', () => {
      const r = run(['annotate', doc, '--json', '--out', '-']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, toJson(analyze(DOC)));
      assert.ok(!existsSync(path.join(dir, '-')), 'no file named -');
    });

    it('never replaces a device, even with --force', () => {
      assertRefused(run(['annotate', doc, '--json', '--out', '/dev/null', '--force']), /\/dev\/null is not a regular file; it is never replaced \(--out - writes to standard output\)/);
      assert.ok(statSync('/dev/null').isCharacterDevice());
    });
  });

  describe('the command line', () => {
    it('reads a file whose name starts with - after --', () => {
      writeFileSync(path.join(dir, '-dash.txt'), DOC);
      const r = run(['annotate', '--json', '--', '-dash.txt']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, toJson(analyze(DOC)));
      assertRefused(run(['annotate', '-dash.txt']), /unknown option -dash\.txt \(a file whose name starts with - goes after --: policy-lens annotate -- -dash\.txt\)/);
    });

    it('keeps a path with a line break (or an escape sequence) on one line', () => {
      for (const name of ['new\nline.txt', 'esc\u001b[31m.txt', 'rtl\u202etxt.exe']) {
        const r = run(['annotate', path.join(dir, name)]);
        assertRefused(r, /cannot read .*: no such file/);
        // eslint-disable-next-line no-control-regex
        assert.ok(!/[\u0000-\u0009\u000b-\u001f\u202e]/.test(r.stderr), JSON.stringify(r.stderr));
      }
    });
  });
});
