// Feeds the gate decision from a TextDocument without copying more than the sample.
import * as vscode from 'vscode';
import { CHINESE_SAMPLE_SIZE } from '../core/language';
import { decideGate, type GateResult } from './gate';
import { findLongLine } from './lineLengths';
import { readSettings } from './settings';

export function documentGate(document: vscode.TextDocument): GateResult {
  const settings = readSettings(document);
  const size = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  const sample = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(CHINESE_SAMPLE_SIZE)));
  return decideGate(document.languageId, size, sample, settings, limit => findLongLine(document, limit));
}
