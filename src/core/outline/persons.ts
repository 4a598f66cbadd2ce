// Whether a label names a person (docs/annotation.md §8 "Press conferences": a member's name, an
// official with title, the chair): role words, surnames, and titles joined by 、 before a name.
import { Ch, isHan, WordList } from '../text';
import { has, SURNAME } from './chars';
import {
  COMPOUND_SURNAMES, MODERATOR_LABELS, NOT_PERSON_PREFIXES, NOT_PERSON_SUFFIXES, PERSON_TITLE_WORDS,
} from './labelWords';
import { JOINED_LABEL_MAX } from './limits';

const COMPOUND_SURNAME = new WordList(COMPOUND_SURNAMES);
export const NOT_PERSON_END = new WordList(NOT_PERSON_SUFFIXES);
export const NOT_PERSON_START = new WordList(NOT_PERSON_PREFIXES);
const PERSON_TITLE = new WordList(PERSON_TITLE_WORDS);
const MODERATOR = new WordList(MODERATOR_LABELS);

/** 主持人, 主持人寿小丽, 主席: the chair, a speaker even right after a question. */
export function isModerator(norm: string): boolean {
  return MODERATOR.prefixOf(norm) !== null;
}

/** The chair's word a label starts with (主持人 in 主持人寿小丽), or null. */
export function moderatorPrefix(norm: string): string | null {
  return MODERATOR.prefixOf(norm);
}

/** A token of a personal name list: 2–4 Chinese characters. */
export function isNameToken(s: string): boolean {
  if (s.length < 2 || s.length > 4) { return false; }
  for (let i = 0; i < s.length; i++) { if (!isHan(s.charCodeAt(i))) { return false; } }
  return true;
}

/** A short name (two to four characters) that starts with a surname, not a role word: 王伟, 欧阳明. */
export function surnameName(s: string): boolean {
  if (!isNameToken(s) || PERSON_TITLE.occursIn(s)) { return false; }
  return COMPOUND_SURNAME.prefixOf(s) !== null || has(SURNAME, s.charCodeAt(0));
}

/** A label that reads as a person: a role word, or a short name starting with a surname. */
export function personLike(label: string): boolean {
  if (PERSON_TITLE.occursIn(label)) { return true; }
  if (label.length >= 2 && label.length <= 4) {
    if (COMPOUND_SURNAME.prefixOf(label)) { return true; }
    return has(SURNAME, label.charCodeAt(0));
  }
  return false;
}

/** A label ending in a role word (王部长, 江委員). */
export function personTitled(norm: string): boolean {
  return PERSON_TITLE.suffixOf(norm) !== null;
}

/** A personal name of 2–4 Chinese characters starting with a surname (付凌晖, 欧阳明). */
function isSurnamedName(s: string): boolean {
  return isNameToken(s) && (has(SURNAME, s.charCodeAt(0)) || COMPOUND_SURNAME.prefixOf(s) !== null) && NOT_PERSON_END.suffixOf(s) === null;
}

/**
 * The name a titled label ends with: the text after its last role word (国家统计局新闻发言人、
 * 国民经济综合统计司司长付凌晖 → 付凌晖), or null when no name follows the titles.
 */
export function nameAfterTitle(norm: string): string | null {
  const from = norm.lastIndexOf('、') + 1;
  let end = -1;
  for (let i = from; i < norm.length; i++) {
    const w = PERSON_TITLE.at(norm, i, norm.length);
    if (w !== null && i + w.length > end) { end = i + w.length; }
  }
  if (end < 0) { return null; }
  const name = norm.slice(end);
  return isSurnamedName(name) ? name : null;
}

/**
 * A label too long for a plain speaker's (PERSON_LABEL_MAX): organisation and title words, joined by
 * 、 or not, ending in a role word and a name. Each part joined by 、 is a title, not a list item or
 * a lead-in (会议强调、要求, 國家發展委員會、經濟部 name no person).
 */
export function isTitledName(norm: string): boolean {
  if (norm.length > JOINED_LABEL_MAX || NOT_PERSON_START.prefixOf(norm) !== null) { return false; }
  let part = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === Ch.IdeographicComma) {
      if (i - part < 2 || (NOT_PERSON_END.endingAt(norm, i, part) !== null && PERSON_TITLE.endingAt(norm, i, part) === null)) { return false; }
      part = i + 1;
    } else if (!isHan(c)) {
      return false;
    }
  }
  return nameAfterTitle(norm) !== null;
}
