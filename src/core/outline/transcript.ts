// Speakers (docs/annotation.md §4 "speaker", §8 "Press conferences": in a record of speaker turns
// each `name：…` turn is one speaker node). Speaker nodes are opened as their labels are read and
// kept only when, at the end, the document reads as a transcript: several person-like turns.
import type { OutlineNode } from '../types';
import { NAME_MAX } from './limits';
import { isModerator, isNameToken, moderatorPrefix, personLike } from './persons';
import { unwrap } from './tree';

/** The speaker turns of a document, and what the check at the end needs to know of its labels. */
export class SpeakerLog {
  private readonly nodes: OutlineNode[] = [];
  private readonly labels: string[] = [];
  /** A transcript names its few speakers on every turn: one string per distinct name. */
  private readonly names = new Map<string, string>();
  /** Names the chair was introduced with (主持人寿小丽): 寿小丽： is the chair's turn, not an answer. */
  private readonly chairNames = new Set<string>();
  /** Turns by question labels and by name labels that answered. */
  labelTurns = 0;

  /** The node name of a speaker labelled `name` as written: cut at NAME_MAX, one string per name. */
  nodeName(written: string): string {
    const name = written.length > NAME_MAX ? written.slice(0, NAME_MAX) : written; // titles joined by 、 may run longer
    let shared = this.names.get(name);
    if (shared === undefined) { shared = name; this.names.set(name, name); }
    return shared;
  }

  /** A speaker node was opened for the label `norm`. */
  add(node: OutlineNode, norm: string): void {
    this.nodes.push(node);
    this.labels.push(norm);
  }

  /**
   * Remembers the name the chair was introduced with (主持人寿小丽), for the chair's short label on
   * later turns. (A titled label's name, …司长付凌晖, starts with a surname: its short label reads
   * as a person by itself.)
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

  /** The roots without the speaker nodes that stay out: all of them unless the document is a transcript. */
  keep(roots: OutlineNode[]): OutlineNode[] {
    const nodes = this.nodes;
    const labels = this.labels;
    if (nodes.length === 0) { return roots; }
    // Most labels read as a person by themselves; only the others are counted (a label said twice is kept).
    const good: boolean[] = [];
    let counts: Map<string, number> | null = null;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      const ok = personLike(label) || isModerator(label) || this.chairNames.has(label);
      good.push(ok);
      if (!ok) { counts ??= new Map(); counts.set(label, (counts.get(label) ?? 0) + 1); }
    }
    let goodCount = 0;
    let firstLabel: string | null = null;
    let twoLabels = false;
    for (let i = 0; i < labels.length; i++) {
      if (!good[i] && counts && (counts.get(labels[i]) ?? 0) >= 2) { good[i] = true; }
      if (!good[i]) { continue; }
      goodCount++;
      if (firstLabel === null) { firstLabel = labels[i]; } else if (labels[i] !== firstLabel) { twoLabels = true; }
    }
    const transcript = goodCount + this.labelTurns >= 3 || (goodCount >= 2 && twoLabels);
    if (transcript && goodCount === nodes.length) { return roots; }
    const kept = new Set<OutlineNode>();
    for (let i = 0; i < nodes.length; i++) { if (good[i]) { kept.add(nodes[i]); } }
    const drop = (n: OutlineNode): boolean => n.kind === 'speaker' && (!transcript || !kept.has(n));
    return unwrap(roots, drop);
  }
}
