// policy-lens — the command line over the core.
//   policy-lens annotate FILE [--json | --csv | --md] [--out PATH [--force]] [--reference-date YYYY-MM-DD] [--encoding LABEL]
// Errors are one line on stderr and a non-zero exit; a file is only written over with --force.
import { closeSync, linkSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { parseIso } from '../core/dates';
import { toCsv, toJson, toMarkdown, type ReportLocale } from '../core/exportFormats';
import { useBundledGlossary } from '../core/glossaryFile';
import { assessText } from '../core/textHealth';
import type { Analysis, OutlineNode } from '../core/types';

// The CLI carries the glossary in its bundle (its size is not the editor's concern).
useBundledGlossary();

const USAGE = `usage: policy-lens annotate FILE [--json | --csv | --md] [--out PATH [--force]]
                            [--reference-date YYYY-MM-DD] [--encoding LABEL] [--locale en|zh-cn]

  --json                 the annotation as JSON (ANNOTATION.md §6 shape)
  --csv                  one row per number, date, target and term (RFC 4180; with --out, UTF-8 with a BOM for Excel)
  --md                   a Markdown report: document date, targets, numbers, dates, counts
  --out PATH             write to PATH instead of standard output (never over an existing file without --force)
  --force                with --out: replace PATH if it exists
  --locale LOCALE        language of the Markdown report: en (default) or zh-cn
  --reference-date DATE  resolve relative dates against DATE instead of the document's own date
  --encoding LABEL       decode FILE with LABEL (utf-8 by default; gb18030, big5, utf-16le, …)`;

class CliError extends Error {}
/** -h/--help: the usage on stdout and a zero exit. */
class HelpRequested extends Error {}

type Format = 'text' | 'json' | 'csv' | 'md';

interface Args {
  command: string;
  file: string;
  format: Format;
  out?: string;
  force: boolean;
  locale: ReportLocale;
  referenceDate?: string;
  encoding: string;
}

const FORMAT_FLAGS: Record<string, Format> = { '--json': 'json', '--csv': 'csv', '--md': 'md' };

function parseArgs(argv: string[]): Args {
  const rest: string[] = [];
  let format: Format = 'text';
  let out: string | undefined;
  let force = false;
  let locale: string = 'en';
  let referenceDate: string | undefined;
  let encoding = 'utf-8';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') { throw new CliError(`${a.split('=')[0]} needs a value`); }
      return v;
    };
    if (a in FORMAT_FLAGS) {
      if (format !== 'text' && format !== FORMAT_FLAGS[a]) { throw new CliError(`choose one of --json, --csv, --md (got --${format} and ${a})`); }
      format = FORMAT_FLAGS[a];
    } else if (a === '--out' || a.startsWith('--out=')) { out = value(); } else if (a === '--force') { force = true; } else if (a === '--locale' || a.startsWith('--locale=')) { locale = value(); } else if (a === '--reference-date' || a.startsWith('--reference-date=')) { referenceDate = value(); } else if (a === '--encoding' || a.startsWith('--encoding=')) { encoding = value(); } else if (a === '-h' || a === '--help') { throw new HelpRequested(USAGE); } else if (a.startsWith('-')) { throw new CliError(`unknown option ${a}\n${USAGE}`); } else { rest.push(a); }
  }
  if (rest[0] !== 'annotate' || rest.length !== 2) { throw new CliError(USAGE); }
  if (referenceDate !== undefined && parseIso(referenceDate) === null) {
    throw new CliError(`--reference-date must be a real calendar date YYYY-MM-DD, got "${referenceDate}"`);
  }
  if (force && out === undefined) { throw new CliError('--force only applies with --out PATH'); }
  if (locale !== 'en' && locale !== 'zh-cn') { throw new CliError(`--locale must be en or zh-cn, got "${locale}"`); }
  return { command: rest[0], file: rest[1], format, out, force, locale, referenceDate, encoding };
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

function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'read-only file system';
    default: return err.message ?? String(e);
  }
}

function exists(p: string): boolean {
  try { statSync(p); return true; } catch { return false; }
}

/**
 * Writes `content` to `target` through a temporary file in the same folder, so a reader never
 * sees half a file. Without `force` the final step is a hard link, which fails if the target
 * appeared meanwhile: an existing file is never replaced unless asked.
 */
export function writeOutput(target: string, content: string, force: boolean, input?: string): void {
  if (input !== undefined && exists(target) && realpathSync(target) === realpathSync(input)) {
    throw new CliError(`${target} is the input file; refusing to write over it`);
  }
  if (!force && exists(target)) { throw new CliError(`${target} already exists; pass --force to replace it`); }
  if (force && exists(target) && statSync(target).isDirectory()) { throw new CliError(`cannot write ${target}: is a directory`); }
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    created = true;
    writeFileSync(fd, content);
    closeSync(fd);
    fd = undefined;
    if (force) {
      renameSync(tmp, target);
    } else {
      try {
        linkSync(tmp, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') { throw new CliError(`${target} already exists; pass --force to replace it`); }
        // A file system without hard links: fall back to the (checked) rename.
        if (exists(target)) { throw new CliError(`${target} already exists; pass --force to replace it`); }
        renameSync(tmp, target);
      }
    }
  } catch (e) {
    if (e instanceof CliError) { throw e; }
    throw new CliError(`cannot write ${target}: ${errnoText(e)}`);
  } finally {
    if (fd !== undefined) { try { closeSync(fd); } catch { /* already reported */ } }
    if (created) { try { unlinkSync(tmp); } catch { /* renamed away */ } }
  }
}

function render(args: Args, text: string, analysis: Analysis): string {
  switch (args.format) {
    case 'json': return toJson(analysis);
    // A BOM lets Excel open a file as UTF-8; on a pipe it would only be noise.
    case 'csv': return toCsv(analysis, text, { bom: args.out !== undefined });
    case 'md': return toMarkdown(analysis, text, { title: path.basename(args.file), locale: args.locale });
    case 'text': return `${readable(args.file, analysis)}\n`;
  }
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    const { text, warning } = readText(args.file, args.encoding);
    if (warning) { process.stderr.write(`policy-lens: warning: ${warning}\n`); }
    const analysis = analyze(text, { referenceDate: args.referenceDate, markdown: /\.(md|markdown)$/i.test(args.file) });
    const output = render(args, text, analysis);
    if (args.out !== undefined) { writeOutput(args.out, output, args.force, args.file); } else { process.stdout.write(output); }
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
