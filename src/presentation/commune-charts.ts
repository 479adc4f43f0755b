/**
 * The charts of a commune page, drawn in one place so the commune page and its embeds (src/pages/nhung/) draw the
 * same charts: the specs (chart-specs.ts: which charts, their ids and source figures) in, SVG text and each chart's
 * data table out, in one language.
 */
import { comparableValue, type SiteData, type SourcedFigure } from '../domain/commune-data.ts';
import { formatValue } from '../domain/display.ts';
import { formatPartialDate, partialDateStart } from '../domain/dates.ts';
import { rateBars, type RateBar } from '../charts/rate-bars.ts';
import { timeSeries } from '../charts/time-series.ts';
import { communeChartSpecs, type ChartSection, type ChartSpec } from './chart-specs.ts';
import { formatPercent } from './format.ts';
import { documentName } from './labels.ts';
import { useTranslations, type Locale } from '../i18n/ui.ts';

export interface CommuneChart {
  id: string;
  /** The commune page section the chart sits in. */
  section: ChartSection;
  /** The chart's title (its SVG <title>): names embeds and citations. */
  title: string;
  svg: string;
  caption: string;
  /** Text shown before the chart (the comparison's ranks). */
  intro?: string;
  headers: string[];
  rows: string[][];
  /** The commune's figures the chart draws, each with its document. */
  sources: SourcedFigure[];
  /** A sentence the citation adds after the sources. */
  note?: string;
}

/**
 * Every chart of a commune page, in page order, drawn. An embed page draws only its own (drawChart on the specs
 * it shows), and routes read the specs alone, so nothing draws a chart it does not show.
 */
export function communeCharts(site: SiteData, code: string, locale: Locale): CommuneChart[] {
  return communeChartSpecs(site, code).map((spec) => drawChart(spec, locale));
}

const qualified = (s: SourcedFigure) => s.figure.value.qualifiers.length > 0;

/** One chart, drawn in one language. */
export function drawChart(spec: ChartSpec, locale: Locale): CommuneChart {
  const t = useTranslations(locale);
  const fv = (s: SourcedFigure) => formatValue(s.figure.value, locale);
  const { id, commune, province } = spec;
  const legend = { exact: t('chart.exact'), qualified: t('chart.qualified'), target: t('chart.target'), reference: t('chart.reference') };
  switch (spec.section) {
    case 'rates': {
      const rows = spec.rows.map((r) => {
        const bar: RateBar = {
          label: r.def[locale],
          value: r.value,
          display: fv(r.source),
          qualified: qualified(r.source),
          ...(r.target && r.target.value !== undefined
            ? {
                target: {
                  value: r.target.value,
                  display: `${t('chart.target')} ${r.target.source.figure.year}: ${fv(r.target.source)}`,
                  mark: `${r.target.source.figure.year}: ${fv(r.target.source)}`,
                },
              }
            : {}),
        };
        return { ...r, bar };
      });
      const title = t('commune.ratesTitle', { name: commune.name });
      return {
        id,
        section: spec.section,
        title,
        svg: rateBars({
          id,
          title,
          description: rows.map((r) => `${r.def[locale]}: ${r.bar.display}`).join('. '),
          bars: rows.map((r) => r.bar),
          legend,
        }),
        caption: t('commune.ratesCaption'),
        headers: [t('table.indicator'), t('table.value'), t('figure.target'), t('table.source')],
        rows: rows.map((r) => [
          r.def[locale],
          r.bar.display,
          r.target ? `${r.target.source.figure.year}: ${fv(r.target.source)}` : '—',
          `${documentName(r.source.report.meta, locale, true)}${r.source.figure.location ? `, ${r.source.figure.location}` : ''}`,
        ]),
        sources: rows.flatMap((r) => [r.source, ...(r.target ? [r.target.source] : [])]),
      };
    }
    case 'comparison': {
      const { own, nationalRank, provinceRank, provinceMedian, nationalMedian } = spec;
      const myNationalRank = nationalRank.find((r) => r.commune.code === commune.code);
      const myProvinceRank = provinceRank.find((r) => r.commune.code === commune.code);
      const bars: RateBar[] = [
        { label: commune.name, value: spec.ownValue, display: fv(own), qualified: qualified(own) },
        ...(provinceMedian !== undefined
          ? [
              {
                label: t('commune.provinceMedian', { province: province.name, n: provinceRank.length }),
                value: provinceMedian,
                display: formatPercent(provinceMedian, locale),
                qualified: false,
                reference: true,
              },
            ]
          : []),
        {
          label: t('commune.nationalMedian', { n: nationalRank.length }),
          value: nationalMedian,
          display: formatPercent(nationalMedian, locale),
          qualified: false,
          reference: true,
        },
      ];
      const title = t('commune.comparisonTitle', { name: commune.name });
      return {
        id,
        section: spec.section,
        title,
        intro: t('commune.comparisonText', {
          rank: myNationalRank?.rank ?? '—',
          n: nationalRank.length,
          provinceRank: myProvinceRank
            ? t('commune.provinceRank', { rank: myProvinceRank.rank, n: provinceRank.length, province: province.name })
            : '',
        }),
        svg: rateBars({ id, title, description: bars.map((r) => `${r.label}: ${r.display}`).join('. '), bars, legend }),
        caption: t('commune.comparisonCaption'),
        headers: [t('table.commune'), t('table.value')],
        rows: bars.map((r) => [r.label, r.display]),
        sources: [own],
        note: t('cite.medianNote'),
      };
    }
    case 'overTime': {
      const { def, history } = spec;
      const points = history.map((s) => ({
        // The first day of a partial date, as documents are ordered (compareDocumentDates): never later than stated.
        date: partialDateStart(s.report.meta.period?.to ?? s.report.meta.date),
        value: comparableValue(s.figure)!,
        display: fv(s),
        dateLabel: formatPartialDate(s.report.meta.date, locale),
        qualified: qualified(s),
      }));
      const title = t('commune.overTimeTitle', { indicator: def[locale], name: commune.name });
      return {
        id,
        section: spec.section,
        title,
        svg: timeSeries({
          id,
          title,
          description: points.map((p) => `${p.dateLabel}: ${p.display}`).join('; '),
          points,
          percent: def.unitKind === 'percent',
          legend: { exact: t('chart.exact'), qualified: t('chart.qualified') },
        }),
        caption: t('commune.overTimeCaption', { indicator: def[locale] }),
        headers: [t('report.date'), t('table.value'), t('table.source')],
        rows: history.map((s) => [formatPartialDate(s.report.meta.date, locale), fv(s), documentName(s.report.meta, locale)]),
        sources: history,
      };
    }
    case 'teams': {
      const { coverage } = spec;
      const title = t('commune.coverageTitle', { name: commune.name });
      return {
        id,
        section: spec.section,
        title,
        svg: rateBars({
          id,
          title,
          description: `${fv(coverage)} (${documentName(coverage.report.meta, locale, true)}).`,
          bars: [{ label: t('commune.coverageLabel'), value: spec.coverageValue, display: fv(coverage), qualified: qualified(coverage) }],
          legend,
        }),
        caption: t('commune.coverageCaption'),
        headers: [t('table.indicator'), t('table.value')],
        rows: [[t('commune.coverageLabel'), fv(coverage)]],
        sources: [coverage],
      };
    }
  }
}
