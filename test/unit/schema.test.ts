// docs/annotation.md §6 and the JSON the core prints must agree. The field tables of §6 are parsed
// from the Markdown; the samples and a few made-up sentences are analysed and printed with toJson
// (what the CLI's --json and the JSON export print); every key printed must be in a table, with a
// value of the documented type, every key marked `always` must be printed, and every documented
// key must be printed by some input (else the table describes a field the code no longer has).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { toJson } from '../../src/core/exportFormats';
import type { AnalyzeOptions } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '..', '..');
const DOC = path.join(ROOT, 'docs', 'annotation.md');
const SAMPLES = path.join(ROOT, 'samples');

// ---------------------------------------------------------------------------------------------
// The tables of §6

type Presence = { kind: 'always' } | { kind: 'optional' } | { kind: 'when'; key: string; values: string[] };

interface FieldSpec {
  path: string;
  type: string;
  accepts: (v: unknown) => boolean;
  presence: Presence;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const TYPE_NAMES: Record<string, (v: unknown) => boolean> = {
  integer: v => Number.isInteger(v),
  number: isNumber,
  string: v => typeof v === 'string',
  'ISO date': v => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  boolean: v => typeof v === 'boolean',
  null: v => v === null,
  object: isPlainObject,
  array: v => Array.isArray(v),
  '[number, number]': v => Array.isArray(v) && v.length === 2 && isNumber(v[0]) && isNumber(v[1]),
};

/** A type cell: alternatives joined by " or ", each a type name or a JSON literal in backticks. */
export function parseType(cell: string): (v: unknown) => boolean {
  const alternatives = cell.split(' or ').map(a => a.trim()).map(a => {
    const literal = /^`(.+)`$/.exec(a);
    if (literal) {
      const expected: unknown = JSON.parse(literal[1]);
      return (v: unknown) => v === expected;
    }
    const named = TYPE_NAMES[a];
    if (!named) { throw new Error(`unknown type "${a}" in "${cell}"`); }
    return named;
  });
  return v => alternatives.some(accepts => accepts(v));
}

/** A presence cell: always, optional, or "when KEY is `a`, `b` or `c`". */
export function parsePresence(cell: string): Presence {
  if (cell === 'always' || cell === 'optional') { return { kind: cell }; }
  const m = /^when (\w+) is (.+)$/.exec(cell);
  const values = m ? [...m[2].matchAll(/`([^`]+)`/g)].map(x => x[1]) : [];
  if (!m || values.length === 0) { throw new Error(`unknown presence "${cell}"`); }
  return { kind: 'when', key: m[1], values };
}

const cellsOf = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(c => c.trim());

/** The rows of every `| field | type | presence | meaning |` table between "## 6." and the next "## ". */
export function parseFieldTables(markdown: string): Map<string, FieldSpec> {
  const lines = markdown.split(/\r?\n/);
  const from = lines.findIndex(l => /^## 6\./.test(l));
  if (from < 0) { throw new Error('no "## 6." section'); }
  const to = lines.findIndex((l, i) => i > from && /^## /.test(l));
  const specs = new Map<string, FieldSpec>();
  let inTable = false;
  for (const [i, line] of lines.slice(from, to < 0 ? undefined : to).entries()) {
    if (!line.startsWith('|')) { inTable = false; continue; }
    const cells = cellsOf(line);
    if (cells[0] === 'field' && cells[1] === 'type' && cells[2] === 'presence') { inTable = true; continue; }
    if (!inTable || /^-+$/.test(cells[0])) { continue; }
    if (cells.length !== 4) { throw new Error(`§6 line ${from + i + 1}: ${cells.length} cells, expected 4`); }
    const name = /^`([\w.[\]]+)`$/.exec(cells[0]);
    if (!name) { throw new Error(`§6 line ${from + i + 1}: the field "${cells[0]}" is not a path in backticks`); }
    if (specs.has(name[1])) { throw new Error(`§6: ${name[1]} is listed twice`); }
    specs.set(name[1], { path: name[1], type: cells[1], accepts: parseType(cells[1]), presence: parsePresence(cells[2]) });
  }
  return specs;
}

// ---------------------------------------------------------------------------------------------
// Checking a printed analysis against them

/** An outline node's children have the shape of the node: one set of rows describes them all. */
const normalise = (p: string): string => p.replace(/^outline\[\](?:\.children\[\])+/, 'outline[]');
const join = (parent: string, key: string): string => (parent ? `${parent}.${key}` : key);
const parentOf = (p: string): string => (p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '');

export function checkJson(json: unknown, specs: ReadonlyMap<string, FieldSpec>, seen: Set<string>): string[] {
  const problems = new Set<string>();
  const childrenOf = new Map<string, FieldSpec[]>();
  for (const s of specs.values()) {
    const p = parentOf(s.path);
    childrenOf.set(p, [...(childrenOf.get(p) ?? []), s]);
  }
  const visit = (obj: Record<string, unknown>, at: string): void => {
    for (const [key, value] of Object.entries(obj)) {
      const p = join(at, key);
      const spec = specs.get(p);
      seen.add(p);
      if (!spec) { problems.add(`${p}: printed but not in the §6 tables`); continue; }
      if (!spec.accepts(value)) { problems.add(`${p}: ${JSON.stringify(value)} is not ${spec.type}`); }
      const pr = spec.presence;
      if (pr.kind === 'when' && !pr.values.includes(String(obj[pr.key]))) {
        problems.add(`${p}: printed although ${pr.key} is ${JSON.stringify(obj[pr.key])}`);
      }
      if (isPlainObject(value)) { visit(value, p); }
      if (Array.isArray(value)) {
        for (const item of value) { if (isPlainObject(item)) { visit(item, normalise(`${p}[]`)); } }
      }
    }
    for (const spec of childrenOf.get(at) ?? []) {
      const key = spec.path.slice(at ? at.length + 1 : 0);
      if (key in obj) { continue; }
      const pr = spec.presence;
      const required = pr.kind === 'always' || (pr.kind === 'when' && pr.values.includes(String(obj[pr.key])));
      if (required) { problems.add(`${spec.path}: documented as ${pr.kind === 'always' ? 'always' : `present when ${pr.key} is ${String(obj[pr.key])}`} but missing`); }
    }
  };
  if (!isPlainObject(json)) { return ['the JSON is not an object']; }
  visit(json, '');
  return [...problems];
}

// ---------------------------------------------------------------------------------------------
// The inputs

interface Input { name: string; text: string; options?: AnalyzeOptions; shows?: string[] }

const samples: Input[] = readdirSync(SAMPLES).filter(f => f.endsWith('.txt')).sort()
  .map(f => ({ name: `samples/${f}`, text: readFileSync(path.join(SAMPLES, f), 'utf8') }));

// Made-up sentences, each printing some of the optional fields (`shows`).
const sentences: Input[] = [
  {
    name: 'a dateline without a year, completed from the text',
    text: '本报北京6月14日讯 今年前5个月，全省工业增加值增长6.5%，是2022年同期的1.2倍。截至今年5月末，已建成120个。力争到2027年建成300个左右数字园区。加快发展新质生产力。',
    shows: ['documentDate.yearFrom', 'documentDate.yearFrom.text', 'documentDate.start', 'dates[].asOf', 'dates[].basis.datelineText',
      'dates[].basis.date', 'numbers[].change', 'numbers[].reading', 'targets[].deadlineStart', 'terms[].entry'],
  },
  {
    name: 'a header date, a part of the day, a date resolved from an earlier one',
    text: '（2023年3月5日第十四届全国人民代表大会第一次会议通过）\n2月28日下午召开会议。2022年粮食产量增长0.5%，去年同期下降0.3个百分点。明年将新建学校100所。',
    shows: ['dates[].partOfDay', 'dates[].basis.anchorText', 'dates[].basis.anchorStart', 'dates[].basis.documentDate'],
  },
  {
    name: 'no document date: an unresolved date and the base a 倍 implies',
    text: '全年收入达到30万元，比上年增长1倍。',
    shows: ['numbers[].impliedBase', 'dates[].basis.reason'],
  },
  {
    name: 'a work report: a review of the past year, and targets that set indicators',
    text: '某省政府工作报告\n\n——2031年1月20日在某省人民代表大会上\n\n一、2030年工作回顾\n\n过去一年，全省生产平稳。国内生产总值增长5.6%。主要污染物排放量继续下降。\n\n'
      + '二、2031年主要目标\n\n今年发展主要预期目标是：国内生产总值增长5.5%左右；国际收支基本平衡。\n',
    shows: ['targets[].indicators', 'targets[].indicators[].id', 'targets[].indicators[].value.value', 'targets[].indicators[].value.qualifier',
      'outcomes', 'outcomes[].indicator.id', 'outcomes[].year', 'outcomes[].value.text'],
  },
  {
    name: 'the document date given as the setting',
    text: '今年上半年，新增就业654万人。',
    options: { referenceDate: '2023-07-15' },
  },
  {
    name: 'the document date set for the file with the command',
    text: '今年上半年，新增就业654万人。',
    options: { referenceDate: '2023-07-15', referenceDateSetBy: 'command' },
    shows: ['documentDate.setBy'],
  },
];

const printed = new Map<Input, unknown>();
/** The input analysed and printed as the CLI's --json prints it (once per input). */
function jsonOf(input: Input): unknown {
  if (!printed.has(input)) { printed.set(input, JSON.parse(toJson(analyze(input.text, input.options)))); }
  return printed.get(input);
}

describe('docs/annotation.md §6: the field tables and the JSON the core prints', () => {
  const specs = parseFieldTables(readFileSync(DOC, 'utf8'));
  const inputs = [...samples, ...sentences];

  it('the tables parse and list the fields evaluations read', () => {
    for (const p of ['schemaVersion', 'documentDate.date', 'numbers[].value', 'dates[].resolved.start', 'targets[].deadline', 'terms[].entry', 'outline[].children']) {
      assert.ok(specs.has(p), `§6 lists ${p}`);
    }
  });

  for (const input of inputs) {
    it(`${input.name}: every printed key is documented, every required key printed`, () => {
      const own = new Set<string>();
      assert.deepEqual(checkJson(jsonOf(input), specs, own), []);
      const missing = (input.shows ?? []).filter(p => !own.has(p));
      assert.deepEqual(missing, [], 'fields this input is meant to print');
    });
  }

  it('every documented field is printed by some input (else §6 or the inputs are out of date)', () => {
    const seen = new Set<string>();
    for (const input of inputs) { checkJson(jsonOf(input), specs, seen); }
    assert.deepEqual([...specs.keys()].filter(p => !seen.has(p)), []);
  });
});

describe('the §6 table parser', () => {
  const cases: [string, unknown, boolean][] = [
    ['integer', 3, true], ['integer', 3.5, false], ['number', 3.5, true], ['number', '3', false],
    ['ISO date', '2023-06-14', true], ['ISO date', '2023-6-14', false], ['object or null', null, true], ['object or null', [], false],
    ['[number, number]', [3, 4], true], ['[number, number]', [3], false], ['`"up"` or `"down"`', 'down', true], ['`"up"` or `"down"`', 'left', false],
    ['`1`', 1, true], ['`1`', 2, false], ['`true`', true, true], ['`true`', false, false],
  ];
  for (const [type, value, ok] of cases) {
    it(`${type} ${ok ? 'accepts' : 'rejects'} ${JSON.stringify(value)}`, () => {
      assert.equal(parseType(type)(value), ok);
    });
  }

  it('an unknown type or presence is an error, not a pass', () => {
    assert.throws(() => parseType('date'), /unknown type/);
    assert.throws(() => parsePresence('sometimes'), /unknown presence/);
    assert.deepEqual(parsePresence('when kind is `context` or `dateline`'), { kind: 'when', key: 'kind', values: ['context', 'dateline'] });
  });

  it('finds an undocumented key, a missing required key and a value of the wrong type', () => {
    const md = ['## 6. JSON', '', '| field | type | presence | meaning |', '|---|---|---|---|',
      '| `a` | integer | always | |', '| `b` | object | optional | |', '| `b.kind` | `"x"` or `"y"` | always | |',
      '| `b.only` | string | when kind is `x` | |', '', '## 7. Next', '| field | type | presence | meaning |', '|---|---|---|---|', '| `c` | string | always | |'].join('\n');
    const specs = parseFieldTables(md);
    assert.deepEqual([...specs.keys()], ['a', 'b', 'b.kind', 'b.only']);
    const check = (json: unknown) => checkJson(json, specs, new Set()).sort();
    assert.deepEqual(check({ a: 1, b: { kind: 'x', only: 's' } }), []);
    assert.deepEqual(check({ a: 1, c: 'z' }), ['c: printed but not in the §6 tables']);
    assert.deepEqual(check({ b: { kind: 'y' } }), ['a: documented as always but missing']);
    assert.deepEqual(check({ a: 1.5, b: { kind: 'x' } }), ['a: 1.5 is not integer', 'b.only: documented as present when kind is x but missing']);
    assert.deepEqual(check({ a: 1, b: { kind: 'y', only: 's' } }), ['b.only: printed although kind is "y"']);
  });
});
