// The user's glossary entries (docs/annotation.md §5: "a glossary that users can extend"): inline in the
// setting `policyLens.glossary`, in `.vscode/policy-lens.glossary.json` of each workspace folder,
// and in the files named by `policyLens.glossaryFiles`. Later sources override earlier ones.
//
// Files are read through vscode.workspace.fs (the web worker has no Node fs), watched, and reloaded
// on change. A broken file keeps its last good entries in force; the user gets one warning per
// break and the details in the "Policy Lens" output. In Restricted Mode no file is read. A file over
// MAX_GLOSSARY_FILE_BYTES is not read, and a file is checked in slices (core/glossaryValidation.ts),
// so a hostile glossary cannot hold up the extension host. File names, terms and field names come
// from the workspace: messages show them as plain text (core/markdown.ts plainText).
// The merged list of a folder stays the same array instance while its content is unchanged, so the
// core's compiled-glossary cache (keyed by the array) keeps hitting.
import * as vscode from 'vscode';
import { glossaryFileSteps, glossaryTooLarge, MAX_GLOSSARY_FILE_BYTES, mergeEntries, type GlossaryValidation } from '../core/glossaryValidation';
import { plainText } from '../core/markdown';
import { describeFileProblems, describeProblem, describeUnreadable, problemCount, QUOTED } from './glossaryMessages';
import { runInSlices } from '../core/sliceRunner';
import type { GlossaryEntry } from '../core/types';
import type { Seams } from './seams';
import { describeInlineGlossaryProblems, INLINE_GLOSSARY, readInlineGlossary, readSettings, SECTION } from './settings';
import { yieldToHost } from './yieldToHost';

/** Looked for in every workspace folder without any setting. */
export const DISCOVERED_GLOSSARY = '.vscode/policy-lens.glossary.json';
const RELOAD_DELAY_MS = 150;

type FileHealth = 'unread' | 'ok' | 'problems' | 'broken' | 'missing';

interface GlossaryFile {
  uri: vscode.Uri;
  /** Workspace-relative path, as messages show it. */
  label: string;
  /** Named in policyLens.glossaryFiles (a missing file is then worth a warning). */
  explicit: boolean;
  /** The workspace folders (uri strings) whose glossary it belongs to; a listed file may lie outside them. */
  folders: Set<string>;
  /** The entries of the last good version. */
  entries: GlossaryEntry[];
  health: FileHealth;
}

export interface GlossaryStatus {
  text: string;
  detail: string;
  severity: vscode.LanguageStatusSeverity;
  command: vscode.Command;
}

export class UserGlossary implements vscode.Disposable {
  private readonly files = new Map<string, GlossaryFile>();
  private readonly merged = new Map<string, { key: string; entries: readonly GlossaryEntry[] }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly statusChanged = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private queue: Promise<void> = Promise.resolve();
  private inlineNotified = new Set<string>();
  private restrictedLogged = false;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  /** The merged entries of some folder changed (the analysis cache should be invalidated). */
  readonly onDidChange = this.changed.event;
  /** A load finished: what status() says may have changed. */
  readonly onDidChangeStatus = this.statusChanged.event;

  constructor(private readonly seams: Seams, private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.changed,
      this.statusChanged,
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(INLINE_GLOSSARY) || e.affectsConfiguration(`${SECTION}.glossaryFiles`)) { void this.reloadAll(); }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { void this.reloadAll(); }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => { void this.reloadAll(); }),
      // Saving in the editor is the common change; the watcher also sees edits from elsewhere.
      vscode.workspace.onDidSaveTextDocument(d => { if (this.files.has(d.uri.toString())) { void this.reloadFile(d.uri); } }),
    );
    void this.reloadAll();
  }

  /** Settles when every load queued so far has finished. */
  ready(): Promise<void> {
    return this.queue;
  }

  /** The user's entries for a document: its folder's, or every folder's for a document outside them. */
  entriesFor(uri: vscode.Uri): readonly GlossaryEntry[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return this.merged.get(folder ? folder.uri.toString() : '')?.entries ?? [];
  }

  dispose(): void {
    for (const timer of this.pending.values()) { clearTimeout(timer); }
    this.pending.clear();
    vscode.Disposable.from(...this.watchers, ...this.subscriptions).dispose();
    this.watchers = [];
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch(error => {
      this.log.error(`[glossary] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }).then(() => this.statusChanged.fire());
    return this.queue;
  }

  private reloadAll(): Promise<void> {
    return this.enqueue(async () => {
      const wanted = this.wantedFiles();
      // In the order of the settings: a later file overrides an earlier one.
      this.files.clear();
      for (const [key, file] of wanted) { this.files.set(key, file); }
      this.watch();
      for (const file of this.files.values()) { await this.read(file); }
      this.recompute();
    });
  }

  private reloadFile(uri: vscode.Uri): Promise<void> {
    return this.enqueue(async () => {
      const file = this.files.get(uri.toString());
      if (!file) { return; }
      await this.read(file);
      this.recompute();
    });
  }

  /** What the glossary status item shows. */
  status(): GlossaryStatus {
    if (!vscode.workspace.isTrusted) {
      return {
        text: vscode.l10n.t('Glossary: files not read'),
        detail: vscode.l10n.t('Restricted Mode: trust the workspace to use glossary files'),
        severity: vscode.LanguageStatusSeverity.Information,
        command: { title: vscode.l10n.t('Manage Workspace Trust'), command: 'workbench.trust.manage' },
      };
    }
    const terms = new Set([...this.merged.values()].flatMap(m => m.entries.map(e => e.term))).size;
    const troubled = [...this.files.values()].filter(f => f.health === 'broken' || f.health === 'problems' || (f.explicit && f.health === 'missing'));
    if (troubled.length > 0) {
      return {
        text: vscode.l10n.t('Glossary: problems in {0}', troubled.map(f => plainText(f.label, QUOTED)).join(', ')),
        detail: vscode.l10n.t('User terms in use: {0}', terms),
        severity: vscode.LanguageStatusSeverity.Warning,
        command: troubled[0].health === 'missing'
          ? { title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', arguments: [`${SECTION}.glossaryFiles`] }
          : { title: vscode.l10n.t('Open File'), command: 'vscode.open', arguments: [troubled[0].uri] },
      };
    }
    const sources = [
      ...(this.merged.get('')?.entries.some(e => e.source === INLINE_GLOSSARY) ? [INLINE_GLOSSARY] : []),
      ...[...this.files.values()].filter(f => f.health === 'ok').map(f => plainText(f.label, QUOTED)),
    ];
    // Short: the row shares the language status pop-up with Policy Lens's own, which must fit the window.
    return {
      text: vscode.l10n.t('User glossary: {0}', terms),
      detail: sources.length > 0 ? sources.join(', ') : vscode.l10n.t('none of your own yet'),
      severity: vscode.LanguageStatusSeverity.Information,
      command: sources.length > 0
        ? { title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', arguments: [INLINE_GLOSSARY] }
        : { title: vscode.l10n.t('Add Terms'), tooltip: vscode.l10n.t('Add terms in {0} or the setting {1}', DISCOVERED_GLOSSARY, INLINE_GLOSSARY), command: 'workbench.action.openSettings', arguments: [INLINE_GLOSSARY] },
    };
  }

  private folders(): readonly vscode.WorkspaceFolder[] {
    return vscode.workspace.workspaceFolders ?? [];
  }

  /** Files to read now: none in Restricted Mode. */
  private wantedFiles(): Map<string, GlossaryFile> {
    const out = new Map<string, GlossaryFile>();
    if (!vscode.workspace.isTrusted) {
      if (!this.restrictedLogged) {
        this.restrictedLogged = true;
        this.log.info(`[glossary] Restricted Mode: glossary files (${DISCOVERED_GLOSSARY}, ${SECTION}.glossaryFiles) are not read until the workspace is trusted; ${INLINE_GLOSSARY} entries are used.`);
      }
      return out;
    }
    this.restrictedLogged = false;
    for (const folder of this.folders()) {
      const folderKey = folder.uri.toString();
      const add = (path: string, explicit: boolean) => {
        const uri = vscode.Uri.joinPath(folder.uri, path.replace(/\\/g, '/'));
        const key = uri.toString();
        let file = out.get(key);
        if (!file) {
          const existing = this.files.get(key);
          // A file kept from the last load keeps its last good entries, with its roles found anew.
          file = existing
            ? Object.assign(existing, { explicit: false, folders: new Set<string>() })
            : { uri, label: vscode.workspace.asRelativePath(uri, this.folders().length > 1), explicit, entries: [], health: 'unread', folders: new Set<string>() };
          out.set(key, file);
        }
        file.explicit ||= explicit;
        file.folders.add(folderKey);
      };
      add(DISCOVERED_GLOSSARY, false);
      for (const path of readSettings(folder.uri).glossaryFiles) { add(path, true); }
    }
    return out;
  }

  private watch(): void {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    for (const file of this.files.values()) {
      const folder = vscode.workspace.getWorkspaceFolder(file.uri);
      const pattern = folder
        ? new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(file.uri, false))
        : new vscode.RelativePattern(vscode.Uri.joinPath(file.uri, '..'), file.uri.path.slice(file.uri.path.lastIndexOf('/') + 1));
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      // Writers truncate before they write: wait for the burst of events to end before reading.
      const reload = (uri: vscode.Uri) => {
        const key = uri.toString();
        clearTimeout(this.pending.get(key));
        this.pending.set(key, setTimeout(() => { this.pending.delete(key); void this.reloadFile(uri); }, RELOAD_DELAY_MS));
      };
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
      // A folder made and filled at once (`.vscode` by a script, or by a write that makes it) may
      // report only its own creation: the file's event can come before the watch on the new folder.
      // The folder's creation or deletion is read as a change of the file.
      const parent = vscode.Uri.joinPath(file.uri, '..');
      if (folder && parent.toString() !== folder.uri.toString()) {
        const parentWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(parent, false)), false, true, false);
        const reloadFile = () => reload(file.uri);
        this.watchers.push(parentWatcher, parentWatcher.onDidCreate(reloadFile), parentWatcher.onDidDelete(reloadFile));
      }
    }
  }

  /** The file's text, or a fatal result when it is too large to read (its size is checked first). */
  private async readText(file: GlossaryFile): Promise<string | GlossaryValidation> {
    const { size } = await vscode.workspace.fs.stat(file.uri);
    if (size > MAX_GLOSSARY_FILE_BYTES) { return glossaryTooLarge(file.label, size); }
    const bytes = await vscode.workspace.fs.readFile(file.uri);
    // It may have grown between the two calls.
    if (bytes.byteLength > MAX_GLOSSARY_FILE_BYTES) { return glossaryTooLarge(file.label, bytes.byteLength); }
    return new TextDecoder('utf-8').decode(bytes);
  }

  private async read(file: GlossaryFile): Promise<void> {
    let text: string | GlossaryValidation;
    try {
      text = await this.readText(file);
    } catch (error) {
      // A deleted file takes its entries with it; only a file the settings name is worth a warning.
      const before = file.health;
      file.entries = [];
      file.health = 'missing';
      if (file.explicit && before !== 'missing') {
        const reason = error instanceof vscode.FileSystemError ? error.code : String(error);
        this.log.warn(`[glossary] ${plainText(file.label)}: cannot be read (${plainText(reason)}); it is named in ${SECTION}.glossaryFiles.`);
        void this.seams.showWarning(describeUnreadable(file.label));
      }
      return;
    }
    // Checked in slices between which the host serves the editor; nothing else cancels a load.
    const result = typeof text === 'string' ? await runInSlices(glossaryFileSteps(text, file.label), { yieldFn: yieldToHost }) : text;
    if (!result) { return; } // only a cancelled run has none, and this one is never cancelled
    const before = file.health;
    const label = plainText(file.label);
    for (const p of result.problems) {
      this.log[p.severity === 'error' ? 'error' : 'warn'](`[glossary] ${label}: ${describeProblem(p)}`);
    }
    if (result.moreProblems) { this.log.warn(`[glossary] ${label}: ${result.moreProblems} more problems not listed.`); }
    if (result.fatal) {
      file.health = 'broken';
      if (before !== 'broken') { void this.notify(file, result); }
      return;
    }
    file.entries = result.entries;
    const count = problemCount(result);
    file.health = count > 0 ? 'problems' : 'ok';
    this.log.info(`[glossary] ${label}: ${result.entries.length} entries loaded${count > 0 ? `, ${count} problems` : ''}.`);
    if (file.health === 'problems' && before !== 'problems') { void this.notify(file, result); }
  }

  private async notify(file: GlossaryFile, result: GlossaryValidation): Promise<void> {
    const first = result.problems[0];
    const message = describeFileProblems(file.label, result, file.entries.length);
    const open = vscode.l10n.t('Open File');
    const details = vscode.l10n.t('Show Details');
    const answer = await this.seams.showWarning(message, open, details);
    if (answer === open) {
      const line = first?.line !== undefined ? first.line - 1 : 0;
      const column = first?.column !== undefined ? first.column - 1 : 0;
      const position = new vscode.Position(line, column);
      await vscode.window.showTextDocument(file.uri, { selection: new vscode.Range(position, position) });
    } else if (answer === details) {
      this.log.show(true);
    }
  }

  /** Inline entries of a folder's (or the window's) settings, problems reported once per content. */
  private inlineEntries(scope: vscode.Uri | undefined): GlossaryEntry[] {
    const result = readInlineGlossary(scope);
    if (!result) { return []; }
    if (result.problems.length > 0) {
      const key = JSON.stringify(result.problems);
      if (!this.inlineNotified.has(key)) {
        this.inlineNotified.add(key);
        for (const p of result.problems) { this.log.warn(`[glossary] ${INLINE_GLOSSARY}: ${describeProblem(p)}`); }
        const openSettings = vscode.l10n.t('Open Settings');
        void this.seams.showWarning(describeInlineGlossaryProblems(problemCount(result), describeProblem(result.problems[0])), openSettings).then(answer => {
          if (answer === openSettings) { void vscode.commands.executeCommand('workbench.action.openSettings', INLINE_GLOSSARY); }
        });
      }
    }
    return result.entries;
  }

  /** Merges every folder's sources; fires onDidChange when some folder's entries really changed. */
  private recompute(): void {
    const next = new Map<string, GlossaryEntry[]>();
    const all: GlossaryEntry[][] = [];
    for (const folder of this.folders()) {
      const lists: GlossaryEntry[][] = [this.inlineEntries(folder.uri)];
      for (const file of this.files.values()) {
        if (file.folders.has(folder.uri.toString())) { lists.push(file.entries); }
      }
      const entries = mergeEntries(lists);
      next.set(folder.uri.toString(), entries);
      all.push(entries);
    }
    next.set('', this.folders().length > 0 ? mergeEntries(all) : this.inlineEntries(undefined));

    // "Nothing" before the first load equals an empty glossary: loading none must not re-analyse anything.
    const EMPTY = '[]';
    let changed = false;
    for (const [key, entries] of next) {
      const contentKey = JSON.stringify(entries);
      const before = this.merged.get(key);
      if (before?.key === contentKey) { continue; }
      this.merged.set(key, { key: contentKey, entries });
      if ((before?.key ?? EMPTY) !== contentKey) { changed = true; }
    }
    for (const [key, before] of [...this.merged]) {
      if (!next.has(key)) {
        this.merged.delete(key);
        if (before.key !== EMPTY) { changed = true; }
      }
    }
    if (changed) {
      const total = new Set([...this.merged.values()].flatMap(m => m.entries.map(e => e.term))).size;
      this.log.info(`[glossary] ${total} user terms in use.`);
      this.changed.fire();
    }
  }
}

/** A language status item for the glossary: how many user terms, or why there are none. */
/** The glossary's language status item; shown only beside a document Policy Lens analyses (`analysed`). */
export interface GlossaryStatusItem extends vscode.Disposable {
  /** Whether the item is offered for the active document now. */
  visible(): boolean;
}

export function registerGlossaryStatus(
  selector: vscode.DocumentSelector, glossary: UserGlossary, analysed: (document: vscode.TextDocument) => boolean, onDidAnalyze: vscode.Event<unknown>,
): GlossaryStatusItem {
  const item = vscode.languages.createLanguageStatusItem('policyLens.glossary', selector);
  item.name = vscode.l10n.t('Policy Lens Glossary');
  let shown = true;
  const update = () => {
    const view = glossary.status();
    item.text = view.text;
    item.detail = view.detail;
    item.severity = view.severity;
    item.command = view.command;
  };
  // A skipped document (English notes, a binary, a file over the limits) gets no glossary line:
  // an empty selector matches no document.
  const follow = () => {
    const document = vscode.window.activeTextEditor?.document;
    const next = document === undefined || analysed(document);
    if (next !== shown) { shown = next; item.selector = next ? selector : []; }
  };
  update();
  // Activation only registers: the active document is gated on the next turn.
  const initial = setTimeout(follow, 0);
  const disposable = vscode.Disposable.from(
    item, glossary.onDidChangeStatus(update), { dispose: () => clearTimeout(initial) },
    vscode.window.onDidChangeActiveTextEditor(follow), onDidAnalyze(follow),
  );
  return {
    visible: () => {
      const document = vscode.window.activeTextEditor?.document;
      return shown && document !== undefined && vscode.languages.match(selector, document) > 0;
    },
    dispose: () => disposable.dispose(),
  };
}
