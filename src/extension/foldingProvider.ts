// Folding over the same outline tree: one region per node that spans more than one line.
import * as vscode from 'vscode';
import type { OutlineNode } from '../core/types';
import type { AnalysisCache } from './analysisCache';

/** Last line holding text of a node ending (exclusively) at `end`: blank lines after it stay visible. */
function lastLine(document: vscode.TextDocument, start: number, end: number): number {
  const first = document.positionAt(start).line;
  const endPos = document.positionAt(end);
  let line = endPos.character === 0 && endPos.line > first ? endPos.line - 1 : endPos.line;
  while (line > first && document.lineAt(line).isEmptyOrWhitespace) { line--; }
  return line;
}

export function toFoldingRanges(document: vscode.TextDocument, nodes: readonly OutlineNode[]): vscode.FoldingRange[] {
  const out: vscode.FoldingRange[] = [];
  const visit = (node: OutlineNode): void => {
    const first = document.positionAt(node.start).line;
    const last = lastLine(document, node.start, node.end);
    if (last > first) { out.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region)); }
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

export function registerFoldingSupport(selector: vscode.DocumentSelector, cache: AnalysisCache): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  return vscode.Disposable.from(
    changed,
    // Settings that change what is analysed change the ranges; edits are asked for by VS Code itself.
    cache.onDidInvalidate(() => changed.fire()),
    vscode.languages.registerFoldingRangeProvider(selector, {
      onDidChangeFoldingRanges: changed.event,
      async provideFoldingRanges(document, _context, token) {
        const analysis = await cache.get(document);
        // undefined (not []) for skipped documents: VS Code then falls back to indentation folding.
        if (!analysis || token.isCancellationRequested) { return undefined; }
        return toFoldingRanges(document, analysis.outline);
      },
    }),
  );
}
