// The built-in glossary is data the host hands to the core (src/core/glossary.ts): analyses and
// explanations follow the entries set last, and a malformed file is refused with a message.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { explain } from '../../src/core/explain';
import { BUILTIN_GLOSSARY, entriesOfGlossaryFile, setBuiltinGlossary } from '../../src/core/glossary';
import { BUNDLED_GLOSSARY, useBundledGlossary } from '../../src/core/glossaryFile';
import type { TermExplanation } from '../../src/core/explain';

const text = '发展新质生产力，推进中国式现代化。';
const heads = (t: string) => analyze(t).terms.map(x => x.entry);

describe('glossary: the built-in entries are set by the host', () => {
  afterEach(() => useBundledGlossary());

  it('the bundled glossary.json holds every entry, each with term, en, zh and origin', () => {
    const file = JSON.parse(readFileSync(path.join(__dirname, '../../src/core/glossary.json'), 'utf8'));
    const entries = entriesOfGlossaryFile(file);
    assert.equal(entries.length, BUNDLED_GLOSSARY.length);
    assert.ok(entries.length >= 130);
    assert.equal(BUILTIN_GLOSSARY, BUNDLED_GLOSSARY);
  });

  it('with no built-in entries nothing but user entries matches; setting them again restores the terms', () => {
    assert.deepEqual(heads(text), ['新质生产力', '中国式现代化']);
    setBuiltinGlossary([]);
    assert.deepEqual(heads(text), []);
    const user = [{ term: '现代化', en: 'modernization', zh: '现代化', origin: 'test' }];
    assert.deepEqual(analyze(text, { glossary: user }).terms.map(x => x.entry), ['现代化']);
    useBundledGlossary();
    assert.deepEqual(heads(text), ['新质生产力', '中国式现代化']);
    // The compiled glossary of the same user array is rebuilt too, with the built-in entries back.
    assert.deepEqual(analyze(text, { glossary: user }).terms.map(x => x.entry), ['新质生产力', '中国式现代化']);
  });

  it('explanations read the entries set last', () => {
    const a = analyze(text);
    const at = a.terms[0].start;
    const before = explain(a, at).find(e => e.kind === 'term') as TermExplanation;
    assert.ok(before.entry && before.entry.en.startsWith('New quality productive forces'));
    setBuiltinGlossary([{ term: '新质生产力', en: 'replaced', zh: '替换', origin: 'test' }]);
    const after = explain(a, at).find(e => e.kind === 'term') as TermExplanation;
    assert.equal(after.entry?.en, 'replaced');
  });

  it('refuses a file of another shape with a readable message', () => {
    assert.throws(() => entriesOfGlossaryFile(null), /no "groups" array/);
    assert.throws(() => entriesOfGlossaryFile({ groups: [{ group: 'x' }] }), /no "entries" array/);
    assert.throws(() => entriesOfGlossaryFile({ groups: [{ group: 'x', entries: [{ term: '碳达峰', en: 'e' }] }] }), /lacks term, en, zh or origin \(group "x"\)/);
  });
});
