// Turns opened by a person's label (docs/annotation.md §4 "answer", "speaker"; §8 "Press
// conferences"), decided once for the whole document at the end, in bounded steps:
// - one rule per person: in a document with questions, a person who answers a question (their
//   label right after one) is an answerer on every turn, the opening statement too; the chair
//   (主持人, 主席, or the name the chair was introduced with) and a person who speaks outside the
//   questions and answers but never answers one are speakers on every turn; a person who speaks only
//   inside an exchange, after an answer, adds to it and answers. Without questions every turn is a
//   speaker's.
// - speaker nodes stay only when the document reads as a transcript: several person-like turns.
// What the end needs is gathered as turns are added, so the end is one pass over the turns and, only
// when speakers must go, one over the tree — each cut into steps of a bounded number of nodes.
import type { OutlineNode } from '../types';
import { NAME_MAX } from './limits';
import { BlockList, IntLog } from '../lists';
import { isModerator, isNameToken, moderatorPrefix, nameAfterTitle, personLike } from './persons';
import { unwrapSteps } from './tree';
import { turnName, type TurnKind } from './turnNames';
import type { Label } from './types';

/** What a person's turns were: right after a question, with no exchange open, inside one. */
const ANSWERED = 1;
const OUTSIDE = 2;
const INSIDE = 4;
/** Numbers kept per turn: its label's start, end and colon (0: none), and the text it is named from. */
const FIELDS = 5;

/** The person-labelled turns of a document, and what the decisions at the end need of them. */
export class TurnLog {
  private readonly nodes = new BlockList<OutlineNode>();
  private readonly norms = new BlockList<string>();
  /** FIELDS numbers per turn (see FIELDS). */
  private readonly fields = new IntLog();
  /** The label reads as a person by itself (personLike, the chair's word). */
  private readonly likely = new BlockList<boolean>();
  /** ANSWERED | OUTSIDE | INSIDE per person (the name after any titles). */
  private readonly roles = new Map<string, number>();
  /** How often each label that reads as no person was said (said twice, it is kept). */
  private readonly unlikely = new Map<string, number>();
  /** One string per speaker name, shared by its nodes. */
  private readonly names = new Map<string, string>();
  /** Names the chair was introduced with (主持人寿小丽): 寿小丽： is the chair's turn, not an answer. */
  private readonly chairNames = new Set<string>();
  /** Turns by question labels and by 答/A labels. */
  qaTurns = 0;
  /** Turns by question labels. */
  questions = 0;

  constructor(private readonly text: string) {}

  /**
   * A turn opened by the person label `lab` as `node`, named from t[from, to); `afterQuestion`: a
   * question was the last turn; `inExchange`: a question or answer is open.
   */
  add(node: OutlineNode, lab: Label, from: number, to: number, afterQuestion: boolean, inExchange: boolean): void {
    const norm = lab.norm;
    this.nodes.push(node);
    this.norms.push(norm);
    const f = this.fields;
    f.push(lab.start);
    f.push(lab.end);
    f.push(lab.colon.length > 0 ? lab.colon.charCodeAt(0) : 0);
    f.push(from);
    f.push(to);
    const likely = personLike(norm) || isModerator(norm);
    this.likely.push(likely);
    if (!likely) { this.unlikely.set(norm, (this.unlikely.get(norm) ?? 0) + 1); }
    const key = personKey(norm);
    this.roles.set(key, (this.roles.get(key) ?? 0) | (afterQuestion ? ANSWERED : 0) | (inExchange ? INSIDE : OUTSIDE));
  }

  /** The shared node name of a speaker labelled `written`, cut at NAME_MAX. */
  nodeName(written: string): string {
    const name = written.length > NAME_MAX ? written.slice(0, NAME_MAX) : written;
    let shared = this.names.get(name);
    if (shared === undefined) { shared = name; this.names.set(name, name); }
    return shared;
  }

  /**
   * Remembers the name the chair was introduced with (主持人寿小丽), for the chair's short label on
   * later turns. (A titled label's name, …司长付凌晖, starts with a surname: it reads as a person.)
   */
  noteChair(norm: string): void {
    const chair = norm.length > 4 ? moderatorPrefix(norm) : null;
    if (chair === null) { return; }
    const name = norm.slice(chair.length);
    if (isNameToken(name)) { this.chairNames.add(name); }
  }

  /** 寿小丽 after 主持人寿小丽 was read. */
  isChair(norm: string): boolean {
    return this.chairNames.has(norm);
  }

  /**
   * The roots with every person's turns of one kind and the speakers that stay (all of them in a
   * transcript, save labels that read as no person and were said once; none elsewhere). Yields the
   * nodes handled since the last yield, at most about `step` at a time.
   */
  *finishSteps(roots: OutlineNode[], step: number): Generator<number, OutlineNode[], void> {
    const n = this.nodes.length;
    if (n === 0) { return roots; }
    let good = 0;
    let firstGood: string | null = null;
    let twoLabels = false;
    let speakers = 0;
    let unlikelySpeakers: Set<OutlineNode> | null = null;
    let done = 0;
    for (let i = 0; i < n; i++) {
      const norm = this.norms.at(i);
      const node = this.nodes.at(i);
      const chair = isModerator(norm) || this.chairNames.has(norm);
      const kind = this.kindOf(norm, chair);
      if (kind !== node.kind) { this.relabel(i, kind); }
      const ok = this.likely.at(i) || chair || (this.unlikely.get(norm) ?? 0) >= 2;
      if (ok) {
        good++;
        if (firstGood === null) { firstGood = norm; } else if (norm !== firstGood) { twoLabels = true; }
      }
      if (kind === 'speaker') {
        speakers++;
        if (!ok) { (unlikelySpeakers ??= new Set()).add(node); }
      }
      if (++done >= step) { yield done; done = 0; }
    }
    if (done > 0) { yield done; }
    if (speakers === 0) { return roots; }
    const transcript = good + this.qaTurns >= 3 || (good >= 2 && twoLabels);
    if (transcript && unlikelySpeakers === null) { return roots; }
    const drop = transcript
      ? (m: OutlineNode): boolean => m.kind === 'speaker' && unlikelySpeakers !== null && unlikelySpeakers.has(m)
      : (m: OutlineNode): boolean => m.kind === 'speaker';
    return yield* unwrapSteps(roots, drop, step);
  }

  /** The kind every turn of the person labelled `norm` takes. */
  private kindOf(norm: string, chair: boolean): TurnKind {
    if (chair || this.questions === 0) { return 'speaker'; }
    const role = this.roles.get(personKey(norm)) ?? 0;
    if ((role & ANSWERED) !== 0) { return 'answer'; }
    return (role & OUTSIDE) !== 0 ? 'speaker' : 'answer';
  }

  /** Turns the i-th turn's node into `kind`, named as that kind is. */
  private relabel(i: number, kind: TurnKind): void {
    const f = this.fields;
    const k = i * FIELDS;
    const colon = f.at(k + 2);
    const lab: Label = { kind: 'person', norm: this.norms.at(i), start: f.at(k), end: f.at(k + 1), content: f.at(k + 3), colon: colon === 0 ? '' : String.fromCharCode(colon) };
    const node = this.nodes.at(i);
    const { name, end } = turnName(this.text, lab, kind, f.at(k + 3), f.at(k + 4));
    node.kind = kind;
    node.name = kind === 'speaker' ? this.nodeName(name) : name;
    // the selection stays inside the node (a name from the line after a label may reach past it)
    node.selectionEnd = end <= node.end ? end : lab.end;
  }
}

/** Who a label names: the name after its titles (国家统计局新闻发言人、…司长付凌晖 → 付凌晖), else the label. */
function personKey(norm: string): string {
  return nameAfterTitle(norm) ?? norm;
}
