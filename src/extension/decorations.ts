// Highlights: one decoration type per kind, created once, coloured by contributed ThemeColor ids
// (docs/architecture.md, "Editor conventions"). Every visible editor is decorated, diff sides included; an editor
// that appears gets the last known ranges synchronously, and typing keeps them until the next
// analysis lands, so nothing flickers.
import * as vscode from 'vscode';
import { ANNOTATION_KINDS, spansOfKind } from '../core/spanIndex';
import type { Analysis, AnnotationKind } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { LANGUAGES } from './gate';
import { HIGHLIGHT_SECTION, kindEnabled } from './settings';

export type HighlightRanges = Record<AnnotationKind, vscode.Range[]>;

const OFF_KEY = 'policyLens.highlightsOff';
export const TOGGLE_HIGHLIGHTS = 'policyLens.toggleHighlights';

function color(id: string): vscode.ThemeColor { return new vscode.ThemeColor(`policyLens.${id}`); }

// No fontWeight: it changes glyph widths and misaligns diff editors. Targets and terms are
// underlines, so the numbers and dates inside them keep their own background.
function createTypes(): Record<AnnotationKind, vscode.TextEditorDecorationType> {
  return {
    number: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('numberBackground'), borderColor: color('numberBorder'),
      borderStyle: 'solid', borderWidth: '1px', borderRadius: '2px',
    }),
    date: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('dateBackground'), borderColor: color('dateBorder'),
      borderStyle: 'solid', borderWidth: '1px', borderRadius: '2px',
    }),
    target: vscode.window.createTextEditorDecorationType({
      borderColor: color('targetUnderline'), borderStyle: 'solid', borderWidth: '0 0 2px 0',
      overviewRulerColor: color('targetOverviewRuler'), overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    term: vscode.window.createTextEditorDecorationType({
      borderColor: color('termUnderline'), borderStyle: 'dotted', borderWidth: '0 0 1px 0',
    }),
  };
}

function empty(): HighlightRanges { return { number: [], date: [], target: [], term: [] }; }

export interface DecorationSupport extends vscode.Disposable {
  /** What setDecorations was last called with for this editor, per kind (undefined: never decorated). */
  decorationsFor(editor: vscode.TextEditor): HighlightRanges | undefined;
  /** False after "Toggle Highlights" turned them all off. */
  highlightsOn(): boolean;
  /** Fires when "Toggle Highlights" turns them off or on. */
  readonly onDidToggle: vscode.Event<void>;
}

export function registerDecorationSupport(context: vscode.ExtensionContext, cache: AnalysisCache): DecorationSupport {
  const types = createTypes();
  const recorded = new WeakMap<vscode.TextEditor, HighlightRanges>();
  /** What each editor shows now: the analysis and switches it was drawn from, to skip redundant calls. */
  const drawn = new WeakMap<vscode.TextEditor, string>();
  const drawnAnalysis = new WeakMap<vscode.TextEditor, Analysis | undefined>();
  // Last analysis per document, kept across cache.invalidate() (which drops the cache's own copy)
  // so a settings change does not blank the highlights until the re-analysis lands. Keyed by the
  // document object: an untitled URI is reused by the next untitled document.
  const last = new WeakMap<vscode.TextDocument, Analysis>();
  // Ranges per analysis: switching back to a tab converts nothing again.
  const converted = new WeakMap<Analysis, HighlightRanges>();
  let on = context.workspaceState.get<boolean>(OFF_KEY) !== true;
  const toggled = new vscode.EventEmitter<void>();

  const ours = (document: vscode.TextDocument) => LANGUAGES.includes(document.languageId);

  const analysisOf = (document: vscode.TextDocument): Analysis | undefined =>
    last.get(document) ?? cache.peek(document.uri)?.analysis;

  const rangesOf = (document: vscode.TextDocument, analysis: Analysis): HighlightRanges => {
    let ranges = converted.get(analysis);
    if (!ranges) {
      ranges = empty();
      for (const kind of ANNOTATION_KINDS) {
        // An older version's offsets are kept as they are until the new analysis lands.
        ranges[kind] = spansOfKind(analysis, kind).map(s => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
      }
      converted.set(analysis, ranges);
    }
    return ranges;
  };

  const apply = (editor: vscode.TextEditor) => {
    const document = editor.document;
    if (!ours(document) && !recorded.has(editor)) { return; }
    const analysis = ours(document) ? analysisOf(document) : undefined;
    const shown = ANNOTATION_KINDS.filter(k => on && analysis !== undefined && kindEnabled(k, document));
    const key = shown.join(',');
    if (recorded.has(editor) && drawnAnalysis.get(editor) === analysis && drawn.get(editor) === key) { return; }
    const all = analysis ? rangesOf(document, analysis) : empty();
    const record = empty();
    for (const kind of ANNOTATION_KINDS) {
      record[kind] = shown.includes(kind) ? all[kind] : [];
      editor.setDecorations(types[kind], record[kind]);
    }
    recorded.set(editor, record);
    drawn.set(editor, key);
    drawnAnalysis.set(editor, analysis);
  };

  const applyAll = () => { for (const editor of vscode.window.visibleTextEditors) { apply(editor); } };

  /** Synchronously show what is known, then ask for the current versions (async). */
  const refreshVisible = () => {
    applyAll();
    for (const editor of vscode.window.visibleTextEditors) {
      const document = editor.document;
      if (ours(document) && cache.peek(document.uri)?.version !== document.version) { void cache.get(document); }
    }
  };

  const toggle = async (): Promise<boolean> => {
    on = !on;
    await context.workspaceState.update(OFF_KEY, on ? undefined : true);
    applyAll();
    toggled.fire();
    return on;
  };

  const initial = setTimeout(refreshVisible, 0);
  const disposable = vscode.Disposable.from(
    ...Object.values(types),
    toggled,
    { dispose: () => clearTimeout(initial) },
    vscode.window.onDidChangeVisibleTextEditors(refreshVisible),
    cache.onDidAnalyze(e => {
      if (e.analysis) { last.set(e.document, e.analysis); } else { last.delete(e.document); }
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document === e.document) { apply(editor); }
      }
    }),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(HIGHLIGHT_SECTION)) { applyAll(); } }),
    vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS, toggle),
  );

  return {
    decorationsFor: editor => recorded.get(editor),
    highlightsOn: () => on,
    onDidToggle: toggled.event,
    dispose: () => disposable.dispose(),
  };
}
