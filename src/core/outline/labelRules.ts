// What a label is (docs/annotation.md §4 "question", "answer", "speaker"; §8 "Press conferences"):
// the label rules, tried in order on the label's text without spaces or emphasis (问, 记者,
// 陳其邁); the first that holds decides. A new kind of label is one row here, its words in
// labelWords.ts.
import { digitValue, isHan, WordList } from '../text';
import { CN_NUMERAL, has } from './chars';
import {
  ANSWER_ENDINGS, ANSWER_LABELS, FIELD_LABELS, NAME_DOTS, NOT_ANSWER_ENDINGS, NOT_QUESTION_LABELS, NUMBERED_ANSWER_LABELS,
  NUMBERED_QUESTION_LABELS, QUESTION_ENDINGS, QUESTION_LABELS, QUESTIONER_SUFFIXES,
} from './labelWords';
import { PERSON_LABEL_MAX } from './limits';
import { isModerator, isTitledName, NOT_PERSON_END, NOT_PERSON_START, personTitled } from './persons';
import type { LabelKind } from './types';

export const QUESTIONER = new WordList(QUESTIONER_SUFFIXES);
const QUESTION_END = new WordList(QUESTION_ENDINGS);
const ANSWER_END = new WordList(ANSWER_ENDINGS);
const NOT_ANSWER_END = new WordList(NOT_ANSWER_ENDINGS);

/** A questioner's label (…记者) is at most this long. */
const QUESTIONER_MAX = 20;
/** A label ending in 问 asks when it is at most this long. */
const QUESTION_ENDING_MAX = 8;
/** A label ending in 答 answers when it is this long. */
const ANSWER_ENDING_MIN = 2;
const ANSWER_ENDING_MAX = 10;

interface LabelRule {
  /** Labels the row decides (the first row that holds for them): its documentation, and its test. */
  readonly examples: readonly string[];
  readonly when: (norm: string) => boolean;
  /** What the label is; null: no label at all (the paragraph is body text). */
  readonly kind: LabelKind | null;
}

const joined = (norm: string): boolean => norm.indexOf('、') >= 0;
/** A numeral, then 、 or a point, then the label (一、问). */
const enumerated = (norm: string): boolean => stripNumber(norm).length < norm.length - 1 && ENUMERATION_MARKS.indexOf(norm[norm.length - stripNumber(norm).length - 1]) >= 0;
const questioner = (norm: string): boolean => norm.length <= QUESTIONER_MAX && QUESTIONER.suffixOf(norm) !== null;

export const LABEL_RULES: readonly LabelRule[] = [
  // a numbered question or answer (一、问：, 2.答：) in a 答记者问 sheet: its 、 joins no labels
  { examples: ['一、问', '2.问', '十二、问'], when: (n) => enumerated(n) && QUESTION_LABELS.has(stripNumber(n)), kind: 'question' },
  { examples: ['一、答', '3．答'], when: (n) => enumerated(n) && ANSWER_LABELS.has(stripNumber(n)), kind: 'answer' },
  // labels joined by 、: a questioner of several outlets, a speaker's titles, or no label at all
  { examples: ['凤凰卫视、凤凰网记者'], when: (n) => joined(n) && questioner(n), kind: 'question' },
  { examples: ['国家统计局新闻发言人、国民经济综合统计司司长付凌晖'], when: (n) => joined(n) && isTitledName(n), kind: 'person' },
  { examples: ['会议强调、要求'], when: joined, kind: null },
  { examples: ['问', '记者', 'Q', '追问'], when: (n) => QUESTION_LABELS.has(n), kind: 'question' },
  { examples: ['答', 'A', '答复'], when: (n) => ANSWER_LABELS.has(n), kind: 'answer' },
  // 问题一：/ 问1： / 答1： in a 答记者问 sheet
  { examples: ['问题一', '问1'], when: (n) => numbered(n, NUMBERED_QUESTION_LABELS), kind: 'question' },
  { examples: ['答1', '答一'], when: (n) => numbered(n, NUMBERED_ANSWER_LABELS), kind: 'answer' },
  { examples: ['中央广播电视总台央视记者'], when: questioner, kind: 'question' },
  {
    examples: ['央视问', '群众问'],
    when: (n) => n.length <= QUESTION_ENDING_MAX && QUESTION_END.suffixOf(n) !== null && !NOT_QUESTION_LABELS.has(n),
    kind: 'question',
  },
  {
    examples: ['部长答'],
    when: (n) => n.length <= ANSWER_ENDING_MAX && n.length >= ANSWER_ENDING_MIN && ANSWER_END.suffixOf(n) !== null && NOT_ANSWER_END.suffixOf(n) === null,
    kind: 'answer',
  },
  { examples: ['来源', '提案人', '說明'], when: (n) => FIELD_LABELS.has(n), kind: 'field' },
  // longer than a speaker's label: only titles ending in a name
  { examples: ['国家统计局新闻发言人付凌晖'], when: (n) => n.length > PERSON_LABEL_MAX && isTitledName(n), kind: 'person' },
  { examples: ['我们今年的主要目标任务和工作'], when: (n) => n.length > PERSON_LABEL_MAX, kind: null },
  { examples: ['主持人', '主席'], when: isModerator, kind: 'person' },
  { examples: ['主要目标', '他表示'], when: (n) => NOT_PERSON_END.suffixOf(n) !== null && !personTitled(n), kind: null },
  { examples: ['各位代表', '尊敬的各位来宾'], when: (n) => NOT_PERSON_START.prefixOf(n) !== null, kind: null },
  { examples: ['Note', '2024'], when: (n) => !allNameChars(n), kind: null },
  { examples: ['陳其邁', '林委員志明'], when: () => true, kind: 'person' },
];

/** The kind of the label `norm` by the first rule that holds. */
export function labelKind(norm: string): LabelKind | null {
  for (const rule of LABEL_RULES) {
    if (rule.when(norm)) { return rule.kind; }
  }
  return null;
}

/** A numbered label whose word, without the number, is in `words`. */
function numbered(norm: string, words: ReadonlySet<string>): boolean {
  const word = stripNumber(norm);
  return word !== norm && words.has(word);
}

/** What separates a number from the label it numbers (一、问：). */
const ENUMERATION_MARKS = '、.．';

/** The label without a trailing (or leading) numeral: 问题一 → 问题, 1问 → 问, 一、问 → 问. */
export function stripNumber(norm: string): string {
  let a = 0;
  let b = norm.length;
  while (b > a && (digitValue(norm.charCodeAt(b - 1)) >= 0 || has(CN_NUMERAL, norm.charCodeAt(b - 1)))) { b--; }
  if (b === norm.length) {
    while (a < b && (digitValue(norm.charCodeAt(a)) >= 0 || has(CN_NUMERAL, norm.charCodeAt(a)))) { a++; }
    // a numbered question: 一、问, 1.问
    if (a > 0 && a < b && ENUMERATION_MARKS.indexOf(norm[a]) >= 0) { a++; }
  }
  return norm.slice(a, b);
}

/** Han characters and the dots inside foreign names only. */
function allNameChars(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (!isHan(c) && NAME_DOTS.indexOf(norm[i]) < 0) { return false; }
  }
  return true;
}
