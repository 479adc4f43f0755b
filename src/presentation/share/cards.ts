/**
 * What each share image shows, from the site data: a card per reporting
 * commune (headline figures, adult rate first, qualifiers in words), one per
 * province for the units that have not reported, one per province overview
 * and one for the whole site. Also which image a page uses, from its path.
 *
 * Units that have not reported share their province's "not reported" image:
 * 3,321 × 2 per-commune PNGs would take minutes and more bytes than the rest
 * of the site together, to show only a name that og:title already carries.
 */
import { comparableValue, rankCommunes, rankingMedian, type SiteData, type SourcedFigure } from '../../domain/commune-data.ts';
import { formatValue } from '../../domain/display.ts';
import { formatNumber } from '../../domain/format.ts';
import { formatPercent } from '../format.ts';
import type { IndicatorDefinition } from '../../domain/indicators.ts';
import { summaryFigures } from '../headline-cards.ts';
import type { Commune } from '../../domain/registry.ts';
import { useTranslations, type Locale } from '../../i18n/ui.ts';
import { documentName } from '../labels.ts';
import { shareImageAlt, type ShareCard, type ShareFigure } from './image.ts';

const adultCode = 'ty_le.nguoi_truong_thanh';

/** "bdhvs.example.vn" or "example.gov.vn/bdhvs": where the site lives, as printed on images. */
export function displayHost(siteRoot: string): string {
  const u = new URL(siteRoot);
  return `${u.host}${u.pathname}`.replace(/\/+$/, '');
}

function base(locale: Locale, siteRoot: string): Pick<ShareCard, 'lang' | 'brand' | 'host'> {
  return { lang: locale, brand: useTranslations(locale)('site.name'), host: displayHost(siteRoot) };
}

function shareFigure(def: IndicatorDefinition, s: SourcedFigure, locale: Locale): ShareFigure {
  const t = useTranslations(locale);
  const rate = def.unitKind === 'percent' ? comparableValue(s.figure) : undefined;
  return {
    label: def[locale],
    value: formatValue(s.figure.value, locale),
    ...(rate !== undefined ? { rate } : {}),
    qualified: s.figure.value.qualifiers.length > 0,
    source: t('share.source', { source: documentName(s.report.meta, locale, true) }),
  };
}

/** A reporting commune: its stated headline figures in catalogue order (the adult rate is first). */
export function communeCard(site: SiteData, code: string, locale: Locale, siteRoot: string): ShareCard {
  const t = useTranslations(locale);
  const commune = site.registry.commune(code)!;
  const province = site.registry.province(commune.provinceCode)!;
  const data = site.communes.get(code);
  // The headline figures, or the results it did state when it stated none of them.
  const figures = summaryFigures(data).figures.flatMap(({ def, source }) => (source ? [shareFigure(def, source, locale)] : []));
  const [lead, ...rest] = figures;
  // Two more figures fit beside the lead; their source is printed only when it differs from the lead's.
  const others = rest
    .slice(0, 2)
    .map(({ source, ...f }): ShareFigure => (source === lead?.source ? f : { ...f, ...(source ? { source } : {}) }));
  const latest = data?.reports[0];
  return {
    ...base(locale, siteRoot),
    title: commune.name,
    subtitle: t('share.communeSubtitle', { province: province.name, code: commune.code }),
    ...(lead
      ? { lead, others }
      : latest
        ? { note: t('share.noHeadline'), noteDetail: t('print.latest', { document: documentName(latest.meta, locale, true) }) }
        : { note: t('share.unreportedNote'), noteDetail: t('share.unreportedDetail') }),
  };
}

function coverage(site: SiteData, provinceCode: string, locale: Locale): string {
  const units = site.registry.communesOf(provinceCode);
  const reported = units.filter((c) => site.reporting.has(c.code)).length;
  return useTranslations(locale)('share.coverage', {
    reported: formatNumber(reported, 0, locale),
    total: formatNumber(units.length, 0, locale),
  });
}

/** Shared by every unit of a province that has not reported. */
export function unreportedCard(site: SiteData, provinceCode: string, locale: Locale, siteRoot: string): ShareCard {
  const t = useTranslations(locale);
  return {
    ...base(locale, siteRoot),
    title: site.registry.province(provinceCode)!.name,
    subtitle: coverage(site, provinceCode, locale),
    note: t('share.unreportedNote'),
    noteDetail: t('share.unreportedDetail'),
  };
}

/** A province overview: coverage and the (computed) median adult rate of its reporting units. */
export function provinceCard(site: SiteData, provinceCode: string, locale: Locale, siteRoot: string): ShareCard {
  const t = useTranslations(locale);
  const ranking = rankCommunes(site, adultCode, provinceCode);
  const med = rankingMedian(ranking);
  return {
    ...base(locale, siteRoot),
    title: site.registry.province(provinceCode)!.name,
    subtitle: coverage(site, provinceCode, locale),
    ...(med !== undefined
      ? {
          lead: {
            label: t('share.provinceMedian', { n: formatNumber(ranking.length, 0, locale) }),
            value: formatPercent(med, locale),
            rate: med,
            qualified: false,
          },
        }
      : { note: t('share.provinceNoRate') }),
  };
}

/** The site-wide image: the movement, the tagline, national coverage. */
export function siteCard(site: SiteData, locale: Locale, siteRoot: string): ShareCard {
  const t = useTranslations(locale);
  const provinces = new Set([...site.reporting].map((c) => site.registry.commune(c)!.provinceCode));
  return {
    ...base(locale, siteRoot),
    title: t('share.siteTitle'),
    subtitle: t('site.tagline'),
    note: t('national.reportedSummary', {
      reported: formatNumber(site.reporting.size, 0, locale),
      total: formatNumber(site.registry.communes.length, 0, locale),
      provinces: provinces.size,
      provinceTotal: site.registry.provinces.length,
    }),
  };
}

/** Locale-neutral paths of the images (prefix with the locale and base to get a URL). */
export const shareImagePaths = {
  site: 'anh/toan-quoc.png',
  province: (slug: string) => `anh/${slug}.png`,
  unreported: (slug: string) => `anh/${slug}/chua-bao-cao.png`,
  commune: (commune: Pick<Commune, 'path'>) => `anh/${commune.path}.png`,
};

export interface PageShareImage {
  /** Locale-neutral path, e.g. "anh/lam-dong/xa-thuan-an-24682.png". */
  path: string;
  card: ShareCard;
  alt: string;
}

/** The image of a commune's pages: its own when it has reported, else its province's "not reported" image. */
export function communeShareImage(site: SiteData, code: string, locale: Locale, siteRoot: string): PageShareImage {
  const commune = site.registry.commune(code)!;
  const card = site.reporting.has(code)
    ? communeCard(site, code, locale, siteRoot)
    : unreportedCard(site, commune.provinceCode, locale, siteRoot);
  const path = site.reporting.has(code)
    ? shareImagePaths.commune(commune)
    : shareImagePaths.unreported(site.registry.province(commune.provinceCode)!.slug);
  // The shared image does not name the unit; its alt text does.
  const alt = site.reporting.has(code) ? shareImageAlt(card) : `${commune.name}. ${shareImageAlt(card)}`;
  return { path, card, alt };
}

const pathIndex = new WeakMap<SiteData, Map<string, Commune>>();

/**
 * The share image for a page, from its locale-neutral path: commune pages and
 * their print pages, reports and models get their commune's image, province
 * pages the province's, everything else the site-wide image.
 */
export function pageShareImage(site: SiteData, neutralPath: string, locale: Locale, siteRoot: string): PageShareImage {
  const clean = neutralPath.replace(/^\/+|\/+$/g, '');
  let byPath = pathIndex.get(site);
  if (!byPath) {
    byPath = new Map(site.registry.communes.map((c) => [c.path, c]));
    pathIndex.set(site, byPath);
  }
  const commune = byPath.get(clean.replace(/^in\//, ''));
  if (commune) return communeShareImage(site, commune.code, locale, siteRoot);
  const doc = /^bao-cao\/(.+)$/.exec(clean)?.[1];
  const report = doc ? site.reports.find((r) => r.id === doc) : undefined;
  if (report) return communeShareImage(site, report.meta.commune, locale, siteRoot);
  const modelId = /^mo-hinh\/(.+)$/.exec(clean)?.[1];
  const model = modelId ? site.models.find((m) => m.id === modelId) : undefined;
  if (model) return communeShareImage(site, model.meta.commune, locale, siteRoot);
  const province = site.registry.provinces.find((p) => p.slug === clean);
  if (province) {
    const card = provinceCard(site, province.code, locale, siteRoot);
    return { path: shareImagePaths.province(province.slug), card, alt: shareImageAlt(card) };
  }
  const card = siteCard(site, locale, siteRoot);
  return { path: shareImagePaths.site, card, alt: shareImageAlt(card) };
}
