// Language data that several recognizers read: stated once here, so that dates, the document
// date and the outline agree on what an era prefix or a quotation mark is.

/** An era prefix before a year: `roc` years count from 1912 (民國1年 = 1912); `common` is the Gregorian era named. */
export interface EraPrefix { readonly word: string; readonly era: 'roc' | 'common' }

export const ERA_PREFIXES: readonly EraPrefix[] = [
  { word: '中華民國', era: 'roc' }, { word: '中华民国', era: 'roc' }, { word: '民國', era: 'roc' }, { word: '民国', era: 'roc' },
  { word: '公元', era: 'common' }, { word: '西元', era: 'common' },
];

/** The prefixes of Republic of China years. */
export const ROC_PREFIXES: readonly string[] = ERA_PREFIXES.filter((e) => e.era === 'roc').map((e) => e.word);

/** Year N of the ROC era is N + ROC_OFFSET. */
export const ROC_OFFSET = 1911;

/** Opening quotation marks, as Chinese texts write them (full-width, corner brackets, ASCII). */
export const OPEN_QUOTES = '“‘「『"\'';
/** Closing quotation marks, in the order of OPEN_QUOTES. */
export const CLOSE_QUOTES = '”’」』"\'';
