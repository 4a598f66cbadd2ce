// The harness itself: the suite runs inside the VS Code build we pinned, with this extension loaded
// from the work tree as the extension under development.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-lens.policy-lens';

describe('integration harness', () => {
  it('runs inside VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('loads the extension under development by its id', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among ${vscode.extensions.all.length} loaded extensions`);
    assert.strictEqual(ext.packageJSON.name, 'policy-lens');
  });

  it('opens the workspace the runner prepared', () => {
    const expected = process.env.POLICY_LENS_TEST_WORKSPACE;
    assert.ok(expected, 'POLICY_LENS_TEST_WORKSPACE is set for the extension host');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepStrictEqual(folders.map(f => f.uri.fsPath), [expected]);
  });

  it('trusts the workspace (restricted mode is the *.restricted.test.ts run)', () => {
    assert.strictEqual(vscode.workspace.isTrusted, true);
  });
});
