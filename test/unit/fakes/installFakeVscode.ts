// Import first: makes `require('vscode')` resolve to the fake beside this file.
import Module from 'node:module';
import path from 'node:path';

const fake = path.join(__dirname, 'vscode.ts');
const resolver = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const original = resolver._resolveFilename;
resolver._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return request === 'vscode' ? fake : original.call(this, request, ...rest);
};
