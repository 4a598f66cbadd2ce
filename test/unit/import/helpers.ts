// Shared by the converter tests: the committed test files and the errors they must raise.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError, type ImportErrorKind } from '../../../src/import/node';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** The text a test file must convert to (`NAME.txt` beside it), without the final newline. */
export function expectedText(name: string): string {
  return readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8').replace(/\r\n/g, '\n').trim();
}

export function paragraphs(text: string): string[] {
  return text.split('\n\n');
}

/** Awaits `run`, which must reject with an ImportError of `kind`: one line, naming the file. */
export async function assertImportError(run: () => Promise<unknown>, kind: ImportErrorKind, fileName: string, words: RegExp): Promise<ImportError> {
  let caught: unknown;
  try {
    await run();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof ImportError, `expected an ImportError, got ${String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  assert.ok(caught.message.startsWith(`${fileName}: `), caught.message);
  assert.ok(!caught.message.includes('\n'), 'one line');
  assert.match(caught.message, words);
  return caught;
}
