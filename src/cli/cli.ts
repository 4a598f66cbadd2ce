// policy-lens — the command line over the core.
//   policy-lens annotate [options] [--] FILE   (args.ts has the options; --help prints them)
//   policy-lens convert [--pages] [--out PATH] [--] FILE   the text of a PDF, Word or HTML file (convert.ts)
//   policy-lens ledger [options] [--] FILE… | DIR   (ledger.ts)
// Every failure ends in one line on stderr and an exit code (errors.ts); a file is only written
// over with --force. The input is checked before it is read (input.ts), the output written in
// pieces (output.ts).
import path from 'node:path';
import { analyze } from '../core/analyze';
import { csvPieces, jsonPieces, markdownPieces } from '../core/exportFormats';
import { useBundledGlossary } from '../core/glossaryFile';
import type { Analysis, OutlineNode } from '../core/types';
import { parseArgs, type Args } from './args';
import { convertedPieces } from './convert';
import { BrokenPipe, CliError, EXIT, HelpRequested, shown } from './errors';
import { readIgnoreFile } from './ignoreFile';
import { readInput } from './input';
import { runLedger } from './ledger';
import { writeToFile, writeToStream } from './output';

// The CLI carries the glossary in its bundle (its size is not the editor's concern).
useBundledGlossary();

function* outlineLines(nodes: readonly OutlineNode[], depth: number): Generator<string, void, void> {
  for (const n of nodes) {
    yield `${'  '.repeat(depth)}${String(n.line + 1).padStart(5)}  ${n.kind.padEnd(8)} ${shown(n.name)}\n`;
    yield* outlineLines(n.children, depth + 1);
  }
}

/** The default output: counts, the document date and the outline, for people. */
function* readable(file: string, a: Analysis): Generator<string, void, void> {
  const dd = a.documentDate;
  yield `${shown(file)}\n`;
  yield `document date: ${dd ? `${dd.date} (${dd.source}: ${shown(dd.text)})` : 'none found'}\n`;
  yield `numbers: ${a.numbers.length}  dates: ${a.dates.length}  targets: ${a.targets.length}  terms: ${a.terms.length}\n`;
  yield '\n line  kind     name\n';
  yield* outlineLines(a.outline, 0);
  if (a.outline.length === 0) { yield '  (no structure found)\n'; }
}

function render(args: Args, text: string, analysis: Analysis): Iterable<string> {
  switch (args.format) {
    case 'json': return jsonPieces(analysis);
    // A BOM lets Excel open a file as UTF-8; on a pipe it would only be noise.
    case 'csv': return csvPieces(analysis, text, { bom: args.out !== undefined, locale: args.locale });
    case 'md': return markdownPieces(analysis, text, { title: path.basename(args.file), locale: args.locale });
    case 'text': return readable(args.file, analysis);
  }
}

/** Runs the command line; resolves to the exit code (it never throws). */
export async function main(argv: readonly string[], stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'ledger') {
      await runLedger(args, stdout, stderr);
      return EXIT.OK;
    }
    const { text, notes, imported } = await readInput(args.file, { maxBytes: args.maxBytes, encoding: args.encoding });
    const ignore = args.ignore === undefined ? undefined : readIgnoreFile(args.ignore);
    for (const note of [...notes, ...(ignore?.notes ?? [])]) { stderr.write(`policy-lens: ${note}\n`); }
    let pieces: Iterable<string>;
    if (args.command === 'convert') {
      if (args.pages && imported?.format !== 'pdf') { stderr.write(`policy-lens: --pages: ${shown(args.file)} is not a PDF, so it has no pages to mark\n`); }
      pieces = convertedPieces(text, imported, args.pages);
    } else {
      const analysis = analyze(text, {
        referenceDate: args.referenceDate, referenceDateSetBy: args.referenceDate ? 'cli' : undefined,
        markdown: /\.(md|markdown)$/i.test(args.file), ignore: ignore?.entries,
      });
      pieces = render(args, text, analysis);
    }
    if (args.out !== undefined) { writeToFile(args.out, pieces, args.force, args.file); } else { await writeToStream(stdout, pieces); }
    return EXIT.OK;
  } catch (e) {
    return failure(e, stdout, stderr);
  }
}

function failure(e: unknown, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): number {
  if (e instanceof HelpRequested) {
    stdout.write(`${e.message}\n`);
    return EXIT.OK;
  }
  if (e instanceof BrokenPipe) { return EXIT.BROKEN_PIPE; }
  if (e instanceof CliError) {
    stderr.write(`policy-lens: ${e.message}\n`);
    return EXIT.REFUSED;
  }
  stderr.write(`${internalError(e)}\n`);
  return EXIT.INTERNAL;
}

/** A bug in one line; the stack only when asked for. */
function internalError(e: unknown): string {
  const error = e instanceof Error ? e : new Error(String(e));
  if (process.env.POLICY_LENS_DEBUG) { return `policy-lens: internal error: ${error.stack ?? error.message}`; }
  return `policy-lens: internal error: ${shown(`${error.name}: ${error.message}`)} (POLICY_LENS_DEBUG=1 shows where)`;
}

if (require.main === module) {
  // Whatever escapes main (an error event of a stream, a rejected promise) still ends in one line.
  const last = (e: unknown): void => {
    if (e instanceof BrokenPipe || (e as NodeJS.ErrnoException | null)?.code === 'EPIPE') { process.exit(EXIT.BROKEN_PIPE); }
    process.stderr.write(`${internalError(e)}\n`);
    process.exit(EXIT.INTERNAL);
  };
  process.on('uncaughtException', last);
  process.on('unhandledRejection', last);
  void main(process.argv.slice(2)).then(code => { process.exitCode = code; });
}
