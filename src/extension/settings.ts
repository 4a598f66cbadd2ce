// Typed reads of the `policyLens.*` settings (declared in package.json `contributes.configuration`).
import * as vscode from 'vscode';

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
  expected: 'number' | 'boolean' | 'array';
  min?: number;
  max?: number;
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
