// Scores one analysis against one gold file, by the rules of docs/annotation.md §6:
//   outline: P/R/F1 over (kind, line, parent's kind)
//   numbers, dates: P/R/F1 on exact spans; value accuracy / resolution accuracy of matched spans
//   targets: P/R/F1 where a prediction matches a gold target it overlaps by ≥ half the gold span;
//            deadline accuracy of the matched ones (the deadline string equal to the gold's, null too)
//   traps: predicted numbers overlapping an occurrence of a gold `notNumbers` string
//   documentDate: right or wrong
// Pure: no I/O. scripts/eval.mjs reads the files and prints.

/** The goals of the recognition issue, per file. */
export const GOALS = {
  outlineF1: 0.95, numbersF1: 0.97, valueAccuracy: 0.98, datesF1: 0.97, resolutionAccuracy: 0.98,
  targetsF1: 0.9, deadlineAccuracy: 1, traps: 0,
};

const ANNOTATION_KEYS = ['numbers', 'dates', 'targets', 'outline'];

/**
 * Why a parsed `.gold.json` is not an annotation gold file (docs/annotation.md §6), or null when it is:
 * an object with at least one of numbers/dates/targets/outline, each an array where present.
 */
export function notAnnotationGold(gold) {
  if (!gold || typeof gold !== 'object' || Array.isArray(gold)) { return 'not a JSON object'; }
  const present = ANNOTATION_KEYS.filter(k => k in gold);
  if (present.length === 0) { return `another shape (keys: ${Object.keys(gold).join(', ') || 'none'})`; }
  const bad = present.filter(k => !Array.isArray(gold[k]));
  return bad.length ? `${bad.join(', ')} not an array` : null;
}

export const prf = (tp, fp, fn) => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

const ratio = (ok, n) => (n ? ok / n : 1);

function flattenOutline(nodes, parentKind = null, out = []) {
  for (const n of nodes) {
    out.push({ key: `${n.kind}|${n.line}|${parentKind}`, kind: n.kind, line: n.line, parentKind, name: n.name });
    flattenOutline(n.children ?? [], n.kind, out);
  }
  return out;
}

/** Items of `a` left after taking away, one for one, those whose key `b` also has. */
function unmatched(a, b) {
  const pool = new Map();
  for (const x of b) { pool.set(x.key, (pool.get(x.key) ?? 0) + 1); }
  return a.filter(x => {
    const c = pool.get(x.key) ?? 0;
    if (c > 0) { pool.set(x.key, c - 1); return false; }
    return true;
  });
}

export function scoreOutline(gold, pred) {
  const g = flattenOutline(gold);
  const p = flattenOutline(pred);
  const fps = unmatched(p, g);
  const fns = unmatched(g, p);
  const show = x => `${x.kind}@${x.line}<${x.parentKind}> ${x.name}`;
  return { ...prf(p.length - fps.length, fps.length, fns.length), misses: { fp: fps.map(show), fn: fns.map(show) } };
}

const spanKey = s => `${s.start}:${s.end}`;

export function matchSpans(gold, pred) {
  const byKey = new Map(pred.map(p => [spanKey(p), p]));
  const matched = [];
  const fn = [];
  for (const g of gold) {
    const p = byKey.get(spanKey(g));
    if (p) { matched.push([g, p]); byKey.delete(spanKey(g)); } else { fn.push(g); }
  }
  return { matched, fn, fp: [...byKey.values()] };
}

/** Values agree within a relative 1e-9 (§1); a range agrees end by end. */
export function sameValue(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a !== 'number' || typeof b !== 'number') { return false; }
  if (a === b) { return true; }
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export const sameResolution = (g, p) =>
  (g.resolved == null ? p.resolved == null : !!p.resolved && p.resolved.start === g.resolved.start && p.resolved.end === g.resolved.end);

function occurrences(text, needle) {
  const out = [];
  if (!needle) { return out; }
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) { out.push([i, i + needle.length]); }
  return out;
}

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Each gold target takes the unused prediction that overlaps it most, if that overlap is at least
 * half the gold span; the deadline of a matched pair is right when the two strings are equal.
 */
export function scoreTargets(gold, pred) {
  const used = new Set();
  const matched = [];
  const fn = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = (g.end - g.start) / 2;
    for (let i = 0; i < pred.length; i++) {
      const o = overlap(pred[i], g);
      if (!used.has(i) && (o > bestOverlap || (o === bestOverlap && best < 0))) { best = i; bestOverlap = o; }
    }
    if (best >= 0) { used.add(best); matched.push([g, pred[best]]); } else { fn.push(g); }
  }
  const fp = pred.filter((_, i) => !used.has(i));
  const deadlineMiss = matched.filter(([g, p]) => (g.deadline ?? null) !== (p.deadline ?? null));
  const show = t => `${t.text}@${t.start}`;
  return {
    ...prf(matched.length, fp.length, fn.length),
    deadlineOk: matched.length - deadlineMiss.length,
    deadlineAccuracy: ratio(matched.length - deadlineMiss.length, matched.length),
    misses: {
      fp: fp.map(show), fn: fn.map(show),
      deadline: deadlineMiss.map(([g, p]) => `${g.text}@${g.start}: gold ${JSON.stringify(g.deadline ?? null)} got ${JSON.stringify(p.deadline ?? null)}`),
    },
  };
}

/** One file's row: every score, the misses, and the raw counts the totals add up. */
export function scoreFile(file, gold, text, analysis) {
  const outline = scoreOutline(gold.outline ?? [], analysis.outline);
  const nm = matchSpans(gold.numbers ?? [], analysis.numbers);
  const valueMiss = nm.matched.filter(([g, p]) => !sameValue(g.value, p.value));
  const dm = matchSpans(gold.dates ?? [], analysis.dates);
  const resMiss = dm.matched.filter(([g, p]) => !sameResolution(g, p));
  const trapSpans = (gold.notNumbers ?? []).flatMap(s => occurrences(text, s));
  const trapped = analysis.numbers.filter(n => trapSpans.some(o => n.start < o[1] && o[0] < n.end));
  const targets = scoreTargets(gold.targets ?? [], analysis.targets);
  const goldDate = gold.documentDate ?? null;
  const gotDate = analysis.documentDate ? analysis.documentDate.date : null;
  const at = x => `${x.text}@${x.start}`;
  return {
    file,
    outline,
    numbers: {
      ...prf(nm.matched.length, nm.fp.length, nm.fn.length),
      valueOk: nm.matched.length - valueMiss.length,
      valueAccuracy: ratio(nm.matched.length - valueMiss.length, nm.matched.length),
      misses: { fp: nm.fp.map(at), fn: nm.fn.map(at), value: valueMiss.map(([g, p]) => `${at(g)}: gold ${JSON.stringify(g.value)} got ${JSON.stringify(p.value)}`) },
    },
    dates: {
      ...prf(dm.matched.length, dm.fp.length, dm.fn.length),
      resolutionOk: dm.matched.length - resMiss.length,
      resolutionAccuracy: ratio(dm.matched.length - resMiss.length, dm.matched.length),
      misses: { fp: dm.fp.map(at), fn: dm.fn.map(at), resolution: resMiss.map(([g, p]) => `${at(g)}: gold ${JSON.stringify(g.resolved)} got ${JSON.stringify(p.resolved)}`) },
    },
    targets,
    traps: trapped.map(at),
    documentDate: { gold: goldDate, got: gotDate, source: analysis.documentDate?.source ?? null, ok: goldDate === gotDate },
  };
}

/** Micro-averaged totals over rows: counts summed, then the ratios. */
export function totalOf(rows) {
  const sum = (k, f) => rows.reduce((n, r) => n + r[k][f], 0);
  const counts = k => prf(sum(k, 'tp'), sum(k, 'fp'), sum(k, 'fn'));
  const targets = counts('targets');
  return {
    outline: counts('outline'),
    numbers: { ...counts('numbers'), valueAccuracy: ratio(sum('numbers', 'valueOk'), sum('numbers', 'tp')) },
    dates: { ...counts('dates'), resolutionAccuracy: ratio(sum('dates', 'resolutionOk'), sum('dates', 'tp')) },
    targets: { ...targets, deadlineAccuracy: ratio(sum('targets', 'deadlineOk'), targets.tp) },
    traps: rows.reduce((n, r) => n + r.traps.length, 0),
    documentDates: { ok: rows.filter(r => r.documentDate.ok).length, of: rows.length },
  };
}

/** The per-file checks: [column key, measured value, goal, met]. */
export function checksOf(row) {
  const min = (key, value, goal) => [key, value, goal, value >= goal];
  return [
    min('outlineF1', row.outline.f1, GOALS.outlineF1),
    min('numbersF1', row.numbers.f1, GOALS.numbersF1),
    min('valueAccuracy', row.numbers.valueAccuracy, GOALS.valueAccuracy),
    min('datesF1', row.dates.f1, GOALS.datesF1),
    min('resolutionAccuracy', row.dates.resolutionAccuracy, GOALS.resolutionAccuracy),
    min('targetsF1', row.targets.f1, GOALS.targetsF1),
    min('deadlineAccuracy', row.targets.deadlineAccuracy, GOALS.deadlineAccuracy),
    ['traps', row.traps.length, GOALS.traps, row.traps.length <= GOALS.traps],
    ['documentDate', row.documentDate.got, row.documentDate.gold, row.documentDate.ok],
  ];
}

/** Every missed goal of every row, as one line each. */
export function failuresOf(rows) {
  const out = [];
  for (const r of rows) {
    for (const [key, value, goal, met] of checksOf(r)) {
      if (met) { continue; }
      if (key === 'traps') { out.push(`${r.file}: ${value} not-number trap(s) tagged`); } else if (key === 'documentDate') {
        out.push(`${r.file}: document date ${value} ≠ gold ${goal}`);
      } else { out.push(`${r.file}: ${key} ${value.toFixed(3)} < ${goal}`); }
    }
  }
  return out;
}
