// The numbers recognizer (docs/annotation.md §1, §7 "Numbers"): quantities with their unit, bound
// and direction. What other modules, tests and the bench use of it.
//
// Where each part lives (one thing per file; language data in words.ts, unitTable.ts, numeralChars.ts):
//   numeral decoding   dec.ts (exact scaled decimals) · numeralChars.ts (the characters of a numeral)
//                      numeralCore.ts (digits, places, magnitudes) · numerals.ts (sign, 第, 分之, 又)
//                      ratioSuffix.ts (成, 折) · parseNumeral.ts (a whole text as one numeral)
//   units              unitTable.ts (forms, glosses, conversions: data) · units.ts (matching)
//                      english.ts, formatDecimal.ts, numberEnglish.ts (the English words of §6)
//   the scanner        scan.ts (the candidate scan) → afterNumeral.ts (what follows the numeral)
//                      → withUnit.ts | bareNumber.ts → emit.ts (the annotation, its change)
//   its rules          qualifiers.ts (bounds, change verbs) · ranges.ts (ranges, coordinated values, a shared unit)
//                      multiple.ts (倍: reading, implied base) · classifiers.ts (N大 + noun, 个半, 一+classifier)
//                      ordinal.ts (第N that ranks) · bareMagnitudes.ts (上万, 近万人) · ratios.ts (成, 折 in text)
//                      tableCells.ts (a cell's unit from its column header or the table's unit line)
//   not numbers        fixedExpressions.ts (slogans, idioms) · identifiers.ts (codes, names, document
//                      numbers, clock times, list markers, meetings) · vague.ts (数百, 二三十, 百年)
//                      quickReject.ts (the commonest rejections, before any numeral scan)
//   tables             words.ts (every word list and character set) → matchers.ts (as tables);
//                      codes.ts (named character codes); lookaround.ts (bounded reads)
export { extractNumbers } from './scan';
export { numberEnglish } from './numberEnglish';
export { parseNumeral } from './parseNumeral';
export { scanNumeral, type NumeralForm, type NumeralScan, type ScanOptions } from './numerals';
export { scanRatioSuffix, type RatioSuffix } from './ratioSuffix';
export type { CoreScan } from './numeralCore';
export { decToNumber, shiftDec, type Dec } from './dec';
export { MAGNITUDES } from './numeralChars';
export { HEAD_NOUN_UNITS, UNIT_FORMS, type Conversion, type UnitCategory, type UnitDef } from './unitTable';
export { matchUnit, unitDefFor, type UnitMatch } from './units';
export { englishMagnitude, englishNumber, englishWithUnit } from './english';
export { formatDecimal } from './formatDecimal';
