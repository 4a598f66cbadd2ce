// The one entry point: text in, one immutable Analysis out.
//
// The work is a generator so that a host can run it in slices and drop it when a newer version of
// the document arrives (docs/architecture.md, rule 2). Each step reads one chunk; chunks end
// where no recognizer reads across (src/core/chunks.ts), so the analysis in steps is the analysis
// of the whole text. `analyze` simply runs every step.
//
// The text is read as it is, whatever its line ends (\n, \r\n, or the lone \r of old Mac
// files): no normalised copy is made, so offsets and span texts are those of the document, and
// the profile, the chunk cuts and every recognizer take a lone \r as a line end.
import { Chunker, CHUNK_SIZE, firstChunkSize, type CutKind } from './chunks';
import { compileGlossary, findTerms, type CompiledGlossary } from './terms';
import { DateResolver, DocumentDateFinder, findDatelines, parseIso, scanDates, type Dateline, type RawDate } from './dates';
import { builtinGlossaryGeneration } from './glossary';
import { ignoreMatcher } from './ignore';
import { extractNumbers } from './numbers';
import { indicatorAnnotationSteps } from './ledger/annotate';
import { extractTargets } from './targets';
import { OutlineBuilder } from './outline';
import { profileDocument } from './profile';
import { quietCut } from './quietCut';
import { runSteps } from './steps';
import { TargetCuts } from './targetCuts';
import type { Analysis, AnalysisLimit, AnalyzeOptions, DateAnnotation, NumberAnnotation, TargetAnnotation, TermAnnotation } from './types';

export { CHUNK_SIZE } from './chunks';

/** How the analysis cuts its work: for tests (small chunks, a low limit) and the bench (one chunk, the reference). */
export interface AnalysisTuning {
  /** Characters per chunk, about (default CHUNK_SIZE; Infinity: the whole text in one chunk). */
  chunkSize?: number;
  /** Annotations of one kind kept at most (default MAX_PER_KIND). */
  maxPerKind?: number;
  /** Filled with the cuts no rule proves safe: forced cuts of pass 1, target passes cut inside a paragraph. */
  log?: CutLog;
  /** Counts each step's work (characters scanned, outline nodes handled) for tests. */
  meter?: WorkMeter;
}

export interface CutLog {
  /** Pass-1 cuts taken at the size limit, where nothing checked them (src/core/chunks.ts, rule 4). */
  forced: number[];
  /** Target-pass cuts where a paragraph's deadline or a list header may have been live (src/core/targetCuts.ts). */
  targets: number[];
  /** When given, the phase of every step that yields, in order (the step that returns is `finish`). */
  phases?: StepPhase[];
}

/**
 * What a step does: `scan` one chunk (the first also the profile), `documentDate` the datelines,
 * the document date and the resolver, `resolve` a batch of dates, `targets` a group of chunks;
 * `finish` closes the outline in batches, `indicators` reads the ledger's indicators a stretch of
 * text at a time; the call that returns assembles the Analysis.
 */
export type StepPhase = 'scan' | 'documentDate' | 'resolve' | 'targets' | 'finish' | 'indicators';

/**
 * Annotations of one kind an analysis keeps at most. Real text carries about 20,000 annotations
 * of all kinds per million characters, and a text of tables about 150,000 numbers, so only
 * degenerate text (5% or 今年 written a million times) reaches it; the memory an analysis takes is
 * bounded with it (a raw date takes 280 bytes until it is resolved, an annotation about 100). The
 * annotations of such a text stop before the chunk that would pass the limit (Analysis.limit).
 */
export const MAX_PER_KIND = 250_000;

// What a step holds at most, per character of the chunk size (at CHUNK_SIZE: 1,024 annotations
// read in pass 1, where real text holds about 160; 2,048 dates resolved, or the dates of 65,536
// characters). A smaller chunk size (tests) makes every step smaller alike.
const ANNOTATIONS_PER_CHAR = 1 / 8;
const RESOLVED_PER_CHAR = 1 / 4;
const RESOLVE_SPAN_PER_CHAR = 8;
// The ledger's indicators read this many characters of text per step, per character of the chunk size.
const INDICATOR_CHARS_PER_CHAR = 8;

const NO_DATES: readonly DateAnnotation[] = [];
const NO_NUMBERS: NumberAnnotation[] = [];

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
 * resolves dates; pass 3 finds targets, over chunks joined where a paragraph runs on; the outline
 * is finished in steps of its own. `tuning.meter`, when given, counts each step's work.
 */
export function* analyzeSteps(text: string, options: AnalyzeOptions = {}, tuning: AnalysisTuning = {}): Generator<number, Analysis, void> {
  const meter = tuning.meter;
  // What holds for the whole document (script, era, layout) is found once and handed to the recognizers.
  const profile = profileDocument(text);
  const glossary = glossaryFor(options);
  const size = tuning.chunkSize ?? CHUNK_SIZE;
  const max = tuning.maxPerKind ?? MAX_PER_KIND;
  // Annotations stand in text[0, end): end moves back only when a kind passes MAX_PER_KIND.
  let limit: AnalysisLimit | undefined;
  const quiet = (p: number, from: number): boolean => limit !== undefined || quietCut(text, p, from, glossary, profile);
  const chunker = new Chunker(text, firstChunkSize(size), quiet);
  // Ignored numbers and dates are dropped before anything builds on them: no target, anchor or
  // document date comes from a phrase the reader said is none (docs/annotation.md §6).
  const ignore = ignoreMatcher(options.ignore);
  const outline = new OutlineBuilder(text, { markdown: options.markdown, profile });
  const bounds = [0];
  const kinds: CutKind[] = [];
  // Raw dates wait here for the document date; each is dropped once resolved.
  const raws: (RawDate | undefined)[] = [];
  const rawNumbers: NumberAnnotation[][] = [];
  let numbersKept = 0;
  const terms: TermAnnotation[] = [];
  // Datelines are found chunk by chunk and shared by the document date and the resolver; a valid
  // reference date (the setting) makes both skip them.
  const setting = options.referenceDate !== undefined && parseIso(options.referenceDate) !== null;
  const datelines: Dateline[] = [];
  const documentDates = new DocumentDateFinder(text, profile);

  for (let from = 0; from < text.length;) {
    const to = chunker.next(from);
    bounds.push(to);
    kinds.push(chunker.kind);
    if (chunker.kind === 'forced') { tuning.log?.forced.push(to); }
    if (limit === undefined) {
      const scanned = scanDates(text, from, to, profile);
      // The numbers recognizer still sees every date: an ignored date does not turn into a number.
      const foundNumbers = extractNumbers(text, from, to, scanned, profile);
      const foundTerms = findTerms(text, from, to, glossary);
      const chunkDates = ignore ? ignore.keep('date', scanned) : scanned;
      const chunkNumbers = ignore ? ignore.keep('number', foundNumbers) : foundNumbers;
      const chunkTerms = ignore ? ignore.keep('term', foundTerms) : foundTerms;
      const over = raws.length + chunkDates.length > max ? 'dates' : numbersKept + chunkNumbers.length > max ? 'numbers'
        : terms.length + chunkTerms.length > max ? 'terms' : undefined;
      if (over) {
        limit = { end: from, kind: over, max };
      } else {
        for (let k = 0; k < chunkDates.length; k++) { raws.push(chunkDates[k]); }
        documentDates.feed(chunkDates);
        if (!setting) {
          const chunkLines = findDatelines(text, from, to);
          for (let k = 0; k < chunkLines.length; k++) { datelines.push(chunkLines[k]); }
        }
        rawNumbers.push(chunkNumbers);
        numbersKept += chunkNumbers.length;
        for (let k = 0; k < chunkTerms.length; k++) { terms.push(chunkTerms[k]); }
      }
      // Text dense with annotations (5% written over and over) costs more per character: the next
      // chunk is shortened by the density of this one (to an eighth at least), so a step holds
      // about size / 8 annotations. Judged by density, not by count, a run of dense chunks stays
      // short instead of alternating between a short chunk and a full one.
      const held = (scanned.length + foundNumbers.length + foundTerms.length) / ANNOTATIONS_PER_CHAR;
      const len = to - from;
      chunker.size = held > len ? Math.max(1, Math.floor(size / 8), Math.floor(size * len / held)) : size;
    }
    outline.feed(to);
    if (meter) { meter.units += to - from + outline.takeWork(); }
    from = to;
    tuning.log?.phases?.push('scan');
    yield to;
  }

  const foundDate = documentDates.finish(datelines, options.referenceDate);
  const documentDate = foundDate && foundDate.source === 'setting' && options.referenceDateSetBy ? { ...foundDate, setBy: options.referenceDateSetBy } : foundDate;
  const resolver = new DateResolver(text, documentDate, datelines, profile);
  if (meter) { meter.units += documentDates.examined; }
  tuning.log?.phases?.push('documentDate');
  yield 0;
  const dates: DateAnnotation[] = [];
  // Yield every so many dates, or sooner when the dates lie far apart, so no step runs long.
  const resolveStep = Math.max(1, Math.floor(size * RESOLVED_PER_CHAR));
  const resolveSpan = size * RESOLVE_SPAN_PER_CHAR;
  let sinceYield = 0;
  let yieldAt = resolveSpan;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawDate;
    raws[i] = undefined; // a raw date is larger than its annotation: the two never need to live together
    const date = resolver.resolve(raw);
    if (date !== null) { dates.push(date); }
    if (meter) { meter.units++; }
    if (++sinceYield === resolveStep || raw.end >= yieldAt) {
      sinceYield = 0;
      yieldAt = raw.end + resolveSpan;
      tuning.log?.phases?.push('resolve');
      yield raw.end;
    }
  }
  if (sinceYield > 0) {
    // The last batch is a step of its own, not the first target step's.
    tuning.log?.phases?.push('resolve');
    yield text.length;
  }

  const numbers: NumberAnnotation[] = [];
  const targets: TargetAnnotation[] = [];
  const docDay = documentDate ? documentDate.date : null;
  const cuts = new TargetCuts(text, profile.layout.wrapWidth);
  const end = limit ? limit.end : text.length;
  let di = 0;
  let first = 0;
  for (let i = 1; i < bounds.length && bounds[first] < end; i++) {
    const to = bounds[i];
    // A chunk boundary inside a paragraph whose deadline may run on is no cut for the targets.
    if (i + 1 < bounds.length && to !== end && !cuts.mayCut(i - first, to, kinds[i - 1])) { continue; }
    const from = bounds[first];
    const stepNumbers = first + 1 === i ? rawNumbers[first] : rawNumbers.slice(first, i).flat();
    for (let k = first; k < i; k++) { rawNumbers[k] = NO_NUMBERS; }
    const startDi = di;
    while (di < dates.length && dates[di].start < to) { di++; }
    const stepDates = startDi === di ? NO_DATES : dates.slice(startDi, di);
    const extracted = extractTargets(text, from, to, stepNumbers, stepDates, docDay, profile);
    const found = ignore ? ignore.keep('target', extracted) : extracted;
    if (targets.length + found.length > max) {
      limit = { end: from, kind: 'targets', max };
      break;
    }
    for (let k = 0; k < found.length; k++) { targets.push(found[k]); }
    for (let k = 0; k < stepNumbers.length; k++) { numbers.push(stepNumbers[k]); }
    if (!cuts.passed(to, found) && i + 1 < bounds.length) { tuning.log?.targets.push(to); }
    if (meter) { meter.units += to - from; }
    first = i;
    tuning.log?.phases?.push('targets');
    yield to;
  }

  // Past the limit, no kind is kept (the targets' limit also takes back what stands after it).
  if (limit) { for (const list of [numbers, dates, terms]) { list.length = countBefore(list, limit.end); } }

  // The outline's end (its open nodes closed, the turns of a transcript decided) runs in steps too.
  const tree = yield* within(outline.finishSteps(), 'finish', text.length, meter, tuning.log);

  // The ledger's indicators (docs/annotation.md §3, "Indicators"): one linear pass over the target
  // regions and the review passages, after the targets it reads, in steps of a stretch of text.
  const indicators = yield* within(indicatorAnnotationSteps(text, { documentDate, numbers, targets, outline: tree }, Math.min(size * INDICATOR_CHARS_PER_CHAR, text.length + 1)), 'indicators', text.length, meter, tuning.log);
  for (const [k, list] of indicators.byTarget) { targets[k].indicators = list; }

  const analysis: Analysis = { schemaVersion: 1, documentDate, numbers, dates, targets, terms, outline: tree };
  if (indicators.outcomes.length > 0) { analysis.outcomes = indicators.outcomes; }
  if (limit) { analysis.limit = limit; }
  return analysis;
}

/**
 * A part of the analysis that works in steps of its own, run as steps of the analysis: each of its
 * steps counted in the meter, logged as `phase`, and yielded as the offset `at`; its value.
 */
function* within<T>(steps: Generator<number, T, void>, phase: StepPhase, at: number, meter: WorkMeter | undefined, log: CutLog | undefined): Generator<number, T, void> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) { return r.value; }
    if (meter) { meter.units += r.value; }
    log?.phases?.push(phase);
    yield at;
  }
}

/** How many of the annotations (sorted by start) start before `end`. */
function countBefore(list: readonly { start: number }[], end: number): number {
  let n = list.length;
  while (n > 0 && list[n - 1].start >= end) { n--; }
  return n;
}

/** Runs the whole analysis synchronously. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return runSteps(analyzeSteps(text, options));
}

/**
 * Offsets of the chunk boundaries of `text`: 0, …, text.length (src/core/chunks.ts), as the
 * analysis takes them in text of ordinary density (a shorter first chunk, then full ones; it
 * shortens the chunk after one dense with annotations, as it reads them).
 */
export function chunkBoundaries(text: string, size = CHUNK_SIZE, options: AnalyzeOptions = {}): number[] {
  const glossary = glossaryFor(options);
  const profile = profileDocument(text);
  const chunker = new Chunker(text, firstChunkSize(size), (p, from) => quietCut(text, p, from, glossary, profile));
  const out = [0];
  for (let pos = 0; pos < text.length;) {
    pos = chunker.next(pos);
    out.push(pos);
    chunker.size = size;
  }
  return out;
}

