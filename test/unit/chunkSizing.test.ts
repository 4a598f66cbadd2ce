// How long the analysis makes its chunks (src/core/chunks.ts firstChunkSize, src/core/analyze.ts):
// a short first chunk, in which the density is learned, then chunks shortened by the density of
// the one before, so that a step of dense text holds about as much as a step of ordinary text.
import assert from 'node:assert/strict';
import { analyzeSteps, CHUNK_SIZE, type CutLog } from '../../src/core/analyze';
import { firstChunkSize } from '../../src/core/chunks';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repeatTo } from './stepWorkMeter';

/** The lengths of the chunks pass 1 read, in order. */
function scanChunks(text: string): number[] {
  const log: CutLog = { forced: [], targets: [], phases: [] };
  const steps = analyzeSteps(text, {}, { log });
  const ends: number[] = [];
  for (let r = steps.next(); !r.done; r = steps.next()) {
    if (log.phases?.[log.phases.length - 1] === 'scan') { ends.push(r.value); }
  }
  return ends.map((end, i) => end - (i === 0 ? 0 : ends[i - 1]));
}

describe('chunk sizes', () => {
  const firsts: [number, number][] = [[CHUNK_SIZE, CHUNK_SIZE / 8], [65536, 8192], [2048, 512], [1024, 512], [512, 512], [13, 13], [1, 1]];
  for (const [size, first] of firsts) {
    it(`takes a first chunk of ${first} when chunks are ${size} long`, () => { assert.equal(firstChunkSize(size), first); });
  }

  it('keeps every chunk of dense text short after the first (judged by density, not by count)', () => {
    // 5% over and over: about one annotation every three characters, 2.7 times the density a full
    // chunk is sized for. Judged by count, a short chunk held little and the next was full again.
    const lengths = scanChunks(repeatTo('5%', 200_000));
    assert.ok(lengths.length > 50);
    assert.ok(Math.abs(lengths[0] - firstChunkSize(CHUNK_SIZE)) <= 64, `first chunk ${lengths[0]}`);
    const longest = Math.max(...lengths.slice(1));
    assert.ok(longest <= CHUNK_SIZE / 2, `longest later chunk ${longest}`);
    assert.ok(Math.min(...lengths.slice(1, -1)) >= CHUNK_SIZE / 8 - 64);
  });

  it('reads ordinary text in full chunks after the first', () => {
    // The public-domain samples of the repository, one after the other, four times over.
    const dir = path.join(__dirname, '..', '..', 'samples');
    const files = [dir, path.join(dir, 'work-reports')].flatMap(d => readdirSync(d).filter(n => n.endsWith('.txt')).map(n => path.join(d, n)));
    const text = Array(4).fill(files.map(f => readFileSync(f, 'utf8')).join('\n')).join('\n');
    const lengths = scanChunks(text);
    assert.ok(lengths.length >= 8, `${lengths.length} chunks`);
    assert.ok(lengths[0] <= firstChunkSize(CHUNK_SIZE), `first chunk ${lengths[0]}`);
    // a chunk ends at the last line break within half a chunk before the size
    for (const len of lengths.slice(1, -1)) { assert.ok(len >= CHUNK_SIZE / 2 && len <= CHUNK_SIZE, `chunk of ${len}`); }
  });
});
