// A part of the day after a day (docs/annotation.md §2): 9月24日上午, 今天晚上, 下周三下午. It
// belongs to the date it follows; the month-and-day rules and the relative days read it alike.
import { WordList, codeIn } from '../../text';
import type { RawDate } from '../rawDate';
import { codeAt } from '../read';
import type { ScanContext } from '../scan/context';
import { NIGHT_WORD_SECONDS, PARTS_OF_DAY } from '../words';

const PARTS_OF_DAY_LIST = new WordList(PARTS_OF_DAY);

/** A part of the day at k (上午, 晚上; 晚 and 夜 alone unless they start another word): its end, else k. */
export function partOfDayEnd(ctx: ScanContext, k: number, fields: Pick<RawDate, 'partOfDay'>): number {
  const pod = PARTS_OF_DAY_LIST.at(ctx.text, k, ctx.limit);
  if (!pod || ((pod === '晚' || pod === '夜') && codeIn(NIGHT_WORD_SECONDS, codeAt(ctx.text, k + 1, ctx.limit)))) { return k; }
  fields.partOfDay = pod;
  return k + pod.length;
}
