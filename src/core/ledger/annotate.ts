// The analysis's own record of its indicators (docs/annotation.md §3, "Indicators"; §6): each
// target gets the indicators it sets, the analysis the outcomes its reviews of past years report.
// One step after the targets (src/core/analyze.ts); the ledger (build.ts) reads these fields back,
// so a document is read for its indicators once, whatever shows them.
import type { Analysis, IndicatorRef, OutcomeAnnotation, TargetIndicator } from '../types';
import type { IndicatorDef } from './indicators';
import { runSteps } from '../steps';
import { indicatorById } from './match';
import { indicatorStatementSteps, STEP_CHARS, type IndicatorStatement, type StatementInput } from './statements';

export interface IndicatorAnnotations {
  /** By index into the targets: the indicators each target sets (only targets that set some). */
  byTarget: Map<number, TargetIndicator[]>;
  outcomes: OutcomeAnnotation[];
}

/** Statements made annotations per step (about 2 µs each, with the text each outcome copies). */
const STATEMENT_BATCH = 1024;

export function indicatorRef(def: IndicatorDef): IndicatorRef {
  return { id: def.id, name: def.zh, en: def.en };
}

/** The indicators of the targets and the outcomes of one document, from its statements. */
export function indicatorAnnotations(text: string, input: StatementInput): IndicatorAnnotations {
  return runSteps(indicatorAnnotationSteps(text, input));
}

/**
 * indicatorAnnotations in bounded steps (the analysis's last pass): yields the characters read,
 * about `step` per step (indicatorStatementSteps), or the statements handled.
 */
export function* indicatorAnnotationSteps(text: string, input: StatementInput, step = STEP_CHARS): Generator<number, IndicatorAnnotations, void> {
  const statements: IndicatorStatement[] = [];
  yield* indicatorStatementSteps(text, input, statements, step);
  const byTarget = new Map<number, TargetIndicator[]>();
  const outcomes: OutcomeAnnotation[] = [];
  for (let k = 0; k < statements.length; k++) {
    // in batches: a document may hold many statements
    if (k > 0 && k % STATEMENT_BATCH === 0) { yield STATEMENT_BATCH; }
    const s = statements[k];
    if (s.role === 'target' && s.target !== undefined) {
      let list = byTarget.get(s.target);
      if (list === undefined) { list = []; byTarget.set(s.target, list); }
      list.push({ ...indicatorRef(s.def), start: s.start, end: s.end, value: s.value });
    } else if (s.role === 'outcome' && s.year !== null && s.value !== null) {
      const end = Math.max(s.end, s.value.end);
      outcomes.push({ start: s.start, end, text: text.slice(s.start, end), indicator: indicatorRef(s.def), year: s.year, value: s.value });
    }
  }
  return { byTarget, outcomes };
}

/**
 * The statements an analysis records (its targets' indicators and its outcomes), in text order:
 * what the ledger is built from. Indicators of ids this version does not know are left out.
 */
export function recordedStatements(analysis: Pick<Analysis, 'documentDate' | 'targets' | 'outcomes'>, year: number | null): IndicatorStatement[] {
  const out: IndicatorStatement[] = [];
  analysis.targets.forEach((t, k) => {
    for (const i of t.indicators ?? []) {
      const def = indicatorById(i.id);
      if (def) { out.push({ def, role: 'target', year, value: i.value, start: i.start, end: i.end, target: k }); }
    }
  });
  for (const o of analysis.outcomes ?? []) {
    const def = indicatorById(o.indicator.id);
    if (def) { out.push({ def, role: 'outcome', year: o.year, value: o.value, start: o.start, end: o.end }); }
  }
  return out.sort((a, b) => a.start - b.start);
}
