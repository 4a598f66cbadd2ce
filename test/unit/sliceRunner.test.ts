import assert from 'node:assert/strict';
import { runInSlices } from '../../src/core/sliceRunner';

/** A clock that only moves when a step says so. */
class FakeClock {
  t = 1000;
  now = (): number => this.t;
}

/** A generator whose i-th step costs costs[i] fake milliseconds; returns 'done'. Logs what ran. */
function* work(clock: FakeClock, costs: readonly number[], log: string[]): Generator<number, string, void> {
  try {
    for (let i = 0; i < costs.length; i++) {
      clock.t += costs[i];
      log.push(`step${i}`);
      yield i;
    }
    return 'done';
  } finally {
    log.push('closed');
  }
}

describe('runInSlices', () => {
  it('runs every step and resolves to the generator’s return value', async () => {
    const clock = new FakeClock();
    const log: string[] = [];
    const run = runInSlices(work(clock, [1, 1, 1], log), { budgetMs: 100, now: clock.now, yieldFn: async () => { log.push('yield'); } });
    assert.equal(await run, 'done');
    assert.deepEqual(log, ['step0', 'step1', 'step2', 'closed']);
    assert.equal(run.stats.completed, true);
    assert.equal(run.stats.cancelled, false);
    assert.equal(run.stats.slices, 1);
    assert.equal(run.stats.steps, 4); // three yields and the call that returns
  });

  // budget, step costs → the steps each slice ran ('ret': a slice holding only the call that
  // returns, which happens when the budget ran out right after the last yield), longest slice
  const table: { name: string; budget: number; costs: number[]; slices: string[]; longest: number }[] = [
    { name: 'stops a slice once the budget has passed', budget: 10, costs: [3, 3, 3, 3, 3, 3, 3, 3], slices: ['0-3', '4-7', 'ret'], longest: 12 },
    { name: 'a step exactly at the budget ends the slice', budget: 6, costs: [3, 3, 3, 3], slices: ['0-1', '2-3', 'ret'], longest: 6 },
    { name: 'a step longer than the budget runs alone', budget: 5, costs: [1, 20, 1], slices: ['0-1', '2'], longest: 21 },
    { name: 'a zero budget runs one step per slice', budget: 0, costs: [2, 2, 2], slices: ['0', '1', '2', 'ret'], longest: 2 },
  ];
  for (const c of table) {
    it(c.name, async () => {
      const clock = new FakeClock();
      const log: string[] = [];
      const run = runInSlices(work(clock, c.costs, log), { budgetMs: c.budget, now: clock.now, yieldFn: async () => { log.push('|'); } });
      assert.equal(await run, 'done');
      const slices = log.filter(x => x !== 'closed').join(' ').split('|').map(s => {
        const ids = s.trim().split(' ').filter(x => x !== '').map(x => x.replace('step', ''));
        return ids.length === 0 ? 'ret' : ids.length === 1 ? ids[0] : `${ids[0]}-${ids[ids.length - 1]}`;
      });
      assert.deepEqual(slices, c.slices);
      assert.equal(run.stats.slices, c.slices.length);
      assert.equal(run.stats.longestSliceMs, c.longest);
      assert.equal(run.stats.busyMs, c.costs.reduce((a, b) => a + b, 0));
    });
  }

  it('counts the time spent waiting between slices in elapsedMs, not busyMs', async () => {
    const clock = new FakeClock();
    const run = runInSlices(work(clock, [5, 5, 5], []), { budgetMs: 5, now: clock.now, yieldFn: async () => { clock.t += 100; } });
    await run;
    assert.equal(run.stats.busyMs, 15);
    assert.equal(run.stats.elapsedMs, 315); // three waits: the returning call ran in a slice of its own
  });

  it('abandons the work when isCancelled turns true, closing the generator', async () => {
    const clock = new FakeClock();
    const log: string[] = [];
    let yields = 0;
    const run = runInSlices(work(clock, [1, 1, 1, 1, 1], log), {
      budgetMs: 0, now: clock.now, yieldFn: async () => { yields++; }, isCancelled: () => yields >= 2,
    });
    assert.equal(await run, undefined);
    assert.deepEqual(log, ['step0', 'step1', 'closed']);
    assert.equal(run.stats.cancelled, true);
    assert.equal(run.stats.completed, false);
  });

  it('runs nothing when cancelled before the first slice', async () => {
    const clock = new FakeClock();
    const log: string[] = [];
    const run = runInSlices(work(clock, [1, 1], log), { now: clock.now, isCancelled: () => true });
    assert.equal(await run, undefined);
    assert.deepEqual(log, []);
    assert.equal(run.stats.steps, 0);
  });

  it('runs the first slice synchronously inside the call', () => {
    // The extension cache relies on this: getText and the first slice are one stretch on the thread.
    const clock = new FakeClock();
    const log: string[] = [];
    const run = runInSlices(work(clock, [3, 3, 3], log), { budgetMs: 5, now: clock.now, yieldFn: async () => undefined });
    assert.deepEqual(log, ['step0', 'step1']);
    assert.equal(run.stats.slices, 1);
    assert.equal(run.stats.longestSliceMs, 6);
    return run;
  });

  it('exposes live stats while the run is waiting', async () => {
    const clock = new FakeClock();
    const seen: number[] = [];
    const run = runInSlices(work(clock, [4, 4, 4], []), { budgetMs: 4, now: clock.now, yieldFn: async () => {
      await Promise.resolve(); // the first slice runs inside runInSlices, before `run` is bound
      seen.push(run.stats.slices);
    } });
    await run;
    assert.deepEqual(seen, [1, 2, 3]);
  });

  it('rejects when a step throws', async () => {
    function* failing(): Generator<number, string, void> { yield 1; throw new Error('boom'); }
    const clock = new FakeClock();
    await assert.rejects(runInSlices(failing(), { budgetMs: 0, now: clock.now, yieldFn: async () => undefined }), /boom/);
  });

  it('lets other tasks run between slices with the default yield', async () => {
    const order: string[] = [];
    function* steps(): Generator<number, string, void> {
      order.push('a');
      yield 1;
      order.push('b');
      return 'ok';
    }
    setTimeout(() => order.push('timer'), 0);
    // budget 0 forces a yield after the first step; the timer queued before must fire in it.
    assert.equal(await runInSlices(steps(), { budgetMs: 0 }), 'ok');
    assert.deepEqual(order, ['a', 'timer', 'b']);
  });
});
