// What a bench run records (figures, budgets, notes, profiles) and how its numbers are written.
// Every section of bench/bench.mjs adds to one record; bench/report.mjs prints it.

/** A fresh record and the two functions that fill it. */
export function createRecord() {
  const figures = {};
  const budgets = [];
  const notes = [];
  const profiles = [];

  /** A figure: a summary ({median, min, max, runs}) or a plain value, with its unit and a note. */
  function figure(key, label, unit, value, note) {
    figures[key] = { label, unit, ...(value && typeof value === 'object' ? value : { median: value ?? null, min: null, max: null, runs: value == null ? 0 : 1 }), ...(note ? { note } : {}) };
    return figures[key];
  }

  /**
   * `cpu`: the same figure in process CPU time, when measured. Wall time suffers from other processes
   * on the machine, CPU time from GC helper threads; when the two verdicts differ, it is said.
   */
  function budget(name, value, limit, met, note, cpu) {
    const entry = { name, value: value == null ? null : +(+value).toPrecision(4), limit, met };
    const notes2 = note ? [note] : [];
    if (cpu != null) {
      entry.cpuValue = +(+cpu.value).toPrecision(4);
      entry.cpuMet = cpu.met;
      notes2.push(`in CPU time ${fmtBudget(entry.cpuValue, limit)}${cpu.met !== met ? ` — would be ${cpu.met ? 'met' : 'missed'}: the verdict is within the noise of this machine` : ''}`);
    }
    if (notes2.length) { entry.note = notes2.join('; '); }
    budgets.push(entry);
  }

  return { figures, budgets, notes, profiles, figure, budget };
}

export const fmtBudget = (v, limit) => v == null ? '—' : limit < 1 ? v.toFixed(4) : v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Ratios run by run (same round, same process), before any median is taken. */
export const perRound = (xs, ys, f) => xs.map((x, i) => f(x, ys[i]));

export const fmtMs = ms => ms == null ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : ms >= 0.001 ? `${(ms * 1000).toFixed(2)} µs` : `${(ms * 1e6).toFixed(0)} ns`;
export const fmtX = x => x == null ? '—' : x >= 100 ? `${Math.round(x).toLocaleString('en-US')}×` : `${x.toFixed(2)}×`;
export const fmtNum = (x, unit) => {
  if (x == null) { return '—'; }
  switch (unit) {
    case 'ms': return fmtMs(x);
    case '×': return fmtX(x);
    case 'MB/s': return `${x.toFixed(1)} MB/s`;
    case 'KB': return `${x.toFixed(1)} KB`;
    case 'MB/MB': return `${x.toFixed(2)} MB/MB`;
    case 'MB': return `${x.toFixed(1)} MB`;
    default: return `${+x.toPrecision(4)}${unit ? ' ' + unit : ''}`;
  }
};
