// The user's glossary: `.vscode/policy-lens.glossary.json`, policyLens.glossaryFiles and the inline
// policyLens.glossary setting add terms; a broken file is reported once, by name, and its last good
// version keeps working.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseJson } from '../../../src/core/jsonSteps';
import type { PolicyLensApi } from '../../../src/extension/api';
import { api, closeAllEditors, openUntitled, waitFor, workspaceFolder } from './helpers';

// Made-up terms: the built-in glossary has none of them.
const TERM = '透镜试点园区';
const OTHER = '透镜示范基地';
const TEXT = `各地要加快建设${TERM}和${OTHER}，到2027年建成10个${TERM}。\n`;
const DISCOVERED = '.vscode/policy-lens.glossary.json';

const entry = (term: string, en = `${term} (test entry)`) => ({ term, en, zh: `${term}的解释`, origin: 'integration test' });

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function remove(uri: vscode.Uri): Promise<void> {
  try { await vscode.workspace.fs.delete(uri); } catch { /* not there */ }
}

/** The entry names of the document's term annotations once `probe` accepts them. */
async function termsWhen(a: PolicyLensApi, document: vscode.TextDocument, what: string, probe: (entries: string[]) => boolean): Promise<string[]> {
  return waitFor(what, async () => {
    const analysis = await a.analysisFor(document.uri);
    const entries = analysis?.terms.map(t => t.entry) ?? [];
    return analysis && probe(entries) ? entries : undefined;
  }, 20000);
}

describe('user glossary', () => {
  let a: PolicyLensApi;
  let warnings: { message: string; items: string[] }[];
  const discovered = () => vscode.Uri.joinPath(workspaceFolder(), DISCOVERED);
  const listed = () => vscode.Uri.joinPath(workspaceFolder(), 'glossary', 'extra-terms.json');
  const config = () => vscode.workspace.getConfiguration('policyLens');

  beforeEach(async () => {
    a = await api();
    warnings = [];
    a.seams.showWarning = async (message: string, ...items: string[]) => { warnings.push({ message, items }); return undefined; };
  });

  afterEach(async () => {
    a.resetSeams();
    await config().update('glossaryFiles', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('glossary', undefined, vscode.ConfigurationTarget.Workspace);
    await remove(discovered());
    await remove(listed());
    await waitFor('the user glossary to empty', () => a.userGlossary(workspaceFolder()).length === 0 ? true : undefined, 20000);
    await closeAllEditors();
  });

  it(`annotates a term from ${DISCOVERED}`, async () => {
    await write(discovered(), JSON.stringify({ entries: [entry(TERM)] }, null, 2));
    const document = await openUntitled(TEXT, 'plaintext');
    await termsWhen(a, document, 'the custom term', e => e.includes(TERM));
    const analysis = await a.analysisFor(document.uri);
    assert.ok(analysis);
    const spans = analysis.terms.filter(t => t.entry === TERM).map(t => [t.start, t.end, t.text]);
    const first = TEXT.indexOf(TERM);
    const second = TEXT.indexOf(TERM, first + 1);
    assert.deepStrictEqual(spans, [[first, first + TERM.length, TERM], [second, second + TERM.length, TERM]]);
    const used = a.userGlossary(workspaceFolder()).find(e => e.term === TERM);
    assert.deepStrictEqual(used, { ...entry(TERM), source: DISCOVERED });
    assert.deepStrictEqual(warnings, []);
    const status = a.userGlossaryStatus();
    assert.deepStrictEqual([status.text, status.detail], ['User glossary: 1', DISCOVERED]);
  });

  it('reports a broken file once, by name, and keeps its last good version', async () => {
    await write(discovered(), JSON.stringify({ entries: [entry(TERM)] }, null, 2));
    const document = await openUntitled(TEXT, 'plaintext');
    await termsWhen(a, document, 'the custom term', e => e.includes(TERM));

    // A trailing comma on line 3: the error is at the closing bracket on line 4, column 3.
    const broken = `{\n  "entries": [\n    ${JSON.stringify(entry(OTHER))},\n  ]\n}\n`;
    await write(discovered(), broken);
    const warning = await waitFor('the warning about the broken file', () => warnings.find(w => w.message.includes(DISCOVERED)), 20000);
    assert.strictEqual(warning.message,
      `Policy Lens: the glossary ${DISCOVERED} cannot be used: not valid JSON at line 4, column 3 (${jsonError(broken)}). Its last good version stays in use (entries: 1).`);
    assert.deepStrictEqual(warning.items, ['Open File', 'Show Details']);
    const status = await waitFor('the problem in the status item', () => {
      const st = a.userGlossaryStatus();
      return st.severity === vscode.LanguageStatusSeverity.Warning ? st : undefined;
    });
    assert.deepStrictEqual([status.text, status.detail, status.command.command],
      [`Glossary: problems in ${DISCOVERED}`, 'User terms in use: 1', 'vscode.open']);

    await a.userGlossaryLoaded();
    const entries = await termsWhen(a, document, 'the old term still annotated', e => e.includes(TERM));
    assert.ok(!entries.includes(OTHER), 'nothing from the broken version');

    // Saving the same broken content again does not warn again.
    await write(discovered(), `${broken}\n`);
    await new Promise(resolve => setTimeout(resolve, 1500));
    await a.userGlossaryLoaded();
    assert.strictEqual(warnings.length, 1, JSON.stringify(warnings));

    // Fixed: the new version replaces the last good one.
    await write(discovered(), JSON.stringify([entry(OTHER)]));
    await termsWhen(a, document, 'the fixed file\'s term', e => e.includes(OTHER) && !e.includes(TERM));
  });

  it('reports bad entries by index and term and uses the good ones', async () => {
    await write(discovered(), JSON.stringify({ entries: [entry(TERM), { term: OTHER, en: 'no Chinese explanation' }] }));
    const document = await openUntitled(TEXT, 'plaintext');
    const entries = await termsWhen(a, document, 'the good entry', e => e.includes(TERM));
    assert.ok(!entries.includes(OTHER));
    const warning = await waitFor('the warning about the bad entry', () => warnings.find(w => w.message.includes(DISCOVERED)), 20000);
    assert.strictEqual(warning.message, `Policy Lens: problem in the glossary ${DISCOVERED}: entries[1] (“${OTHER}”): "zh" is missing.`);
  });

  it('reads policyLens.glossaryFiles, which override the inline policyLens.glossary', async () => {
    await config().update('glossary', [entry(TERM, 'inline'), entry(OTHER, 'inline')], vscode.ConfigurationTarget.Workspace);
    const document = await openUntitled(TEXT, 'plaintext');
    await termsWhen(a, document, 'the inline terms', e => e.includes(TERM) && e.includes(OTHER));
    assert.strictEqual(a.userGlossary(document.uri).find(e => e.term === TERM)?.source, 'policyLens.glossary');

    await write(listed(), JSON.stringify([entry(TERM, 'from the file')]));
    await config().update('glossaryFiles', ['glossary/extra-terms.json'], vscode.ConfigurationTarget.Workspace);
    await waitFor('the file entry', () => a.userGlossary(document.uri).find(e => e.term === TERM && e.en === 'from the file'), 20000);
    const byTerm = new Map(a.userGlossary(document.uri).map(e => [e.term, e]));
    assert.strictEqual(byTerm.get(TERM)?.source, 'glossary/extra-terms.json');
    assert.strictEqual(byTerm.get(OTHER)?.en, 'inline');
  });

  it('warns once when a file named in policyLens.glossaryFiles is missing', async () => {
    await config().update('glossaryFiles', ['glossary/no-such-file.json'], vscode.ConfigurationTarget.Workspace);
    const warning = await waitFor('the warning', () => warnings.find(w => w.message.includes('no-such-file.json')), 20000);
    assert.strictEqual(warning.message, 'Policy Lens: the glossary file glossary/no-such-file.json named in policyLens.glossaryFiles cannot be read.');
  });

  it('keeps the same entries array while the glossary is unchanged (the compiled glossary is reused)', async () => {
    await write(discovered(), JSON.stringify([entry(TERM)]));
    const first = await waitFor('the entry', () => a.userGlossary(workspaceFolder()).length === 1 ? a.userGlossary(workspaceFolder()) : undefined, 20000);
    // Same content written again (e.g. saved without changes).
    await write(discovered(), JSON.stringify([entry(TERM)]));
    await new Promise(resolve => setTimeout(resolve, 1500));
    await a.userGlossaryLoaded();
    assert.strictEqual(a.userGlossary(workspaceFolder()), first);
  });
});

/** The parser's own words for what is wrong, as the warning quotes them (never the file's text, which could hold link syntax). */
function jsonError(text: string): string {
  const parsed = parseJson(text);
  if (parsed.ok) { throw new Error('expected invalid JSON'); }
  return parsed.detail;
}
