// The numbers recognizer (docs/annotation.md §1, §7 Numbers; docs/architecture.md): numeral
// decoding (dec, numeralChars, numeralCore, numeral, ratioSuffix, parseNumeral), units (unitTable,
// units, english, formatDecimal), the quantity scanner (scan → afterNumeral → withUnit/bareNumber,
// with qualifiers, ranges, multiple, classifiers, ordinal, bareMagnitudes, ratios, and the
// not-number rules fixedExpressions, identifiers, vague, quickReject) and its language data (words).
export { extractNumbers } from './scan';
export { numberEnglish } from './numberEnglish';
export { parseNumeral } from './parseNumeral';
export { scanNumeral, type NumeralForm, type NumeralScan, type ScanOptions } from './numeral';
export { scanRatioSuffix, type RatioSuffix } from './ratioSuffix';
export type { CoreScan } from './numeralCore';
export { decToNumber, shiftDec, type Dec } from './dec';
export { MAGNITUDES } from './numeralChars';
export { HEAD_NOUN_UNITS, UNIT_FORMS, type Conversion, type UnitCategory, type UnitDef } from './unitTable';
export { matchUnit, unitDefFor, type UnitMatch } from './units';
export { englishMagnitude, englishNumber, englishWithUnit } from './english';
export { formatDecimal } from './formatDecimal';
