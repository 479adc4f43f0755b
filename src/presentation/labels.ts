/** How documents and enum values are named in each language. */
import type { ReportFrontmatter } from '../domain/schemas.ts';
import { formatPartialDate } from '../domain/dates.ts';
import { capitalize } from '../domain/display.ts';
import { enumLabel, useTranslations, type Locale } from '../i18n/ui.ts';

/** "Báo cáo số 141/BC-UBND" / "Report No. 141/BC-UBND"; with the date when asked: ", 02/6/2026". */
export function documentName(meta: Pick<ReportFrontmatter, 'kind' | 'number' | 'date'>, locale: Locale, withDate = false): string {
  const kind = capitalize(enumLabel(meta.kind, locale));
  const name = meta.number ? useTranslations(locale)('report.numbered', { kind, number: meta.number }) : kind;
  return `${name}${withDate ? `, ${formatPartialDate(meta.date, locale)}` : ''}`;
}

export function label(value: string, locale: Locale): string {
  return capitalize(enumLabel(value, locale));
}
