// What changed between two analyses of the same text (the JSON export, docs/annotation.md §6):
// every annotation that appeared, disappeared or changed (same span, other attributes), by kind.
// Pure: no I/O; scripts/eval-corpus.mjs runs two versions of the core and prints the result.
//
// Annotations are paired by span, one for one (two of a kind on one span pair in order), never by
// position in the list: an annotation found earlier in the text leaves the rest paired as before.
// Outline nodes are paired by where they start (selectionStart, else start, else line) and compared
// on every field but `end` (which moves whenever a later node does) and `children` (compared node
// by node), with the kind of their parent added; the document date is one item of its own.

/** The kinds in report order, with the list each takes from an analysis. */
export const KINDS = ['documentDate', 'number', 'date', 'target', 'term', 'outline'];

/** An object's JSON with its keys sorted at every level: equal values give equal strings. */
export function canonical(value) {
  if (Array.isArray(value)) { return `[${value.map(canonical).join(',')}]`; }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter(k => value[k] !== undefined).map(k => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function flattenOutline(nodes, parentKind, out) {
  for (const node of nodes ?? []) {
    const { children, ...own } = node;
    delete own.end;
    const start = node.selectionStart ?? node.start ?? null;
    const end = node.selectionEnd ?? (start === null ? null : start + String(node.name ?? '').length);
    out.push({ start, end, text: node.name, key: start === null ? `line ${node.line}` : String(start), attrs: { ...own, parentKind } });
    flattenOutline(children, node.kind, out);
  }
  return out;
}

const spanItem = a => {
  const { start, end, ...attrs } = a;
  return { start, end, text: a.text, key: `${start}:${end}`, attrs };
};

/** The comparable items of one kind in an analysis: {start, end, text, key, attrs}. */
export function itemsOf(analysis, kind) {
  if (!analysis) { return []; }
  switch (kind) {
    case 'documentDate': {
      const d = analysis.documentDate;
      return d ? [{ start: d.start ?? null, end: d.end ?? null, text: d.text, key: 'document', attrs: d }] : [];
    }
    case 'number': return (analysis.numbers ?? []).map(spanItem);
    case 'date': return (analysis.dates ?? []).map(spanItem);
    case 'target': return (analysis.targets ?? []).map(spanItem);
    case 'term': return (analysis.terms ?? []).map(spanItem);
    case 'outline': return flattenOutline(analysis.outline, null, []);
    default: throw new Error(`unknown kind ${kind}`);
  }
}

/** The fields whose values differ, each {field, old, new} (undefined where a side lacks it). */
export function fieldChanges(oldAttrs, newAttrs) {
  const out = [];
  for (const field of [...new Set([...Object.keys(oldAttrs), ...Object.keys(newAttrs)])]) {
    if (canonical(oldAttrs[field]) !== canonical(newAttrs[field])) { out.push({ field, old: oldAttrs[field], new: newAttrs[field] }); }
  }
  return out;
}

const overlaps = (a, b) => a.start !== null && b.start !== null && a.start < b.end && b.start < a.end;

/** Diffs one kind: items of each side paired by key in order. */
function diffKind(kind, oldItems, newItems) {
  const pool = new Map();
  for (const o of oldItems) {
    const list = pool.get(o.key);
    if (list) { list.push(o); } else { pool.set(o.key, [o]); }
  }
  const out = [];
  const appeared = [];
  for (const n of newItems) {
    const o = pool.get(n.key)?.shift();
    if (!o) { appeared.push(n); continue; }
    const fields = fieldChanges(o.attrs, n.attrs);
    if (fields.length) { out.push({ kind, change: 'changed', start: n.start, end: n.end, text: n.text, old: o.attrs, new: n.attrs, fields }); }
  }
  const disappeared = [...pool.values()].flat();
  // A span that grew or shrank shows as one that disappeared and one that appeared: each names the other.
  const names = (x, others) => others.filter(y => overlaps(x, y)).map(y => ({ start: y.start, end: y.end, text: y.text }));
  for (const n of appeared) { out.push({ kind, change: 'appeared', start: n.start, end: n.end, text: n.text, new: n.attrs, overlapping: names(n, disappeared) }); }
  for (const o of disappeared) { out.push({ kind, change: 'disappeared', start: o.start, end: o.end, text: o.text, old: o.attrs, overlapping: names(o, appeared) }); }
  return out;
}

const ORDER = { disappeared: 0, appeared: 1, changed: 2 };

/**
 * Every difference between two analyses of one text, of the kinds asked (all by default), in
 * report order: by kind, then by position, a disappeared span before the one that replaced it.
 * Each: {kind, change, start, end, text, old?, new?, fields? (changed), overlapping? (appeared, disappeared)}.
 */
export function diffAnalyses(oldAnalysis, newAnalysis, kinds = KINDS) {
  const out = [];
  for (const kind of kinds) {
    const entries = diffKind(kind, itemsOf(oldAnalysis, kind), itemsOf(newAnalysis, kind));
    entries.sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || ORDER[a.change] - ORDER[b.change] || (a.end ?? -1) - (b.end ?? -1));
    out.push(...entries);
  }
  return out;
}

/** Counts by change: {appeared, disappeared, changed}. */
export function countChanges(entries) {
  const c = { appeared: 0, disappeared: 0, changed: 0 };
  for (const e of entries) { c[e.change]++; }
  return c;
}

/**
 * The span in its text, ±`width` characters around it, newlines shown as ⏎ and tabs as ⇥:
 * …before«span»after…; a span longer than 80 characters keeps its two ends.
 */
export function contextOf(text, start, end, width = 12) {
  if (start === null || start === undefined) { return ''; }
  const show = s => s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, '⇥');
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  let span = show(text.slice(start, end));
  if (span.length > 80) { span = `${span.slice(0, 38)} … ${span.slice(-38)}`; }
  return `${from > 0 ? '…' : ''}${show(text.slice(from, start))}«${span}»${show(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}
