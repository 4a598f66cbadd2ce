// Typed reads of the `policyLens.*` settings (declared in package.json `contributes.configuration`):
// the only place that calls getConfiguration. Values come from files a cloned repository controls,
// so each is checked here, and the warning about an unusable value is worded here, with the value
// shown as plain text (core/markdown.ts plainText): a setting cannot put a link into a notification.
import * as vscode from 'vscode';
import type { ExplanationLanguage } from '../core/explainText';
import { validateIgnoreEntries } from '../core/ignore';
import { validateEntries, type GlossaryValidation } from '../core/glossaryValidation';
import { plainText } from '../core/markdown';
import type { AnnotationKind, IgnoreEntry } from '../core/types';

export const SECTION = 'policyLens';

export interface PolicyLensSettings {
  enable: boolean;
  /** Share of Han characters among non-whitespace characters, 0…1. */
  minChineseRatio: number;
  /** In UTF-16 code units (what `document.getText().length` counts). */
  maxDocumentSize: number;
  /** Milliseconds of quiet typing before re-analysis. */
  analysisDelay: number;
  /** Workspace-relative glossary files; always empty in an untrusted workspace (they are files we would read). */
  glossaryFiles: string[];
  /** Longest line, in UTF-16 code units, of a document that is analysed. */
  maxLineLength: number;
}

export const DEFAULTS: Readonly<PolicyLensSettings> = {
  enable: true,
  minChineseRatio: 0.3,
  maxDocumentSize: 5_000_000,
  analysisDelay: 300,
  glossaryFiles: [],
  maxLineLength: 100_000,
};

/** A setting value that cannot be used (wrong type or out of range), and the value used instead. */
export interface InvalidSetting {
  /** Full id, e.g. policyLens.maxDocumentSize. */
  id: string;
  value: unknown;
  used: unknown;
  expected: 'number' | 'boolean' | 'array' | 'ignoreList';
  min?: number;
  max?: number;
  /** For a list: how many of its entries cannot be used. */
  unusable?: number;
}

// Reported once per (setting, value) per session; the last usable value stays in force meanwhile.
const lastGood = new Map<string, unknown>();
const reported = new Map<string, InvalidSetting>();
const invalidListeners = new Set<(problem: InvalidSetting) => void>();

function reportInvalid(problem: InvalidSetting): void {
  let key: string;
  try { key = `${problem.id}=${JSON.stringify(problem.value)}`; } catch { key = `${problem.id}=${String(problem.value)}`; }
  if (reported.has(key)) { return; }
  reported.set(key, problem);
  for (const listener of invalidListeners) { listener(problem); }
}

/** Hears every unusable setting value once; values reported before subscribing are replayed. */
export function onInvalidSetting(listener: (problem: InvalidSetting) => void): vscode.Disposable {
  invalidListeners.add(listener);
  for (const problem of reported.values()) { listener(problem); }
  return new vscode.Disposable(() => invalidListeners.delete(listener));
}

/** A number in [min, max], or (reported) the last good value or the default. */
function checkedNum(c: vscode.WorkspaceConfiguration, key: 'minChineseRatio' | 'maxDocumentSize' | 'analysisDelay' | 'maxLineLength', min: number, max: number): number {
  const value = c.get<unknown>(key);
  if (value === undefined) { return DEFAULTS[key]; }
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
    lastGood.set(key, value);
    return value;
  }
  const used = (lastGood.get(key) as number | undefined) ?? DEFAULTS[key];
  reportInvalid({ id: `${SECTION}.${key}`, value, used, expected: 'number', min, max });
  return used;
}

export function readSettings(scope?: vscode.ConfigurationScope): PolicyLensSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const files = c.get<unknown>('glossaryFiles');
  const enable = c.get<unknown>('enable');
  if (enable !== undefined && typeof enable !== 'boolean') {
    reportInvalid({ id: `${SECTION}.enable`, value: enable, used: DEFAULTS.enable, expected: 'boolean' });
  }
  if (files !== undefined && !Array.isArray(files)) {
    reportInvalid({ id: `${SECTION}.glossaryFiles`, value: files, used: [], expected: 'array' });
  }
  return {
    enable: enable !== false,
    minChineseRatio: checkedNum(c, 'minChineseRatio', 0, 1),
    maxDocumentSize: checkedNum(c, 'maxDocumentSize', 0, Number.MAX_SAFE_INTEGER),
    analysisDelay: checkedNum(c, 'analysisDelay', 0, 10_000),
    maxLineLength: checkedNum(c, 'maxLineLength', 1, Number.MAX_SAFE_INTEGER),
    // VS Code already drops workspace values of restricted settings in restricted mode; a user-level
    // value still names workspace files, which we must not read there either.
    glossaryFiles: vscode.workspace.isTrusted && Array.isArray(files)
      ? files.filter((f): f is string => typeof f === 'string' && f.length > 0)
      : [],
  };
}

/** Any `policyLens.*` change may alter whether or how documents are analysed (analysisDelay
 * alone would not, but telling it apart costs more than the rare re-analysis). */
export function affectsAnalysis(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}

/** A value as a warning shows it: JSON, plain text, at most 60 characters. */
function showValue(value: unknown): string {
  let s: string;
  try { s = JSON.stringify(value) ?? String(value); } catch { s = String(value); }
  return plainText(s, 59);
}

/** The warning about an unusable value, naming the setting and what is used instead. */
export function describeInvalidSetting(p: InvalidSetting): string {
  switch (p.expected) {
    case 'number':
      return vscode.l10n.t('Policy Lens: the setting {0} is {1}, which is not a number from {2} to {3}. {4} is used instead.',
        p.id, showValue(p.value), p.min ?? 0, p.max === Number.MAX_SAFE_INTEGER ? '∞' : p.max ?? 0, showValue(p.used));
    case 'boolean':
      return vscode.l10n.t('Policy Lens: the setting {0} is {1}, which is not true or false. {2} is used instead.', p.id, showValue(p.value), showValue(p.used));
    case 'array':
      return vscode.l10n.t('Policy Lens: the setting {0} is {1}, which is not a list of file paths. It is ignored.', p.id, showValue(p.value));
    case 'ignoreList':
      return vscode.l10n.t('Policy Lens: {0} entries of the setting {1} do not name a kind (number, date, target or term) and a text, and are left out.', p.unusable ?? 0, p.id);
  }
}

const HIGHLIGHT_SETTING: Readonly<Record<AnnotationKind, string>> = {
  number: 'numbers', date: 'dates', target: 'targets', term: 'terms',
};

/** Prefix of the per-kind switches, for onDidChangeConfiguration. */
export const HIGHLIGHT_SECTION = `${SECTION}.highlight`;

/** `policyLens.highlight.numbers` …: a kind switched off is neither highlighted nor explained (default on). */
export function kindEnabled(kind: AnnotationKind, scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<unknown>(`highlight.${HIGHLIGHT_SETTING[kind]}`) !== false;
}

/** `policyLens.explanationLanguage`; `auto` (or anything else) follows VS Code's display language (any zh-* → 简体中文). */
export function explanationLanguage(scope?: vscode.ConfigurationScope): ExplanationLanguage {
  const v = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('explanationLanguage');
  if (v === 'en' || v === 'zh-cn') { return v; }
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** `policyLens.inlayHints.enabled` (default false). */
export function inlayHintsEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('inlayHints.enabled') === true;
}

/** The full id of the inline glossary setting, as problems and messages name it. */
export const INLINE_GLOSSARY = `${SECTION}.glossary`;

/** `policyLens.glossary`, checked entry by entry; undefined when unset or empty. */
export function readInlineGlossary(scope?: vscode.ConfigurationScope): GlossaryValidation | undefined {
  const raw = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('glossary');
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) { return undefined; }
  return validateEntries(raw, INLINE_GLOSSARY);
}

/** The warning about problems in `policyLens.glossary`; `first` is the first problem, already worded. */
export function describeInlineGlossaryProblems(count: number, first: string): string {
  return vscode.l10n.t('Policy Lens: {0} problems in the setting policyLens.glossary, the first: {1}.', count, first);
}

/** The full id of the reference date setting. */
export const REFERENCE_DATE = `${SECTION}.referenceDate`;

/** `policyLens.referenceDate` as written: '' when unset, the trimmed text otherwise (a non-string as JSON, so it is reported). */
export function referenceDateSetting(scope?: vscode.ConfigurationScope): string {
  const raw = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('referenceDate');
  if (raw === undefined || raw === null) { return ''; }
  if (typeof raw === 'string') { return raw.trim(); }
  try { return JSON.stringify(raw) ?? String(raw); } catch { return String(raw); }
}

/** The warning about a reference date that is no calendar date; `kept` is the earlier value still in use. */
export function describeInvalidReferenceDate(value: string, kept?: string): string {
  const shown = plainText(value, 59);
  return kept
    ? vscode.l10n.t('policyLens.referenceDate: "{0}" is not a calendar date (write it as 2024-09-02, 2024/9/2 or 2024年9月2日). It is ignored; {1} stays in use.', shown, kept)
    : vscode.l10n.t('policyLens.referenceDate: "{0}" is not a calendar date (write it as 2024-09-02, 2024/9/2 or 2024年9月2日). It is ignored.', shown);
}

/** The full id of the switch for Policy Lens's structure in the Outline of Markdown documents. */
export const MARKDOWN_OUTLINE = `${SECTION}.outline.markdown`;

/** `policyLens.outline.markdown` (default false): add Policy Lens's structure to the Outline of Markdown documents. */
export function markdownOutline(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('outline.markdown') === true;
}

/** `policyLens.offerPolicyText` (default true): offer once to switch a Chinese plain-text document to Policy Text. */
export function offerPolicyText(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('offerPolicyText') !== false;
}

/** The full id of the list of phrases that are not annotations. */
export const IGNORE = `${SECTION}.ignore`;

/** `policyLens.ignore` as the core takes it: the usable entries, and what is wrong with the rest. */
export function readIgnoreList(scope?: vscode.ConfigurationScope): { entries: IgnoreEntry[]; problems: string[] } {
  const raw = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('ignore');
  if (raw === undefined || raw === null) { return { entries: [], problems: [] }; }
  const checked = validateIgnoreEntries(raw);
  if (checked.problems.length > 0) {
    reportInvalid({ id: IGNORE, value: raw, used: checked.entries.length, expected: 'ignoreList', unusable: checked.problems.length });
  }
  return checked;
}
