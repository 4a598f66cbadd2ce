// Counts over one analysis (the JSON export, docs/annotation.md §6) for npm run eval:corpus: how
// much of each kind the core finds in a document without gold, and the implausible parts (numbers
// without a unit, unresolved dates, targets without deadline or value, no document date). Pure.

export const OUTLINE_KINDS = ['article', 'section', 'question', 'answer', 'point', 'speaker'];

/** The columns of the table, in order: [key, heading]. */
export const STAT_COLUMNS = [
  ['numbers', 'num'], ['numbersNoUnit', '-unit'], ['dates', 'dates'], ['datesUnresolved', 'unres'],
  ['targets', 'tgt'], ['targetsNoDeadline', '-dl'], ['targetsNoValue', '-val'], ['terms', 'terms'],
  ['outline', 'outl'], ...OUTLINE_KINDS.map(k => [`outline.${k}`, k.slice(0, 4)]),
];

function countNodes(nodes, byKind) {
  let n = 0;
  for (const node of nodes ?? []) {
    byKind[node.kind] = (byKind[node.kind] ?? 0) + 1;
    n += 1 + countNodes(node.children, byKind);
  }
  return n;
}

export function statsOf(analysis) {
  const outlineByKind = Object.fromEntries(OUTLINE_KINDS.map(k => [k, 0]));
  const outline = countNodes(analysis.outline, outlineByKind);
  const numbers = analysis.numbers ?? [];
  const dates = analysis.dates ?? [];
  const targets = analysis.targets ?? [];
  return {
    numbers: numbers.length,
    numbersNoUnit: numbers.filter(n => n.unit == null).length,
    dates: dates.length,
    datesUnresolved: dates.filter(d => d.resolved == null).length,
    targets: targets.length,
    targetsNoDeadline: targets.filter(t => t.deadline == null).length,
    targetsNoValue: targets.filter(t => t.value == null).length,
    terms: (analysis.terms ?? []).length,
    outline,
    outlineByKind,
    documentDate: analysis.documentDate ? `${analysis.documentDate.date} (${analysis.documentDate.source})` : null,
  };
}

/** A column's value: `outline.point` reads outlineByKind.point. */
export function statValue(stats, key) {
  return key.startsWith('outline.') ? stats.outlineByKind[key.slice(8)] ?? 0 : stats[key];
}

/** The sum of several documents' stats; `documentDate` becomes the count of documents that have one. */
export function sumStats(list) {
  const total = statsOf({});
  for (const s of list) {
    for (const [key] of STAT_COLUMNS) {
      if (key.startsWith('outline.')) { total.outlineByKind[key.slice(8)] += statValue(s, key); } else { total[key] += s[key]; }
    }
  }
  total.documentDate = `${list.filter(s => s.documentDate !== null).length}/${list.length} dated`;
  return total;
}
