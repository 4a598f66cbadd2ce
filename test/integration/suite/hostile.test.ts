// What a cloned repository controls (its workspace settings, file names, glossary files) reaches
// the user's notifications and status items as plain text: VS Code would run `[label](command:…)`
// there when clicked. Observed through the seams, in the real VS Code; the unit suite
// test/unit/hostile/ builds every message from hostile values, this one sees them arrive.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/api';
import { api, waitFor, workspaceFolder } from './helpers';

/** The probe's value: unescaped in a notification it is a link that types into the terminal. */
const LINK = '[Open Settings](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%20pwned%5Cn%22%7D)';
/** VS Code's link syntax in notifications and status items (vs/base/common/linkedText.ts). */
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
/** The same text, as plainText shows it: a word joiner between `]` and `(`. */
const SHOWN = '[Open Settings]\u2060(command:workbench';

function assertInert(message: string): void {
  assert.ok(!VSCODE_LINK.test(message), message);
  assert.ok(!message.includes(']('), message);
}

async function update(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('hostile workspace values in notifications', () => {
  let a: PolicyLensApi;
  let warnings: string[];

  beforeEach(async () => {
    a = await api();
    warnings = [];
    a.seams.showWarning = async (message: string) => { warnings.push(message); return undefined; };
  });

  afterEach(async () => {
    for (const key of ['referenceDate', 'maxDocumentSize', 'glossary', 'glossaryFiles']) { await update(key, undefined); }
    a.resetSeams();
  });

  const cases: Array<[string, string, unknown, string]> = [
    ['policyLens.referenceDate', 'referenceDate', LINK, 'policyLens.referenceDate'],
    ['policyLens.maxDocumentSize (not a number)', 'maxDocumentSize', LINK, 'policyLens.maxDocumentSize'],
    ['an unknown field name in policyLens.glossary', 'glossary', [{ term: '透镜试点园区', en: 'e', zh: 'z', [LINK]: 1 }], 'policyLens.glossary'],
  ];
  for (const [what, key, value, names] of cases) {
    it(`shows ${what} as plain text`, async () => {
      await update(key, value);
      const message = await waitFor(`the warning about ${names}`, () => warnings.find(w => w.includes(names) && w.includes('Open Settings')), 20000);
      assertInert(message);
      assert.ok(message.includes(SHOWN), message);
    });
  }

  it('names a glossary file with link syntax in its name as plain text, in the warning and the status item', async () => {
    const name = `glossary/${LINK}.json`;
    await update('glossaryFiles', [name]);
    const message = await waitFor('the unreadable glossary warning', () => warnings.find(w => w.includes('cannot be read')), 20000);
    assertInert(message);
    assert.ok(message.includes(SHOWN), message);
    await a.userGlossaryLoaded();
    const status = a.userGlossaryStatus();
    assertInert(status.text);
    assertInert(status.detail);
  });
});

describe('hostile glossary files', () => {
  let a: PolicyLensApi;
  let warnings: string[];
  const discovered = () => vscode.Uri.joinPath(workspaceFolder(), '.vscode', 'policy-lens.glossary.json');

  beforeEach(async () => {
    a = await api();
    warnings = [];
    a.seams.showWarning = async (message: string) => { warnings.push(message); return undefined; };
  });

  afterEach(async () => {
    try { await vscode.workspace.fs.delete(discovered()); } catch { /* not there */ }
    // Gone, not only empty: a file still known as broken would not be warned about again.
    await waitFor('the glossary file to be gone', () => (a.userGlossary(workspaceFolder()).length === 0
      && a.userGlossaryStatus().severity !== vscode.LanguageStatusSeverity.Warning ? true : undefined), 20000);
    a.resetSeams();
  });

  it('does not read a glossary file over 1 MB, and says which file and what the limit is', async () => {
    const entry = JSON.stringify({ term: '透镜试点园区', en: 'a pilot zone', zh: '试点园区' });
    const text = `[${Array.from({ length: Math.ceil(1_100_000 / entry.length) }, () => entry).join(',')}]`;
    await vscode.workspace.fs.writeFile(discovered(), new TextEncoder().encode(text));
    const message = await waitFor('the too-large warning', () => warnings.find(w => w.includes('policy-lens.glossary.json')), 20000);
    assert.match(message, /the glossary \.vscode\/policy-lens\.glossary\.json cannot be used: it has \d+ bytes, more than the 1000000 bytes a glossary file may have\./);
    assert.deepStrictEqual(a.userGlossary(workspaceFolder()), []);
  });

  it('refuses JSON nested deeper than a glossary is, at the bracket that goes too deep', async () => {
    await vscode.workspace.fs.writeFile(discovered(), new TextEncoder().encode('['.repeat(999_000)));
    const message = await waitFor('the broken-file warning', () => warnings.find(w => w.includes('policy-lens.glossary.json')), 20000);
    assert.match(message, /cannot be used: not valid JSON at line 1, column 65 \(nested more than 64 levels deep\)/);
  });

  it('checks a megabyte of empty entries without holding up the host', async () => {
    // 333,000 objects: JSON.parse alone takes 150-200 ms for them, validating them at once seconds.
    const text = `[${'{},'.repeat(332_999)}{}]`;
    let longestGap = 0;
    let last = Date.now();
    const ticker = setInterval(() => { const now = Date.now(); longestGap = Math.max(longestGap, now - last); last = now; }, 5);
    try {
      await vscode.workspace.fs.writeFile(discovered(), new TextEncoder().encode(text));
      const message = await waitFor('the problems warning', () => warnings.find(w => w.includes('policy-lens.glossary.json')), 30000);
      assert.match(message, /^Policy Lens: 999000 problems in the glossary \.vscode\/policy-lens\.glossary\.json, the first: entries\[0\]: "term" is missing\./);
    } finally { clearInterval(ticker); }
    // Slices of about 8 ms; the bound leaves room for a machine shared by many processes.
    assert.ok(longestGap < 500, `the host was held up for ${longestGap} ms`);
  });
});
