// Runs only in the restricted-mode pass (workspace trust enabled, folder untrusted): the harness
// really produces an untrusted workspace, and the extension still loads there.
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('integration harness (restricted mode)', () => {
  it('opens the workspace untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('still loads the extension under development', () => {
    assert.ok(vscode.extensions.getExtension('policy-lens.policy-lens'));
  });
});
