import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  glossaryFileSteps, glossaryTooLarge, jsonErrorOffset, lineColumn, MAX_GLOSSARY_FILE_BYTES, MAX_JSON_DEPTH, MAX_PROBLEMS,
  MAX_TERM_LENGTH, mergeEntries, parseGlossaryFile, validateEntries, type GlossaryProblem,
} from '../../src/core/glossaryValidation';
import { CHARACTERS_PER_STEP, parseJson, parseJsonSteps } from '../../src/core/jsonSteps';
import { runInSlices } from '../../src/core/sliceRunner';
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

  describe('limits: a hostile file cannot hold up the host', () => {
    /** A well-formed glossary file of at most `bytes` bytes (UTF-8) and nearly that many, entries written out in full. */
    function glossaryOf(bytes: number): string {
      const entry = (i: number) => good(`术语${i}号`, { origin: '测试文件', aliases: [`别名${i}`] });
      const build = (n: number) => JSON.stringify({ entries: Array.from({ length: n }, (_, i) => entry(i)) }, null, 2);
      let n = Math.floor(bytes / (Buffer.byteLength(build(100)) / 100));
      let text = build(n);
      while (Buffer.byteLength(text) > bytes) { n = Math.floor(n * 0.99); text = build(n); }
      return text;
    }

    it('says how large a file was and what the limit is', () => {
      assert.deepEqual(glossaryTooLarge(FILE, 2_000_000), {
        entries: [], fatal: true,
        problems: [{ kind: 'fileTooLarge', severity: 'error', file: FILE, length: 2_000_000, limit: MAX_GLOSSARY_FILE_BYTES }],
      });
    });

    it('parses what JSON.parse parses, to the same value (own __proto__ keys included)', () => {
      fc.assert(fc.property(fc.jsonValue(), fc.nat(), (v, at) => {
        const json = JSON.stringify(v, null, at % 3);
        assert.deepEqual(parseJson(json), { ok: true, value: JSON.parse(json) as unknown });
      }), { numRuns: 300 });
      const proto = parseJson('{"__proto__": {"polluted": 1}, "a": [{"__proto__": 2}]}');
      assert.ok(proto.ok);
      const value = proto.value as Record<string, unknown>;
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
      assert.deepEqual(Object.keys(value), ['__proto__', 'a']);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.deepEqual(parseJson('"\\ud83d\\ude00 \\u4e2d\\n"'), { ok: true, value: '😀 中\n' });
    });

    it(`refuses a glossary nested deeper than ${MAX_JSON_DEPTH} levels at the bracket that goes too deep`, () => {
      assert.deepEqual(brief(parseGlossaryFile('['.repeat(MAX_GLOSSARY_FILE_BYTES), FILE).problems),
        [{ kind: 'syntax', severity: 'error', detail: `nested more than ${MAX_JSON_DEPTH} levels deep`, line: 1, column: MAX_JSON_DEPTH + 1 }]);
      assert.deepEqual(parseJson(`{"a": \n ${'[ '.repeat(3)}`, 2), { ok: false, offset: 10, detail: 'nested more than 2 levels deep' });
      // Brackets inside strings are text, not nesting.
      assert.deepEqual(parseGlossaryFile(JSON.stringify([good('数据要素', { en: '['.repeat(100) })]), FILE).problems, []);
    });

    const hostileShapes: Array<[string, string]> = [
      ['a megabyte of [', '['.repeat(MAX_GLOSSARY_FILE_BYTES)],
      ['a megabyte of empty objects', `[${'{},'.repeat(MAX_GLOSSARY_FILE_BYTES / 3 - 1)}{}]`],
      ['a megabyte of nested arrays', `[${`${'['.repeat(31)}0${']'.repeat(31)},`.repeat(MAX_GLOSSARY_FILE_BYTES / 64)}0]`],
      ['a megabyte of keys in one object', `{${Array.from({ length: MAX_GLOSSARY_FILE_BYTES / 12 }, (_, k) => `"k${k}":1`).join(',')}}`],
    ];
    for (const [what, text] of hostileShapes) {
      it(`parses ${what} in steps of at most ${CHARACTERS_PER_STEP} characters`, () => {
        const steps = parseJsonSteps(text);
        let count = 0;
        let r = steps.next();
        for (; !r.done; r = steps.next()) { count++; }
        assert.ok(count >= Math.floor(text.length / CHARACTERS_PER_STEP) - 1, `${count} steps for ${text.length} characters`);
        assert.equal(r.value.ok, (() => { try { JSON.parse(text); return true; } catch { return false; } })());
      });
    }

    it(`keeps the first ${MAX_PROBLEMS} problems and counts the rest`, () => {
      const r = validateEntries(Array.from({ length: 1000 }, () => 0), FILE);
      assert.equal(r.problems.length, MAX_PROBLEMS);
      assert.equal(r.moreProblems, 1000 - MAX_PROBLEMS);
      assert.equal(validateEntries([good('数据要素')], FILE).moreProblems, undefined);
    });

    it('checks the entries in steps, and its steps give the same result as the check at once', () => {
      const text = glossaryOf(200_000);
      const steps = glossaryFileSteps(text, FILE);
      let count = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) { count++; }
      const entries = (JSON.parse(text) as { entries: unknown[] }).entries.length;
      assert.ok(count >= entries / 100, `${count} steps for ${entries} entries`);
      assert.deepEqual(r.value, parseGlossaryFile(text, FILE));
      assert.equal(r.value.entries.length, entries);
    });

    it('checks the largest file allowed in short slices', async function () {
      this.timeout(60000);
      const text = glossaryOf(MAX_GLOSSARY_FILE_BYTES);
      assert.ok(Buffer.byteLength(text) > MAX_GLOSSARY_FILE_BYTES * 0.95);
      const run = runInSlices(glossaryFileSteps(text, FILE), { budgetMs: 8, yieldFn: () => new Promise(resolve => setImmediate(resolve)) });
      const result = await run;
      assert.ok(result && !result.fatal && result.entries.length > 1000);
      assert.ok(run.stats.slices > 3, `${run.stats.slices} slices`);
      // An 8 ms budget plus one step of about a millisecond; the bound leaves room for a machine shared
      // by many processes, and still fails a parse in one piece (JSON.parse takes hundreds of ms here).
      assert.ok(run.stats.longestSliceMs < 250, `longest slice ${run.stats.longestSliceMs.toFixed(1)} ms`);
    });
  });
});
