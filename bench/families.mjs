// The pathological input families of the bench (a hard probe of the product found them): text
// dense with one kind of annotation, runs that start nothing, structures repeated without end.
// Bench section 5 measures the memory of the dense ones, section 8 the longest step of each.
import { flat, familyText } from './lib.mjs';

/** [name, what, the unit repeated (or a function of size and the corpus), fixed size or null]. */
export const FAMILIES = [
  ['percent', '5% repeated', '5%', null],
  ['jinnian', '今年 repeated', '今年', null],
  ['datelines', 'dateline lines (新华社北京9月2日电)', '(新华社北京9月2日电)\n', null],
  ['speakers', 'speaker-label lines', '主持人：请介绍。\n林委員志明：好的。\n', null],
  ['numerals', 'numerals (35，)', '35，', null],
  ['digits', '100,000 digits', (size) => familyText('digits', size, ''), 100000],
  ['yi', 'a run of 一', (size) => familyText('yi', size, ''), null],
  ['oneline', 'real text on one line', (size, base) => familyText('longline', size, base), null],
  ['nesting', 'marker nesting 一、（一）1.（1）①', '一、总则\n（一）目标\n1. 内容\n（1）要求\n① 细则\n', null],
  ['quotes', 'a run of “', '“', null],
  ['ranges', '（7.4— repeated', '（7.4—', null],
  ['articles', '第N条 lines', '第一条　本办法自公布之日起施行。\n', null],
  ['qa', '问：/答： lines', '问：情况如何？\n答：很好，增长5%。\n', null],
  ['table', 'table rows', '合计\t120\t35.5\t2024年\n', null],
  ['cr', 'real text with lone \\r line ends', (size, base) => familyText('corpus', size, base).replace(/\n/g, '\r'), null],
  ['corpus', 'real text (for comparison)', (size, base) => familyText('corpus', size, base), null],
];

/** The families dense with annotations whose memory section 5 measures. */
export const DENSE = ['percent', 'jinnian', 'datelines', 'speakers', 'numerals', 'corpus'];

/** The text of family `name` at `size` code units (a fixed-size family keeps its size). */
export function familyInput(name, size, base) {
  const f = FAMILIES.find(x => x[0] === name);
  if (!f) { throw new Error(`unknown family ${name}`); }
  const [, , unit, fixed] = f;
  const n = fixed ?? size;
  if (typeof unit === 'function') { return flat(unit(n, base)); }
  return flat(unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
}
