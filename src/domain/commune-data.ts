/**
 * The domain model the pages read: for each commune its reports (newest
 * first), the figures they state, its targets and its models; and the
 * province and national views computed from them. Pure functions over the
 * checked dataset and the registry.
 */
import type { Dataset, Model, Report } from '../ingestion/submissions.ts';
import type { Figure } from './schemas.ts';
import { partialDateEnd } from './dates.ts';
import { findIndicator } from './indicators.ts';
import type { Commune, Registry } from './registry.ts';

/** A figure together with the report it comes from: the unit of provenance. */
export interface SourcedFigure {
  figure: Figure;
  report: Report;
}

export interface CommuneData {
  commune: Commune;
  /** Newest first. */
  reports: Report[];
  models: Model[];
  /** Result figures, grouped by indicator, newest report first, then in table order. */
  results: Map<string, SourcedFigure[]>;
  /** Target figures by indicator, then year. */
  targets: Map<string, SourcedFigure[]>;
}

function byNewest(a: Report, b: Report): number {
  const d = partialDateEnd(b.meta.date).localeCompare(partialDateEnd(a.meta.date));
  return d !== 0 ? d : a.id.localeCompare(b.id);
}

export interface SiteData {
  registry: Registry;
  communes: Map<string, CommuneData>;
  reports: Report[];
  models: Model[];
  /** Communes with at least one report (any kind), by code. */
  reporting: Set<string>;
}

export function buildSiteData(dataset: Dataset, registry: Registry): SiteData {
  const communes = new Map<string, CommuneData>();
  const get = (code: string): CommuneData => {
    let c = communes.get(code);
    if (!c) {
      const commune = registry.commune(code);
      if (!commune) throw new Error(`Unknown commune ${code}`); // ingestion already refused these
      c = { commune, reports: [], models: [], results: new Map(), targets: new Map() };
      communes.set(code, c);
    }
    return c;
  };
  const reports = [...dataset.reports].sort(byNewest);
  for (const r of reports) {
    const c = get(r.meta.commune);
    c.reports.push(r);
    for (const f of r.figures) {
      const map = f.type === 'mục tiêu' ? c.targets : c.results;
      map.set(f.indicator, [...(map.get(f.indicator) ?? []), { figure: f, report: r }]);
    }
  }
  for (const m of dataset.models) get(m.meta.commune).models.push(m);
  return { registry, communes, reports, models: [...dataset.models], reporting: new Set(communes.keys()) };
}

/** The figure a page headlines for an indicator: from the newest report, first row stated. */
export function latestResult(c: CommuneData | undefined, indicator: string): SourcedFigure | undefined {
  return c?.results.get(indicator)?.[0];
}

/** The commune's own target for an indicator and year, if it set one. */
export function targetFor(c: CommuneData | undefined, indicator: string, year: number): SourcedFigure | undefined {
  return c?.targets.get(indicator)?.find((t) => t.figure.year === year);
}

/** The year a result refers to: the end of the report's period, else the report date. */
export function figureYear(s: SourcedFigure): number {
  const d = s.report.meta.period?.to ?? s.report.meta.date;
  return Number(d.slice(0, 4));
}

/**
 * The number a figure contributes to comparisons (medians, ranks, charts):
 * the percent for percent figures, the stated or computed rate for fractions
 * of percent indicators, else the value. Bounds and estimates are kept as is;
 * pages mark them.
 */
export function comparableValue(f: Figure): number | undefined {
  const def = findIndicator(f.indicator);
  if (!def) return undefined;
  if (def.unitKind === 'percent') {
    if (f.value.form === 'percent') return Number(f.value.value);
    if (f.value.form === 'fraction') {
      if (f.value.statedPercent !== undefined) return Number(f.value.statedPercent);
      return (Number(f.value.value) / Number(f.value.denominator)) * 100;
    }
    return undefined;
  }
  if (f.value.form === 'percent') return undefined; // a percent where a count belongs: not comparable
  return Number(f.value.value);
}

export interface RankedCommune {
  commune: Commune;
  source: SourcedFigure;
  value: number;
  rank: number;
}

// Rankings are asked for by every commune page (national and province rank), so computing them afresh made a
// national build quadratic in the number of communes. SiteData is not changed after buildSiteData, so a ranking
// is computed once per site, indicator and province. Callers must not mutate the returned array.
const rankingCache = new WeakMap<SiteData, Map<string, readonly RankedCommune[]>>();

/** Communes ranked by an indicator's latest result (highest first, ties share a rank). Cached per site. */
export function rankCommunes(site: SiteData, indicator: string, provinceCode?: string): readonly RankedCommune[] {
  let bySite = rankingCache.get(site);
  if (!bySite) rankingCache.set(site, (bySite = new Map()));
  const key = `${indicator}\u0000${provinceCode ?? ''}`;
  let ranking = bySite.get(key);
  if (!ranking) bySite.set(key, (ranking = Object.freeze(computeRanking(site, indicator, provinceCode))));
  return ranking;
}

function computeRanking(site: SiteData, indicator: string, provinceCode?: string): RankedCommune[] {
  const rows: Omit<RankedCommune, 'rank'>[] = [];
  for (const c of site.communes.values()) {
    if (provinceCode && c.commune.provinceCode !== provinceCode) continue;
    const s = latestResult(c, indicator);
    const v = s && comparableValue(s.figure);
    if (s && v !== undefined) rows.push({ commune: c.commune, source: s, value: v });
  }
  const collator = new Intl.Collator('vi');
  rows.sort((a, b) => b.value - a.value || collator.compare(a.commune.name, b.commune.name));
  let rank = 0;
  return rows.map((r, i) => {
    if (i === 0 || r.value !== rows[i - 1]!.value) rank = i + 1;
    return { ...r, rank };
  });
}

const rankingMedians = new WeakMap<readonly RankedCommune[], number | undefined>();

/** The median value of a ranking from rankCommunes, computed once per ranking. */
export function rankingMedian(ranking: readonly RankedCommune[]): number | undefined {
  if (!rankingMedians.has(ranking)) rankingMedians.set(ranking, median(ranking.map((r) => r.value)));
  return rankingMedians.get(ranking);
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** One result per report for an indicator (the first row stated), oldest first: the figure's history. */
export function historyOf(c: CommuneData | undefined, indicator: string): SourcedFigure[] {
  const seen = new Set<string>();
  const out: SourcedFigure[] = [];
  for (const s of c?.results.get(indicator) ?? []) {
    if (seen.has(s.report.id)) continue;
    seen.add(s.report.id);
    out.push(s);
  }
  return out.reverse();
}

/** Whether two figures state the same thing (same form, digits, denominator, stated rate and qualifiers). */
export function sameValue(a: Figure, b: Figure): boolean {
  const key = (f: Figure) => JSON.stringify([f.value.form, f.value.value, f.value.denominator, f.value.statedPercent, f.value.qualifiers]);
  return key(a) === key(b);
}
