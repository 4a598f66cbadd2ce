// What the "Targets & Deadlines" view shows, as plain data (no vscode here, so it is tested as it
// is): the targets of many documents, filtered by strength and by deadline (passed, this year,
// later, none — against today's date), grouped by document or by indicator (docs/annotation.md §3,
// "Indicators"), and documents of identical text shown once with their other paths.
import { INDICATORS } from '../core/ledger';
import type { TargetAnnotation, TargetStrength } from '../core/types';

export type DeadlineStatus = 'passed' | 'thisYear' | 'later' | 'none';
export type Grouping = 'document' | 'indicator';

export const STRENGTHS: readonly TargetStrength[] = ['strive', 'ensure', 'target', 'plan', 'expect'];
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['passed', 'thisYear', 'later', 'none'];

export interface TargetFilter {
  /** Shown strengths; empty: all. */
  strengths: TargetStrength[];
  /** Shown deadline statuses; empty: all. */
  deadlines: DeadlineStatus[];
}

export const NO_FILTER: TargetFilter = { strengths: [], deadlines: [] };

/** A document's targets as the view holds them; `R` is where a target stands (a vscode.Range in the view). */
export interface DocumentTargets<R> {
  /** The document's URI as a string: its identity. */
  key: string;
  /** The path a reader knows it by (workspace-relative). */
  path: string;
  /** From a workspace scan rather than an open document. */
  scanned: boolean;
  /** Length and hash of its text: documents of identical text are one. */
  fingerprint: string;
  targets: { target: TargetAnnotation; range: R }[];
}

export interface TargetRow<R> {
  key: string;
  path: string;
  target: TargetAnnotation;
  range: R;
  status: DeadlineStatus;
}

export interface TargetGroup<R> {
  /** `document`: a document (key: its URI); `indicator`: an indicator's id, or '' for targets that name none. */
  kind: Grouping;
  key: string;
  /** The document's path, or the indicator's names. */
  label: string;
  /** Other documents of the same text (a document group only). */
  copies: string[];
  rows: TargetRow<R>[];
}

/** A 32-bit FNV-1a hash of a text with its length: equal texts, equal fingerprints. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

/** The last day a deadline allows (2025 → 2025-12-31, 2025-06 → 2025-06-30, an interval → its end), or null. */
export function deadlineEnd(deadline: string | null): string | null {
  if (deadline === null) { return null; }
  const end = deadline.includes('/') ? deadline.slice(deadline.indexOf('/') + 1) : deadline;
  if (/^\d{4}$/.test(end)) { return `${end}-12-31`; }
  const month = /^(\d{4})-(\d{2})$/.exec(end);
  if (month) {
    const days = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${end}-${String(days).padStart(2, '0')}`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(end) ? end : null;
}

/** Where a deadline stands against today (YYYY-MM-DD). */
export function deadlineStatus(deadline: string | null, today: string): DeadlineStatus {
  const end = deadlineEnd(deadline);
  if (end === null) { return 'none'; }
  if (end < today) { return 'passed'; }
  return end.slice(0, 4) === today.slice(0, 4) ? 'thisYear' : 'later';
}

/** Undated last; equal deadlines keep document order. ISO prefixes (2027, 2027-06) compare as strings. */
function byDeadline(a: TargetAnnotation, b: TargetAnnotation): number {
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) { return 1; }
    if (b.deadline === null) { return -1; }
    return a.deadline < b.deadline ? -1 : 1;
  }
  return a.start - b.start;
}

/** Across documents: by deadline (undated last), then by document, then in text order. */
function acrossDocuments(a: TargetRow<unknown>, b: TargetRow<unknown>): number {
  const da = a.target.deadline;
  const db = b.target.deadline;
  if (da !== db) { return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1; }
  return a.path.localeCompare(b.path) || a.target.start - b.target.start;
}

function passes(row: TargetRow<unknown>, filter: TargetFilter): boolean {
  return (filter.strengths.length === 0 || filter.strengths.includes(row.target.strength))
    && (filter.deadlines.length === 0 || filter.deadlines.includes(row.status));
}

/**
 * Files of identical text found by a scan as one: a linked folder or a copied file would otherwise
 * list its targets twice. A scanned file goes under the open document of its text if there is
 * one, else under the first such file by path, as a copy; open documents are always shown.
 */
function distinct<R>(documents: readonly DocumentTargets<R>[]): { doc: DocumentTargets<R>; copies: string[] }[] {
  const sorted = [...documents].sort((a, b) => Number(a.scanned) - Number(b.scanned) || a.path.localeCompare(b.path));
  const out: { doc: DocumentTargets<R>; copies: string[] }[] = [];
  const holder = new Map<string, { doc: DocumentTargets<R>; copies: string[] }>();
  for (const d of sorted) {
    const first = holder.get(d.fingerprint);
    if (first && d.scanned) { first.copies.push(d.path); continue; }
    const entry = { doc: d, copies: [] };
    out.push(entry);
    if (!first) { holder.set(d.fingerprint, entry); }
  }
  return out.sort((a, b) => a.doc.path.localeCompare(b.doc.path));
}

/** What the view shows: groups in order, each with its rows (filtered, by deadline); empty groups left out. */
export function targetGroups<R>(documents: readonly DocumentTargets<R>[], grouping: Grouping, filter: TargetFilter, today: string): TargetGroup<R>[] {
  const docs = distinct(documents);
  const rowsOf = (d: DocumentTargets<R>): TargetRow<R>[] => [...d.targets].sort((a, b) => byDeadline(a.target, b.target))
    .map(t => ({ key: d.key, path: d.path, target: t.target, range: t.range, status: deadlineStatus(t.target.deadline, today) }))
    .filter(r => passes(r, filter));
  if (grouping === 'document') {
    return docs.map(({ doc, copies }) => ({ kind: 'document' as const, key: doc.key, label: doc.path, copies, rows: rowsOf(doc) }))
      .filter(g => g.rows.length > 0);
  }
  const byIndicator = new Map<string, TargetRow<R>[]>();
  for (const { doc } of docs) {
    for (const row of rowsOf(doc)) {
      const ids = [...new Set((row.target.indicators ?? []).map(i => i.id))];
      for (const id of ids.length > 0 ? ids : ['']) {
        const list = byIndicator.get(id);
        if (list) { list.push(row); } else { byIndicator.set(id, [row]); }
      }
    }
  }
  const order = [...INDICATORS.map(d => d.id), ''];
  return order.filter(id => byIndicator.has(id)).map(id => {
    const def = INDICATORS.find(d => d.id === id);
    const rows = (byIndicator.get(id) ?? []).sort(acrossDocuments);
    return { kind: 'indicator' as const, key: id, label: def ? `${def.zh} · ${def.en}` : '', copies: [], rows };
  });
}
