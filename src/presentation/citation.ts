/**
 * The "Trích dẫn / Cite" text of a figure or a chart. One function holds the
 * format, so figures, charts, report pages and embeds cite alike. The access
 * date is returned as its own segment: pages show the build date there and
 * the browser script (src/scripts/cite.ts) swaps in today's date.
 */
import type { ReportFrontmatter } from '../domain/schemas.ts';
import { formatPartialDate } from '../domain/dates.ts';
import { documentName } from './labels.ts';
import { useTranslations, type Locale } from '../i18n/ui.ts';

export type CitedDocument = Pick<ReportFrontmatter, 'kind' | 'number' | 'date' | 'issuer'>;

export interface CitationInput {
  /** Official names: "Xã Thuận An", "Lâm Đồng". */
  commune: string;
  province: string;
  kind: 'figure' | 'chart';
  /** The indicator's label (a figure) or the chart's title (a chart). */
  subject: string;
  /** The figure as shown, qualifier included ("Ước tính 80%"); figures only. */
  value?: string;
  /** Documents the figure or chart comes from, in the order given (duplicates are dropped). */
  sources: readonly CitedDocument[];
  /** A sentence after the sources, e.g. that medians are computed by the site. */
  note?: string;
  /** Absolute URL of the page, with the anchor of the figure or chart. */
  url: string;
  version: string;
  /** Already formatted (formatAccessDate). */
  accessed: string;
}

export interface CitationSegments {
  before: string;
  accessed: string;
  after: string;
}

/** A document as cited: "Báo cáo số 141/BC-UBND ngày 02/6/2026 của UBND xã Cao Đức". */
export function citedDocument(d: CitedDocument, locale: Locale): string {
  const t = useTranslations(locale);
  const name = d.number ? documentName(d, locale) : `${documentName(d, locale)} (${t('report.noNumber')})`;
  const precision = d.date.length === 10 ? 'cite.day' : d.date.length === 7 ? 'cite.month' : 'cite.year';
  return t('cite.document', { document: name, date: t(precision, { date: formatPartialDate(d.date, locale) }), issuer: d.issuer });
}

export function citationSegments(c: CitationInput, locale: Locale): CitationSegments {
  const t = useTranslations(locale);
  const head =
    c.kind === 'figure'
      ? t('cite.figure', { commune: c.commune, province: c.province, subject: c.subject, value: c.value ?? '—' })
      : t('cite.chart', { commune: c.commune, province: c.province, subject: c.subject });
  const docs = [...new Set(c.sources.map((d) => citedDocument(d, locale)))];
  const sources = docs.length > 0 ? ` ${t('cite.sources', { sources: docs.join('; ') })}` : '';
  const note = c.note ? ` ${c.note}` : '';
  // Fill the template with a marker where the access date goes, then split there.
  const marker = '\u0000';
  const via = t('cite.via', { site: t('site.name'), url: c.url, version: c.version, accessed: marker });
  const [viaBefore = '', viaAfter = ''] = via.split(marker);
  return { before: `${head}${sources}${note} ${viaBefore}`, accessed: c.accessed, after: viaAfter };
}

export function citationText(c: CitationInput, locale: Locale): string {
  const s = citationSegments(c, locale);
  return `${s.before}${s.accessed}${s.after}`;
}
