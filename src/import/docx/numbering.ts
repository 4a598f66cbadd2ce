// Word's automatic numbering written out as text: numbering.xml's abstract lists (levels with
// start, numFmt, lvlText, lvlRestart, isLgl, suff, pStyle) and list instances (w:num with level
// overrides), styles.xml's styles that carry numbering (w:numPr, w:basedOn), and one counter per
// list as the paragraphs come, so 第%1条 becomes 第一条, 第二条 … and （%1） becomes （一）.
import { isAsciiLetter, isDigit, isHan } from '../../core/text';
import { childNamed, childrenNamed, type MarkupNode } from '../markup';
import { formatNumber } from './numberFormats';

const LEVELS = 9;

interface Level {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText: string;
  /** 1-based level whose use restarts this one; 0 never; undefined: any shallower level. */
  readonly restart?: number;
  readonly isLgl: boolean;
  readonly suff: string;
  readonly pStyle?: string;
}

interface ListInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

interface StyleNumbering { readonly numId?: string; readonly ilvl?: number; readonly basedOn?: string }

/** A paragraph's numbering reference: list instance and level. */
export interface NumberingRef { readonly numId?: string; readonly ilvl?: number }

const val = (n: MarkupNode | undefined): string | undefined => n?.attribs?.['w:val'];
const intVal = (n: MarkupNode | undefined): number | undefined => {
  const v = val(n);
  return v === undefined || !/^-?\d{1,9}$/.test(v) ? undefined : Number(v);
};

export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly lists = new Map<string, ListInstance>();
  private readonly styles = new Map<string, StyleNumbering>();
  /** Counters by list (the abstract list, or the instance when it restarts numbering). */
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numberingXml: MarkupNode | undefined, stylesXml: MarkupNode | undefined) {
    const numbering = numberingXml && childNamed(numberingXml, 'w:numbering');
    for (const a of childrenNamed(numbering, 'w:abstractNum')) {
      this.abstracts.set(a.attribs?.['w:abstractNumId'] ?? '', readLevels(a));
    }
    for (const n of childrenNamed(numbering, 'w:num')) {
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const ilvl = Number(o.attribs?.['w:ilvl'] ?? 0);
        const start = intVal(childNamed(o, 'w:startOverride'));
        if (start !== undefined) { startOverrides.set(ilvl, start); }
        const lvl = childNamed(o, 'w:lvl');
        if (lvl) { levelOverrides.set(ilvl, readLevel(lvl)); }
      }
      this.lists.set(n.attribs?.['w:numId'] ?? '', { abstractId: val(childNamed(n, 'w:abstractNumId')) ?? '', startOverrides, levelOverrides });
    }
    const styles = stylesXml && childNamed(stylesXml, 'w:styles');
    for (const s of childrenNamed(styles, 'w:style')) {
      const numPr = childNamed(childNamed(s, 'w:pPr'), 'w:numPr');
      this.styles.set(s.attribs?.['w:styleId'] ?? '', {
        numId: val(childNamed(numPr, 'w:numId')),
        ilvl: intVal(childNamed(numPr, 'w:ilvl')),
        basedOn: val(childNamed(s, 'w:basedOn')),
      });
    }
  }

  /**
   * The label of the next paragraph of this list and level (with the separator Word puts after
   * it), advancing the counters; '' for a bullet or a paragraph without numbering.
   */
  next(direct: NumberingRef, styleId: string | undefined): string {
    const ref = this.resolve(direct, styleId);
    if (!ref) { return ''; }
    const list = this.lists.get(ref.numId);
    const levels = list && this.abstracts.get(list.abstractId);
    if (!list || !levels) { return ''; }
    const level = (i: number): Level | undefined => list.levelOverrides.get(i) ?? levels[i];
    const lvl = level(ref.ilvl);
    if (!lvl || lvl.numFmt === 'bullet') { return ''; }
    const key = list.startOverrides.size > 0 || list.levelOverrides.size > 0 ? `num:${ref.numId}` : `abs:${list.abstractId}`;
    const counters = this.counters.get(key) ?? new Array<number | undefined>(LEVELS).fill(undefined);
    this.counters.set(key, counters);
    const startOf = (i: number): number => list.startOverrides.get(i) ?? level(i)?.start ?? 1;
    counters[ref.ilvl] = counters[ref.ilvl] === undefined ? startOf(ref.ilvl) : counters[ref.ilvl]! + 1;
    for (let deeper = ref.ilvl + 1; deeper < LEVELS; deeper++) {
      const r = level(deeper)?.restart;
      if (r === undefined || (r !== 0 && ref.ilvl < r)) { counters[deeper] = undefined; }
    }
    const label = lvl.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const fmt = lvl.isLgl ? 'decimal' : level(i)?.numFmt ?? 'decimal';
      return formatNumber(counters[i] ?? startOf(i), fmt);
    });
    return label + separatorAfter(label, lvl.suff);
  }

  /** The list and level of a paragraph: its own w:numPr, else its style's (through w:basedOn). */
  private resolve(direct: NumberingRef, styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    let numId = direct.numId;
    let ilvl = direct.ilvl;
    let style = styleId;
    for (let hops = 0; style !== undefined && hops < 16 && (numId === undefined || ilvl === undefined); hops++) {
      const s = this.styles.get(style);
      if (!s) { break; }
      if (numId === undefined && s.numId !== undefined) {
        numId = s.numId;
        ilvl ??= s.ilvl ?? this.levelOfStyle(s.numId, style);
      }
      style = s.basedOn;
    }
    if (numId === undefined || numId === '0') { return undefined; }
    return { numId, ilvl: Math.min(Math.max(ilvl ?? 0, 0), LEVELS - 1) };
  }

  /** The level of a list whose w:pStyle names this style (a heading style linked to a list). */
  private levelOfStyle(numId: string, styleId: string): number | undefined {
    const list = this.lists.get(numId);
    const levels = list && this.abstracts.get(list.abstractId);
    const i = levels?.findIndex((l) => l.pStyle === styleId) ?? -1;
    return i >= 0 ? i : undefined;
  }
}

function readLevels(abstractNum: MarkupNode): Level[] {
  const levels: Level[] = [];
  for (const l of childrenNamed(abstractNum, 'w:lvl')) {
    const ilvl = Number(l.attribs?.['w:ilvl'] ?? 0);
    if (ilvl >= 0 && ilvl < LEVELS) { levels[ilvl] = readLevel(l); }
  }
  return levels;
}

function readLevel(l: MarkupNode): Level {
  const isLgl = childNamed(l, 'w:isLgl');
  return {
    start: intVal(childNamed(l, 'w:start')) ?? 1,
    numFmt: val(childNamed(l, 'w:numFmt')) ?? 'decimal',
    lvlText: val(childNamed(l, 'w:lvlText')) ?? '',
    restart: intVal(childNamed(l, 'w:lvlRestart')),
    isLgl: isLgl !== undefined && val(isLgl) !== '0' && val(isLgl) !== 'false',
    suff: val(childNamed(l, 'w:suff')) ?? 'tab',
    pStyle: val(childNamed(l, 'w:pStyle')),
  };
}

/**
 * What stands between the label and the text. Word puts a tab (or a space); in policy text a
 * label ending in punctuation (一、 （一） 1.) is followed by nothing, one ending in a Han
 * character (第一条) by an ideographic space, and any other (1.1) by a space. TAB is kept for table cells.
 */
function separatorAfter(label: string, suff: string): string {
  if (suff === 'nothing' || label === '') { return ''; }
  const last = label.charCodeAt(label.length - 1);
  if (isHan(last)) { return '\u3000'; }
  if (isDigit(last) || isAsciiLetter(last)) { return ' '; }
  return '';
}
