// Bench section 2: @microsoft/recognizers-text-suite (Chinese number, percentage, currency and
// date-time models, paragraph by paragraph) against our analyze on a 20,000-character slice, each
// in a process of its own.
import { summarize } from './lib.mjs';
import { fmtMs } from './record.mjs';
import { child } from './spawnChild.mjs';

export async function againstPeer(ctx) {
  const { core, QUICK, RUNS, MIN_MS, figure, budget, log } = ctx;
  const PEER_CHARS = 20000;
  // Ours runs in a process of its own, as the peer does: in this one, the 1 MB and 10 MB inputs
  // analysed before leave the JIT's type feedback tuned to them, not to a 20,000-character string.
  const oursRun = await child({ kind: 'ours', core, chars: PEER_CHARS, runs: RUNS, minMs: MIN_MS }, { timeoutMs: 120000 });
  const oursLine = oursRun.lines.find(l => Array.isArray(l.wall));
  if (!oursLine) { throw new Error(`bench: our side of the peer comparison failed: ${oursRun.stderr}`); }
  const ours = oursLine.wall;
  const oursCpu = oursLine.cpu;
  const oursS = figure('peerOurs', `our analyze, ${PEER_CHARS.toLocaleString('en-US')}-char slice`, 'ms', summarize(ours), 'in a process of its own, warmed (as the scaling runs)');
  figure('peerOursCold', '  our first analysis of the slice in that process (cold JIT)', 'ms', oursLine.coldMs, 'one run; not part of the budget');
  const softCapMs = QUICK ? 10000 : 90000;
  log(`bench: recognizers-text on ${PEER_CHARS} chars (soft cap ${softCapMs / 1000} s)`);
  const peer = await child({ kind: 'peer', chars: PEER_CHARS, softCapMs }, { timeoutMs: softCapMs + 60000 });
  const head = peer.lines.find(l => l.setupMs !== undefined);
  const fin = peer.lines.find(l => l.final) ?? peer.lines.filter(l => l.progress).at(-1);
  if (head && fin && fin.chars > 0) {
    const complete = fin.chars >= head.chars;
    const peerMs = complete ? fin.ms : fin.ms * head.chars / fin.chars;
    const note = complete ? `one run, all ${head.paragraphs} paragraphs; model setup (${fmtMs(head.setupMs)}) excluded`
      : `one run; capped at ${fmtMs(fin.ms)} after ${fin.chars} of ${head.chars} chars, extrapolated linearly to all (optimistic for the peer if it is superlinear); model setup (${fmtMs(head.setupMs)}) excluded`;
    figure('peerTime', '  recognizers-text (number, %, currency, date-time; zh)', 'ms', peerMs, note);
    const ratio = { median: peerMs / oursS.median, min: peerMs / oursS.max, max: peerMs / oursS.min, runs: oursS.runs };
    figure('peerRatio', '  recognizers-text ÷ ours', '×', ratio, `peer found ${fin.entities} entities in ${fin.chars} chars`);
    const peerCpu = complete ? fin.cpuMs : fin.cpuMs * head.chars / fin.chars;
    const oc = summarize(oursCpu);
    const rc = figure('peerRatioCpu', '  recognizers-text ÷ ours, in process CPU time', '×', { median: peerCpu / oc.median, min: peerCpu / oc.max, max: peerCpu / oc.min, runs: oc.runs },
      `peer ${fmtMs(peerCpu)} CPU, ours ${fmtMs(oc.median)} CPU; the two run at different moments, CPU time is less sensitive to the machine's load`);
    budget('≥ 1,000 × faster than recognizers-text [20,000 chars]', ratio.median, 1000, ratio.median >= 1000, complete ? undefined : 'peer extrapolated', { value: rc.median, met: rc.median >= 1000 });
  } else {
    figure('peerTime', '  recognizers-text', 'ms', null, `did not run: ${peer.timedOut ? 'killed' : peer.stderr.split('\n').slice(-2).join(' ')}`);
    budget('≥ 1,000 × faster than recognizers-text [20,000 chars]', null, 1000, false, 'peer did not run');
  }
}
