// The glossary's problems in words (localized), for the notifications, the status item and the
// log. Terms, field names, parser details and file names come from the workspace: every quoted
// piece is plain text (core/markdown.ts plainText), so none can become a link or an icon.
import * as vscode from 'vscode';
import { MAX_GLOSSARY_FILE_BYTES, MAX_TERM_LENGTH, type GlossaryProblem, type GlossaryValidation } from '../core/glossaryValidation';
import { plainText } from '../core/markdown';

/** Longest term, field name or parser detail a message quotes. */
export const QUOTED = 60;

function entryLabel(p: GlossaryProblem): string {
  if (p.index === undefined) { return plainText(p.file, QUOTED); }
  return p.term !== undefined
    ? vscode.l10n.t('entries[{0}] (“{1}”)', p.index, plainText(p.term, QUOTED))
    : vscode.l10n.t('entries[{0}]', p.index);
}

/** One problem in words: which entry, what is wrong (the file is named by the caller). Every quoted piece is plain text. */
export function describeProblem(p: GlossaryProblem): string {
  const at = entryLabel(p);
  const field = plainText(p.field ?? '', QUOTED);
  switch (p.kind) {
    case 'syntax':
      return p.line !== undefined
        ? vscode.l10n.t('not valid JSON at line {0}, column {1} ({2})', p.line, p.column ?? 1, plainText(p.detail ?? '', QUOTED))
        : vscode.l10n.t('not valid JSON ({0})', plainText(p.detail ?? '', QUOTED));
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
    case 'fileTooLarge':
      return vscode.l10n.t('it has {0} bytes, more than the {1} bytes a glossary file may have', p.length ?? 0, p.limit ?? MAX_GLOSSARY_FILE_BYTES);
  }
}

/** How many problems, those beyond the first MAX_PROBLEMS (counted, not kept) included. */
export function problemCount(result: GlossaryValidation): number {
  return result.problems.length + (result.moreProblems ?? 0);
}

/** The warning about a glossary file; `label` is its workspace path, shown as plain text. */
export function describeFileProblems(label: string, result: GlossaryValidation, lastGoodEntries: number): string {
  const name = plainText(label);
  const first = result.problems[0];
  const what = first ? describeProblem(first) : '';
  if (result.fatal) {
    return lastGoodEntries > 0
      ? vscode.l10n.t('Policy Lens: the glossary {0} cannot be used: {1}. Its last good version stays in use (entries: {2}).', name, what, lastGoodEntries)
      : vscode.l10n.t('Policy Lens: the glossary {0} cannot be used: {1}.', name, what);
  }
  const count = problemCount(result);
  return count === 1
    ? vscode.l10n.t('Policy Lens: problem in the glossary {0}: {1}.', name, what)
    : vscode.l10n.t('Policy Lens: {0} problems in the glossary {1}, the first: {2}. See the Policy Lens output for all.', count, name, what);
}

/** The warning about a glossary file named in the settings that cannot be read. */
export function describeUnreadable(label: string): string {
  return vscode.l10n.t('Policy Lens: the glossary file {0} named in policyLens.glossaryFiles cannot be read.', plainText(label));
}
