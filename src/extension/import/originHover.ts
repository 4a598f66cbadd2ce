// "Every paragraph knows its page": the line the hover puts above the explanations of an annotation
// in an opened file, saying where its paragraph came from (`p. 3 · report.pdf`, or the Word table
// row). hoverProvider.ts asks for it; document text never reaches it (the label and the file name
// are escaped all the same).
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/markdown';
import { baseName, originalUri } from './scheme';

/** Where the text at an offset of a document came from, as a short label; undefined when unknown. */
export type OriginLabel = (uri: vscode.Uri, offset: number) => string | undefined;

/** The hover line for the annotation starting at an offset of a document, as an untrusted MarkdownString. */
export type OriginLine = (uri: vscode.Uri, offset: number) => vscode.MarkdownString | undefined;

export function originHoverLine(labelAt: OriginLabel): OriginLine {
  return (uri, offset) => {
    const label = labelAt(uri, offset);
    const original = originalUri(uri);
    if (!label || !original) { return undefined; }
    const md = new vscode.MarkdownString(undefined, false);
    md.isTrusted = false;
    md.supportHtml = false;
    md.appendMarkdown(escapeMarkdown(`${label} · ${baseName(original)}`));
    return md;
  };
}
