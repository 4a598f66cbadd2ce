// Whether a page's text decoded: a font without a Unicode map gives glyph numbers read as characters —
// controls, private-use code points, scripts no Chinese policy text uses, or Han characters in
// proportions no real text has. Such a page is reported, never shown as mojibake.
import { isHan } from '../../core/text';
import { COMMON_HAN } from './commonHan';

/** Code point ranges of characters a Chinese policy document may contain, [from, to] inclusive. */
const PLAUSIBLE: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x4ff], [0x2000, 0x2bff], [0x2e80, 0x2fdf], [0x3000, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xfe10, 0xfe1f], [0xfe30, 0xfe6f], [0xff00, 0xffef],
  [0x20000, 0x3134f],
];
const COMMON = new Set(COMMON_HAN);

/** At most this share of a page's characters may be implausible. */
const MAX_IMPLAUSIBLE = 0.1;
/** A page with this many Han characters or more must have this share of common ones. */
const MIN_HAN_SAMPLE = 40;
const MIN_COMMON_SHARE = 0.2;

export function isDecodable(text: string): boolean {
  let total = 0, bad = 0, han = 0, common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) { continue; }
    total++;
    if (!PLAUSIBLE.some(([from, to]) => c >= from && c <= to)) { bad++; continue; }
    if (isHan(c)) { han++; if (COMMON.has(ch)) { common++; } }
  }
  if (total === 0) { return true; }
  if (bad > total * MAX_IMPLAUSIBLE) { return false; }
  return han < MIN_HAN_SAMPLE || common >= han * MIN_COMMON_SHARE;
}
