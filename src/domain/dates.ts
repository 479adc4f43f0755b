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

/** The latest day a partial date can mean (for positions on a time axis, never for writing a date). */
export function partialDateEnd(d: string): string {
  return span(d)[1];
}

/** The first day of a partial date's span: "2026" → "2026-01-01", "2026-05" → "2026-05-01". */
export function partialDateStart(d: string): string {
  return span(d)[0];
}

/**
 * Chronological order of two documents' stated dates (negative: a is older;
 * 0 only for the same text). The rule, also stated on the methodology page and
 * in docs/data-contract.md:
 *
 * - Dates whose spans do not overlap are ordered by them ("2026-05" is before "2026-06-02").
 * - A date that contains the other ("2026" and "2026-12-15": day and month left blank)
 *   does not say which came first. It counts as the first day it can mean, so a
 *   document dated only "2026" is never taken as newer than one dated within 2026;
 *   a year before a month of that year starting the same day ("2026" before "2026-01").
 *   Such pairs are flagged by `orderAmbiguous`.
 *
 * Because calendar spans are either nested or apart, this is the same as ordering by
 * (first day, precision): a total order, safe for sorting.
 */
export function compareDocumentDates(a: string, b: string): number {
  const byStart = partialDateStart(a).localeCompare(partialDateStart(b));
  if (byStart !== 0) return byStart;
  return a.length - b.length;
}

/** Whether the order of two documents is not settled by their stated dates (one contains the other). */
export function orderAmbiguous(a: string, b: string): boolean {
  return a !== b && comparePartialDates(a, b) === 0;
}

/**
 * A partial date as an Atom/ISO timestamp, written at the precision stated: the
 * first day of the stated period ("2026" → 2026-01-01T00:00:00Z), and never
 * later than `notAfter` (the build), so a feed never announces a future date.
 */
export function partialDateTimestamp(d: string, notAfter: Date): string {
  const start = `${partialDateStart(d)}T00:00:00Z`;
  const limit = `${notAfter.toISOString().slice(0, 19)}Z`;
  return start < limit ? start : limit;
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
