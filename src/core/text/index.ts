// The text kernel: character codes, predicates, class tables, the word matcher, numeral primitives
// and the language data several recognizers share. It imports nothing outside this folder.
export { Ch } from './codes';
export {
  digitValue, isAsciiLetter, isBmpHan, isColon, isDash, isDecimalPoint, isDigit, isHan, isHighSurrogate, isInlineSpace,
  isLatinLetter, isLineBreak, isWhitespace,
} from './chars';
export { CharClasses, CODE_UNITS, charTable, codeIn, defineClass } from './classes';
export { WordList, WordTable, type WordRow } from './words';
export { cnDigitValue, cnSmallValue, digitRunEnd, digitsValue, writtenDigitValue } from './numerals';
export { BREADCRUMB_SEPARATORS, CLOSE_QUOTES, ERA_PREFIXES, OPEN_QUOTES, PAGE_FURNITURE_MARKS, PAGE_FURNITURE_WORDS, ROC_OFFSET, ROC_PREFIXES, type EraPrefix } from './lexicon';
export { isPageFurnitureLine } from './pageFurniture';
export { CharSearch } from './charSearch';
export { indexOfCode } from './indexOfCode';
export { breakEndingAt, firstLongLine, lineEndAt, nextLineStart } from './lines';
export { isPageNumberLine, pageNumberLineAround } from './pageNumbers';
