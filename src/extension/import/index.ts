// Opening PDF, Word and web pages as policy text (docs/architecture.md, "Opening PDF, Word and web
// pages"): the read-only file system, the custom editors behind double-click, the two commands, the
// origin of every paragraph for the hover, outline and Targets view, and the status of an opened
// file. The converters load only when the first file is opened.
import * as vscode from 'vscode';
import type { Problem } from '../../import/types';
import type { Seams } from '../seams';
import { createOpener, registerImportCommands } from './commands';
import { registerCustomEditors } from './customEditors';
import { ImportedDocuments } from './documents';
import { ImportFileSystem } from './fileSystem';
import { describeFailure, originLabel } from './messages';
// The Node bundle converts in a worker thread; scripts/build.mjs swaps in webConverter.ts for the web bundle.
import { createConverter } from './nodeConverter';
import { originHoverLine, type OriginLabel, type OriginLine } from './originHover';
import { originAt } from './origins';
import { IMPORT_SCHEME, originalUri } from './scheme';
import { registerImportStatus, type ImportStatusView } from './status';
import { watchOriginals } from './watchers';

/** What integration tests observe of opened files (PolicyLensApi.imports). */
export interface ImportApi {
  /** Opens a PDF, Word or HTML file as policy text, as the command does; undefined when it could not be. */
  open(original: vscode.Uri | string): Promise<vscode.TextEditor | undefined>;
  /** The original, format and problems of an opened file's document; undefined for any other document. */
  describe(uri: vscode.Uri | string): { original: string; format: string; paragraphs: number; problems: readonly Problem[] } | undefined;
  /** The origin label (`p. 3`) of the text at an offset of an opened file's document. */
  originAt(uri: vscode.Uri | string, offset: number): string | undefined;
  /** What the opened file's language status item shows now. */
  status(): ImportStatusView | undefined;
  /** How many conversions are under way. */
  running(): number;
  /** Cancels every conversion under way. */
  cancelAll(): void;
  readonly stats: { readonly conversions: number; readonly failures: number };
}

export interface ImportSupport extends vscode.Disposable {
  /** For the outline and the Targets view: where the text at an offset came from. */
  readonly labelAt: OriginLabel;
  /** For the hover: the same, as its first line. */
  readonly hoverLine: OriginLine;
  readonly api: ImportApi;
}

const toUri = (uri: vscode.Uri | string): vscode.Uri => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);

export function registerImportSupport(context: vscode.ExtensionContext, seams: Seams, log: vscode.LogOutputChannel): ImportSupport {
  const documents = new ImportedDocuments(createConverter(context.extensionUri), log);
  const status = registerImportStatus(documents, seams);
  const opener = createOpener(documents, status, seams);
  const fileSystem = new ImportFileSystem(documents, (uri, failure) => {
    const original = originalUri(uri);
    return original ? opener.report(original, failure) : describeFailure(uri.path, failure.kind);
  });
  const labelAt: OriginLabel = (uri, offset) => {
    if (uri.scheme !== IMPORT_SCHEME) { return undefined; }
    const origin = originAt(documents.get(uri)?.origins ?? [], offset);
    return origin && originLabel(origin);
  };

  const disposable = vscode.Disposable.from(
    documents,
    status,
    vscode.workspace.registerFileSystemProvider(IMPORT_SCHEME, fileSystem, {
      isCaseSensitive: true,
      // Shown when someone types in the document.
      isReadonly: new vscode.MarkdownString(vscode.l10n.t('This text was converted from a PDF, Word or HTML file and is read-only. "Save as Policy Text…" writes an editable copy.')),
    }),
    fileSystem,
    watchOriginals(fileSystem, documents),
    registerCustomEditors(opener),
    registerImportCommands(documents, opener, seams),
  );

  const api: ImportApi = {
    open: async original => (await opener.open(toUri(original))).editor,
    describe: uri => {
      const d = documents.get(toUri(uri));
      return d && { original: d.original.toString(), format: d.format, paragraphs: d.origins.length, problems: d.problems };
    },
    originAt: (uri, offset) => labelAt(toUri(uri), offset),
    status: () => status.current(),
    running: () => documents.running,
    cancelAll: () => documents.cancelAll(),
    stats: documents.stats,
  };
  return { labelAt, hoverLine: originHoverLine(labelAt), api, dispose: () => disposable.dispose() };
}
