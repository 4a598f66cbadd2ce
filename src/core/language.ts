// Is this text Chinese enough to analyse? The editor gates every feature on this share, so
// English notes and logs that happen to be plaintext are left alone.

/** UTF-16 code units read from the start of the text; enough to judge, cheap on huge files. */
export const CHINESE_SAMPLE_SIZE = 20000;

/**
 * Han ideograph blocks (code points, inclusive). Punctuation (，。) and full-width forms are not
 * Han: they appear in Japanese and Korean too, and a Chinese document has plenty of ideographs.
 */
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf], // CJK radicals supplement, Kangxi radicals
  [0x3005, 0x3007], // 々 〆 〇
  [0x3400, 0x4dbf], // extension A
  [0x4e00, 0x9fff], // unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0x20000, 0x3134f], // extensions B–H (astral)
];

export function isHan(codePoint: number): boolean {
  for (const [lo, hi] of HAN_RANGES) {
    if (codePoint >= lo && codePoint <= hi) { return true; }
  }
  return false;
}

function isWhitespace(c: number): boolean {
  // ASCII whitespace, NBSP, the ideographic space U+3000, BOM, and the U+2000 block of spaces.
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff
    || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x202f || c === 0x205f;
}

export interface ChineseShare {
  /** Han code points in the sample. */
  han: number;
  /** Non-whitespace code points in the sample. */
  nonWhitespace: number;
  /** han / nonWhitespace, 0 for a sample without any non-whitespace character. */
  ratio: number;
}

/** The share of Han characters among the non-whitespace characters of the first `sampleSize` code units. */
export function chineseShare(text: string, sampleSize = CHINESE_SAMPLE_SIZE): ChineseShare {
  const n = Math.min(text.length, sampleSize);
  let han = 0;
  let nonWhitespace = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (isWhitespace(c)) { continue; }
    nonWhitespace++;
    if (isHan(c)) { han++; }
  }
  return { han, nonWhitespace, ratio: nonWhitespace === 0 ? 0 : han / nonWhitespace };
}
