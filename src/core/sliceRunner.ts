// Runs a step generator (analyzeSteps) in time-boxed synchronous slices that yield between them,
// so the host's event loop keeps serving the editor (docs/architecture.md, rule 2), and drops the work as
// soon as the caller says a newer version arrived. Pure: the clock and the yield are injected,
// so tests drive it with a fake clock and the same code runs in Node and a web worker.

export interface SliceStats {
  /** Synchronous slices run so far. */
  slices: number;
  /** Calls to the generator's next(), the last one (which returns the result) included. */
  steps: number;
  /** The longest slice, in the clock's milliseconds: how long the host was blocked at most. */
  longestSliceMs: number;
  /** Time spent inside slices (on the thread), excluding the waits between them. */
  busyMs: number;
  /** From the start of the first slice to the end of the last one, waits included. */
  elapsedMs: number;
  completed: boolean;
  cancelled: boolean;
}

export interface SliceOptions {
  /** Run steps until this much time has passed, then yield. Default 8 ms. */
  budgetMs?: number;
  /** The clock in milliseconds. Default `performance.now`. */
  now?: () => number;
  /** How to give the event loop a turn. Default `setTimeout(…, 0)`. */
  yieldFn?: () => Promise<void>;
  /** Checked before every slice; once true the work is abandoned and the run resolves to undefined. */
  isCancelled?: () => boolean;
}

/** A run in progress: a promise of the result (undefined when cancelled) that exposes live stats. */
export type SliceRun<T> = Promise<T | undefined> & { readonly stats: SliceStats };

export const DEFAULT_SLICE_BUDGET_MS = 8;

const defaultYield = (): Promise<void> => new Promise(resolve => { setTimeout(resolve, 0); });
const defaultNow = (): number => performance.now();
const never = (): boolean => false;

export function newSliceStats(): SliceStats {
  return { slices: 0, steps: 0, longestSliceMs: 0, busyMs: 0, elapsedMs: 0, completed: false, cancelled: false };
}

/**
 * Advances `steps` until `budgetMs` has passed, awaits `yieldFn()`, and repeats until the
 * generator returns (its value is the result) or `isCancelled()` turns true (the generator is
 * closed and the result is undefined). A single step longer than the budget cannot be cut: the
 * budget bounds when a slice stops, each step bounds by how much it can overshoot.
 * The first slice runs synchronously inside this call, so `stats` already describes it on return.
 */
export function runInSlices<T>(steps: Generator<unknown, T, void>, options: SliceOptions = {}): SliceRun<T> {
  const stats = newSliceStats();
  const run = drive(steps, options, stats);
  return Object.assign(run, { stats });
}

async function drive<T>(steps: Generator<unknown, T, void>, options: SliceOptions, stats: SliceStats): Promise<T | undefined> {
  const budget = Math.max(0, options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS);
  const now = options.now ?? defaultNow;
  const yieldFn = options.yieldFn ?? defaultYield;
  const isCancelled = options.isCancelled ?? never;
  const began = now();
  for (;;) {
    if (isCancelled()) {
      stats.cancelled = true;
      // Lets the generator run its finally blocks; the value passed is never observed.
      steps.return(undefined as never);
      return undefined;
    }
    const sliceStart = now();
    let r: IteratorResult<unknown, T>;
    let elapsed: number;
    do {
      r = steps.next();
      stats.steps++;
      elapsed = now() - sliceStart;
    } while (!r.done && elapsed < budget);
    stats.slices++;
    stats.busyMs += elapsed;
    if (elapsed > stats.longestSliceMs) { stats.longestSliceMs = elapsed; }
    stats.elapsedMs = sliceStart + elapsed - began;
    if (r.done) {
      stats.completed = true;
      return r.value;
    }
    await yieldFn();
  }
}
