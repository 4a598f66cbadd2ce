// The built-in glossary ships as data (dist/glossary.json) rather than inside the extension's
// code, which stays small to load. It is read once, right after activation (no analysis waits in
// activate() itself), and handed to the core; analyses start once it is in (AnalysisCache `ready`).
import * as vscode from 'vscode';
import { entriesOfGlossaryFile, setBuiltinGlossary } from '../core/glossary';
import { plainText } from '../core/markdown';
import type { Seams } from './seams';

export async function loadBuiltinGlossary(extensionUri: vscode.Uri, seams: Seams, log: vscode.LogOutputChannel): Promise<void> {
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'glossary.json');
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const entries = entriesOfGlossaryFile(JSON.parse(new TextDecoder().decode(bytes)));
    setBuiltinGlossary(entries);
    log.info(`[glossary] ${entries.length} built-in entries from ${uri.toString()}`);
  } catch (error) {
    // Numbers, dates, targets and the outline do not need it; user glossary entries still match.
    const reason = error instanceof Error ? error.message : String(error);
    log.error(`[glossary] the built-in glossary ${uri.toString()} could not be read: ${reason}`);
    void seams.showWarning(vscode.l10n.t('Policy Lens: the built-in glossary could not be read ({0}). Terms from your own glossary still work.', plainText(reason)));
  }
}
