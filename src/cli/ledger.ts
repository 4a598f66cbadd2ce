// policy-lens ledger FILE… | DIR: the target ledger of several documents (docs/annotation.md §3,
// "Indicators"), printed as text, JSON, CSV or Markdown, in pieces like the annotate command. Each
// file is checked and read as annotate reads it (input.ts); a folder stands for its .txt and .md
// files.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { LineIndex } from '../core/exportFormats';
import { chineseShare } from '../core/language';
import {
  buildLedger, ledgerCsvPieces, ledgerJsonPieces, ledgerMarkdownPieces, ledgerTable, ledgerTextPieces, type LedgerDocument, type LineOf,
} from '../core/ledger';
import type { Args } from './args';
import { CliError, shown } from './errors';
import { readIgnoreFile } from './ignoreFile';
import { readInput } from './input';
import { writeToFile, writeToStream } from './output';

const TEXT_FILE = /\.(txt|md|markdown)$/i;

export interface LedgerFile {
  path: string;
  /** Found in a folder rather than named: left out when it is not Chinese (a README beside the reports). */
  fromFolder: boolean;
}

/** The files named, a folder standing for its text files (sorted); each file once, by its real path. */
export function ledgerFiles(names: readonly string[]): LedgerFile[] {
  const out: LedgerFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, fromFolder: boolean): void => {
    let real: string;
    try { real = realpathSync(file); } catch { real = path.resolve(file); }
    if (!seen.has(real)) { seen.add(real); out.push({ path: file, fromFolder }); }
  };
  for (const name of names) {
    let isDirectory = false;
    try { isDirectory = statSync(name).isDirectory(); } catch { /* readInput says why */ }
    if (!isDirectory) { add(name, false); continue; }
    const inside = readdirSync(name).filter((f) => TEXT_FILE.test(f)).sort().map((f) => path.join(name, f))
      .filter((f) => { try { return statSync(f).isFile(); } catch { return false; } });
    if (inside.length === 0) { throw new CliError(`${shown(name)} holds no .txt or .md file to compare`); }
    for (const f of inside) { add(f, true); }
  }
  return out;
}

/** The share of Han characters a file found in a folder needs (the editor's default, policyLens.minChineseRatio). */
const MIN_CHINESE = 0.3;

/** Names for the table: the file name, or the path as given where two files share a name. */
function displayNames(files: readonly string[]): string[] {
  const base = files.map((f) => path.basename(f));
  return files.map((f, i) => (base.indexOf(base[i]) !== base.lastIndexOf(base[i]) ? f : base[i]));
}

/** Runs `policy-lens ledger`; notes on reading go to stderr. */
export async function runLedger(args: Args, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<void> {
  const texts: { file: string; text: string }[] = [];
  const ignore = args.ignore === undefined ? undefined : readIgnoreFile(args.ignore);
  for (const note of ignore?.notes ?? []) { stderr.write(`policy-lens: ${note}\n`); }
  for (const f of ledgerFiles(args.files)) {
    const { text, notes } = await readInput(f.path, { maxBytes: args.maxBytes, encoding: args.encoding });
    for (const note of notes) { stderr.write(`policy-lens: ${note}\n`); }
    const share = chineseShare(text).ratio;
    if (f.fromFolder && share < MIN_CHINESE) {
      stderr.write(`policy-lens: left out ${shown(f.path)}: only ${Math.round(share * 100)} % of it is Chinese\n`);
      continue;
    }
    texts.push({ file: f.path, text });
  }
  const files = texts.map((t) => t.file);
  const names = displayNames(files);
  const documents: LedgerDocument[] = [];
  const lines = new Map<string, LineIndex>();
  texts.forEach(({ file, text }, i) => {
    documents.push({ name: names[i], analysis: analyze(text, { markdown: /\.(md|markdown)$/i.test(file), ignore: ignore?.entries }) });
    lines.set(names[i], new LineIndex(text));
  });
  if (args.out !== undefined) {
    const out = args.out;
    let real: string | undefined;
    try { real = realpathSync(out); } catch { real = undefined; }
    if (real !== undefined && files.some((f) => realpathSync(f) === real)) { throw new CliError(`${shown(out)} is one of the input files; refusing to write over it`); }
  }
  const ledger = buildLedger(documents);
  const lineOf: LineOf = (document, offset) => lines.get(document)?.position(offset).line;
  const table = ledgerTable(ledger, args.locale);
  const pieces = ((): Iterable<string> => {
    switch (args.format) {
      case 'json': return ledgerJsonPieces(ledger, lineOf);
      case 'csv': return ledgerCsvPieces(ledger, table, lineOf, { bom: args.out !== undefined });
      case 'md': return ledgerMarkdownPieces(table);
      case 'text': return ledgerTextPieces(table, shown);
    }
  })();
  if (args.out !== undefined) { writeToFile(args.out, pieces, args.force); } else { await writeToStream(stdout, pieces); }
}
