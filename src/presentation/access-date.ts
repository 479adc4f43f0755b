/**
 * The access date in citations: "22/11/2026" (vi, like the site's other dates)
 * or "22 November 2026" (en). No imports, so the browser script that swaps the
 * build date for today's date formats it exactly as the build did.
 */
export function formatAccessDate(date: Date, locale: 'vi' | 'en'): string {
  const day = date.getDate();
  const month = date.getMonth() + 1;
  const year = date.getFullYear();
  if (locale === 'vi') return `${String(day).padStart(2, '0')}/${month}/${year}`;
  return `${day} ${date.toLocaleString('en-GB', { month: 'long' })} ${year}`;
}
