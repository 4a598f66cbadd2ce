// Shared by the integration suites: the extension's API, the sample workspace and the outline as
// plain data (kind, name, line, children) so expectations read like docs/annotation.md §4.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/api';
import type { OutlineKind } from '../../../src/core/types';

export const EXTENSION_ID = 'policy-lens.policy-lens';

export async function api(): Promise<PolicyLensApi> {
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded`);
  return ext.activate();
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder.uri;
}

let untitledCount = 0;
const EXTENSION_OF: Readonly<Record<string, string>> = { plaintext: 'txt', markdown: 'md', json: 'json', 'policy-text': 'policy.txt' };

/**
 * An untitled document with a name of its own. openTextDocument({ content }) reuses Untitled-N
 * names, and a provider asked by URI right after could meet the just-closed document of that name.
 */
export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  const name = `policy-lens-test-${Date.now().toString(36)}-${++untitledCount}.${EXTENSION_OF[language] ?? 'txt'}`;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: name });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) { document = await vscode.languages.setTextDocumentLanguage(document, language); }
  if (content) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), content);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the test text is in the document');
  }
  assert.strictEqual(document.getText(), content);
  return document;
}

/** A shared fixture copied into the workspace by the runner, or undefined where ../shared is absent. */
export async function fixture(name: string): Promise<vscode.Uri | undefined> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), 'fixtures', name);
  try {
    await vscode.workspace.fs.stat(uri);
    return uri;
  } catch {
    return undefined;
  }
}

// The inverse of outlineProvider's SYMBOL_KIND, spelled out so the test checks the mapping too.
const KIND_OF_SYMBOL = new Map<vscode.SymbolKind, OutlineKind>([
  [vscode.SymbolKind.File, 'article'],
  [vscode.SymbolKind.Namespace, 'section'],
  [vscode.SymbolKind.Interface, 'question'],
  [vscode.SymbolKind.Class, 'answer'],
  [vscode.SymbolKind.EnumMember, 'point'],
  [vscode.SymbolKind.Event, 'speaker'],
]);

export interface Node { kind: OutlineKind | string; name: string; line: number; children: Node[] }

export function toNodes(symbols: readonly vscode.DocumentSymbol[]): Node[] {
  return symbols.map(s => ({
    kind: KIND_OF_SYMBOL.get(s.kind) ?? `SymbolKind ${s.kind}`,
    name: s.name,
    line: s.range.start.line,
    children: toNodes(s.children),
  }));
}

export async function symbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  return result ?? [];
}

export async function outline(uri: vscode.Uri): Promise<Node[]> {
  return toNodes(await symbols(uri));
}

export async function folding(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  return (await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri)) ?? [];
}

export function find(nodes: readonly Node[], kind: string, line: number): Node | undefined {
  for (const n of nodes) {
    if (n.kind === kind && n.line === line) { return n; }
    const inner = find(n.children, kind, line);
    if (inner) { return inner; }
  }
  return undefined;
}

/** Polls until `probe` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) { return value; }
    if (Date.now() > until) { throw new Error(`timed out waiting for ${what}`); }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** A Chinese interview in the shape docs/annotation.md §4 describes: title, question, answer with points. */
export const INTERVIEW = [
  '关于推进中小企业数字化转型的答记者问',
  '',
  '问：下一步将如何推进中小企业数字化转型？',
  '',
  '答：我们将从两个方面发力。',
  '',
  '一是加快改造升级。到2027年完成1000家企业数字化改造。',
  '',
  '二是完善公共服务。今年上半年新建20个服务平台。',
  '',
].join('\n');

export const ENGLISH = [
  'Release notes',
  '',
  'Version 2.3 fixes 14 bugs and speeds up start-up by 30%.',
  'Q: Does it still run on Windows 10?',
  'A: Yes, until October 2025.',
  '',
].join('\n');

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Hover Markdown as a reader sees it: bold marks, backslash escapes and entities undone. */
export function plainMarkdown(markdown: string): string {
  return markdown.replace(/(?<!\\)\*\*/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Every hover's text at a position, as plainMarkdown shows it, one hover after another. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position) ?? [];
  return hovers.flatMap(h => h.contents.map(c => plainMarkdown(typeof c === 'string' ? c : c.value))).join('\n\n');
}
