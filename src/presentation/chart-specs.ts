/**
 * Which charts a commune page has, and what each draws, without drawing anything: ids, sections and the source
 * figures, the same in both languages. Routes (the embed pages) need only the ids; commune-charts.ts draws the
 * SVG and the data tables from these specs. Chart ids are stable: page anchors `bieu-do-<id>` and embed URLs
 * use them.
 */
import {
  comparableValue,
  figureYear,
  historyOf,
  latestResult,
  rankingMedian,
  rankCommunes,
  statedRate,
  targetFor,
  type RankedCommune,
  type SiteData,
  type SourcedFigure,
} from '../domain/commune-data.ts';
import { indicators, type IndicatorDefinition } from '../domain/indicators.ts';
import type { Commune, Province } from '../domain/registry.ts';
import { chartEmbedId } from './embed/embed.ts';

export type ChartSection = 'rates' | 'comparison' | 'overTime' | 'teams';

/** One percent indicator on the rates chart: its latest result and the commune's target for that year. */
export interface RateRow {
  def: IndicatorDefinition;
  source: SourcedFigure;
  value: number;
  target?: { source: SourcedFigure; value: number | undefined };
}

interface SpecBase {
  id: string;
  /** The commune page section the chart sits in. */
  section: ChartSection;
  commune: Commune;
  province: Province;
}

export type ChartSpec =
  | (SpecBase & { section: 'rates'; rows: RateRow[] })
  | (SpecBase & {
      section: 'comparison';
      own: SourcedFigure;
      ownValue: number;
      nationalRank: readonly RankedCommune[];
      provinceRank: readonly RankedCommune[];
      nationalMedian: number;
      provinceMedian: number | undefined;
    })
  | (SpecBase & { section: 'overTime'; def: IndicatorDefinition; history: SourcedFigure[] })
  | (SpecBase & { section: 'teams'; coverage: SourcedFigure; coverageValue: number });

/** The indicator the comparison chart ranks communes by. */
export const comparisonIndicator = 'ty_le.nguoi_truong_thanh';

/** Id of the chart of an indicator over time: theo-thoi-gian-ty-le-nguoi-truong-thanh. */
export const overTimeChartId = (indicatorCode: string) => `theo-thoi-gian-${indicatorCode.replace(/[._]/g, '-')}`;

/** The charts of a commune page, in page order; none for a commune that has not reported. */
export function communeChartSpecs(site: SiteData, code: string): ChartSpec[] {
  const commune = site.registry.commune(code);
  const data = site.communes.get(code);
  if (!commune || !data) return [];
  const base = { commune, province: site.registry.province(commune.provinceCode)! };
  const specs: ChartSpec[] = [];

  // Rates: every percent indicator with a result, the commune's target for the same year marked.
  const rows = indicators
    .filter((d) => d.unitKind === 'percent')
    .flatMap((def): RateRow[] => {
      const source = latestResult(data, def.code);
      const value = source && comparableValue(source.figure);
      if (!source || value === undefined) return [];
      const target = targetFor(data, def.code, figureYear(source));
      return [{ def, source, value, ...(target ? { target: { source: target, value: comparableValue(target.figure) } } : {}) }];
    });
  if (rows.length > 0) specs.push({ ...base, id: 'ty-le', section: 'rates', rows });

  // Comparison: the adult rate against the medians of reporting communes in the province and the nation.
  const nationalRank = rankCommunes(site, comparisonIndicator);
  const provinceRank = rankCommunes(site, comparisonIndicator, commune.provinceCode);
  const own = latestResult(data, comparisonIndicator);
  const ownValue = own ? comparableValue(own.figure) : undefined;
  const nationalMedian = rankingMedian(nationalRank);
  if (own && ownValue !== undefined && nationalMedian !== undefined) {
    const provinceMedian = rankingMedian(provinceRank);
    specs.push({
      ...base,
      id: 'so-sanh',
      section: 'comparison',
      own,
      ownValue,
      nationalRank,
      provinceRank,
      nationalMedian,
      provinceMedian,
    });
  }

  // Each indicator over time, once it has been stated in more than one document.
  for (const def of indicators) {
    const history = historyOf(data, def.code).filter((s) => comparableValue(s.figure) !== undefined);
    if (history.length >= 2) specs.push({ ...base, id: overTimeChartId(def.code), section: 'overTime', def, history });
  }

  // Team coverage: the share of villages with a team, drawn only from a rate or from a fraction whose both parts
  // were submitted. A bare count ("19" villages) is no share: it stays a count, in the teams table below the chart.
  const coverage = ['to_cns.thon_co_to', 'to_cns.ty_le_thon_co_to']
    .map((c) => latestResult(data, c))
    .find((s) => s !== undefined && statedRate(s.figure) !== undefined);
  const coverageValue = coverage && statedRate(coverage.figure);
  if (coverage && coverageValue !== undefined) specs.push({ ...base, id: 'to-cns', section: 'teams', coverage, coverageValue });
  return specs;
}

/** Chart ids of a commune, in page order (same in both languages). */
export function communeChartIds(site: SiteData, code: string): string[] {
  return communeChartSpecs(site, code).map((c) => c.id);
}

/** The embeds of a commune's charts, in page order: one per chart, and one for all its charts over time. */
export function communeChartEmbedIds(site: SiteData, code: string): string[] {
  return [...new Set(communeChartSpecs(site, code).map(chartEmbedId))];
}
