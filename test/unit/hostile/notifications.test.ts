// Every notification, status item and message that shows a value from the settings, a file name or
// a glossary file, built with the extension's own code from hostile values: no link, icon, control
// or direction mark survives (VS Code runs `[label](command:…)` in a notification when clicked).
import { settings } from './fakeVscode';
import assert from 'node:assert/strict';
import { glossaryTooLarge, parseGlossaryFile, type GlossaryProblem } from '../../../src/core/glossaryValidation';
import { plainText } from '../../../src/core/markdown';
import { describeExported, describeUnanalysable, describeWriteFailure, skipReason } from '../../../src/extension/exportCommands';
import { describeFileProblems, describeProblem, describeUnreadable, problemCount } from '../../../src/extension/glossaryMessages';
import { describeSkip } from '../../../src/extension/languageStatus';
import { describeLimit } from '../../../src/extension/limitNotices';
import { describeInvalidEntry } from '../../../src/extension/referenceDate';
import {
  describeInlineGlossaryProblems, describeInvalidReferenceDate, describeInvalidSetting, onInvalidSetting, readInlineGlossary,
  readSettings, referenceDateSetting, type InvalidSetting,
} from '../../../src/extension/settings';
import { COMMAND_LINK, HOSTILE, inert } from './strings';

/** A message that shows `hostile` must still show its beginning (as plain text): it is escaped, not dropped. */
function assertShown(message: string, hostile: string): void {
  assert.ok(inert(message), JSON.stringify(message));
  const visible = plainText(hostile).slice(0, 8);
  assert.ok(message.includes(visible), `${JSON.stringify(visible)} is not in ${JSON.stringify(message)}`);
}

/** The invalid-setting reports readSettings makes while `key` holds `value`. */
function invalidReportsFor(key: string, value: unknown): InvalidSetting[] {
  const heard: InvalidSetting[] = [];
  const subscription = onInvalidSetting(p => { if (p.id === `policyLens.${key}`) { heard.push(p); } });
  settings.set(`policyLens.${key}`, value);
  try {
    readSettings();
  } finally {
    settings.delete(`policyLens.${key}`);
    subscription.dispose();
  }
  return heard;
}

/** Each builder of a message, given one hostile string. */
const BUILDERS: Array<[string, (h: string) => string[]]> = [
  ['policyLens.maxDocumentSize, enable and glossaryFiles set to it (settings warnings)', h => [
    ...invalidReportsFor('maxDocumentSize', h).map(describeInvalidSetting),
    ...invalidReportsFor('enable', h).map(describeInvalidSetting),
    ...invalidReportsFor('glossaryFiles', h).map(describeInvalidSetting),
  ]],
  ['policyLens.referenceDate set to it', h => {
    settings.set('policyLens.referenceDate', h);
    try {
      const value = referenceDateSetting();
      return [describeInvalidReferenceDate(value), describeInvalidReferenceDate(value, '2024-09-02')];
    } finally { settings.delete('policyLens.referenceDate'); }
  }],
  ['the document date prompt given it', h => [describeInvalidEntry(h)]],
  ['policyLens.glossary with it as a term and as an unknown field name', h => {
    settings.set('policyLens.glossary', [{ term: h, en: 'e', zh: 'z', [h]: 1 }, { term: 'x', en: h }]);
    try {
      const result = readInlineGlossary();
      assert.ok(result && result.problems.length >= 2);
      return [describeInlineGlossaryProblems(problemCount(result), describeProblem(result.problems[0])), ...result.problems.map(describeProblem)];
    } finally { settings.delete('policyLens.glossary'); }
  }],
  ['a glossary file of that name, broken or with problems', h => {
    const broken = parseGlossaryFile(`{"entries": [${JSON.stringify({ term: h })}`, h);
    const problems = parseGlossaryFile(JSON.stringify([{ term: h, en: 'e', zh: 'z', [h]: 1 }, { term: 'x' }]), h);
    return [
      describeFileProblems(h, broken, 0), describeFileProblems(h, broken, 3), describeFileProblems(h, problems, 0),
      describeFileProblems(h, glossaryTooLarge(h, 2_000_000), 0), describeUnreadable(h),
    ];
  }],
  ['a glossary file that is it (the parser quotes the text in its message)', h => {
    const result = parseGlossaryFile(h, 'g.json');
    return result.problems.map(describeProblem);
  }],
  ['every glossary problem kind naming it', h => {
    const kinds: GlossaryProblem[] = [
      { kind: 'syntax', severity: 'error', file: h, detail: h, line: 1, column: 2 },
      { kind: 'syntax', severity: 'error', file: h, detail: h },
      { kind: 'shape', severity: 'error', file: h },
      { kind: 'notObject', severity: 'error', file: h, index: 0 },
      { kind: 'missing', severity: 'error', file: h, index: 0, term: h, field: h },
      { kind: 'type', severity: 'error', file: h, index: 0, term: h, field: h, expected: 'string' },
      { kind: 'type', severity: 'error', file: h, index: 0, term: h, field: h, expected: 'array of strings' },
      { kind: 'empty', severity: 'error', file: h, index: 0, term: h, field: h },
      { kind: 'tooLong', severity: 'error', file: h, index: 0, term: h, field: h, length: 80 },
      { kind: 'duplicate', severity: 'warning', file: h, index: 1, term: h, duplicateOf: 0 },
      { kind: 'unknownField', severity: 'warning', file: h, index: 0, term: h, field: h },
      { kind: 'fileTooLarge', severity: 'error', file: h, length: 2_000_000, limit: 1_000_000 },
    ];
    return kinds.map(describeProblem);
  }],
  ['the limit notices for a file of that name', h => [
    describeLimit(h, { ok: false, reason: 'tooLarge', size: 6_000_000, limit: 5_000_000 }),
    describeLimit(h, { ok: false, reason: 'lineTooLong', line: 3, length: 200_000, limit: 100_000 }),
    describeLimit(h, { ok: false, reason: 'misdecoded', replacementRatio: 0.4, share: 0, minimum: 0.3 }),
  ]],
  ['the export messages for a file of that name', h => [
    describeUnanalysable(h), describeWriteFailure(h, `EACCES: permission denied, open '${h}'`), describeExported(3, h),
  ]],
  ['a language id that is it (export and status item)', h => {
    const skip = describeSkip({ ok: false, reason: 'language', languageId: h });
    return [skipReason({ ok: false, reason: 'language', languageId: h }).message, skip.text, skip.detail];
  }],
];

describe('hostile: values from settings, file names and glossaries in notifications and status items', () => {
  for (const [what, build] of BUILDERS) {
    describe(what, () => {
      for (const [name, h] of HOSTILE) {
        it(name, () => {
          const messages = build(h);
          assert.ok(messages.length > 0, 'no message built');
          for (const m of messages) { assert.ok(inert(m), JSON.stringify(m)); }
        });
      }
    });
  }

  it('shows the value, not nothing: the command link reads as text', () => {
    for (const [, build] of BUILDERS.slice(0, 5)) {
      const messages = build(COMMAND_LINK);
      assert.ok(messages.some(m => m.includes('[Open Settings]\u2060(command')), JSON.stringify(messages));
    }
    assertShown(describeLimit(COMMAND_LINK, { ok: false, reason: 'tooLarge', size: 2, limit: 1 }), COMMAND_LINK);
    assertShown(describeExported(1, COMMAND_LINK), COMMAND_LINK);
  });
});
