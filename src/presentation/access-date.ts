/**
 * The access date in citations: "22/11/2026" (vi, like the site's other dates)
 * or "22 November 2026" (en). No runtime imports, so the browser script that swaps the
 * build date for today's date formats it exactly as the build did.
 */
import type { Locale } from '../i18n/locale.ts';

// Spelled out here rather than with toLocaleString per call (slow, and this module stays import-free for the browser).
const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatAccessDate(date: Date, locale: Locale): string {
  const day = date.getDate();
  const month = date.getMonth() + 1;
  const year = date.getFullYear();
  if (locale === 'vi') return `${String(day).padStart(2, '0')}/${month}/${year}`;
  return `${day} ${englishMonths[month - 1]} ${year}`;
}
