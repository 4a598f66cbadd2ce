// What each kind of line means to the decisions that read a line without deciding it: whether it
// continues a paragraph that ran on, whether it is a header line under a title. A new kind of
// line takes a row here and its decision in decide.ts (the compiler asks for both).
import type { LineKind } from './types';

interface KindTraits {
  /**
   * A line of this kind after a line that ran on (docs/annotation.md §4: a longer line without
   * closing punctuation was broken inside a sentence) continues that paragraph.
   */
  readonly continues: boolean;
  /** A header line under a title: document number, addressee, date, byline, subtitle, note. */
  readonly header: boolean;
}

export const LINE_KINDS: Readonly<Record<LineKind, KindTraits>> = {
  body: { continues: true, header: false },
  heading: { continues: true, header: false },
  headline: { continues: true, header: false },
  subtitle: { continues: true, header: true },
  addressee: { continues: true, header: true },
  label: { continues: false, header: false },
  marker: { continues: false, header: false },
  section: { continues: false, header: false },
  contFrom: { continues: false, header: false },
  contTo: { continues: false, header: false },
  endLine: { continues: false, header: false },
  paren: { continues: false, header: true },
  docNum: { continues: false, header: true },
  date: { continues: false, header: true },
  version: { continues: false, header: true },
  row: { continues: false, header: false },
  attachment: { continues: false, header: false },
  byline: { continues: false, header: true },
  field: { continues: false, header: false },
  dateline: { continues: false, header: false },
  mdHeading: { continues: false, header: false },
  mdFence: { continues: false, header: false },
  mdSkip: { continues: false, header: false },
};
