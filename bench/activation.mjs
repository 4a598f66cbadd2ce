// Bench section 4, from the real VS Code: activate() and the first analysis of the seed as the
// integration harness recorded them (test-output/editor-timings.json, bench/README.md), and the
// budget "no analysis inside activate()" (the recorded flag, else a static scan of activate()).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

/** Records the editor timings and the activate() budget; returns the timings read (null: none). */
export function activation(ctx) {
  const { notes, figure, budget } = ctx;
  // activate() and the first analysis in real VS Code, as the integration harness recorded them.
  const timingsFile = path.join(root, 'test-output', 'editor-timings.json');
  let editor = null;
  if (existsSync(timingsFile)) {
    try { editor = JSON.parse(readFileSync(timingsFile, 'utf8')); } catch (e) { notes.push(`test-output/editor-timings.json unreadable: ${e.message}`); }
  }
  const pickNum = (obj, keys) => { for (const k of keys) { if (obj && typeof obj[k] === 'number') { return obj[k]; } } return undefined; };
  const activateMs = pickNum(editor, ['activateMs', 'activationMs', 'activate']);
  const firstMs = pickNum(editor, ['firstAnalysisMs', 'seedFirstAnalysisMs', 'firstAnalysis']);
  const measuredNote = editor ? `from test-output/editor-timings.json (${statSync(timingsFile).mtime.toISOString()})` : 'not measured (run npm test first)';
  figure('activate', 'activate() in VS Code', 'ms', activateMs ?? null, activateMs != null ? measuredNote : 'not measured (run npm test first)');
  figure('firstAnalysis', 'first analysis of the seed in VS Code', 'ms', firstMs ?? null, firstMs != null ? measuredNote : 'not measured (run npm test first)');

  // No analysis inside activate(): the flag the extension records if the harness wrote it, else a static scan.
  const flag = pickNum(editor, ['analysesDuringActivate', 'analysisDuringActivate']) ?? (typeof editor?.analysisInActivate === 'boolean' ? Number(editor.analysisInActivate) : undefined);
  if (flag !== undefined) {
    budget('no analysis inside activate()', flag, 0, flag === 0, 'recorded by the extension (editor-timings.json)');
  } else {
    const ext = path.join(root, 'src', 'extension', 'extension.ts');
    if (existsSync(ext)) {
      const src = readFileSync(ext, 'utf8');
      const m = /export\s+(?:async\s+)?function\s+activate\s*\(/.exec(src);
      let body = '';
      if (m) {
        let i = src.indexOf('{', src.indexOf(')', m.index));
        let depth = 0;
        const startBody = i;
        for (; i < src.length; i++) {
          if (src[i] === '{') { depth++; } else if (src[i] === '}') { depth--; if (depth === 0) { break; } }
        }
        body = src.slice(startBody, i + 1);
      }
      // Direct calls only; calls inside callbacks (`=> …`) run later, not during activate().
      const direct = body.replace(/=>\s*(\{[^{}]*\}|[^,;\n]*)/g, '');
      const calls = [...direct.matchAll(/\b(analyze|analyzeSteps|runInSlices|buildOutline)\s*\(/g)].map(x => x[1]);
      budget('no analysis inside activate()', calls.length, 0, m != null && calls.length === 0,
        m ? `static scan of activate() in src/extension/extension.ts (direct calls only${calls.length ? ': ' + calls.join(', ') : ''}); no flag recorded by the extension` : 'activate() not found');
    } else {
      budget('no analysis inside activate()', null, 0, false, 'src/extension/extension.ts missing');
    }
  }
  return editor;
}
