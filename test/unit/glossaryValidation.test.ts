import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  jsonErrorOffset, lineColumn, MAX_TERM_LENGTH, mergeEntries, parseGlossaryFile, validateEntries,
  type GlossaryProblem,
} from '../../src/core/glossaryValidation';
import { analyze } from '../../src/core/analyze';
import type { GlossaryEntry } from '../../src/core/types';

const FILE = '.vscode/policy-lens.glossary.json';
const good = (term: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ term, en: `${term} in English`, zh: `${term}的解释`, ...extra });

/** The problems without the file, which every case shares. */
const brief = (problems: readonly GlossaryProblem[]): Omit<GlossaryProblem, 'file'>[] =>
  problems.map(p => { const { file, ...rest } = p; assert.equal(file, FILE); return rest; });

describe('glossary validation', () => {
  describe('file shape', () => {
    const cases: { name: string; text: string; terms: string[]; fatal: boolean }[] = [
      { name: 'an object with entries', text: JSON.stringify({ entries: [good('数据要素')] }), terms: ['数据要素'], fatal: false },
      { name: 'a bare array', text: JSON.stringify([good('数据要素'), good('低空经济')]), terms: ['数据要素', '低空经济'], fatal: false },
      { name: 'a byte order mark before the JSON', text: `\uFEFF${JSON.stringify([good('数据要素')])}`, terms: ['数据要素'], fatal: false },
      { name: 'an empty array', text: '[]', terms: [], fatal: false },
      { name: 'an empty file', text: '', terms: [], fatal: true },
      { name: 'an object without entries', text: '{"terms": []}', terms: [], fatal: true },
      { name: 'entries that are not an array', text: '{"entries": {"term": "x"}}', terms: [], fatal: true },
      { name: 'a string', text: '"数据要素"', terms: [], fatal: true },
      { name: 'null', text: 'null', terms: [], fatal: true },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const r = parseGlossaryFile(c.text, FILE);
        assert.deepEqual(r.entries.map(e => e.term), c.terms);
        assert.equal(r.fatal, c.fatal);
      });
    }

    it('reports the wrong shape as such', () => {
      assert.deepEqual(brief(parseGlossaryFile('{"terms": []}', FILE).problems), [{ kind: 'shape', severity: 'error' }]);
    });
  });

  describe('syntax errors', () => {
    const cases: { name: string; text: string; line: number; column: number }[] = [
      { name: 'a trailing comma', text: '{\n  "entries": [\n    {"term": "a", "en": "b", "zh": "c"},\n  ]\n}', line: 4, column: 3 },
      { name: 'a missing colon', text: '[{"term" "a"}]', line: 1, column: 10 },
      { name: 'an unfinished array', text: '[\n{"term": "a", "en": "b", "zh": "c"}', line: 2, column: 36 },
      { name: 'CRLF line ends', text: '[\r\n{"term": "a",,}]', line: 2, column: 14 },
    ];
    for (const c of cases) {
      it(`locates ${c.name} at line ${c.line}, column ${c.column}`, () => {
        const r = parseGlossaryFile(c.text, FILE);
        assert.equal(r.fatal, true);
        assert.equal(r.entries.length, 0);
        assert.equal(r.problems.length, 1);
        const p = r.problems[0];
        assert.equal(p.kind, 'syntax');
        assert.equal(p.file, FILE);
        assert.ok(p.detail && p.detail.length > 0);
        assert.deepEqual([p.line, p.column], [c.line, c.column], p.detail);
      });
    }

    const offsets: [string, number | undefined][] = [
      ['{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}}', undefined],
      ['  []  ', undefined],
      ['', 0],
      ['[1,]', 3],
      ['{"a":1,}', 7],
      ['{"a" 1}', 5],
      ['{a: 1}', 1],
      ['[01]', 2],
      ['[1.]', 3],
      ['[-]', 2],
      ['"abc', 4],
      ['"a\tb"', 2],
      ['"\\x"', 2],
      ['"\\u12g4"', 5],
      ['[tru]', 4],
      ['[1] [2]', 4],
      ['[[[[', 4],
      ['{"a":1', 6],
    ];
    for (const [text, want] of offsets) {
      it(`finds the error offset of ${JSON.stringify(text)}: ${String(want)}`, () => {
        assert.equal(jsonErrorOffset(text), want);
      });
    }

    it('agrees with JSON.parse on valid and mutilated JSON', () => {
      const parses = (t: string): boolean => { try { JSON.parse(t); return true; } catch { return false; } };
      fc.assert(fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', 'x'), (v, at, insert) => {
        const json = JSON.stringify(v, null, at % 3);
        assert.equal(jsonErrorOffset(json), undefined, json);
        const k = json.length === 0 ? 0 : at % json.length;
        const broken = json.slice(0, k) + insert + json.slice(k + (at % 2));
        assert.equal(jsonErrorOffset(broken) === undefined, parses(broken), broken);
      }), { numRuns: 500 });
    });

    it('does not exhaust the stack on deep nesting', () => {
      assert.equal(jsonErrorOffset('['.repeat(100000) + ']'.repeat(100000)), undefined);
      assert.equal(jsonErrorOffset('['.repeat(100000)), 100000);
    });

    it('counts lines as the editor does', () => {
      assert.deepEqual(lineColumn('a\r\nb\rc\nd', 7), { line: 4, column: 1 });
      assert.deepEqual(lineColumn('abc', 0), { line: 1, column: 1 });
    });
  });

  describe('entries', () => {
    const cases: { name: string; entries: unknown[]; terms: string[]; problems: Omit<GlossaryProblem, 'file'>[] }[] = [
      {
        name: 'a complete entry with origin and aliases',
        entries: [good('数据要素', { origin: '2019年十九届四中全会', aliases: ['數據要素'] })],
        terms: ['数据要素'], problems: [],
      },
      {
        name: 'an entry that is not an object',
        entries: ['数据要素', good('低空经济'), null, [1]],
        terms: ['低空经济'],
        problems: [
          { kind: 'notObject', severity: 'error', index: 0, expected: 'object' },
          { kind: 'notObject', severity: 'error', index: 2, expected: 'object' },
          { kind: 'notObject', severity: 'error', index: 3, expected: 'object' },
        ],
      },
      {
        name: 'missing required fields',
        entries: [{ term: '数据要素', en: 'Data as a factor of production' }, { en: 'x', zh: 'y' }],
        terms: [],
        problems: [
          { kind: 'missing', severity: 'error', index: 0, term: '数据要素', field: 'zh' },
          { kind: 'missing', severity: 'error', index: 1, term: undefined, field: 'term' },
        ],
      },
      {
        name: 'wrong types',
        entries: [{ term: 42, en: 'x', zh: 'y' }, good('低空经济', { origin: 2024 }), good('银发经济', { aliases: '銀髮經濟' })],
        terms: [],
        problems: [
          { kind: 'type', severity: 'error', index: 0, term: undefined, field: 'term', expected: 'string' },
          { kind: 'type', severity: 'error', index: 1, term: '低空经济', field: 'origin', expected: 'string' },
          { kind: 'type', severity: 'error', index: 2, term: '银发经济', field: 'aliases', expected: 'array of strings' },
        ],
      },
      {
        name: 'empty strings',
        entries: [{ term: '  ', en: 'x', zh: 'y' }, { term: '低空经济', en: '', zh: 'y' }],
        terms: [],
        problems: [
          { kind: 'empty', severity: 'error', index: 0, term: undefined, field: 'term' },
          { kind: 'empty', severity: 'error', index: 1, term: '低空经济', field: 'en' },
        ],
      },
      {
        name: 'an absurdly long term',
        entries: [good('长'.repeat(MAX_TERM_LENGTH + 1)), good('长'.repeat(MAX_TERM_LENGTH))],
        terms: ['长'.repeat(MAX_TERM_LENGTH)],
        problems: [
          { kind: 'tooLong', severity: 'error', index: 0, term: '长'.repeat(MAX_TERM_LENGTH + 1), field: 'term', length: MAX_TERM_LENGTH + 1 },
        ],
      },
      {
        name: 'bad aliases are dropped, the entry kept',
        entries: [good('银发经济', { aliases: ['銀髮經濟', 7, '', '银发经济'] })],
        terms: ['银发经济'],
        problems: [
          { kind: 'type', severity: 'warning', index: 0, term: '银发经济', field: 'aliases[1]', expected: 'string' },
          { kind: 'empty', severity: 'warning', index: 0, term: '银发经济', field: 'aliases[2]' },
        ],
      },
      {
        name: 'an unknown field (a typo) is reported, the entry kept',
        entries: [good('银发经济', { alias: ['銀髮經濟'] })],
        terms: ['银发经济'],
        problems: [{ kind: 'unknownField', severity: 'warning', index: 0, term: '银发经济', field: 'alias' }],
      },
      {
        name: 'a duplicate term: warned, the later one wins at the earlier place',
        entries: [good('数据要素'), good('低空经济'), { term: '数据要素', en: 'second', zh: '第二' }],
        terms: ['数据要素', '低空经济'],
        problems: [{ kind: 'duplicate', severity: 'warning', index: 2, term: '数据要素', duplicateOf: 0 }],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const r = validateEntries(c.entries, FILE);
        assert.equal(r.fatal, false);
        assert.deepEqual(r.entries.map(e => e.term), c.terms);
        assert.deepEqual(brief(r.problems), c.problems);
      });
    }

    it('builds entries with trimmed fields, the source, and an empty origin when none is given', () => {
      const r = validateEntries([{ term: ' 数据要素 ', en: ' Data ', zh: '数据', aliases: [' 數據要素 '] }], FILE);
      assert.deepEqual(r.entries, [{ term: '数据要素', en: 'Data', zh: '数据', origin: '', source: FILE, aliases: ['數據要素'] }]);
    });

    it('keeps the later duplicate\'s text', () => {
      const r = validateEntries([good('数据要素'), { term: '数据要素', en: 'second', zh: '第二' }], FILE);
      assert.equal(r.entries[0].en, 'second');
    });

    it('rejects a value that is not a list', () => {
      const r = validateEntries({ term: 'x' }, 'policyLens.glossary');
      assert.equal(r.fatal, true);
      assert.deepEqual(r.problems, [{ kind: 'type', severity: 'error', file: 'policyLens.glossary', field: 'entries', expected: 'array' }]);
    });
  });

  describe('merging and matching', () => {
    const entry = (term: string, en: string): GlossaryEntry => ({ term, en, zh: term, origin: '' });

    it('lets a later source override an earlier one', () => {
      const merged = mergeEntries([[entry('数据要素', 'setting'), entry('低空经济', 'setting')], [entry('数据要素', 'file')]]);
      assert.deepEqual(merged.map(e => `${e.term}:${e.en}`), ['低空经济:setting', '数据要素:file']);
    });

    it('feeds validated entries to the analysis as terms', () => {
      const { entries } = parseGlossaryFile(JSON.stringify({ entries: [good('数据要素', { aliases: ['數據要素'] })] }), FILE);
      const text = '加快培育数据要素市场，完善數據要素制度。';
      const terms = analyze(text, { glossary: entries }).terms.map(t => [t.text, t.entry]);
      assert.deepEqual(terms, [['数据要素', '数据要素'], ['數據要素', '数据要素']]);
    });
  });
});
