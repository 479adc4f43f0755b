/**
 * Numbers the site computes (medians, shares), formatted for the page. Submitted figures are never formatted
 * here: they are shown with formatValue (src/domain/display.ts), keeping exactly the digits written.
 */
import { formatNumber, type Locale } from '../domain/format.ts';

/** A computed percentage: 80.5 → "80,5%" (vi), "80.5%" (en); one decimal unless asked otherwise. */
export function formatPercent(n: number, locale: Locale, decimals = 1): string {
  return `${formatNumber(n, decimals, locale)}%`;
}
