/**
 * Numbers the site computes (medians, shares), formatted for the page. Submitted figures are never formatted
 * here: they are shown with formatValue (src/domain/display.ts), keeping exactly the digits written.
 */
import { formatNumber, type Locale } from '../domain/format.ts';

/**
 * A computed percentage: 80.5 → "80,5%" (vi), "80.5%" (en); up to one decimal unless asked otherwise, and none
 * when it rounds to a whole number (80 → "80%", as a commune's "80%" beside it in the same chart).
 */
export function formatPercent(n: number, locale: Locale, decimals = 1): string {
  const whole = Number.isInteger(Number(n.toFixed(decimals)));
  return `${formatNumber(n, whole ? 0 : decimals, locale)}%`;
}
