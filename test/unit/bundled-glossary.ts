// Loaded by mocha before every unit test (.mocharc.json): the core has no built-in terms until a
// host hands them over, and the tests, like the CLI, use the glossary bundled from glossary.json.
import { useBundledGlossary } from '../../src/core/glossaryFile';

useBundledGlossary();
