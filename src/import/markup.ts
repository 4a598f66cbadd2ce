// The one parser behind the HTML and Word converters: htmlparser2 (forgiving HTML, plain XML), its
// tree read through the few fields below.
import { parseDocument } from 'htmlparser2';

/** The parts of a domhandler node the converters read. */
export interface MarkupNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: readonly MarkupNode[];
}

export function parseHtml(source: string): MarkupNode {
  return parseDocument(source, { decodeEntities: true, lowerCaseTags: true }) as unknown as MarkupNode;
}

/** XML with its prefixes kept in names (`w:p`, `w:val`). */
export function parseXml(source: string): MarkupNode {
  return parseDocument(source, { xmlMode: true, decodeEntities: true }) as unknown as MarkupNode;
}

/** The element children of `node` named `name`. */
export function childrenNamed(node: MarkupNode | undefined, name: string): MarkupNode[] {
  return (node?.children ?? []).filter((c) => c.name === name);
}

export function childNamed(node: MarkupNode | undefined, name: string): MarkupNode | undefined {
  return node?.children?.find((c) => c.name === name);
}

/** The first descendant named `name`, breadth-first and bounded by `maxDepth` levels. */
export function findFirst(node: MarkupNode, name: string, maxDepth = 8): MarkupNode | undefined {
  let level: readonly MarkupNode[] = [node];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: MarkupNode[] = [];
    for (const n of level) {
      if (n.name === name) { return n; }
      next.push(...(n.children ?? []));
    }
    level = next;
  }
  return undefined;
}
