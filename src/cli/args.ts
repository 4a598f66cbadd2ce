// The command line: policy-lens annotate FILE [options], policy-lens ledger FILES…|DIR [options].
// Parsed here, checked here; every mistake is a CliError whose one line says what to do.
import { parseIso } from '../core/dates';
import type { ReportLocale } from '../core/exportFormats';
import { bytesText, CliError, HelpRequested, shown } from './errors';

/** Files larger than this are not read unless --max-size says so. */
export const DEFAULT_MAX_BYTES = 100_000_000;

export const USAGE = `usage: policy-lens annotate [options] [--] FILE

  --json                 the annotation as JSON (docs/annotation.md §6 shape)
  --csv                  one row per number, date, target and term (RFC 4180; with --out, UTF-8 with a BOM for Excel)
  --md                   a Markdown report: document date, targets, numbers, dates, counts
  --out PATH             write to PATH instead of standard output (never over an existing file without --force);
                         --out - is standard output
  --force                with --out: replace PATH if it exists
  --locale LOCALE        language of the Markdown report: en (default) or zh-cn
  --reference-date DATE  resolve relative dates against DATE instead of the document's own date
  --encoding LABEL       decode FILE with LABEL (gb18030, big5, utf-16le, …); without it, a byte order mark
                         decides, else UTF-8, else a GB18030 or Big5 file that is certainly one
  --max-size SIZE        read files up to SIZE (default 100M; K, M, G are thousands, millions, billions of bytes)
  --                     everything after it is a file name, even if it starts with -

  Only regular files are read (not devices, pipes or sockets). Exit codes: 0 done, 2 refused (the
  message says why), 1 internal error, 141 standard output closed by its reader.

usage: policy-lens ledger [options] [--] FILE… | DIR

  The target ledger of several documents (docs/annotation.md §3, "Indicators"): one row per
  indicator (GDP growth, new urban jobs, …), one column per document by its year, each cell the
  target, the figure a later document's review reports, the change and met/missed. A DIR stands
  for its .txt and .md files (not those of its subfolders). Takes --json, --csv (one row per
  indicator and year), --md, --out, --force, --locale (the words of the table), --encoding and
  --max-size (per file) as above.`;

export type Format = 'text' | 'json' | 'csv' | 'md';

export interface Args {
  command: 'annotate' | 'ledger';
  /** The file to annotate; for `ledger`, the first of `files`. */
  file: string;
  /** Every file or folder named (one for `annotate`). */
  files: string[];
  format: Format;
  /** undefined: standard output (also for --out -). */
  out?: string;
  force: boolean;
  locale: ReportLocale;
  referenceDate?: string;
  /** undefined: found from the bytes (decode.ts). */
  encoding?: string;
  maxBytes: number;
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

const ONE_LINE_USAGE = 'usage: policy-lens annotate [options] [--] FILE, or policy-lens ledger [options] [--] FILE… | DIR (policy-lens --help lists the options)';

export function parseArgs(argv: readonly string[]): Args {
  const rest: string[] = [];
  let format: Format = 'text';
  let out: string | undefined;
  let force = false;
  let locale = 'en';
  let referenceDate: string | undefined;
  let encoding: string | undefined;
  let maxSize: string | undefined;
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
    } else if (name === '--out') { out = value(); } else if (a === '--force') { force = true; } else if (name === '--locale') { locale = value(); } else if (name === '--reference-date') { referenceDate = value(); } else if (name === '--encoding') { encoding = value(); } else if (name === '--max-size') { maxSize = value(); } else if (a === '-h' || a === '--help') { throw new HelpRequested(USAGE); } else {
      throw new CliError(`unknown option ${shown(a)} (a file whose name starts with - goes after --: policy-lens annotate -- ${shown(a)})`);
    }
  }
  const command = rest[0];
  if (!((command === 'annotate' && rest.length === 2) || (command === 'ledger' && rest.length >= 2))) { throw new CliError(ONE_LINE_USAGE); }
  if (command === 'ledger' && referenceDate !== undefined) {
    throw new CliError('--reference-date applies to annotate only: each document of a ledger keeps its own date (its year)');
  }
  if (referenceDate !== undefined && parseIso(referenceDate) === null) {
    throw new CliError(`--reference-date must be a real calendar date YYYY-MM-DD, got "${shown(referenceDate)}"`);
  }
  if (force && (out === undefined || out === '-')) { throw new CliError('--force only applies with --out PATH'); }
  if (locale !== 'en' && locale !== 'zh-cn') { throw new CliError(`--locale must be en or zh-cn, got "${shown(locale)}"`); }
  const maxBytes = maxSize === undefined ? DEFAULT_MAX_BYTES : parseSize(maxSize);
  if (maxBytes === undefined) { throw new CliError(`--max-size must be a size such as 500M or 2G, got "${shown(maxSize ?? '')}"`); }
  return {
    command, file: rest[1], files: rest.slice(1), format, out: out === '-' ? undefined : out, force, locale, referenceDate, encoding, maxBytes,
  };
}

/** What the size refusal says: the size, the limit and the option that raises it. */
export function tooLargeMessage(file: string, size: number, limit: number): string {
  const suggested = Math.ceil(size / 1e6);
  return `${shown(file)} has ${bytesText(size)}, more than the limit of ${bytesText(limit)}; pass --max-size ${suggested}M to read it`;
}
