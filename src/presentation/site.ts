/**
 * What Astro pages share: the site model (one per process, the object the integration checked: site-model.ts),
 * URL helpers that respect `base` and the locale prefix, the data version, and the route lists both language
 * editions use.
 */
import type { SiteData } from '../domain/commune-data.ts';
import { registry } from '../domain/registry.ts';
import { dataVersion, isSynthetic } from './build-inputs.ts';
import { pathPrefix, type Locale } from '../i18n/locale.ts';
import { siteModel } from './site-model.ts';
import { communeInputs, pageInputs, reportInputs, siteInputs } from './page-inputs.ts';

/** The site model every page reads (async for the pages' sake: Astro frontmatter awaits it). */
export async function getSiteData(): Promise<SiteData> {
  return siteModel();
}

/** The configured base, always ending with a slash. */
export function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/**
 * Site URL for a locale-neutral path: url('lam-dong/') → '/bdhvs/lam-dong/' (vi) or '/bdhvs/en/lam-dong/' (en).
 * Pages end with a slash; files (with an extension) keep theirs; fragments are kept.
 */
export function url(path = '', locale: Locale = 'vi'): string {
  const clean = path.replace(/^\/+/, '');
  const [pathPart = '', hash] = clean.split('#');
  const withSlash = pathPart === '' || /(\.[a-z0-9]+|\/)$/i.test(pathPart) ? pathPart : `${pathPart}/`;
  return `${basePath()}${pathPrefix[locale]}${withSlash}${hash !== undefined ? `#${hash}` : ''}`;
}

/** The locale-neutral path of the current page, to link the same page in the other language. */
export function neutralPath(pathname: string): string {
  const rest = pathname.startsWith(basePath()) ? pathname.slice(basePath().length) : pathname.replace(/^\//, '');
  return rest.replace(/^en(\/|$)/, '');
}

export const communeUrl = (path: string, locale: Locale = 'vi') => url(`${path}/`, locale);
export const reportUrl = (id: string, locale: Locale = 'vi') => url(`bao-cao/${id}/`, locale);
export const modelUrl = (id: string, locale: Locale = 'vi') => url(`mo-hinh/${id}/`, locale);
export const provinceUrl = (slug: string, locale: Locale = 'vi') => url(`${slug}/`, locale);
/** Anchor of a figure on its report page: its line in the CSV is stable for a given file. */
export const figureAnchor = (line: number) => `dong-${line}`;

/** Route lists shared by the Vietnamese pages and the English edition under /en/. */
export const routes = {
  provinces: () => {
    const cacheKey = siteInputs(siteModel());
    return registry().provinces.map((p) => ({ params: { province: p.slug }, props: { code: p.code }, cacheKey }));
  },
  communes: () => {
    const reg = registry();
    const site = siteModel();
    // BDHVS_PAGE_PROVINCES=31,68 (province codes): commune pages for those provinces only, for small test builds.
    const only = process.env.BDHVS_PAGE_PROVINCES?.split(',').map((s) => s.trim());
    return reg.communes
      .filter((c) => !only || only.includes(c.provinceCode))
      .map((c) => ({
        params: { province: reg.province(c.provinceCode)!.slug, commune: c.slug },
        props: { code: c.code },
        cacheKey: communeInputs(site, c.code),
      }));
  },
  /** Units with at least one report (print summaries exist only for them). */
  reportingCommunes: async () => {
    const { reporting } = await getSiteData();
    return routes.communes().filter((r) => reporting.has(r.props.code));
  },
  reports: async () => {
    const site = await getSiteData();
    return site.reports.map((r) => ({ params: { id: r.id }, props: { id: r.id }, cacheKey: reportInputs(site, r.meta.commune) }));
  },
  models: async () => {
    const site = await getSiteData();
    return site.models.map((m) => ({ params: { id: m.id }, props: { id: m.id }, cacheKey: siteInputs(site) }));
  },
};

/**
 * The version a page states in its footer and citations: the digest of that page's inputs (page-inputs.ts), from
 * its URL path. The dataset version (`dataVersion`, every input file) is for downloads and the open-data page.
 */
export function pageVersion(pathname: string): string {
  return pageInputs(siteModel(), neutralPath(pathname));
}

export { communeInputs, dataVersion, isSynthetic, reportInputs, siteInputs };
