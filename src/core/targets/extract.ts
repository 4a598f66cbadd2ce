// Targets (docs/annotation.md §3, §7 "Targets"): forward-looking goals with a quantity or a
// deadline. One pass per line: an article of a regulation is skipped, a bullet under a goal header
// is one goal, any other line is read sentence by sentence (paragraphs.ts → goals.ts); every span
// is capped at MAX_TARGET_LENGTH, so the work is linear in the text. Hard-wrapped text is read as
// paragraphs (wrapped.ts). index.ts maps the parts.
import { EMPTY_PROFILE, type DocumentProfile } from '../profile';
import { Ch, isColon } from '../text';
import type { DateAnnotation, NumberAnnotation, TargetAnnotation } from '../types';
import { CLS, TRIMMED } from './classes';
import { bulletAt, bulletItem, mayOpenBullet } from './lists';
import { paragraph } from './paragraphs';
import { isArticle } from './rules';
import { isLineBreak, lastLineBreak, lineEndFrom, TargetScan } from './scan';
import { headerScope, type Scope } from './scopes';
import { trimEnd } from './sentences';
import { wrappedView } from './wrapped';

/** Targets in text[from, to) given the numbers and dates found there (sorted, resolved). */
export function extractTargets(
  text: string, from: number, to: number, numbers: readonly NumberAnnotation[], dates: readonly DateAnnotation[],
  /** YYYY-MM-DD: a deadline already passed then is a report, not a goal. */
  documentDate: string | null = null,
  /** The document profile (src/core/profile.ts), computed once per analysis. */
  profile: DocumentProfile = EMPTY_PROFILE,
): TargetAnnotation[] {
  // Text pasted from a PDF: the recognizer reads its paragraphs with the wrapping breaks cut out.
  const view = profile.layout.wrapWidth > 0 ? wrappedView(text, from, to, profile.layout.wrapWidth) : null;
  if (view === null) { return readLines(new TargetScan(text, numbers, dates, documentDate, profile), from, to); }
  const found = readLines(new TargetScan(view.text, view.annotations(numbers), view.annotations(dates), documentDate, profile), 0, view.text.length);
  return found.map(t => view.target(t, text));
}

/** Reads every line of [from, to); returns the targets sorted by start. */
function readLines(scan: TargetScan, from: number, to: number): TargetAnnotation[] {
  const t = scan.text;
  // No search for a line end may run past `to`: on a huge line without breaks it would rescan the rest per chunk.
  scan.lastNewline = lastLineBreak(t, from, to);
  let ps = from;
  // A header ending in a colon (到2027年，实现以下目标：) hands its deadline to the bullet lines under it.
  let carry: Scope | null = null;
  // Each line ends at a newline or at `to`; the paragraph scan finds it (a newline is never trimmed,
  // so the line's head is read without knowing its end), and only the rare article and bullet lines
  // look for it first.
  while (ps < to) {
    let cs = ps;
    while (cs < to && (CLS[t.charCodeAt(cs)] & TRIMMED) !== 0 && t.charCodeAt(cs) !== Ch.CarriageReturn) { cs++; }
    if (cs >= to || isLineBreak(t.charCodeAt(cs))) { ps = cs + 1; continue; } // a blank line
    if (isArticle(t, cs, to)) {
      carry = null;
      ps = lineEndFrom(scan, cs, to) + 1;
      continue;
    }
    if (carry !== null && mayOpenBullet(t.charCodeAt(cs))) {
      const pe = lineEndFrom(scan, cs, to);
      const bullet = bulletAt(t, cs, trimEnd(t, cs, pe));
      if (bullet) {
        bulletItem(scan, cs + bullet.length, trimEnd(t, cs, pe), carry);
        ps = pe + 1;
        continue;
      }
    }
    const scope = paragraph(scan, ps, to);
    const pe = scan.lineEnd;
    const colon = isColon(t.charCodeAt(pe - 1)) || isColon(t.charCodeAt(trimEnd(t, cs, pe)));
    carry = colon ? scope ?? headerScope(scan, ps, pe) : null;
    ps = pe + 1;
  }
  return scan.out.sort((a, b) => a.start - b.start);
}
