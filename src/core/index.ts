// Public surface of the core, shared by the extension host, the web worker and the CLI.
export * from './types';
export { analyze, analyzeSteps, chunkBoundaries, CHUNK_SIZE } from './analyze';
