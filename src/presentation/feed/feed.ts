/**
 * Atom feed of new and revised reports, newest first. A report "revises" a
 * figure when the same commune's previous report stated that indicator with a
 * different value (sameValue: by meaning, not text). Pure: site data in, XML
 * text out; text is escaped and stripped of characters XML cannot carry.
 */
import { historyOf, sameValue, type SiteData } from '../../domain/commune-data.ts';
import { partialDateTimestamp } from '../../domain/dates.ts';
import { esc } from '../../charts/svg.ts';
import type { Report } from '../../domain/dataset.ts';
import { useTranslations, type Locale } from '../../i18n/ui.ts';
import { documentName } from '../labels.ts';
import { buildNow } from '../build-clock.ts';
import { pathPrefix } from '../../i18n/locale.ts';

export interface FeedOptions {
  locale: Locale;
  /** Absolute URL of the site root (with base), ending with a slash. */
  siteRoot: string;
  /** Absolute URL of a report page. */
  reportHref: (id: string) => string;
  limit?: number;
  /** The build time: no <updated> is later (default: buildNow(), SOURCE_DATE_EPOCH or the real time). */
  now?: Date;
}

/** How many figures of this report differ from the same commune's previous report. */
export function revisedCount(site: SiteData, report: Report): number {
  const c = site.communes.get(report.meta.commune);
  let n = 0;
  for (const indicator of new Set(report.figures.filter((f) => f.type === 'kết quả').map((f) => f.indicator))) {
    const h = historyOf(c, indicator);
    const i = h.findIndex((s) => s.report.id === report.id);
    if (i > 0 && !sameValue(h[i - 1]!.figure, h[i]!.figure)) n++;
  }
  return n;
}

export function atomFeed(site: SiteData, o: FeedOptions): string {
  const t = useTranslations(o.locale);
  const reg = site.registry;
  const now = o.now ?? buildNow();
  const entries = site.reports.slice(0, o.limit ?? 100).map((r) => {
    const commune = reg.commune(r.meta.commune)!;
    const province = reg.province(commune.provinceCode)!;
    const revised = revisedCount(site, r);
    const href = o.reportHref(r.id);
    const title = `${documentName(r.meta, o.locale, true)} — ${commune.name}, ${province.name}${revised > 0 ? ` ${t('feed.revisedTitle')}` : ''}`;
    const summary = `${t('feed.entrySummary', { commune: commune.name, province: province.name, n: r.figures.length })}${revised > 0 ? ` ${t('feed.revises', { n: revised })}` : ''} ${r.meta.title}`;
    // Atom needs a full timestamp: the first day of the stated date ("2026" → 2026-01-01), never after the build.
    const updated = partialDateTimestamp(r.meta.date, now);
    // RFC 4287 wants an author per entry: the body that issued the document (the outlet for press articles).
    const author = r.meta.kind === 'bài báo' && r.meta.publisher ? r.meta.publisher : r.meta.issuer;
    return {
      updated,
      xml: `<entry><title>${esc(title)}</title><link href="${esc(href)}"/><id>${esc(href)}</id><updated>${updated}</updated><author><name>${esc(author)}</name></author><summary>${esc(summary)}</summary></entry>`,
    };
  });
  // The newest entry; a feed with no entry yet was last updated when it was built (no invented date).
  const updated = entries.reduce((m, e) => (e.updated > m ? e.updated : m), '') || `${now.toISOString().slice(0, 19)}Z`;
  const self = new URL(`${pathPrefix[o.locale]}feed.xml`, o.siteRoot).href;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.locale}">`,
    `<title>${esc(t('feed.title'))}</title>`,
    `<subtitle>${esc(t('feed.subtitle'))}</subtitle>`,
    `<link rel="self" href="${esc(self)}"/>`,
    `<link href="${esc(new URL(pathPrefix[o.locale], o.siteRoot).href)}"/>`,
    `<id>${esc(self)}</id>`,
    `<updated>${updated}</updated>`,
    ...entries.map((e) => e.xml),
    '</feed>',
    '',
  ].join('\n');
}
