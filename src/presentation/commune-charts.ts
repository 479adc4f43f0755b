/**
 * The charts of a commune page, computed in one place so the commune page
 * and its embeds (src/pages/nhung/) draw the same charts: data in, SVG text
 * and the chart's data table out. Chart ids are stable (page anchors
 * `bieu-do-<id>` and embed URLs use them) and the same in both languages.
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
  type SiteData,
  type SourcedFigure,
} from '../domain/commune-data.ts';
import { indicators } from '../domain/indicators.ts';
import { formatValue } from '../domain/display.ts';
import { formatPartialDate, partialDateStart } from '../domain/dates.ts';
import { formatNumber } from '../domain/format.ts';
import { rateBars, type RateBar } from '../charts/rate-bars.ts';
import { timeSeries } from '../charts/time-series.ts';
import { chartEmbedId } from './embed/embed.ts';
import { documentName } from './labels.ts';
import { useTranslations, type Locale } from '../i18n/ui.ts';

export type ChartSection = 'rates' | 'comparison' | 'overTime' | 'teams';

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

/** Chart ids of a commune, in page order (same in both languages). */
export function communeChartIds(site: SiteData, code: string): string[] {
  return communeCharts(site, code, 'vi').map((c) => c.id);
}

/** The embeds of a commune's charts, in page order: one per chart, and one for all its charts over time. */
export function communeChartEmbedIds(site: SiteData, code: string): string[] {
  return [...new Set(communeCharts(site, code, 'vi').map(chartEmbedId))];
}

// The commune page and each of its embed pages ask for the same charts, one route after another: keep the charts
// of the last few communes rather than drawing every chart again for each embed (a commune with two reports has
// about 20). A small bound, because the charts of every commune would not fit in memory.
const recentCharts: Array<{ site: SiteData; key: string; charts: readonly CommuneChart[] }> = [];
const recentLimit = 4;

/** Every chart of a commune page, in page order. Cached for the last few communes; do not mutate the result. */
export function communeCharts(site: SiteData, code: string, locale: Locale): readonly CommuneChart[] {
  const key = `${code}|${locale}`;
  const hit = recentCharts.find((r) => r.site === site && r.key === key);
  if (hit) return hit.charts;
  const charts = Object.freeze(drawCommuneCharts(site, code, locale));
  recentCharts.unshift({ site, key, charts });
  recentCharts.length = Math.min(recentCharts.length, recentLimit);
  return charts;
}

function drawCommuneCharts(site: SiteData, code: string, locale: Locale): CommuneChart[] {
  const t = useTranslations(locale);
  const fv = (f: { value: Parameters<typeof formatValue>[0] }) => formatValue(f.value, locale);
  const pct = (n: number) => `${formatNumber(n, 1, locale)}%`;
  const reg = site.registry;
  const commune = reg.commune(code);
  const data = site.communes.get(code);
  if (!commune || !data) return [];
  const province = reg.province(commune.provinceCode)!;
  const legend = { exact: t('chart.exact'), qualified: t('chart.qualified'), target: t('chart.target'), reference: t('chart.reference') };
  const qualified = (s: SourcedFigure) => s.figure.value.qualifiers.length > 0;
  const charts: CommuneChart[] = [];

  // Rates: every percent indicator with a result, the commune's target for the same year marked.
  const rateRows = indicators
    .filter((d) => d.unitKind === 'percent')
    .flatMap((def) => {
      const s = latestResult(data, def.code);
      const v = s && comparableValue(s.figure);
      if (!s || v === undefined) return [];
      const target = targetFor(data, def.code, figureYear(s));
      const tv = target && comparableValue(target.figure);
      const bar: RateBar = {
        label: def[locale],
        value: v,
        display: fv(s.figure),
        qualified: qualified(s),
        ...(target && tv !== undefined
          ? { target: { value: tv, display: `${t('chart.target')} ${target.figure.year}: ${fv(target.figure)}` } }
          : {}),
      };
      return [{ def, s, target, bar }];
    });
  if (rateRows.length > 0) {
    const title = t('commune.ratesTitle', { name: commune.name });
    charts.push({
      id: 'ty-le',
      section: 'rates',
      title,
      svg: rateBars({
        id: 'ty-le',
        title,
        description: rateRows.map((r) => `${r.def[locale]}: ${r.bar.display}`).join('. '),
        bars: rateRows.map((r) => r.bar),
        legend,
      }),
      caption: t('commune.ratesCaption'),
      headers: [t('table.indicator'), t('table.value'), t('figure.target'), t('table.source')],
      rows: rateRows.map((r) => [
        r.def[locale],
        r.bar.display,
        r.target ? `${r.target.figure.year}: ${fv(r.target.figure)}` : '—',
        `${documentName(r.s.report.meta, locale, true)}${r.s.figure.location ? `, ${r.s.figure.location}` : ''}`,
      ]),
      sources: rateRows.flatMap((r) => [r.s, ...(r.target ? [r.target] : [])]),
    });
  }

  // Comparison: the adult rate against the medians of reporting communes in the province and the nation.
  const adultCode = 'ty_le.nguoi_truong_thanh';
  const nationalRank = rankCommunes(site, adultCode);
  const provinceRank = rankCommunes(site, adultCode, commune.provinceCode);
  const own = latestResult(data, adultCode);
  const ownValue = own ? comparableValue(own.figure) : undefined;
  const provMedian = rankingMedian(provinceRank);
  const natMedian = rankingMedian(nationalRank);
  if (own && ownValue !== undefined && natMedian !== undefined) {
    const myNationalRank = nationalRank.find((r) => r.commune.code === code);
    const myProvinceRank = provinceRank.find((r) => r.commune.code === code);
    const bars: RateBar[] = [
      { label: commune.name, value: ownValue, display: fv(own.figure), qualified: qualified(own) },
      ...(provMedian !== undefined
        ? [
            {
              label: t('commune.provinceMedian', { province: province.name, n: provinceRank.length }),
              value: provMedian,
              display: pct(provMedian),
              qualified: false,
              reference: true,
            },
          ]
        : []),
      {
        label: t('commune.nationalMedian', { n: nationalRank.length }),
        value: natMedian,
        display: pct(natMedian),
        qualified: false,
        reference: true,
      },
    ];
    const title = t('commune.comparisonTitle', { name: commune.name });
    charts.push({
      id: 'so-sanh',
      section: 'comparison',
      title,
      intro: t('commune.comparisonText', {
        rank: myNationalRank?.rank ?? '—',
        n: nationalRank.length,
        provinceRank: myProvinceRank
          ? t('commune.provinceRank', { rank: myProvinceRank.rank, n: provinceRank.length, province: province.name })
          : '',
      }),
      svg: rateBars({
        id: 'so-sanh',
        title,
        description: bars.map((r) => `${r.label}: ${r.display}`).join('. '),
        bars,
        legend,
      }),
      caption: t('commune.comparisonCaption'),
      headers: [t('table.commune'), t('table.value')],
      rows: bars.map((r) => [r.label, r.display]),
      sources: [own],
      note: t('cite.medianNote'),
    });
  }

  // Each indicator over time, once it has been stated in more than one document.
  for (const def of indicators) {
    const h = historyOf(data, def.code).filter((s) => comparableValue(s.figure) !== undefined);
    if (h.length < 2) continue;
    const points = h.map((s) => ({
      // The first day of a partial date, as documents are ordered (compareDocumentDates): never later than stated.
      date: partialDateStart(s.report.meta.period?.to ?? s.report.meta.date),
      value: comparableValue(s.figure)!,
      display: fv(s.figure),
      dateLabel: formatPartialDate(s.report.meta.date, locale),
      qualified: qualified(s),
    }));
    const id = `theo-thoi-gian-${def.code.replace(/[._]/g, '-')}`;
    const title = t('commune.overTimeTitle', { indicator: def[locale], name: commune.name });
    charts.push({
      id,
      section: 'overTime',
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
      rows: h.map((s) => [formatPartialDate(s.report.meta.date, locale), fv(s.figure), documentName(s.report.meta, locale)]),
      sources: h,
    });
  }

  // Team coverage: the share of villages with a team, drawn only from a rate or from a fraction whose both parts
  // were submitted. A bare count ("19" villages) is no share: it stays a count, in the teams table below the chart.
  const coverage = ['to_cns.thon_co_to', 'to_cns.ty_le_thon_co_to']
    .map((code) => latestResult(data, code))
    .find((s) => s !== undefined && statedRate(s.figure) !== undefined);
  const coverageValue = coverage && statedRate(coverage.figure);
  if (coverage && coverageValue !== undefined) {
    const title = t('commune.coverageTitle', { name: commune.name });
    charts.push({
      id: 'to-cns',
      section: 'teams',
      title,
      svg: rateBars({
        id: 'to-cns',
        title,
        description: `${fv(coverage.figure)} (${documentName(coverage.report.meta, locale, true)}).`,
        bars: [{ label: t('commune.coverageLabel'), value: coverageValue, display: fv(coverage.figure), qualified: qualified(coverage) }],
        legend,
      }),
      caption: t('commune.coverageCaption'),
      headers: [t('table.indicator'), t('table.value')],
      rows: [[t('commune.coverageLabel'), fv(coverage.figure)]],
      sources: [coverage],
    });
  }
  return charts;
}
