// The tree of the outline as it grows: a stack of open nodes (docs/annotation.md §4 "The outline
// is positional": a node ends at the last content before the next node of its rank or higher).
import { runSteps } from '../steps';
import type { OutlineKind, OutlineNode } from '../types';
import { FAMILY_RANK } from './families';
import { referenceList } from '../lists';
import { RANK_POINT } from './ranks';
import type { Family, Marker } from './types';

/**
 * The children of every leaf: one shared array, frozen so that a consumer that tried to add to it
 * would fail loudly instead of growing every leaf at once.
 */
export const NO_CHILDREN = Object.freeze([]) as unknown as OutlineNode[];

/**
 * The open nodes as parallel stacks (no record per node), and the children of every open node
 * (and the roots) in one list, `kids[stKids[d]..]` for depth d; a node's children are copied out
 * at their exact size when it closes, so no array keeps the slack of growing by push.
 */
export class OutlineTree {
  private readonly stNode: OutlineNode[] = referenceList();
  private readonly stRank: number[] = [];
  private readonly stFamily: (Family | null)[] = referenceList();
  private readonly stOrd: number[] = [];
  private readonly stKids: number[] = [];
  private depth = 0;
  private readonly kids: OutlineNode[] = referenceList();
  private kidCount = 0;
  private lastEnd = 0;
  private copied = 0;
  /** The line being decided: every node opened meanwhile stands on it. */
  line = 0;

  /** Opens a node, closing everything of its rank or deeper. */
  open(kind: OutlineKind, name: string, start: number, selStart: number, selEnd: number, rank: number): OutlineNode {
    let i = this.depth;
    while (i > 0 && this.stRank[i - 1] >= rank) { i--; }
    this.popTo(i);
    return this.pushNode(kind, name, start, selStart, selEnd, rank, null, 0);
  }

  /** Opens a point named t[m.start, nameEnd), closing the points it follows (same family) or outranks. */
  openPoint(m: Marker, name: string, nameEnd: number): void {
    const ranks = this.stRank;
    const families = this.stFamily;
    const top = this.depth;
    let seg = top;
    while (seg > 0 && ranks[seg - 1] >= RANK_POINT) { seg--; }
    let cut = -1;
    for (let i = top - 1; i >= seg; i--) {
      if (families[i] === m.family) { cut = i; break; }
    }
    const rank = FAMILY_RANK[m.family];
    if (cut < 0 && rank > 0) {
      for (let i = seg; i < top; i++) {
        const f = families[i];
        if (f && FAMILY_RANK[f] >= rank) { cut = i; break; }
      }
    }
    if (cut >= 0) { this.popTo(cut); }
    this.pushNode('point', name, m.start, m.start, nameEnd, RANK_POINT, m.family, m.ord);
  }

  private pushNode(kind: OutlineKind, name: string, start: number, selStart: number, selEnd: number, rank: number, family: Family | null, ord: number): OutlineNode {
    const node: OutlineNode = {
      kind, name, line: this.line, start, end: selEnd > start ? selEnd : start, selectionStart: selStart, selectionEnd: selEnd, children: NO_CHILDREN,
    };
    // the node joins the children of the open node above it (or the roots)
    const k = this.kidCount++;
    if (k === this.kids.length) { this.kids.push(node); } else { this.kids[k] = node; }
    const d = this.depth++;
    if (d === this.stNode.length) {
      this.stNode.push(node); this.stRank.push(rank); this.stFamily.push(family); this.stOrd.push(ord); this.stKids.push(k + 1);
    } else {
      this.stNode[d] = node; this.stRank[d] = rank; this.stFamily[d] = family; this.stOrd[d] = ord; this.stKids[d] = k + 1;
    }
    return node;
  }

  /** Closes the open nodes deeper than `depth`: each ends at the last content so far and gets its children. */
  popTo(depth: number): void {
    while (this.depth > depth) {
      const d = --this.depth;
      const node = this.stNode[d];
      if (this.lastEnd > node.end) { node.end = this.lastEnd; }
      const from = this.stKids[d];
      if (this.kidCount > from) {
        this.copied += this.kidCount - from;
        node.children = this.kids.slice(from, this.kidCount);
        this.kidCount = from;
      }
    }
  }

  /** The content read so far reaches `end`. */
  extend(end: number): void {
    if (end > this.lastEnd) { this.lastEnd = end; }
  }

  /** Closes every node up to the first with rank `rank` (exactly), if one is open. */
  closeFirstOfRank(rank: number): void {
    for (let i = 0; i < this.depth; i++) {
      if (this.stRank[i] === rank) { this.popTo(i); break; }
    }
  }

  /** Ordinal of the open point of this family, if any; -1 when none is open. */
  openOrdinal(f: Family): number {
    for (let i = this.depth - 1; i >= 0 && this.stRank[i] >= RANK_POINT; i--) {
      if (this.stFamily[i] === f) { return this.stOrd[i]; }
    }
    return -1;
  }

  /** Closes every node; the roots. */
  finish(): OutlineNode[] {
    return runSteps(this.finishSteps(Infinity));
  }

  /**
   * Closes every node, copying children `step` at a time (the article of a long transcript holds
   * every turn); yields the nodes copied since the last yield; returns the roots.
   */
  *finishSteps(step: number): Generator<number, OutlineNode[], void> {
    while (this.depth > 0) {
      const d = this.depth - 1;
      const node = this.stNode[d];
      if (this.lastEnd > node.end) { node.end = this.lastEnd; }
      const from = this.stKids[d];
      if (this.kidCount > from) {
        node.children = yield* this.copySteps(from, this.kidCount, step);
        this.kidCount = from;
      }
      this.depth = d;
    }
    return yield* this.copySteps(0, this.kidCount, step);
  }

  /** kids[from, to) as a new array, copied `step` at a time; yields the count after each part. */
  private *copySteps(from: number, to: number, step: number): Generator<number, OutlineNode[], void> {
    if (to - from <= step) {
      const all = this.kids.slice(from, to);
      yield to - from;
      return all;
    }
    const out: OutlineNode[] = [];
    for (let i = from; i < to;) {
      const end = Math.min(to, i + step);
      const n = end - i;
      for (; i < end; i++) { out.push(this.kids[i]); }
      yield n;
    }
    return out;
  }

  /** Children copied when nodes closed since the last call (the work beyond reading lines). */
  takeCopied(): number {
    const n = this.copied;
    this.copied = 0;
    return n;
  }
}

/**
 * Removes the nodes `drop` selects, lifting their children into their place. A list with nothing
 * to remove is returned as it is: the tree is not rebuilt for a few dropped speakers.
 */
export function unwrap(nodes: OutlineNode[], drop: (n: OutlineNode) => boolean): OutlineNode[] {
  return runSteps(unwrapSteps(nodes, drop, Infinity));
}

/** A list of nodes being walked by unwrapSteps: the next node, and the list rebuilt once a node goes. */
interface Walk { list: OutlineNode[]; i: number; down: boolean; out: OutlineNode[] | null }

/**
 * unwrap as steps: the tree walked children first with a stack of its own (no recursion, however
 * deep), yielding after about `step` nodes visited or moved; returns the new roots.
 */
export function* unwrapSteps(nodes: OutlineNode[], drop: (n: OutlineNode) => boolean, step: number): Generator<number, OutlineNode[], void> {
  const stack: Walk[] = [{ list: nodes, i: 0, down: false, out: null }];
  let work = 0;
  for (;;) {
    const w = stack[stack.length - 1];
    let kids: OutlineNode[];
    if (w.i === w.list.length) {
      // this list is done: it is the children of the node its parent walk stands at
      const done = w.out === null ? w.list : w.out.length > 0 ? w.out : NO_CHILDREN;
      stack.pop();
      if (stack.length === 0) {
        if (work > 0) { yield work; }
        return done;
      }
      kids = done;
    } else {
      const n = w.list[w.i];
      if (!w.down && n.children.length > 0) {
        w.down = true;
        stack.push({ list: n.children, i: 0, down: false, out: null });
        continue;
      }
      kids = n.children;
    }
    const p = stack[stack.length - 1];
    const n = p.list[p.i];
    if (drop(n)) {
      if (p.out === null) { p.out = p.list.slice(0, p.i); work += p.i; }
      for (let k = 0; k < kids.length; k++) { p.out.push(kids[k]); }
      work += kids.length;
    } else {
      n.children = kids;
      if (p.out !== null) { p.out.push(n); }
    }
    p.i++;
    p.down = false;
    if (++work >= step) { yield work; work = 0; }
  }
}
