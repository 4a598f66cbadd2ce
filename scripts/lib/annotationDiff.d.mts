// Types of annotationDiff.mjs for the TypeScript tests (test/unit/evalCorpus.test.ts).

export type DiffKind = 'documentDate' | 'number' | 'date' | 'target' | 'term' | 'outline';
export type Change = 'appeared' | 'disappeared' | 'changed';

/** An analysis as the JSON export prints it (docs/annotation.md §6), or any part of one. */
export type AnalysisJson = Record<string, unknown>;

export interface FieldChange { field: string; old: unknown; new: unknown }
export interface SpanRef { start: number | null; end: number | null; text: string }

export interface DiffEntry {
  kind: DiffKind;
  change: Change;
  start: number | null;
  end: number | null;
  text: string;
  old?: Record<string, unknown>;
  new?: Record<string, unknown>;
  fields?: FieldChange[];
  overlapping?: SpanRef[];
}

export const KINDS: readonly DiffKind[];
export function canonical(value: unknown): string;
export function itemsOf(analysis: AnalysisJson | null, kind: DiffKind): { start: number | null; end: number | null; text: string; key: string; attrs: Record<string, unknown> }[];
export function fieldChanges(oldAttrs: Record<string, unknown>, newAttrs: Record<string, unknown>): FieldChange[];
export function diffAnalyses(oldAnalysis: AnalysisJson, newAnalysis: AnalysisJson, kinds?: readonly DiffKind[]): DiffEntry[];
export function countChanges(entries: readonly DiffEntry[]): Record<Change, number>;
export function contextOf(text: string, start: number | null, end: number | null, width?: number): string;
