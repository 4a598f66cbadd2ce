// policy-lens — the command line over the core.
//   policy-lens annotate FILE [--json] [--reference-date YYYY-MM-DD] [--encoding LABEL]
// Errors are one line on stderr and a non-zero exit; nothing is ever written over a file.
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { assessText } from '../core/textHealth';
import type { Analysis, OutlineNode } from '../core/types';

const USAGE = `usage: policy-lens annotate FILE [--json] [--reference-date YYYY-MM-DD] [--encoding LABEL]

  --json                 print the annotation as JSON (ANNOTATION.md §6 shape)
  --reference-date DATE  resolve relative dates against DATE instead of the document's own date
  --encoding LABEL       decode FILE with LABEL (utf-8 by default; gb18030, big5, utf-16le, …)`;

class CliError extends Error {}
/** -h/--help: the usage on stdout and a zero exit. */
class HelpRequested extends Error {}

interface Args {
  command: string;
  file: string;
  json: boolean;
  referenceDate?: string;
  encoding: string;
}

function parseArgs(argv: string[]): Args {
  const rest: string[] = [];
  let json = false;
  let referenceDate: string | undefined;
  let encoding = 'utf-8';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') { throw new CliError(`${a.split('=')[0]} needs a value`); }
      return v;
    };
    if (a === '--json') { json = true; } else if (a === '--reference-date' || a.startsWith('--reference-date=')) { referenceDate = value(); } else if (a === '--encoding' || a.startsWith('--encoding=')) { encoding = value(); } else if (a === '-h' || a === '--help') { throw new HelpRequested(USAGE); } else if (a.startsWith('-')) { throw new CliError(`unknown option ${a}\n${USAGE}`); } else { rest.push(a); }
  }
  if (rest[0] !== 'annotate' || rest.length !== 2) { throw new CliError(USAGE); }
  if (referenceDate !== undefined && !isIsoDate(referenceDate)) {
    throw new CliError(`--reference-date must be a real calendar date YYYY-MM-DD, got "${referenceDate}"`);
  }
  return { command: rest[0], file: rest[1], json, referenceDate, encoding };
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) { return false; }
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function readText(file: string, encoding: string): { text: string; warning?: string } {
  let st;
  try { st = statSync(file); } catch (e) { throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`); }
  if (st.isDirectory()) { throw new CliError(`${file} is a directory, not a text file`); }
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch (e) { throw new CliError(`cannot read ${file}: ${(e as Error).message}`); }
  let decoder: TextDecoder;
  try { decoder = new TextDecoder(encoding); } catch { throw new CliError(`unknown encoding "${encoding}" (try utf-8, gb18030, big5, utf-16le)`); }
  // TextDecoder drops a leading BOM by default, as the editor does.
  const text = decoder.decode(bytes);
  const health = assessText(text);
  if (health.binary) { throw new CliError(`${file} looks like a binary file (${Math.round(health.controlRatio * 100)} % control characters), not text`); }
  if (health.misdecoded) {
    const hint = decoder.encoding === 'utf-8' ? 'try --encoding gb18030 (or big5 for Traditional Chinese)' : 'try another --encoding';
    return { text, warning: `${file}: ${health.replacementCount} characters could not be decoded as ${decoder.encoding}; ${hint}` };
  }
  return { text };
}

function outlineLines(nodes: readonly OutlineNode[], depth: number, out: string[]): void {
  for (const n of nodes) {
    out.push(`${'  '.repeat(depth)}${String(n.line + 1).padStart(5)}  ${n.kind.padEnd(8)} ${n.name}`);
    outlineLines(n.children, depth + 1, out);
  }
}

function readable(file: string, a: Analysis): string {
  const out: string[] = [file];
  const dd = a.documentDate;
  out.push(`document date: ${dd ? `${dd.date} (${dd.source}: ${dd.text})` : 'none found'}`);
  out.push(`numbers: ${a.numbers.length}  dates: ${a.dates.length}  targets: ${a.targets.length}  terms: ${a.terms.length}`);
  out.push('');
  out.push(' line  kind     name');
  outlineLines(a.outline, 0, out);
  if (a.outline.length === 0) { out.push('  (no structure found)'); }
  return out.join('\n');
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    const { text, warning } = readText(args.file, args.encoding);
    if (warning) { process.stderr.write(`policy-lens: warning: ${warning}\n`); }
    const analysis = analyze(text, { referenceDate: args.referenceDate, markdown: /\.(md|markdown)$/i.test(args.file) });
    process.stdout.write(args.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${readable(args.file, analysis)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof HelpRequested) {
      process.stdout.write(`${e.message}\n`);
      return 0;
    }
    if (e instanceof CliError) {
      process.stderr.write(`policy-lens: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`policy-lens: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
