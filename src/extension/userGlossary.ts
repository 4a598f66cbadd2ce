// The user's glossary entries (ANNOTATION.md §5: "a glossary that users can extend"): inline in the
// setting `policyLens.glossary`, in `.vscode/policy-lens.glossary.json` of each workspace folder,
// and in the files named by `policyLens.glossaryFiles`. Later sources override earlier ones.
//
// Files are read through vscode.workspace.fs (the web worker has no Node fs), watched, and reloaded
// on change. A broken file keeps its last good entries in force; the user gets one warning per
// break and the details in the "Policy Lens" output. In Restricted Mode no file is read.
// The merged list of a folder stays the same array instance while its content is unchanged, so the
// core's compiled-glossary cache (keyed by the array) keeps hitting.
import * as vscode from 'vscode';
import { MAX_TERM_LENGTH, mergeEntries, parseGlossaryFile, validateEntries, type GlossaryProblem } from '../core/glossaryValidation';
import type { GlossaryEntry } from '../core/types';
import type { Seams } from './seams';
import { readSettings, SECTION } from './settings';

/** Looked for in every workspace folder without any setting. */
export const DISCOVERED_GLOSSARY = '.vscode/policy-lens.glossary.json';
const INLINE = `${SECTION}.glossary`;
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

function entryLabel(p: GlossaryProblem): string {
  if (p.index === undefined) { return p.file; }
  return p.term !== undefined
    ? vscode.l10n.t('entries[{0}] (“{1}”)', p.index, p.term)
    : vscode.l10n.t('entries[{0}]', p.index);
}

/** One problem in words: which entry, what is wrong (the file is named by the caller). */
export function describeProblem(p: GlossaryProblem): string {
  const at = entryLabel(p);
  const field = p.field ?? '';
  switch (p.kind) {
    case 'syntax':
      return p.line !== undefined
        ? vscode.l10n.t('not valid JSON at line {0}, column {1} ({2})', p.line, p.column ?? 1, p.detail ?? '')
        : vscode.l10n.t('not valid JSON ({0})', p.detail ?? '');
    case 'shape':
      return vscode.l10n.t('expected an array of entries or an object with an "entries" array');
    case 'notObject':
      return vscode.l10n.t('{0} is not an object with "term", "en" and "zh"', at);
    case 'missing':
      return vscode.l10n.t('{0}: "{1}" is missing', at, field);
    case 'type':
      if (p.index === undefined) { return vscode.l10n.t('expected a list of entries'); }
      return p.expected === 'array of strings'
        ? vscode.l10n.t('{0}: "{1}" must be a list of strings', at, field)
        : vscode.l10n.t('{0}: "{1}" must be a string', at, field);
    case 'empty':
      return vscode.l10n.t('{0}: "{1}" is empty', at, field);
    case 'tooLong':
      return vscode.l10n.t('{0}: "{1}" is {2} characters long (at most {3})', at, field, p.length ?? 0, MAX_TERM_LENGTH);
    case 'duplicate':
      return vscode.l10n.t('{0}: the term was already defined by entries[{1}]; the later entry is used', at, p.duplicateOf ?? 0);
    case 'unknownField':
      return vscode.l10n.t('{0}: unknown field "{1}" is ignored', at, field);
  }
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
        if (e.affectsConfiguration(INLINE) || e.affectsConfiguration(`${SECTION}.glossaryFiles`)) { void this.reloadAll(); }
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
        text: vscode.l10n.t('Glossary: problems in {0}', troubled.map(f => f.label).join(', ')),
        detail: vscode.l10n.t('User terms in use: {0}', terms),
        severity: vscode.LanguageStatusSeverity.Warning,
        command: troubled[0].health === 'missing'
          ? { title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', arguments: [`${SECTION}.glossaryFiles`] }
          : { title: vscode.l10n.t('Open File'), command: 'vscode.open', arguments: [troubled[0].uri] },
      };
    }
    const sources = [
      ...(this.merged.get('')?.entries.some(e => e.source === INLINE) ? [INLINE] : []),
      ...[...this.files.values()].filter(f => f.health === 'ok').map(f => f.label),
    ];
    return {
      text: vscode.l10n.t('User glossary: {0}', terms),
      detail: sources.length > 0 ? sources.join(', ') : vscode.l10n.t('add terms in {0} or the setting {1}', DISCOVERED_GLOSSARY, INLINE),
      severity: vscode.LanguageStatusSeverity.Information,
      command: { title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', arguments: [INLINE] },
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
        this.log.info(`[glossary] Restricted Mode: glossary files (${DISCOVERED_GLOSSARY}, ${SECTION}.glossaryFiles) are not read until the workspace is trusted; ${INLINE} entries are used.`);
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
    }
  }

  private async read(file: GlossaryFile): Promise<void> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file.uri));
    } catch (error) {
      // A deleted file takes its entries with it; only a file the settings name is worth a warning.
      const before = file.health;
      file.entries = [];
      file.health = 'missing';
      if (file.explicit && before !== 'missing') {
        const reason = error instanceof vscode.FileSystemError ? error.code : String(error);
        this.log.warn(`[glossary] ${file.label}: cannot be read (${reason}); it is named in ${SECTION}.glossaryFiles.`);
        void this.seams.showWarning(vscode.l10n.t('Policy Lens: the glossary file {0} named in policyLens.glossaryFiles cannot be read.', file.label));
      }
      return;
    }
    const result = parseGlossaryFile(text, file.label);
    const before = file.health;
    for (const p of result.problems) {
      this.log[p.severity === 'error' ? 'error' : 'warn'](`[glossary] ${file.label}: ${describeProblem(p)}`);
    }
    if (result.fatal) {
      file.health = 'broken';
      if (before !== 'broken') { void this.notify(file, result.problems, true); }
      return;
    }
    file.entries = result.entries;
    file.health = result.problems.length > 0 ? 'problems' : 'ok';
    this.log.info(`[glossary] ${file.label}: ${result.entries.length} entries loaded${result.problems.length > 0 ? `, ${result.problems.length} problems` : ''}.`);
    if (file.health === 'problems' && before !== 'problems') { void this.notify(file, result.problems, false); }
  }

  private async notify(file: GlossaryFile, problems: readonly GlossaryProblem[], broken: boolean): Promise<void> {
    const first = problems[0];
    const what = first ? describeProblem(first) : '';
    const message = broken
      ? file.entries.length > 0
        ? vscode.l10n.t('Policy Lens: the glossary {0} cannot be used: {1}. Its last good version stays in use (entries: {2}).', file.label, what, file.entries.length)
        : vscode.l10n.t('Policy Lens: the glossary {0} cannot be used: {1}.', file.label, what)
      : problems.length === 1
        ? vscode.l10n.t('Policy Lens: problem in the glossary {0}: {1}.', file.label, what)
        : vscode.l10n.t('Policy Lens: {0} problems in the glossary {1}, the first: {2}. See the Policy Lens output for all.', problems.length, file.label, what);
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
    const raw = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('glossary');
    if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) { return []; }
    const result = validateEntries(raw, INLINE);
    if (result.problems.length > 0) {
      const key = JSON.stringify(result.problems);
      if (!this.inlineNotified.has(key)) {
        this.inlineNotified.add(key);
        for (const p of result.problems) { this.log.warn(`[glossary] ${INLINE}: ${describeProblem(p)}`); }
        const what = describeProblem(result.problems[0]);
        const openSettings = vscode.l10n.t('Open Settings');
        void this.seams.showWarning(
          vscode.l10n.t('Policy Lens: {0} problems in the setting policyLens.glossary, the first: {1}.', result.problems.length, what),
          openSettings,
        ).then(answer => {
          if (answer === openSettings) { void vscode.commands.executeCommand('workbench.action.openSettings', INLINE); }
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
export function registerGlossaryStatus(selector: vscode.DocumentSelector, glossary: UserGlossary): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('policyLens.glossary', selector);
  item.name = vscode.l10n.t('Policy Lens Glossary');
  const update = () => {
    const view = glossary.status();
    item.text = view.text;
    item.detail = view.detail;
    item.severity = view.severity;
    item.command = view.command;
  };
  update();
  return vscode.Disposable.from(item, glossary.onDidChangeStatus(update));
}
