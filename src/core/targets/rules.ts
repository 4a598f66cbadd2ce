// Rules in force (docs/annotation.md §7 "Targets": the rules of a regulation in force are not
// targets): a clause with a rule word (起施行), or a line that is a regulation's article (第五条).
import { WordList } from '../text';
import { ARTICLE_CHARS, ARTICLE_END, ARTICLE_NUMERAL } from './classes';
import { ARTICLE_OPENER, RULE_WORDS } from './statementWords';

const RULES = new WordList(RULE_WORDS);
const DI = ARTICLE_OPENER.charCodeAt(0);

/** Some rule word (起施行, 定额扣除) stands in [from, to). */
export function statesRule(t: string, from: number, to: number): boolean {
  return RULES.occursIn(t, from, to);
}

/** 第五条 …: an article of a regulation (bounded look at the line's head; a newline or a blank ends it). */
export function isArticle(t: string, cs: number, ce: number): boolean {
  if (t.charCodeAt(cs) !== DI) { return false; }
  for (let i = cs + 1; i < ce && i <= cs + 7; i++) {
    const k = ARTICLE_CHARS[t.charCodeAt(i)];
    if (k === ARTICLE_END) { return i > cs + 1; }
    if (k !== ARTICLE_NUMERAL) { return false; }
  }
  return false;
}
