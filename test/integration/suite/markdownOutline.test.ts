// A Markdown document keeps VS Code's own outline: the built-in Markdown extension's heading
// symbols, whole and alone (no second "Policy Lens" group splitting the Outline view, no
// "Policy Lens ›" in the breadcrumbs). Policy Lens adds its structure only when
// policyLens.outline.markdown asks for it. Checked against the real built-in provider.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, INTERVIEW, symbols, waitFor, workspaceFolder } from './helpers';

const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';
// The interview of the other suites, as Markdown notes: its title a heading, a section before the
// questions and one after.
const NOTES = [
  `# ${INTERVIEW.split('\n')[0]}`,
  '',
  '## 政策背景',
  '',
  INTERVIEW.slice(INTERVIEW.indexOf('\n') + 1).trim(),
  '',
  '## 下一步工作',
  '',
  '力争到2027年建成200个左右高标准数字园区。',
  '',
].join('\n');

/** Every symbol, depth first, as "kind name". */
function flatten(list: readonly vscode.DocumentSymbol[], out: vscode.DocumentSymbol[] = []): vscode.DocumentSymbol[] {
  for (const s of list) { out.push(s); flatten(s.children, out); }
  return out;
}

/** The kinds Policy Lens gives its nodes (outlineProvider.ts SYMBOL_KIND), none of which the Markdown outline uses. */
const POLICY_LENS_KINDS = new Set([vscode.SymbolKind.Interface, vscode.SymbolKind.Class, vscode.SymbolKind.EnumMember, vscode.SymbolKind.Event]);

describe('the Markdown outline', () => {
  const file = () => vscode.Uri.joinPath(workspaceFolder(), 'markdown-outline-notes.md');

  before(async () => {
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(NOTES));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyLens').update('outline.markdown', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    try { await vscode.workspace.fs.delete(file()); } catch { /* gone */ }
  });

  it('comes from the built-in Markdown extension, active in this VS Code', async () => {
    const markdown = vscode.extensions.getExtension(MARKDOWN_EXTENSION);
    assert.ok(markdown, `${MARKDOWN_EXTENSION} is installed`);
    await vscode.window.showTextDocument(file());
    await markdown.activate();
    assert.ok(markdown.isActive);
  });

  it('is the headings alone, whole, while Policy Lens analyses the document', async () => {
    const a = await api();
    const analysis = await a.analysisFor(file());
    assert.ok(analysis && analysis.outline.length > 0, 'Policy Lens has a structure of its own for these notes');
    const list = await waitFor('the heading symbols', async () => {
      const found = await symbols(file());
      return found.length > 0 ? found : undefined;
    }, 20000);
    const all = flatten(list);
    const names = all.map(s => s.name);
    // One top-level heading holding the two second-level ones: nothing else, nothing split.
    assert.strictEqual(list.length, 1, JSON.stringify(names));
    assert.ok(list[0].name.includes('关于推进中小企业数字化转型的答记者问'), list[0].name);
    assert.deepStrictEqual(list[0].children.map(c => c.name.replace(/^#+\s*/, '')), ['政策背景', '下一步工作']);
    assert.deepStrictEqual(all.filter(s => POLICY_LENS_KINDS.has(s.kind)).map(s => s.name), [], 'no Policy Lens symbol');
    assert.ok(!names.some(n => n.startsWith('一是') || n.startsWith('问') || n.startsWith('答')), JSON.stringify(names));
  });

  it('gains Policy Lens\'s questions, answers and points only when policyLens.outline.markdown is on', async () => {
    await vscode.workspace.getConfiguration('policyLens').update('outline.markdown', true, vscode.ConfigurationTarget.Global);
    const all = await waitFor('Policy Lens symbols beside the headings', async () => {
      const found = flatten(await symbols(file()));
      return found.some(s => POLICY_LENS_KINDS.has(s.kind)) ? found : undefined;
    }, 20000);
    const names = all.map(s => s.name);
    assert.ok(names.some(n => n.includes('政策背景')), `the headings stay: ${JSON.stringify(names)}`);
    assert.ok(all.some(s => s.kind === vscode.SymbolKind.EnumMember && s.name.startsWith('一是')), JSON.stringify(names));
    assert.ok(all.some(s => s.kind === vscode.SymbolKind.Interface), 'the question');

    await vscode.workspace.getConfiguration('policyLens').update('outline.markdown', undefined, vscode.ConfigurationTarget.Global);
    const back = flatten(await symbols(file()));
    assert.deepStrictEqual(back.filter(s => POLICY_LENS_KINDS.has(s.kind)).map(s => s.name), [], 'off again: the headings alone');
  });
});
