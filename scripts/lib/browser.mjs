// Headless Debian chromium through playwright-core (Playwright's own browser download is unreachable).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_BIN } from './env.mjs';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]);

export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM_BIN)) { throw new Error(`${CHROMIUM_BIN} not found: apt-get install chromium`); }
  return chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * Wire window.codeAutomationExit / codeAutomationLog (call before goto). Returns { exited }, a promise
 * for the exit code the workbench reports (wrapped: an async function returning a promise would adopt it).
 * `onLog` receives the workbench's automation log lines.
 */
export async function exposeAutomationExit(page, onLog = () => {}) {
  let report;
  const exited = new Promise(resolve => { report = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
  await page.exposeFunction('codeAutomationExit', code => report(code));
  return { exited };
}
