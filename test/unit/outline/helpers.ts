// Shared by the outline tests (test/unit/outline.test.ts and test/unit/outline/*.test.ts): an
// outline written as text to compare.
import type { OutlineNode } from '../../../src/core/types';

/** Pre-order `kind@line<parentKind` of every node. */
export function shape(nodes: readonly OutlineNode[], parent = '-'): string[] {
  return nodes.flatMap((n) => [`${n.kind}@${n.line}<${parent}`, ...shape(n.children, n.kind)]);
}

/** Kinds, names and nesting without line numbers and offsets: what must not change when only the line ends do. */
export function skeleton(nodes: readonly OutlineNode[]): unknown[] {
  return nodes.map((n) => [n.kind, n.name, skeleton(n.children)]);
}
