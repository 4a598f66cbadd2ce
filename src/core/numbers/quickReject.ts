// The commonest rejections, decided without a numeral scan: a lone Chinese digit or a short
// Chinese numeral before a character no rule reads after a numeral (一些, 统一, 进一步, （十五）) is
// never a number (docs/annotation.md §7: a numeral inside a word or idiom).
import { CODE_UNITS, Ch, cnDigitValue } from '../text';
import { Han, Sym } from './codes';
import { FIXED_BY_NUMERAL } from './fixedExpressions';
import { at } from './lookaround';
import { isBigUnit, isCoreChar, isNumeralChar, isSmallUnit } from './numeralChars';
import { UNIT_FORMS } from './unitTable';

/**
 * Characters some rule reads right after a numeral (分之, 又, 半, 成, 折, N大, 号, clock 时, 月/日,
 * cohorts 后, ranges 至/到, 多/余/几, 点). A rule that reads a new character after a numeral adds it here.
 */
const READ_AFTER_NUMERAL = '分又半成折大号號〕］时時：月日后後至到多余餘几幾点點';

/**
 * Characters after a lone Chinese digit or a short Chinese numeral (一些, 统一, （十五）) that the
 * numeral scanner, the unit table and every rule after them leave alone, so the numeral is
 * rejected at once. Conservative: ASCII, the full-width forms and general punctuation stay out
 * (but for the closing bracket of a list marker), and so does anything a rule names.
 */
export const INERT_AFTER_DIGIT = new Uint8Array(CODE_UNITS);
{
  const unitFirst = new Set<number>(Object.keys(UNIT_FORMS).map((f) => f.charCodeAt(0)));
  // Past ASCII; not the half- and full-width forms (0xff00–0xffef) nor general punctuation (0x2000–0x206f).
  for (let c = 0x80; c < CODE_UNITS; c++) {
    if ((c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || c === Sym.MinusSign
      || (c >= Ch.HighSurrogateFirst && c <= Ch.LowSurrogateLast)) { continue; }
    if (isNumeralChar(c) || cnDigitValue(c) >= 0 || isSmallUnit(c) || isBigUnit(c) || unitFirst.has(c)
      || READ_AFTER_NUMERAL.includes(String.fromCharCode(c))) { continue; }
    INERT_AFTER_DIGIT[c] = 1;
  }
  // The closing bracket of a list marker, （一） or 一): a lone Chinese digit takes no unit and
  // makes no range there, so it is no number.
  INERT_AFTER_DIGIT[Ch.FullwidthCloseParen] = 1;
  INERT_AFTER_DIGIT[Ch.CloseParen] = 1;
  // The fixed expressions are tested before this rule: the character after their numeral is never inert.
  for (const bucket of FIXED_BY_NUMERAL) {
    for (const e of bucket) { if (e.nearAt === 1) { INERT_AFTER_DIGIT[e.near] = 0; } }
  }
}

/**
 * End of a short Chinese numeral at `pos` in one of the shapes 三, 十, 十五, 二十, 二十五 with no
 * numeral character after it, exactly where scanCore would end it; -1 for any other shape. Lets
 * the commonest rejections skip the numeral scan.
 */
export function shortChineseEnd(text: string, pos: number, limit: number): number {
  let k = pos;
  if (cnDigitValue(at(text, k, limit)) >= 1) { k++; }
  const t = at(text, k, limit);
  if (t === Han.Ten || t === Han.TenFinancial) {
    k++;
    if (cnDigitValue(at(text, k, limit)) >= 1) { k++; }
  } else if (k === pos) { return -1; }
  return isCoreChar(at(text, k, limit)) ? -1 : k;
}
