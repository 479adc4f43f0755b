/**
 * Number formatting for the UI. Figures are formatted from the decimal text
 * the commune submitted, keeping exactly the digits written: 14033 → "14.033",
 * 80.06 → "80,06" in Vietnamese, "14,033" and "80.06" in English.
 */
import type { Locale } from '../i18n/locale.ts';

export type { Locale };

/** Format decimal text ("14033", "80.5") with the given number of decimals, by locale. */
export function formatDecimal(text: string, decimals: number, locale: Locale = 'vi'): string {
  const [intPart = '0', fracPart = ''] = text.split('.');
  const group = locale === 'vi' ? '.' : ',';
  const mark = locale === 'vi' ? ',' : '.';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = fracPart.padEnd(decimals, '0').slice(0, Math.max(decimals, fracPart.length));
  return frac ? `${grouped}${mark}${frac}` : grouped;
}

/** Format a computed number (not a submitted one) with a fixed number of decimals. */
export function formatNumber(n: number, decimals: number, locale: Locale = 'vi'): string {
  return formatDecimal(n.toFixed(decimals), decimals, locale);
}
