// What the user sees and answers, and what time it is, behind one replaceable object. Features call
// through `seams` at the moment they need it (never keep a method), so an integration test can swap
// a member through the extension's API, read what the user would have seen, and answer prompts.
import * as vscode from 'vscode';
import { plainText } from '../core/markdown';

export interface Seams {
  /** The wall clock, for "time left to a deadline" and anything dated. */
  now(): Date;
  showInformation(message: string, ...items: string[]): Thenable<string | undefined>;
  showWarning(message: string, ...items: string[]): Thenable<string | undefined>;
  showError(message: string, ...items: string[]): Thenable<string | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[] | Thenable<readonly T[]>, options?: vscode.QuickPickOptions): Thenable<T | undefined>;
  /** A quick pick where several items may be chosen (items with `picked` start checked); undefined when dismissed. */
  showQuickPickMany<T extends vscode.QuickPickItem>(items: readonly T[], options?: Omit<vscode.QuickPickOptions, 'canPickMany'>): Thenable<readonly T[] | undefined>;
  /** A suggestion the user may take or decline once (a non-modal notification with buttons). */
  offer(message: string, ...items: string[]): Thenable<string | undefined>;
  showInputBox(options?: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** Asks before replacing an existing file; true to overwrite. */
  confirmOverwrite(uri: vscode.Uri): Thenable<boolean>;
  /** Asks where to save a file (export); undefined when cancelled. */
  showSaveDialog(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
}

export function defaultSeams(): Seams {
  return {
    now: () => new Date(),
    showInformation: (message, ...items) => vscode.window.showInformationMessage(message, ...items),
    showWarning: (message, ...items) => vscode.window.showWarningMessage(message, ...items),
    showError: (message, ...items) => vscode.window.showErrorMessage(message, ...items),
    showQuickPick: (items, options) => vscode.window.showQuickPick(items, options),
    showQuickPickMany: (items, options) => vscode.window.showQuickPick(items, { ...options, canPickMany: true }),
    offer: (message, ...items) => vscode.window.showInformationMessage(message, ...items),
    showInputBox: (options) => vscode.window.showInputBox(options),
    showSaveDialog: (options) => vscode.window.showSaveDialog(options),
    confirmOverwrite: async (uri) => {
      const overwrite = vscode.l10n.t('Overwrite');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} already exists. Overwrite it?', plainText(vscode.workspace.asRelativePath(uri))),
        { modal: true }, overwrite);
      return answer === overwrite;
    },
  };
}

/** Puts every member back to the vscode API (tests call it in `afterEach`). */
export function resetSeams(seams: Seams): void {
  Object.assign(seams, defaultSeams());
}
