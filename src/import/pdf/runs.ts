// pdf.js text items → the runs of a page, turned so that the page's main writing direction runs left
// to right from the bottom-left corner: a landscape table drawn at 90° reads as one drawn upright.
// Runs at another angle than the page's main one (a stamp, a margin note) are left out.
import type { PageText, Run } from './model';

/** pdf.js's text item, as far as it is read here. */
export interface PdfTextItem { readonly str?: string; readonly transform?: readonly number[]; readonly width?: number; readonly height?: number }

/** The quarter turn (0–3, counter-clockwise) of a text matrix, or -1 for text at another angle. */
function quarterOf(t: readonly number[]): number {
  const turns = Math.atan2(t[1], t[0]) / (Math.PI / 2);
  const q = Math.round(turns);
  return Math.abs(turns - q) > 0.05 ? -1 : ((q % 4) + 4) % 4;
}

export function toPageText(page: number, view: readonly number[], items: readonly PdfTextItem[]): PageText {
  const [vx0, vy0, vx1, vy1] = view;
  const w = vx1 - vx0;
  const h = vy1 - vy0;
  const votes = [0, 0, 0, 0];
  for (const it of items) {
    const q = it.transform && it.str ? quarterOf(it.transform) : -1;
    if (q >= 0) { votes[q] += it.str!.length; }
  }
  const quarter = votes.indexOf(Math.max(...votes));
  // (x, y) in the page → (x', y') in the turned frame, whose origin is again the bottom-left corner.
  const turn: (x: number, y: number) => [number, number] = [
    (x: number, y: number): [number, number] => [x, y],
    (x: number, y: number): [number, number] => [y, w - x],
    (x: number, y: number): [number, number] => [w - x, h - y],
    (x: number, y: number): [number, number] => [h - y, x],
  ][quarter];
  const runs: Run[] = [];
  for (const it of items) {
    const t = it.transform;
    if (!t || typeof it.str !== 'string' || it.str === '' || quarterOf(t) !== quarter) { continue; }
    // Straight text only: the run's axes at a right angle, as for upright and turned text alike.
    if (Math.abs(t[0] * t[2] + t[1] * t[3]) > 0.01 * Math.hypot(t[0], t[1]) * Math.hypot(t[2], t[3])) { continue; }
    const [x, y] = turn(t[4] - vx0, t[5] - vy0);
    runs.push({ text: it.str, x, y, width: it.width ?? 0, size: Math.hypot(t[2], t[3]) || it.height || 0 });
  }
  const turned = quarter % 2 === 1;
  return { page, width: turned ? h : w, height: turned ? w : h, runs };
}
