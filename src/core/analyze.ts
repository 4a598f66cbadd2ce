// The one entry point: text in, one immutable Analysis out.
//
// The work is a generator so that a host can run it in slices and drop it when a newer
// version of the document arrives (docs/architecture.md, rule 2). Each step handles one chunk of whole
// lines; `analyze` simply runs every step.
import { compileGlossary, findTerms, type CompiledGlossary } from './terms';
import { DateResolver, DocumentDateFinder, findDatelines, parseIso, scanDates, type Dateline, type RawDate } from './dates';
import { builtinGlossaryGeneration } from './glossary';
import { ignoreMatcher } from './ignore';
import { extractNumbers } from './numbers';
import { indicatorAnnotations } from './ledger/annotate';
import { extractTargets } from './targets';
import { OutlineBuilder } from './outline';
import { profileDocument } from './profile';
import { continuationAfter, lineEndAt, nextLineStart } from './layout';
import { Ch } from './text';
import type { Analysis, AnalyzeOptions, DateAnnotation, NumberAnnotation, TargetAnnotation, TermAnnotation } from './types';

/** Characters per slice; a slice always ends at a line boundary (or the end of the text). */
export const CHUNK_SIZE = 8192;

/**
 * Offsets of the chunk boundaries: 0, …, text.length, each (but the last) just after a line break (LF,
 * or CR in old Mac text). In text hard-wrapped at `wrapWidth` columns (the profile's) a boundary
 * moves on to the end of its paragraph: a break that only wraps a line is no place to cut (src/core/layout.ts).
 */
export function chunkBoundaries(text: string, size = CHUNK_SIZE, wrapWidth = 0): number[] {
  const out = [0];
  let pos = 0;
  // The newline found last: on a huge line it lies far ahead and is reused, not searched for again per chunk.
  let nl = -1;
  // Likewise the carriage return: old Mac text ends its lines with CR alone.
  let cr = -1;
  while (pos < text.length) {
    let next = Math.min(text.length, pos + size);
    if (next < text.length) {
      if (nl !== text.length && nl < next) { nl = text.indexOf('\n', next); if (nl < 0) { nl = text.length; } }
      let end = nl;
      if (nl === text.length || nl - next > size * 4) {
        if (cr !== text.length && cr < next) { cr = text.indexOf('\r', next); if (cr < 0) { cr = text.length; } }
        end = cr;
      }
      if (wrapWidth > 0 && end < text.length) { end = paragraphEnd(text, pos, end, wrapWidth, next + size * 4); }
      // A single huge line is cut at the size limit: recognizers never look far across the cut.
      next = end === text.length || end - next > size * 4 ? next : nextLineStart(text, end);
    }
    out.push(next);
    pos = next;
  }
  return out;
}

/** The end of the paragraph whose line (starting at or after `floor`) ends at `end`: its last line's break, no further than `limit`. */
function paragraphEnd(text: string, floor: number, end: number, wrapWidth: number, limit: number): number {
  let ls = end;
  while (ls > floor && text.charCodeAt(ls - 1) !== Ch.LineFeed && text.charCodeAt(ls - 1) !== Ch.CarriageReturn) { ls--; }
  for (;;) {
    const next = continuationAfter(text, ls, end, wrapWidth);
    if (next < 0) { return end; }
    const e = lineEndAt(text, next);
    if (e > limit) { return end; }
    ls = next;
    end = e;
  }
}

const NO_DATES: readonly DateAnnotation[] = [];

let glossaryCache = new WeakMap<readonly object[], CompiledGlossary>();
let builtinOnly: CompiledGlossary | undefined;
let compiledFor = builtinGlossaryGeneration();

function glossaryFor(options: AnalyzeOptions): CompiledGlossary {
  if (compiledFor !== builtinGlossaryGeneration()) {
    // The host set other built-in entries: every compiled glossary holds the old ones.
    compiledFor = builtinGlossaryGeneration();
    glossaryCache = new WeakMap();
    builtinOnly = undefined;
  }
  const extra = options.glossary;
  if (!extra || extra.length === 0) { return (builtinOnly ??= compileGlossary([])); }
  let g = glossaryCache.get(extra);
  if (!g) { g = compileGlossary(extra); glossaryCache.set(extra, g); }
  return g;
}

/**
 * What the steps of an analysis did, counted as they go: characters of text scanned and items
 * (raw dates, datelines) read and items (outline nodes closed, copied or decided) handled. A test
 * reads it between steps to check that no step's work grows with the document (the slice runner
 * can only yield between steps: src/core/sliceRunner.ts).
 */
export interface WorkMeter { units: number }

/**
 * Yields the offset reached after each bounded step; returns the finished Analysis.
 * Pass 1 scans chunks (raw dates, datelines, numbers, terms, outline lines) and gathers what the
 * document date is found from; pass 2 decides the document date from that (a bounded step) and
 * resolves dates; pass 3 finds targets per chunk; the outline is finished in steps of its own.
 * `meter`, when given, counts each step's work.
 */
export function* analyzeSteps(text: string, options: AnalyzeOptions = {}, meter?: WorkMeter): Generator<number, Analysis, void> {
  // What holds for the whole document (script, era, layout) is found once and handed to the recognizers.
  const profile = profileDocument(text);
  const bounds = chunkBoundaries(text, CHUNK_SIZE, profile.layout.wrapWidth);
  const glossary = glossaryFor(options);
  // Ignored numbers and dates are dropped before anything builds on them: no target, anchor or
  // document date comes from a phrase the reader said is none (docs/annotation.md §6).
  const ignore = ignoreMatcher(options.ignore);
  const outline = new OutlineBuilder(text, { markdown: options.markdown, profile });
  const raws: RawDate[] = [];
  const rawNumbers: NumberAnnotation[][] = [];
  const terms: TermAnnotation[] = [];
  // Datelines are found chunk by chunk and shared by the document date and the resolver; a valid
  // reference date (the setting) makes both skip them.
  const setting = options.referenceDate !== undefined && parseIso(options.referenceDate) !== null;
  const datelines: Dateline[] = [];
  const documentDates = new DocumentDateFinder(text, profile);

  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const chunkDates = scanDates(text, from, to, profile);
    // The numbers recognizer still sees every date: an ignored date does not turn into a number.
    const numbers = extractNumbers(text, from, to, chunkDates, profile);
    const keptDates = ignore ? ignore.keep('date', chunkDates) : chunkDates;
    for (let k = 0; k < keptDates.length; k++) { raws.push(keptDates[k]); }
    documentDates.feed(keptDates);
    if (!setting) {
      const chunkLines = findDatelines(text, from, to);
      for (let k = 0; k < chunkLines.length; k++) { datelines.push(chunkLines[k]); }
    }
    rawNumbers.push(ignore ? ignore.keep('number', numbers) : numbers);
    const chunkTerms = ignore ? ignore.keep('term', findTerms(text, from, to, glossary)) : findTerms(text, from, to, glossary);
    for (let k = 0; k < chunkTerms.length; k++) { terms.push(chunkTerms[k]); }
    outline.feed(to);
    if (meter) { meter.units += to - from + outline.takeWork(); }
    yield to;
  }

  const found = documentDates.finish(datelines, options.referenceDate);
  const documentDate = found && found.source === 'setting' && options.referenceDateSetBy ? { ...found, setBy: options.referenceDateSetBy } : found;
  const resolver = new DateResolver(text, documentDate, datelines, profile);
  if (meter) { meter.units += documentDates.examined; }
  const dates: DateAnnotation[] = [];
  // Yield every so many dates, or sooner when the dates lie far apart, so no step runs long.
  const RESOLVE_STEP = 2048;
  const RESOLVE_DISTANCE = 65536;
  let sinceYield = 0;
  let yieldAt = RESOLVE_DISTANCE;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const date = resolver.resolve(raw);
    if (date !== null) { dates.push(date); }
    if (meter) { meter.units++; }
    if (++sinceYield === RESOLVE_STEP || raw.end >= yieldAt) {
      sinceYield = 0;
      yieldAt = raw.end + RESOLVE_DISTANCE;
      yield raw.end;
    }
  }

  const numbers: NumberAnnotation[] = [];
  const targets: TargetAnnotation[] = [];
  const docDay = documentDate ? documentDate.date : null;
  let di = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const chunkNumbers = rawNumbers[i];
    const startDi = di;
    while (di < dates.length && dates[di].start < to) { di++; }
    const chunkDates = startDi === di ? NO_DATES : dates.slice(startDi, di);
    const extracted = extractTargets(text, from, to, chunkNumbers, chunkDates, docDay, profile);
    const found = ignore ? ignore.keep('target', extracted) : extracted;
    for (let k = 0; k < found.length; k++) { targets.push(found[k]); }
    for (let k = 0; k < chunkNumbers.length; k++) { numbers.push(chunkNumbers[k]); }
    if (meter) { meter.units += to - from; }
    yield to;
  }

  // The outline's end (its open nodes closed, the turns of a transcript decided) runs in steps too.
  const finishing = outline.finishSteps();
  let finished = finishing.next();
  while (!finished.done) {
    if (meter) { meter.units += finished.value; }
    yield text.length;
    finished = finishing.next();
  }
  const tree = finished.value;

  // The ledger's indicators (docs/annotation.md §3, "Indicators"): one linear pass over the target
  // regions and the review passages, after the targets it reads.
  const indicators = indicatorAnnotations(text, { documentDate, numbers, targets, outline: tree });
  for (const [k, list] of indicators.byTarget) { targets[k].indicators = list; }

  const analysis: Analysis = { schemaVersion: 1, documentDate, numbers, dates, targets, terms, outline: tree };
  if (indicators.outcomes.length > 0) { analysis.outcomes = indicators.outcomes; }
  return analysis;
}

/** Runs the whole analysis synchronously. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeSteps(text, options);
  for (;;) {
    const r = steps.next();
    if (r.done) { return r.value; }
  }
}
