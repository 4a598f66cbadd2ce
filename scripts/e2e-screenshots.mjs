#!/usr/bin/env node
// End-to-end through the real workbench UI: installs the packaged .vsix into a fresh code-server,
// opens samples with Quick Open, focuses the Outline, hovers spans, checks what each shot in
// test/e2e/shots.mjs expects and saves PNGs.
//   node scripts/e2e-screenshots.mjs --test        the shots marked inTest → test-output/e2e/
//   node scripts/e2e-screenshots.mjs [--out DIR]   every shot → DIR (default test-output/screenshots/)
//   --only a,b   just these shots;  --vsix FILE   this package instead of policy-lens.vsix
// Output ends with `N passed, N failed` (one check per shot; shots whose feature is missing are skipped).
// A shot may bring its own short text (`content`), open the language status pop-up and check it fits
// the window (`statusPopup`), open the quick fix menu on a highlight (`quickFix`), or check the
// Settings editor's order and labels (`settingsUi`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHOTS } from '../test/e2e/shots.mjs';
import { launchChromium } from './lib/browser.mjs';
import { createProfile, installVsix, startCodeServer, writeSettings } from './lib/codeServer.mjs';
import { ROOT, TEST_OUTPUT_DIR, VSIX_PATH } from './lib/env.mjs';
import { ensureVsix } from './lib/prepare.mjs';
import { createSampleWorkspace, removeSampleWorkspace } from './lib/workspace.mjs';

const argv = process.argv.slice(2);
const opt = name => { const a = argv.find(x => x.startsWith(`--${name}=`)); if (a) { return a.slice(name.length + 3); } const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const testMode = argv.includes('--test');
const outDir = path.resolve(ROOT, opt('out') || path.join(TEST_OUTPUT_DIR, testMode ? 'e2e' : 'screenshots'));
const failDir = path.join(TEST_OUTPUT_DIR, 'e2e-failures');
const only = opt('only')?.split(',');
const vsix = path.resolve(opt('vsix') || VSIX_PATH);
const VIEWPORT = { width: 1400, height: 800 };
const STEP_TIMEOUT_MS = 30000;

async function palette(page, text) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(text);
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.keyboard.press('Enter');
}

async function quickOpen(page, text) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(text);
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.keyboard.press('Enter');
}

/* global document, NodeFilter, getComputedStyle, window -- these run in the page */
/** Screen box of the first occurrence of `needle` in the rendered editor lines (it may span several token spans). */
function findTextBox(needle) {
  for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.textContent; }
    const at = text.replace(/\u00a0/g, ' ').indexOf(needle);
    if (at < 0) { continue; }
    const locate = offset => { let i = nodes.length - 1; while (i > 0 && nodes[i][1] > offset) { i--; } return [nodes[i][0], offset - nodes[i][1]]; };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length - 1));
    const b = range.getBoundingClientRect();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  }
  return null;
}

/** Waits until `locator` and its ancestors are fully opaque (hovers and pop-ups fade in). */
async function whenOpaque(page, locator) {
  await page.waitForFunction(el => {
    for (let e = el; e; e = e.parentElement) { if (Number(getComputedStyle(e).opacity) < 1) { return false; } }
    return true;
  }, await locator.elementHandle());
  await page.waitForTimeout(200);
}

/** Throws unless the element's box lies inside the window: a pop-up must not run off an edge. */
async function checkInside(locator, what) {
  const box = await locator.boundingBox();
  if (!box) { throw new Error(`${what} has no box`); }
  if (box.x < 0 || box.y < 0 || box.x + box.width > VIEWPORT.width + 0.5 || box.y + box.height > VIEWPORT.height + 0.5) {
    throw new Error(`${what} runs off the window: ${JSON.stringify(box)} in ${VIEWPORT.width}×${VIEWPORT.height}`);
  }
  return box;
}

/**
 * The language status pop-up (hover over `{}` in the status bar) with Policy Lens's row, beside
 * the coloured counts of each kind (the legend): checks the counts are shown in their theme
 * colours and the pop-up fits the window.
 */
async function openStatusPopup(page, spec) {
  const colours = [];
  for (const kind of spec.counts) {
    const item = page.locator(`.statusbar-item[id$="policyLens.count.${kind}"]`).first();
    await item.waitFor();
    colours.push(await item.evaluate(el => getComputedStyle(el.querySelector('a') ?? el).color));
  }
  if (new Set(colours).size !== colours.length) { throw new Error(`the counts share colours: ${colours.join(', ')}`); }
  await page.locator('#status\\.languageStatus').first().hover();
  const row = page.locator('.hover-language-status', { hasText: new RegExp(spec.expect) }).first();
  await row.waitFor();
  const popup = page.locator('.workbench-hover:visible, .monaco-hover:visible').filter({ has: row }).first();
  await whenOpaque(page, popup);
  const box = await checkInside(popup, 'the language status pop-up');
  // Nothing in it cut off either: a row too long for the window runs past the pop-up's right edge.
  const clipped = await popup.evaluate(el => {
    const right = Math.min(el.getBoundingClientRect().right, window.innerWidth) + 1;
    return [...el.querySelectorAll('.hover-language-status .element')]
      .filter(e => e.getBoundingClientRect().right > right)
      .map(e => (e.textContent ?? '').trim().slice(0, 60));
  });
  if (clipped.length > 0) { throw new Error(`the language status pop-up cuts off ${JSON.stringify(clipped)}`); }
  return `status pop-up ${Math.round(box.width)}×${Math.round(box.height)} at x=${Math.round(box.x)}; counts in ${colours.join(' / ')}`;
}

/**
 * The Settings editor filtered to the extension: its first rows are `first`, in that order, and
 * the first dropdown offers `options` (labels from package.nls.json, not raw enum values).
 */
async function checkSettingsUi(page, spec) {
  await palette(page, 'Preferences: Open Settings (UI)');
  await page.locator('.settings-editor .suggest-input-container').first().waitFor();
  await page.keyboard.type(spec.query);
  // The search box suggests the filter it was given: close the suggestion, keep the filter.
  const suggest = page.locator('.settings-editor .suggest-widget.visible');
  if (await suggest.count() > 0) { await page.keyboard.press('Escape'); await suggest.first().waitFor({ state: 'hidden' }); }
  const titles = page.locator('.settings-editor .settings-tree-container .setting-item-title');
  await page.locator('.settings-editor .settings-tree-container .setting-item-title', { hasText: spec.first[0] }).first().waitFor();
  await page.waitForTimeout(500);
  const shown = (await titles.allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim());
  const at = spec.first.map(f => shown.findIndex(t => t.includes(f)));
  if (at.some(i => i < 0) || at.some((i, k) => k > 0 && i <= at[k - 1]) || at[0] !== 0) {
    throw new Error(`settings rows ${JSON.stringify(shown.slice(0, 8))} do not start with ${JSON.stringify(spec.first)}`);
  }
  const options = await page.locator('.settings-editor .setting-item-enum select').first().evaluate(el => [...el.options].map(o => o.text));
  if (JSON.stringify(options) !== JSON.stringify(spec.options)) { throw new Error(`the dropdown offers ${JSON.stringify(options)}`); }
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  return `settings: ${shown.slice(0, 3).join(' / ')}; dropdown ${options.join(' / ')}`;
}

/** Ctrl+. on the first visible occurrence of `text`: the quick fix menu holding `expect`. */
async function openQuickFix(page, spec) {
  const box = await page.evaluate(findTextBox, spec.text);
  if (!box) { throw new Error(`"${spec.text}" is not visible in the editor`); }
  const menu = page.locator('.action-widget', { hasText: spec.expect }).first();
  // VS Code cancels a code-action request when the selection moves under it (the click still
  // settling while the workbench lays out the wrapped lines), and then shows "No code actions
  // available". A reader presses Ctrl+. again; so does the shot, at most three times.
  for (let attempt = 1; ; attempt++) {
    await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
    await page.keyboard.press('Control+Period');
    try {
      await menu.waitFor({ timeout: attempt < 3 ? 8000 : STEP_TIMEOUT_MS });
      break;
    } catch (e) {
      if (attempt >= 3) { throw e; }
      await page.keyboard.press('Escape');
    }
  }
  await whenOpaque(page, menu);
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  return `quick fix: ${JSON.stringify((await menu.innerText()).replace(/\s+/g, ' ').slice(0, 80))}`;
}

async function takeShot(browser, server, workspace, profile, shot) {
  writeSettings(profile, { 'outline.collapseItems': 'alwaysExpand', ...shot.settings });
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const notes = [];
  const t0 = Date.now();
  const mark = what => { if (process.env.VERBOSE) { console.log(`[e2e]   ${shot.name}: ${what} at ${Date.now() - t0} ms`); } };
  try {
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench');
    await page.waitForSelector('.explorer-folders-view .monaco-list-row'); // remote connected
    mark('workbench ready');
    // A shot of a converted file (PDF, Word, HTML) copies it into the workspace and reads the text
    // the editor shows from `text`; a shot's own text (test/e2e/shots.mjs `content`) is written
    // beside the samples before it is opened.
    for (const f of shot.copy ?? []) { fs.copyFileSync(path.join(ROOT, f), path.join(workspace, path.basename(f))); }
    if (shot.content) { fs.writeFileSync(path.join(workspace, shot.file), shot.content); }
    const sample = fs.readFileSync(shot.text ? path.join(ROOT, shot.text) : path.join(workspace, shot.file), 'utf8');
    await quickOpen(page, shot.file);
    const firstLine = sample.split('\n').find(l => l.trim()).trim().slice(0, 8);
    await page.locator('.monaco-editor .view-line', { hasText: firstLine }).first().waitFor();
    mark('file open');
    const line = shot.line ?? (shot.reveal ? sample.split('\n').findIndex(l => l.includes(shot.reveal)) + 1 : 0);
    if (shot.reveal && line === 0) { throw new Error(`"${shot.reveal}" is not in ${shot.file}`); }
    if (line > 0) {
      await quickOpen(page, `:${line}`);
      await page.locator('.monaco-editor .view-line', { hasText: shot.reveal ?? '' }).first().waitFor();
      await page.keyboard.press('ArrowRight'); // moving the caret clears Go to Line's grey range highlight
    }
    mark('revealed');
    if (shot.outline) {
      await palette(page, 'Explorer: Focus on Outline View');
      const rows = page.locator('.outline-pane .monaco-list-row');
      await rows.filter({ hasText: shot.outline.expect[0] }).first().waitFor();
      const names = (await rows.allInnerTexts()).map(t => t.trim());
      const missing = shot.outline.expect.filter(e => !names.some(n => n.includes(e)));
      if (missing.length) { throw new Error(`outline rows ${JSON.stringify(names)} lack ${JSON.stringify(missing)}`); }
      notes.push(`outline: ${names.length} rows`);
    }
    mark('outline checked');
    for (const entry of shot.before ?? []) { await palette(page, entry); }
    if (shot.command) { await palette(page, shot.command); }
    if (shot.pick) {
      await page.locator('.quick-input-list .monaco-list-row', { hasText: shot.pick }).first().waitFor();
      await page.keyboard.press('Enter');
    }
    if (shot.webview) {
      // a webview is an iframe holding the page's own iframe
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('body', { hasText: shot.webview.expect }).first().waitFor();
      notes.push(`webview: ${JSON.stringify(shot.webview.expect)}`);
    }
    for (const entry of shot.then ?? []) {
      // a webview holds the keyboard focus: a click on the status bar's empty middle gives it back to the workbench
      await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height - 10);
      await palette(page, entry);
    }
    if (shot.waitFor) { await page.locator(shot.waitFor).first().waitFor(); }
    if (shot.settingsUi) {
      notes.push(await checkSettingsUi(page, shot.settingsUi));
    } else if (shot.statusPopup) {
      notes.push(await openStatusPopup(page, shot.statusPopup));
    } else if (shot.quickFix) {
      notes.push(await openQuickFix(page, shot.quickFix));
    } else if (shot.hover) {
      // Focus the editor without moving the caret over the target, then hover.
      const box = await page.evaluate(findTextBox, shot.hover.text);
      if (!box) { throw new Error(`"${shot.hover.text}" is not visible in the editor`); }
      const hover = page.locator('.monaco-hover:visible', { hasText: new RegExp(shot.hover.expect) });
      // On a busy machine the first pointer move can come before the editor takes hovers: move
      // away and back a few times rather than wait once for a hover that was never asked for.
      for (let attempt = 1; ; attempt++) {
        await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2, { steps: 5 });
        try { await hover.first().waitFor({ timeout: STEP_TIMEOUT_MS / 3 }); break; } catch (e) {
          if (attempt === 3) { throw e; }
          await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
          await page.waitForTimeout(500);
        }
      }
      // the hover fades in: shoot it once it is opaque
      await whenOpaque(page, hover.first());
      notes.push(`hover: ${JSON.stringify((await hover.first().innerText()).replace(/\s+/g, ' ').slice(0, 80))}`);
    } else {
      await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5); // no stray hover in the picture
      await page.waitForTimeout(500); // let decorations land after the debounce
    }
    const file = path.join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file });
    return { ok: true, detail: `${path.relative(ROOT, file)}${notes.length ? `; ${notes.join('; ')}` : ''}` };
  } catch (e) {
    fs.mkdirSync(failDir, { recursive: true });
    const file = path.join(failDir, `${shot.name}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    return { ok: false, detail: `${e.message.split('\n')[0]} (see ${path.relative(ROOT, file)})` };
  } finally {
    await page.close().catch(() => {});
    // A shot's own text stays out of the next shots' explorer.
    if (shot.content) { fs.rmSync(path.join(workspace, shot.file), { force: true }); }
  }
}

async function main() {
  const t0 = Date.now();
  const selected = SHOTS.filter(s => (only ? only.includes(s.name) : !testMode || s.inTest));
  const runnable = [];
  let skipped = 0;
  for (const shot of selected) {
    const missing = (shot.requires ?? []).filter(f => !fs.existsSync(path.join(ROOT, f)));
    if (missing.length) { console.log(`[e2e] skip ${shot.name}: waiting for ${missing.join(', ')}`); skipped++; } else { runnable.push(shot); }
  }
  fs.mkdirSync(outDir, { recursive: true });
  if (!opt('vsix')) { await ensureVsix(); }
  let passed = 0;
  let failed = 0;
  const browser = await launchChromium();
  const stops = [];
  const onSignal = () => { Promise.all(stops.map(s => s())).finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // One code-server per display language (a server-wide flag); every shot gets a fresh page.
    for (const locale of [...new Set(runnable.map(s => s.locale ?? ''))]) {
      const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-e2e-'));
      const profile = createProfile(runDir);
      await installVsix(profile, vsix);
      const workspace = createSampleWorkspace('policy-lens-e2e-ws-', { sharedFixtures: false });
      const server = await startCodeServer(profile, { workspace, extraArgs: locale ? ['--locale', locale] : [] });
      stops.push(server.stop);
      console.log(`[e2e] code-server ${server.url}${locale ? ` (locale ${locale})` : ''}, ${path.basename(vsix)} installed, log ${runDir}/code-server.log`);
      try {
        for (const shot of runnable.filter(s => (s.locale ?? '') === locale)) {
          const t = Date.now();
          const r = await takeShot(browser, server, workspace, profile, shot);
          if (r.ok) { passed++; } else { failed++; }
          console.log(`[e2e] ${r.ok ? 'ok  ' : 'FAIL'} ${shot.name} (${((Date.now() - t) / 1000).toFixed(1)} s): ${r.detail}`);
        }
      } finally {
        await server.stop();
      }
      if (failed === 0) {
        fs.rmSync(runDir, { recursive: true, force: true });
        removeSampleWorkspace(workspace);
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
  console.log(`[e2e] ${runnable.length} shot(s) into ${path.relative(ROOT, outDir) || '.'}, ${skipped} skipped, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(code => process.exit(code), e => { console.error('[e2e]', e?.stack || e); console.log('0 passed, 1 failed'); process.exit(1); });
