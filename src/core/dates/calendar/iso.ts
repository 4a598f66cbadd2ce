// ISO dates and month lengths: plain arithmetic, no Date object in the hot path (docs/architecture.md).

function pad(n: number, w = 2): string {
  // The common cases without padStart; anything else (negative, fractional, wider) as before.
  if (w === 2 && n >= 0 && n <= 99 && Number.isInteger(n)) { return n < 10 ? '0' + n : String(n); }
  if (w === 4 && n >= 1000 && n <= 9999 && Number.isInteger(n)) { return String(n); }
  return String(n).padStart(w, '0');
}

/** YYYY-MM-DD. */
export function isoDate(y: number, m: number, d: number): string { return `${pad(y, 4)}-${pad(m)}-${pad(d)}`; }

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Arithmetic for real calendar years (no Date object per call); Date.UTC reads years 0–99 as
  // 1900–1999, so those and any unusual month keep the Date path.
  if (m >= 1 && m <= 12 && y >= 100 && y <= 200000 && Number.isInteger(y) && Number.isInteger(m)) {
    if (m !== 2) { return MONTH_DAYS[m - 1]; }
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The year, month and day of a valid YYYY-MM-DD, else null. */
export function parseIso(s: string): { y: number; m: number; d: number } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) { return null; }
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) { return null; }
  return { y, m, d };
}
