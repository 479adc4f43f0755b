/**
 * Each page's inputs as a digest: the incremental build's cache key (Astro's `cacheKey` from getStaticPaths) and
 * the "data version" a page states in its footer and citations. A digest changes exactly when something the page is
 * built from changes, so one commune's correction re-renders its own pages, the pages that compare it (every page
 * that shows the ranking or median of the adult rate in its province or the nation) and the site-wide pages, and
 * reuses the rest. The dataset version (a hash of every input file) stays on the downloads and /du-lieu/.
 *
 * What each page reads, and so what its digest covers:
 * - a commune's own pages (commune page, print summary, embeds): its reports (metadata, figures, narrative digest)
 *   and models; the adult-rate ranking of its province and of the nation when it is in them (the comparison chart);
 *   the reporting units of its province when it has not reported (the "not yet reported" share card);
 * - a report page: the same as its commune's pages;
 * - every other page (national, provinces, models, search, national downloads): the whole dataset.
 * Every page also covers the synthetic marker and the build date shown in citations (SOURCE_DATE_EPOCH pins it).
 *
 * Pure functions of the site model (memoised per model); no narrative text is read (the model holds its digest).
 */
import { createHash } from 'node:crypto';
import { rankCommunes, type SiteData } from '../domain/commune-data.ts';
import type { Model, Report } from '../domain/dataset.ts';
import { formatAccessDate } from './access-date.ts';
import { buildNow } from './build-clock.ts';
import { isSynthetic } from './build-inputs.ts';
import { narrativeDigestOf } from './site-model.ts';

/** The indicator the commune pages and share cards compare (chart-specs.ts comparisonIndicator, cards.ts adultCode). */
const comparedIndicator = 'ty_le.nguoi_truong_thanh';

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 12);
};

/** Maps and Sets as entries, so every field of a figure enters the digest. */
const replacer = (_k: string, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v);

/** A document without its narrative text (never read here), with the narrative's digest instead. */
function documentJson(doc: Report | Model): string {
  const fields: Record<string, unknown> = {};
  for (const k of Object.keys(doc)) if (k !== 'body') fields[k] = (doc as unknown as Record<string, unknown>)[k];
  fields.body = narrativeDigestOf(doc);
  return JSON.stringify(fields, replacer);
}

interface Digests {
  units: Map<string, string>;
  rankings: Map<string, string>;
  /** The units in the national ranking (they show the comparison chart). */
  ranked: Set<string>;
  coverage: Map<string, string>;
  site: string;
  context: string;
}
const memo = new WeakMap<SiteData, Digests>();

function digests(site: SiteData): Digests {
  let d = memo.get(site);
  if (d) return d;
  const now = buildNow();
  // What every page shows that is not a submission: the synthetic banner and the citations' access date.
  const context = sha(String(isSynthetic()), formatAccessDate(now, 'vi'), formatAccessDate(now, 'en'));
  const units = new Map<string, string>();
  for (const [code, c] of site.communes) {
    units.set(code, sha(code, ...c.reports.map(documentJson), '\u0001', ...c.models.map(documentJson)));
  }
  const all = [...units].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, u]) => `${code}:${u}`);
  d = {
    units,
    rankings: new Map(),
    ranked: new Set(rankCommunes(site, comparedIndicator).map((r) => r.commune.code)),
    coverage: new Map(),
    site: sha(context, ...all, String(site.reports.length)),
    context,
  };
  memo.set(site, d);
  return d;
}

/** The digest of one ranking: every commune's code, value and rank, and the source of each value. */
function rankingDigest(site: SiteData, provinceCode?: string): string {
  const d = digests(site);
  const key = provinceCode ?? '';
  let r = d.rankings.get(key);
  if (r === undefined) {
    const rows = rankCommunes(site, comparedIndicator, provinceCode).map(
      (x) => `${x.commune.code}:${x.value}:${x.rank}:${x.source.report.id}:${x.source.figure.line}`,
    );
    d.rankings.set(key, (r = sha(key, ...rows)));
  }
  return r;
}

/** The unit's own documents only. */
const unitDigest = (site: SiteData, code: string) => digests(site).units.get(code) ?? sha(code, 'no-reports');

/**
 * A commune's pages: its documents; when it states a comparable adult rate, the national and provincial rankings its
 * comparison chart draws; when it has not reported, which units of its province have (its share card's coverage).
 */
export function communeInputs(site: SiteData, code: string): string {
  const provinceCode = site.registry.commune(code)?.provinceCode;
  const compared = digests(site).ranked.has(code);
  const rankings = compared ? [rankingDigest(site), rankingDigest(site, provinceCode)] : [];
  const coverage = site.reporting.has(code) ? [] : [provinceReporting(site, provinceCode ?? '')];
  return sha(digests(site).context, unitDigest(site, code), ...rankings, '\u0001', ...coverage);
}

/** The units of a province that have reported. */
function provinceReporting(site: SiteData, provinceCode: string): string {
  const memoised = digests(site).coverage.get(provinceCode);
  if (memoised !== undefined) return memoised;
  const codes = site.registry.communes.filter((c) => c.provinceCode === provinceCode && site.reporting.has(c.code)).map((c) => c.code);
  const digest = sha(provinceCode, ...codes);
  digests(site).coverage.set(provinceCode, digest);
  return digest;
}

/** A report page: as its commune's pages (history across reports, the commune's models, its share card). */
export function reportInputs(site: SiteData, reportCommune: string): string {
  return communeInputs(site, reportCommune);
}

/** Any page built from the whole dataset (national, provinces, models, search, national downloads). */
export function siteInputs(site: SiteData): string {
  return digests(site).site;
}

/**
 * The version a page states in its footer and citations, from its locale-neutral path (site.ts neutralPath): the
 * digest of its inputs as above, so a page reused by an incremental build states exactly what a full build would.
 * Commune pages are `<province>/<commune>/`, print summaries `in/<province>/<commune>/`, embeds
 * `nhung/<province>/<commune>/<embed>/`, reports `bao-cao/<id>/`.
 */
export function pageInputs(site: SiteData, path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  if (parts[0] === 'bao-cao') {
    const commune = reportCommunes(site).get(parts.slice(1).join('/'));
    if (commune !== undefined) return reportInputs(site, commune);
    return siteInputs(site);
  }
  const unitPath =
    parts[0] === 'in' && parts.length === 3
      ? parts.slice(1)
      : parts[0] === 'nhung' && parts.length === 4
        ? parts.slice(1, 3)
        : parts.length === 2
          ? parts
          : undefined;
  const code = unitPath && communePaths(site).get(unitPath.join('/'));
  return code !== undefined ? communeInputs(site, code) : siteInputs(site);
}

const pathMemo = new WeakMap<SiteData, Map<string, string>>();
function communePaths(site: SiteData): Map<string, string> {
  let m = pathMemo.get(site);
  if (!m) pathMemo.set(site, (m = new Map(site.registry.communes.map((c) => [c.path, c.code]))));
  return m;
}
const reportMemo = new WeakMap<SiteData, Map<string, string>>();
function reportCommunes(site: SiteData): Map<string, string> {
  let m = reportMemo.get(site);
  if (!m) reportMemo.set(site, (m = new Map(site.reports.map((r) => [r.id, r.meta.commune]))));
  return m;
}
