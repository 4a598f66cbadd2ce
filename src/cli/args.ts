// The command line: policy-lens annotate FILE [options], policy-lens convert FILE, policy-lens
// ledger FILES…|DIR [options]. Parsed here, checked here; every mistake is a CliError whose one
// line says what to do.
import { parseDateInput } from '../core/dateInput';
import type { ReportLocale } from '../core/exportFormats';
import { bytesText, CliError, HelpRequested, shown } from './errors';

/** Files larger than this are not read unless --max-size says so. */
export const DEFAULT_MAX_BYTES = 100_000_000;

export const USAGE = `usage: policy-lens annotate [options] [--] FILE
       policy-lens convert [--pages] [--out PATH [--force]] [--max-size SIZE] [--] FILE

  annotate               numbers, dates, targets, terms and the outline of FILE
  convert                the text of FILE as annotate reads it: one paragraph a line, a blank line between
                         (docs/annotation.md §8), table rows with cells split by TAB

  FILE is plain text, or a PDF, Word (.docx) or HTML file (.pdf, .docx, .html, .htm, or a file starting
  %PDF-), which is converted to text first; what a conversion leaves out (a page without a text layer or
  a Unicode map) is said on stderr, and a file it cannot read is refused in one line.

  --json                 the annotation as JSON (docs/annotation.md §6 shape)
  --csv                  one row per number, date, target and term (RFC 4180; with --out, UTF-8 with a BOM for Excel)
  --md                   a Markdown report: document date, targets, numbers, dates, counts
  --out PATH             write to PATH instead of standard output (never over an existing file without --force);
                         --out - is standard output
  --force                with --out: replace PATH if it exists
  --locale LOCALE        language of the Markdown report and the CSV header and words: en (default) or zh-cn
  --reference-date DATE  resolve relative dates against DATE instead of the document's own date
                         (2024-09-02, 2024/9/2 or 2024年9月2日)
  --ignore FILE          leave out the phrases listed in FILE: { "ignore": [ { "kind": "number", "text": "…" } ] },
                         the bare array, or a VS Code settings.json with "policyLens.ignore" (the editor's list)
  --encoding LABEL       decode FILE with LABEL (gb18030, big5, utf-16le, …); without it, a byte order mark
                         decides, else UTF-8, else a GB18030 or Big5 file that is certainly one
  --max-size SIZE        read files up to SIZE (default 100M; K, M, G are thousands, millions, billions of bytes;
                         the converters read at most 64M, and 16M of HTML)
  --pages                with convert: a line "— p. N —" before the first paragraph that starts on page N of a
                         PDF (a paragraph running over a page break counts for the page it starts on)
  --                     everything after it is a file name, even if it starts with -

  Only regular files are read (not devices, pipes or sockets). Exit codes: 0 done, 2 refused (the
  message says why), 1 internal error, 141 standard output closed by its reader.

usage: policy-lens ledger [options] [--] FILE… | DIR

  The target ledger of several documents (docs/annotation.md §3, "Indicators"): one row per
  indicator (GDP growth, new urban jobs, …), one column per document by its year, each cell the
  target, the figure a later document's review reports, the change and met/missed. A DIR stands
  for its .txt and .md files (not those of its subfolders). Takes --json, --csv (one row per
  indicator and year), --md, --out, --force, --locale (the words of the table), --ignore, --encoding
  and --max-size (per file) as above; a named FILE may be a PDF, Word or HTML file.`;

export type Format = 'text' | 'json' | 'csv' | 'md';

export interface Args {
  command: 'annotate' | 'convert' | 'ledger';
  /** The file to annotate or convert; for `ledger`, the first of `files`. */
  file: string;
  /** Every file or folder named (one for `annotate`). */
  files: string[];
  format: Format;
  /** undefined: standard output (also for --out -). */
  out?: string;
  force: boolean;
  locale: ReportLocale;
  referenceDate?: string;
  /** A file of phrases that are no annotation (ignoreFile.ts). */
  ignore?: string;
  /** undefined: found from the bytes (decode.ts). */
  encoding?: string;
  maxBytes: number;
  /** convert: mark where PDF pages begin. */
  pages: boolean;
}

const FORMAT_FLAGS: Readonly<Record<string, Format>> = { '--json': 'json', '--csv': 'csv', '--md': 'md' };

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };

/** `--max-size` values: 5000000, 500K, 100M, 2G (an optional trailing B; decimal units). */
export function parseSize(value: string): number | undefined {
  const m = /^(\d{1,15}(?:\.\d{1,6})?)\s?([kmg]?)b?$/i.exec(value.trim());
  if (!m) { return undefined; }
  const n = Math.round(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

const ONE_LINE_USAGE = 'usage: policy-lens annotate|convert [options] [--] FILE, or policy-lens ledger [options] [--] FILE… | DIR (policy-lens --help lists the options)';

export function parseArgs(argv: readonly string[]): Args {
  const rest: string[] = [];
  let format: Format = 'text';
  let out: string | undefined;
  let force = false;
  let locale = 'en';
  let referenceDate: string | undefined;
  let ignore: string | undefined;
  let encoding: string | undefined;
  let maxSize: string | undefined;
  let pages = false;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!options || a === '-' || !a.startsWith('-')) { rest.push(a); continue; }
    if (a === '--') { options = false; continue; }
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') { throw new CliError(`${name} needs a value`); }
      return v;
    };
    if (a in FORMAT_FLAGS) {
      if (format !== 'text' && format !== FORMAT_FLAGS[a]) { throw new CliError(`choose one of --json, --csv, --md (got --${format} and ${a})`); }
      format = FORMAT_FLAGS[a];
    } else if (name === '--out') { out = value(); } else if (a === '--force') { force = true; } else if (name === '--locale') { locale = value(); } else if (name === '--reference-date') { referenceDate = value(); } else if (name === '--ignore') { ignore = value(); } else if (name === '--encoding') { encoding = value(); } else if (name === '--max-size') { maxSize = value(); } else if (a === '--pages') { pages = true; } else if (a === '-h' || a === '--help') { throw new HelpRequested(USAGE); } else {
      throw new CliError(`unknown option ${shown(a)} (a file whose name starts with - goes after --: policy-lens annotate -- ${shown(a)})`);
    }
  }
  const command = rest[0];
  const arity = command === 'ledger' ? rest.length >= 2 : rest.length === 2;
  if ((command !== 'annotate' && command !== 'convert' && command !== 'ledger') || !arity) { throw new CliError(ONE_LINE_USAGE); }
  if (command === 'convert') {
    const annotateOnly = [format !== 'text' && `--${format}`, locale !== 'en' && '--locale', referenceDate !== undefined && '--reference-date', ignore !== undefined && '--ignore'].filter(Boolean);
    if (annotateOnly.length > 0) { throw new CliError(`${annotateOnly.join(', ')} only applies to annotate; convert prints the text`); }
  } else if (pages) {
    throw new CliError('--pages only applies to convert (policy-lens convert --pages FILE)');
  }
  if (command === 'ledger' && referenceDate !== undefined) {
    throw new CliError('--reference-date applies to annotate only: each document of a ledger keeps its own date (its year)');
  }
  const iso = referenceDate === undefined ? undefined : parseDateInput(referenceDate);
  if (referenceDate !== undefined && iso === null) {
    throw new CliError(`--reference-date must be a real calendar date (2024-09-02, 2024/9/2 or 2024年9月2日), got "${shown(referenceDate)}"`);
  }
  if (force && (out === undefined || out === '-')) { throw new CliError('--force only applies with --out PATH'); }
  if (locale !== 'en' && locale !== 'zh-cn') { throw new CliError(`--locale must be en or zh-cn, got "${shown(locale)}"`); }
  const maxBytes = maxSize === undefined ? DEFAULT_MAX_BYTES : parseSize(maxSize);
  if (maxBytes === undefined) { throw new CliError(`--max-size must be a size such as 500M or 2G, got "${shown(maxSize ?? '')}"`); }
  return {
    command, file: rest[1], files: rest.slice(1), format, out: out === '-' ? undefined : out, force, locale, referenceDate: iso ?? undefined, ignore, encoding, maxBytes, pages,
  };
}

/** What the size refusal says: the size, the limit and the option that raises it. */
export function tooLargeMessage(file: string, size: number, limit: number): string {
  const suggested = Math.ceil(size / 1e6);
  return `${shown(file)} has ${bytesText(size)}, more than the limit of ${bytesText(limit)}; pass --max-size ${suggested}M to read it`;
}
