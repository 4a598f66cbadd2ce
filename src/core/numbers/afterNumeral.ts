// What follows a numeral decides what it is (docs/annotation.md §1, §7 Numbers): a percentage or a
// fraction, an identifier, a vague amount, 成/折, N大 + noun, a unit or classifier, or nothing.
// (The scanner is split in steps so that each stays small enough for the compiler to inline its helpers.)
import { Ch, codeIn, isLatinLetter } from '../text';
import { bareNumber } from './bareNumber';
import { programmeCount } from './bareMagnitudes';
import { halfAfterClassifier, majorCount } from './classifiers';
import { Han } from './codes';
import { decToNumber } from './dec';
import { finishSimple, type Found } from './emit';
import { identifierAfter, latinNameAfter, mayEndIdentifier } from './identifiers';
import { at } from './lookaround';
import type { NumeralScan } from './numerals';
import { countsDays, DAYS } from './durations';
import { FULLWIDTH_SLASH, halfOfWhole, ratioAfter, shareRatio, slashFraction } from './ratios';
import { acrossSpaces } from './spacing';
import { matchUnit } from './units';
import { isPlacesOnly, sequenceNumeral } from './vague';
import { withUnit } from './withUnit';
import { SHARE_RATIO_WORDS } from './words';

/** The numeral `num` read at `pos`: records it if it is a number; returns where scanning resumes. */
export function afterNumeral(text: string, pos: number, floor: number, limit: number, out: Found, written: NumeralScan): number {
  // 15 筆, 8 樓: the word after the spaces is read as if it followed the numeral.
  const num = written.end < limit && text.charCodeAt(written.end) === Ch.Space ? acrossSpaces(text, written, limit) : written;
  const core = num.core;
  const j = num.end;
  const next = at(text, j, limit);
  // Each rule below is called behind a one-read test of the character it needs, so that the
  // compiler spends its inlining budget on the hot calls (matchUnit), not on rare rules.
  // 5G, 4K, 3D: a product or technology name — unless a unit symbol stands there (3GW, 5km).
  if (isLatinLetter(next)) {
    const name = latinNameAfter(text, j, limit);
    if (name >= 0) { return name; }
  }

  if (num.form === 'percent') {
    return finishSimple(text, out, floor, limit, pos, j, num.value, '%', 'percent');
  }
  if (num.form === 'fraction') {
    // 三分之一: a share, read as a percentage (33.33… %, unrounded); a mixed number (一又三分之一) stays a ratio.
    if (text.charCodeAt(core.end) === Han.You) {
      const u = matchUnit(text, j, limit);
      return u ? withUnit(text, pos, floor, limit, out, num, u, j, 0, false) : finishSimple(text, out, floor, limit, pos, j, num.value, null, 'ratio');
    }
    return finishSimple(text, out, floor, limit, pos, j, fractionPercent(num), '%', 'percent');
  }

  // 一半: 50 %.
  if (next === Han.Half && !core.arabic) {
    const half = halfOfWhole(text, pos, floor, limit, out, num);
    if (half >= 0) { return half; }
  }
  // 10转10: a share ratio (Arabic digits only).
  if (core.arabic && codeIn(SHARE_RATIO_WORDS, next)) {
    const ratio = shareRatio(text, pos, floor, limit, out, num);
    if (ratio >= 0) { return ratio; }
  }

  // 的2/3: a fraction written with a slash, a percentage like 三分之二.
  if (next === Ch.Slash || next === FULLWIDTH_SLASH) {
    const fraction = slashFraction(text, pos, floor, limit, out, num);
    if (fraction >= 0) { return fraction; }
  }

  // ３日内: a duration in days, where 日 is otherwise a day of a month.
  if (next === Han.Ri && countsDays(text, pos, j, limit)) { return withUnit(text, pos, floor, limit, out, num, DAYS, j, 0, core.vague); }

  // Document numbers, house numbers, clock times, calendar words, cohorts: 41号, 〔2018〕, 9時7分, 3月5日, 85后.
  if (mayEndIdentifier(next)) {
    const id = identifierAfter(text, j, limit, core);
    if (id >= 0) { return id; }
  }

  // Digit-by-digit Chinese numerals are years (dates) or vague pairs (三四个, 四五线); only 五五折 counts.
  if (core.sequence) { return sequenceNumeral(text, pos, floor, limit, out, num); }
  // Chinese numerals made only of unit characters (百年, 千家, 千万) are vague, except 十.
  if (!core.hasDigit && isPlacesOnly(text, pos, floor, num)) {
    // 千名医生: the count of a programme.
    const count = j - pos === 1 ? programmeCount(text, pos, floor, limit, out) : -1;
    return count >= 0 ? count : j;
  }

  let innerAbove = core.vague;
  // 五千多人, 3億餘元, 十余年: 多/余 between the numeral and the unit.
  let afterMid = j;
  if ((next === Han.Duo || next === Han.Yu || next === Han.YuTraditional) && matchUnit(text, j + 1, limit)) { afterMid = j + 1; }

  if (afterMid === j) {
    // 三成, 九折
    if (next === Han.Cheng || next === Han.Zhe) {
      const ratio = ratioAfter(text, pos, floor, limit, out, num);
      if (ratio >= 0) { return ratio; }
    }
    // N大 + noun: 三大支柱, 八大关注点 (not 十九大, a congress).
    if (next === Han.Da && num.isInteger && num.value >= 2 && num.value <= 10 && !innerAbove) { return majorCount(text, pos, floor, limit, out, num); }
  }

  let u = matchUnit(text, afterMid, limit);
  // 两个半月, 一个半小时: 个 + 半 + a time unit is N.5 of that unit.
  let half = 0;
  const halved = u && at(text, afterMid + 1, limit) === Han.Half ? halfAfterClassifier(text, afterMid, limit, u) : null;
  if (halved) { u = halved; half = 0.5; }
  if (afterMid > j && !u) { return j; }
  if (afterMid > j) { innerAbove = true; }

  if (!u) {
    return bareNumber(text, out, floor, limit, pos, num, innerAbove);
  }
  return withUnit(text, pos, floor, limit, out, num, u, afterMid, half, innerAbove);
}

/** N分之M as a percentage, 100·M/N computed in that order so that 三分之一 is the nearest double to 100/3. */
function fractionPercent(num: NumeralScan): number {
  const den = decToNumber(num.core.dec);
  const numerator = num.value * den;
  const whole = Math.round(numerator);
  return (Math.abs(numerator - whole) < 1e-9 ? whole : numerator) * 100 / den;
}
