// The walkthrough (contributes.walkthroughs) opens in the real workbench with its id, and its
// steps' media and commands are there: the sample it opens, the views and commands it names.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, waitFor } from './helpers';

const EXTENSION = 'policy-lens.policy-lens';
const WALKTHROUGH = 'policyLens.welcome';

interface Walkthrough { id: string; title: string; steps: { id: string; description: string; media: { image?: string; markdown?: string } }[] }

function walkthrough(): Walkthrough {
  const ext = vscode.extensions.getExtension(EXTENSION);
  const list = (ext?.packageJSON as { contributes: { walkthroughs: Walkthrough[] } }).contributes.walkthroughs;
  const w = list.find(x => x.id === WALKTHROUGH);
  assert.ok(w, `${WALKTHROUGH} is contributed`);
  return w;
}

describe('the walkthrough', () => {
  after(closeAllEditors);

  it('takes a reader through a sample, the hover, the outline, the Targets view, the ledger and the quick fix', async () => {
    const w = walkthrough();
    assert.deepStrictEqual(w.steps.map(s => s.id), ['openSample', 'hover', 'outline', 'targets', 'ledger', 'notANumber']);
    const commands = new Set(await vscode.commands.getCommands(true));
    const linked = w.steps.flatMap(s => [...s.description.matchAll(/\(command:([\w.]+)/g)].map(m => m[1]));
    assert.ok(linked.includes('policyLens.compareTargets'), 'the ledger step names Compare Targets…');
    // Every command a step links to exists in this build.
    for (const id of linked) { assert.ok(commands.has(id), `${id} is a command`); }
    const root = vscode.extensions.getExtension(EXTENSION)!.extensionUri;
    for (const step of w.steps) {
      const media = step.media.image ?? step.media.markdown;
      assert.ok(media, `${step.id} has media`);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, media));
    }
  });

  it('opens with workbench.action.openWalkthrough and its id', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION}#${WALKTHROUGH}`, false);
    const tab = await waitFor('the walkthrough tab', () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active && !(active.input instanceof vscode.TabInputText) ? active : undefined;
    });
    assert.ok(/Welcome|Walkthrough|Policy Lens/.test(tab.label), tab.label);
  });

  it('opens the sample as an untitled Policy Text document', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('policyLens.openSample');
    assert.ok(editor);
    assert.strictEqual(editor.document.languageId, 'policy-text');
    assert.strictEqual(editor.document.isUntitled, true);
    assert.ok(editor.document.getText().includes('体育竞赛表演产业的指导意见'));
  });
});
