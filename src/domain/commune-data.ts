/**
 * The domain model the pages read: for each commune its reports (newest
 * first), the figures they state, its targets and its models; and the
 * province and national views computed from them. Pure functions over the
 * checked dataset and the registry.
 */
import type { Dataset, Model, Report } from './dataset.ts';
import type { Figure } from './schemas.ts';
import { compareDocumentDates } from './dates.ts';
import { decimalEquals, fractionRate } from './checks.ts';
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

/** Newest first by the rule of compareDocumentDates (a year-only date counts as its first day); same date: by path. */
export function byNewest(a: Pick<Report, 'id' | 'meta'>, b: Pick<Report, 'id' | 'meta'>): number {
  const d = compareDocumentDates(b.meta.date, a.meta.date);
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
      // Appended in place: copying the list on each insert made a long table quadratic.
      const list = map.get(f.indicator);
      if (list) list.push({ figure: f, report: r });
      else map.set(f.indicator, [{ figure: f, report: r }]);
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
  // A rate indicator compares the rate the figure states or implies; a bare number is no rate.
  if (def.unitKind === 'percent') return statedRate(f);
  if (f.value.form === 'percent') return undefined; // a percent where a count belongs: not comparable
  return finite(Number(f.value.value));
}

/** Charts and ranks need a real number: a figure too large for a float (hundreds of digits) is not comparable. */
function finite(n: number): number | undefined {
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The rate a figure states or implies, 0–100, for drawing a figure as a rate: a percent as written, the
 * stated percent of a fraction, or a fraction whose numerator and denominator were both submitted.
 * A bare count ("19") is no rate, whatever its indicator: undefined.
 */
export function statedRate(f: Figure): number | undefined {
  const v = f.value;
  if (v.form === 'percent') return finite(Number(v.value));
  if (v.form === 'fraction') {
    if (v.statedPercent !== undefined) return finite(Number(v.statedPercent));
    return fractionRate(v);
  }
  return undefined;
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

// A report page asks for the history of each of its figures: computed once per commune and indicator, not once
// per figure (a table of 2,000 rows for one indicator made that quadratic). CommuneData is not changed after
// buildSiteData; callers must not mutate the result.
const histories = new WeakMap<CommuneData, Map<string, readonly SourcedFigure[]>>();

/** One result per report for an indicator (the first row stated), oldest first: the figure's history. Cached. */
export function historyOf(c: CommuneData | undefined, indicator: string): readonly SourcedFigure[] {
  if (!c) return [];
  let byIndicator = histories.get(c);
  if (!byIndicator) histories.set(c, (byIndicator = new Map()));
  let h = byIndicator.get(indicator);
  if (!h) {
    const seen = new Set<string>();
    const out: SourcedFigure[] = [];
    for (const s of c.results.get(indicator) ?? []) {
      if (seen.has(s.report.id)) continue;
      seen.add(s.report.id);
      out.push(s);
    }
    byIndicator.set(indicator, (h = Object.freeze(out.reverse())));
  }
  return h;
}

/**
 * Whether two figures mean the same thing, so a later one is no revision: the same qualifiers and the same
 * numbers in compatible forms, compared as decimals, not as text. "19" and "19/19" state the same count (the
 * later adds the total); "80%" and "12/15" or "12/15 (80%)" the same rate; "19" and "19,0" the same number.
 * A number and a percent never mean the same thing.
 */
export function sameValue(a: Figure, b: Figure): boolean {
  const [va, vb] = [a.value, b.value];
  const quals = (v: Figure['value']) => [...new Set(v.qualifiers)].sort().join(',');
  if (quals(va) !== quals(vb)) return false;
  const compatible = (x: string | undefined, y: string | undefined) => x === undefined || y === undefined || decimalEquals(x, y);
  if (va.form === vb.form) {
    return (
      decimalEquals(va.value, vb.value) && compatible(va.denominator, vb.denominator) && compatible(va.statedPercent, vb.statedPercent)
    );
  }
  const pair = (form: Figure['value']['form']) => (va.form === form ? va : vb.form === form ? vb : undefined);
  const [num, pct, frac] = [pair('number'), pair('percent'), pair('fraction')];
  if (num && frac) return decimalEquals(num.value, frac.value);
  if (pct && frac) {
    if (frac.statedPercent !== undefined) return decimalEquals(pct.value, frac.statedPercent);
    return frac.denominator !== undefined && decimalRatioEquals(pct.value, '100', frac.value, frac.denominator);
  }
  return false;
}

/** p/q = r/s exactly, for decimal texts. */
function decimalRatioEquals(p: string, q: string, r: string, s: string): boolean {
  const [P, Q, R, S] = [p, q, r, s].map(scaled);
  // p/q = r/s ⇔ p·s = r·q; scale factors cancel when applied crosswise.
  return P!.n * S!.n * 10n ** BigInt(Q!.scale + R!.scale) === R!.n * Q!.n * 10n ** BigInt(P!.scale + S!.scale);
}

function scaled(d: string): { n: bigint; scale: number } {
  const [int, frac = ''] = d.split('.');
  return { n: BigInt(int! + frac), scale: frac.length };
}
