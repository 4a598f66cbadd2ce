// The built-in glossary bundled as a module, for hosts whose size does not matter (the CLI, tests,
// the benchmark). The extension reads dist/glossary.json at run time instead (builtinGlossary.ts).
import data from './glossary.json';
import { entriesOfGlossaryFile, setBuiltinGlossary } from './glossary';
import type { GlossaryEntry } from './types';

export const BUNDLED_GLOSSARY: readonly GlossaryEntry[] = entriesOfGlossaryFile(data);

/** Makes the bundled glossary the built-in one. */
export function useBundledGlossary(): void {
  setBuiltinGlossary(BUNDLED_GLOSSARY);
}
