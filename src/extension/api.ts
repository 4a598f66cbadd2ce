// What `activate` returns: the seams and measurements integration tests and the benchmark use.
import type * as vscode from 'vscode';
import type { Analysis, GlossaryEntry } from '../core/types';
import type { AnalysisStats } from './analysisCache';
import type { HighlightRanges } from './decorations';
import type { GateResult } from './gate';
import type { ImportApi } from './import';
import type { StatusView } from './languageStatus';
import type { OfferOutcome } from './policyTextOffer';
import type { Seams } from './seams';
import type { CountItem } from './statusCounts';
import type { GlossaryStatus } from './userGlossary';
import type { PolicyLensSettings } from './settings';
import type { TargetsTreeNode } from './targetsView';
import type { LedgerTable } from '../core/ledger';
import type { Comparison } from './ledger/session';

export interface PolicyLensApi {
  /** How long activate() took (ms) and how many analysis slices or analyses ran inside it (0 by design). */
  readonly activation: { readonly ms: number; readonly analysesDuringActivate: number };
  /** The analysis of the document's current version (opening it if needed); undefined when skipped. */
  analysisFor(uri: vscode.Uri | string): Promise<Analysis | undefined>;
  /** Why the document's current version is or is not analysed. */
  gateFor(uri: vscode.Uri | string): Promise<GateResult>;
  /** The settings as the extension reads them for a resource (restricted mode applied). */
  settingsFor(uri?: vscode.Uri | string): PolicyLensSettings;
  /** What the language status item shows now. */
  languageStatus(): StatusView | undefined;
  /** Replace members to observe notifications, answer prompts or fix the clock. */
  readonly seams: Seams;
  resetSeams(): void;
  readonly stats: AnalysisStats;
  /** The user's glossary entries (setting and files) applied to a document. */
  userGlossary(uri: vscode.Uri | string): readonly GlossaryEntry[];
  /** Settles when the glossary loads queued so far have finished. */
  userGlossaryLoaded(): Promise<void>;
  /** What the glossary's language status item shows. */
  userGlossaryStatus(): GlossaryStatus;
  /** The ranges setDecorations was last given for the editor, per kind; undefined if never decorated. */
  decorationsFor(editor: vscode.TextEditor): HighlightRanges | undefined;
  /** False while "Toggle Highlights" has them all off. */
  highlightsOn(): boolean;
  /** The "Targets & Deadlines" view's data. */
  readonly targetsTree: vscode.TreeDataProvider<TargetsTreeNode>;
  /** The ledger view ("Compare Targets…"): the last comparison, what the panel shows, and a figure opened as a click would. */
  readonly ledgerView: {
    comparison(): Comparison | undefined;
    shown(): { table: LedgerTable; page: string; body: string } | undefined;
    open(row: number, column: number, which: 'target' | 'outcome'): Promise<vscode.TextEditor | undefined>;
  };
  /** The per-file document date set by "Set Document Date…", if any. */
  documentDateOverride(uri: vscode.Uri | string): string | undefined;
  /** PDF, Word and HTML files opened as policy text. */
  readonly imports: ImportApi;
  /** The coloured counts per kind in the status bar (the legend), as shown now. */
  statusCounts(): CountItem[];
  /** Whether the glossary's language status item is offered beside the active document. */
  glossaryStatusVisible(): boolean;
  /** The answer to the offer to switch a document to Policy Text, once made; undefined when none was made. */
  policyTextOffer(uri: vscode.Uri | string): Promise<OfferOutcome> | undefined;
}
