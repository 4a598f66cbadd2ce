// 底, 末 and 初 after a period (年底, 7月末, 二季度末, 本月初): its end or its start, unless the
// character after them makes another word (初步, 底线, 末端; docs/annotation.md §7).
import { codeIn } from '../../text';
import { YEAR_EDGE_BLOCKERS } from '../words';

export const DI_BOTTOM = '底'.charCodeAt(0);
export const MO_END = '末'.charCodeAt(0);
export const CHU_START = '初'.charCodeAt(0);

const BLOCKERS_BOTTOM = YEAR_EDGE_BLOCKERS['底'];
const BLOCKERS_END = YEAR_EDGE_BLOCKERS['末'];
const BLOCKERS_START = YEAR_EDGE_BLOCKERS['初'];

/** The characters that, after edge (底, 末 or 初), make another word of it; '' for anything else. */
export function edgeBlockers(edge: number): string {
  return edge === DI_BOTTOM ? BLOCKERS_BOTTOM : edge === MO_END ? BLOCKERS_END : edge === CHU_START ? BLOCKERS_START : '';
}

/** Whether edge (底, 末 or 初) followed by the code `after` is the edge of a period, not another word. */
export function isEdge(edge: number, after: number): boolean {
  return !codeIn(edgeBlockers(edge), after);
}
