/**
 * Partial dates (YYYY, YYYY-MM, YYYY-MM-DD): documents often leave the day
 * blank ("ngày   tháng 5 năm 2026"). Comparison treats a partial date as the
 * span it covers: -1 only when a ends before b starts, 1 when a starts after
 * b ends, 0 when they overlap.
 */
import type { Locale } from './format.ts';

function span(d: string): [string, string] {
  const [y, m, day] = d.split('-');
  if (day) return [d, d];
  if (m) {
    // Last day of the month: day 0 of the next month.
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
  const [aStart, aEnd] = span(a);
  const [bStart, bEnd] = span(b);
  if (aEnd < bStart) return -1;
  if (aStart > bEnd) return 1;
  return 0;
}

/** The latest day a partial date can mean, for sorting reports newest first. */
export function partialDateEnd(d: string): string {
  return span(d)[1];
}

/** "2026-06-02" → "02/6/2026" (vi) or "2 June 2026" (en); "2026-05" → "5/2026" / "May 2026". */
// Built once: a toLocaleString call per date cost about 1 ms and dominated English page builds at national scale.
const englishMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const englishMonths = Array.from({ length: 12 }, (_, i) => englishMonthFormat.format(new Date(Date.UTC(2000, i, 1))));

export function formatPartialDate(d: string, locale: Locale = 'vi'): string {
  const [y, m, day] = d.split('-');
  if (locale === 'vi') {
    if (day) return `${day}/${Number(m)}/${y}`;
    if (m) return `${Number(m)}/${y}`;
    return `năm ${y}`;
  }
  const month = m ? englishMonths[Number(m) - 1]! : '';
  if (day) return `${Number(day)} ${month} ${y}`;
  if (m) return `${month} ${y}`;
  return y!;
}
