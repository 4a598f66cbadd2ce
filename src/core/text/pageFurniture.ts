// A web page's furniture copied with its text (docs/annotation.md §2, §7 "Structure"): lines of
// tool buttons, the font-size switch, a breadcrumb, labels without their value. Such a line is no
// line of the header and no node of the outline.
import { isInlineSpace } from './chars';
import { charTable } from './classes';
import { Ch } from './codes';
import { PAGE_FURNITURE_MARKS, PAGE_FURNITURE_WORDS } from './lexicon';
import { WordList } from './words';

const FURNITURE = new WordList(PAGE_FURNITURE_WORDS);
const FURNITURE_MARKS = charTable(PAGE_FURNITURE_MARKS);

/** True when text[from, to) holds nothing but furniture words (PAGE_FURNITURE_WORDS), their marks and blanks. */
export function isPageFurnitureLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to;) {
    const c = text.charCodeAt(k);
    if (isInlineSpace(c) || c === Ch.CarriageReturn || FURNITURE_MARKS[c] === 1) { k++; continue; }
    const word = FURNITURE.at(text, k, to);
    if (word === null) { return false; }
    k += word.length;
  }
  return true;
}
