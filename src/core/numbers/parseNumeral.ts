// Whole-text parsing: the value of a text that is one numeral expression (the numeral specs the
// peers are scored on, scripts/eval-peers.mjs), with spaces between its parts, percent words,
// 成/折, 打 and the extended forms (1e5, 2^5, 40k, 1 3/5).
import { digitValue, isInlineSpace } from '../text';
import { decToNumber, shiftDec } from './dec';
import { scanNumeral } from './numerals';
import { scanRatioSuffix } from './ratioSuffix';
import { DOZEN, PERCENT_IDIOMS, PERCENT_WORDS } from './words';

/** Drops spaces between numeral parts (一百 五 十 二), keeping one between two Arabic digits (1 3/5). */
function normalizeSpaces(text: string): string {
  const keepNone = text.includes('折');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isInlineSpace(c)) { out += text[i]; continue; }
    if (keepNone || out.length === 0) { continue; }
    let k = i;
    while (k < text.length && isInlineSpace(text.charCodeAt(k))) { k++; }
    if (k < text.length && digitValue(out.charCodeAt(out.length - 1)) >= 0 && digitValue(text.charCodeAt(k)) >= 0) { out += ' '; }
    i = k - 1;
  }
  return out;
}

/**
 * The value of a text that is wholly one numeral expression, or null.
 * Percent forms give the percent number: 百分之五 → 5, 三成 → 30, 千分之五 → 0.5, 九折 → 90.
 */
export function parseNumeral(input: string): number | null {
  const text = normalizeSpaces(input.trim());
  if (text.length === 0) { return null; }
  for (const [word, value] of PERCENT_IDIOMS) { if (text === word) { return value; } }
  const sp = text.indexOf(' ');
  if (sp > 0) {
    // A mixed fraction: 1 3/5
    const whole = scanNumeral(text, 0, sp, { extended: true });
    const frac = scanNumeral(text, sp + 1, text.length, { extended: true });
    if (!whole || whole.end !== sp || !whole.isInteger || !frac || frac.end !== text.length || text.indexOf('/', sp) < 0) { return null; }
    return whole.value < 0 ? whole.value - frac.value : whole.value + frac.value;
  }
  const num = scanNumeral(text, 0, text.length, { extended: true });
  if (!num || Number.isNaN(num.value)) { return null; }
  if (num.end === text.length) { return num.value; }
  const ratio = scanRatioSuffix(text, num, text.length, true);
  if (ratio && ratio.end === text.length) { return ratio.value; }
  const rest = text.slice(num.end);
  if (PERCENT_WORDS.includes(rest)) { return num.value; }
  // 百分之15k: a k/M suffix on the numerator of a percent form.
  if (num.form === 'percent' && num.exact && (rest === 'k' || rest === 'K' || rest === 'M')) {
    const v = decToNumber(shiftDec(num.exact, rest === 'M' ? 6 : 3));
    return num.value < 0 ? -v : v;
  }
  if (rest === DOZEN) { return num.value * 12; }
  return null;
}
