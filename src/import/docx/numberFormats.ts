// Word's number formats (the numFmt values of numbering.xml, ECMA-376 §17.18.59) written out as
// text: the counter of a list level as Word prints it. Language data in tables; 0 and numbers past
// a format's range fall back to decimal, as Word does.

const CN_DIGITS = '〇一二三四五六七八九';
/** Counting writes an inner zero as 零 (一百零一), digit-by-digit styles as 〇 (二〇二六). */
const CN_COUNTING_DIGITS = '零一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const CN_UNITS = ['', '十', '百', '千'];
const CN_LEGAL_UNITS = ['', '拾', '佰', '仟'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const ENCLOSED_CIRCLE = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const ENCLOSED_PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const ENCLOSED_FULLSTOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const ROMAN: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/**
 * Counting numerals below 10,000: 一, 十, 十一, 二十, 一百零一, 一千零一十. `tenAlone` writes 10–19 as
 * 十… (everyday counting) rather than 一十… (the legal and thousand-style forms).
 */
function counting(n: number, digits: string, units: readonly string[], tenAlone: boolean): string {
  if (n <= 0 || n >= 10000) { return String(n); }
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) { zero = out !== ''; continue; }
    if (zero) { out += digits[0]; zero = false; }
    const skipOne = tenAlone && place === 1 && d === 1 && out === '';
    out += (skipOne ? '' : digits[d]) + units[place];
  }
  return out;
}

function fromList(n: number, list: string): string {
  return n >= 1 && n <= list.length ? list[n - 1] : String(n);
}

function cyclic(n: number, list: string): string {
  return n >= 1 ? list[(n - 1) % list.length] : String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) { return String(n); }
  let out = '';
  for (const [value, text] of ROMAN) { while (n >= value) { out += text; n -= value; } }
  return out;
}

/** a…z, then aa…zz, as Word does (decimal past 30 letters). */
function letters(n: number): string {
  if (n <= 0 || n > 26 * 30) { return String(n); }
  const c = String.fromCharCode(0x61 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

function digitByDigit(n: number, digits: string): string {
  return String(n).replace(/[0-9]/g, (d) => digits[Number(d)]);
}

function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

const FORMATS: Readonly<Record<string, (n: number) => string>> = {
  decimal: (n) => String(n),
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  decimalHalfWidth: (n) => String(n),
  decimalEnclosedCircle: (n) => fromList(n, ENCLOSED_CIRCLE),
  decimalEnclosedCircleChinese: (n) => fromList(n, ENCLOSED_CIRCLE),
  decimalEnclosedParen: (n) => fromList(n, ENCLOSED_PAREN),
  decimalEnclosedFullstop: (n) => fromList(n, ENCLOSED_FULLSTOP),
  upperRoman: (n) => roman(n).toUpperCase(),
  lowerRoman: roman,
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerLetter: letters,
  chineseCounting: (n) => counting(n, CN_COUNTING_DIGITS, CN_UNITS, true),
  chineseCountingThousand: (n) => counting(n, CN_COUNTING_DIGITS, CN_UNITS, true),
  chineseLegalSimplified: (n) => counting(n, CN_LEGAL_DIGITS, CN_LEGAL_UNITS, false),
  taiwaneseCounting: (n) => counting(n, CN_COUNTING_DIGITS, CN_UNITS, true),
  taiwaneseCountingThousand: (n) => counting(n, CN_COUNTING_DIGITS, CN_UNITS, true),
  taiwaneseDigital: (n) => digitByDigit(n, CN_DIGITS),
  ideographDigital: (n) => digitByDigit(n, CN_DIGITS),
  japaneseCounting: (n) => counting(n, CN_COUNTING_DIGITS, CN_UNITS, true),
  ideographTraditional: (n) => cyclic(n, HEAVENLY_STEMS),
  ideographZodiac: (n) => cyclic(n, EARTHLY_BRANCHES),
  none: () => '',
};

/** The counter `n` in Word's format `numFmt`; an unknown format is written in decimal. */
export function formatNumber(n: number, numFmt: string): string {
  return (FORMATS[numFmt] ?? FORMATS.decimal)(n);
}
