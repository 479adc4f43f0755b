/**
 * The headline figures of a commune as card contents, shared by the commune
 * page, its embed and the embed's fixed-height estimate: what each card says,
 * as text, beside the figure itself.
 */
import { latestResult, sameValue, type CommuneData, type SourcedFigure } from '../domain/commune-data.ts';
import { targetChecks, type TargetCheck } from '../domain/targets.ts';
import { formatDecimal } from '../domain/format.ts';
import { headlineIndicators, indicators, type IndicatorDefinition } from '../domain/indicators.ts';
import { computedRate, formatValue } from '../domain/display.ts';
import { documentName } from './labels.ts';
import { figureHistory, historyLine, warningText, type FigureHistory } from './provenance.ts';
import type { CardText } from './embed/embed.ts';
import { useTranslations, type Locale } from '../i18n/ui.ts';

export interface HeadlineCard {
  def: IndicatorDefinition;
  /** Stable anchor on the commune page: the-ty-le-nguoi-truong-thanh. */
  anchor: string;
  source?: SourcedFigure;
  history?: FigureHistory;
  /** "≈ 74,3% (tính từ tử số/mẫu số)" for fractions without a stated rate. */
  computed?: string;
  /** The commune's targets with their status in words: "Đạt mục tiêu 2025 (85%)", "Mục tiêu 2026: 100% — chưa có số liệu để so sánh". */
  targets: string[];
  /** "Mục tiêu của xã, nguồn: Kế hoạch, 11/7/2025 — Mục II.2.a". */
  targetSource?: string;
  /** The previous document's figure: `lead` ("Đã điều chỉnh so với") is stressed when revised. */
  previous?: { lead: string; revised: boolean; rest: string };
  /** "Qua các văn bản: 80% (ước tính, 5/2026) → 85% (15/12/2026)". */
  historyText?: string;
  /** Data-quality warnings in full text. */
  warnings: string[];
  /** "Nguồn: Báo cáo, 5/2026 — Mục II.2" (the page links it). */
  sourceText?: string;
}

export const cardAnchor = (indicator: string) => `the-${indicator.replace(/[._]/g, '-')}`;

export function headlineCards(data: CommuneData | undefined, locale: Locale): HeadlineCard[] {
  const t = useTranslations(locale);
  return headlineIndicators.map((def) => {
    const anchor = cardAnchor(def.code);
    const source = latestResult(data, def.code);
    const checks = targetChecks(data, def.code);
    const targets = checks.map((c) => targetText(c, def, locale));
    // Each target's document and place once ("Kế hoạch, 11/7/2025 — Mục II.2.a; Kế hoạch, 11/7/2025 — Mục II.2.b").
    const places = [
      ...new Set(
        checks.map(
          (c) => `${documentName(c.target.report.meta, locale, true)}${c.target.figure.location ? ` — ${c.target.figure.location}` : ''}`,
        ),
      ),
    ];
    const targetSource = places.length ? t('target.source', { source: places.join('; ') }) : undefined;
    const targetFields = { targets, ...(targetSource ? { targetSource } : {}) };
    if (!source) return { def, anchor, warnings: [], ...targetFields };
    const v = source.figure.value;
    const history = figureHistory(data, source);
    const rate = v.statedPercent === undefined ? computedRate(v, locale) : undefined;
    const prev = history.previous;
    return {
      def,
      anchor,
      source,
      history,
      ...(rate ? { computed: `≈ ${rate} (${t('figure.computed')})` } : {}),
      ...targetFields,
      ...(prev
        ? {
            previous: {
              lead: sameValue(prev.figure, source.figure) ? t('commune.unchangedSince') : t('commune.revisedSince'),
              revised: !sameValue(prev.figure, source.figure),
              rest: `${documentName(prev.report.meta, locale, true)}: ${formatValue(prev.figure.value, locale)}`,
            },
          }
        : {}),
      ...(history.history.length > 1 ? { historyText: `${t('prov.history')}: ${historyLine(history.history, locale)}` } : {}),
      warnings: source.figure.warnings.map((w) => warningText(w, locale)),
      sourceText: `${t('figure.source')}: ${documentName(source.report.meta, locale, true)}${source.figure.location ? ` — ${source.figure.location}` : ''}`,
    };
  });
}

/** A card as text, for the embed's fixed-height estimate. */
export function cardText(c: HeadlineCard, locale: Locale): CardText {
  if (!c.source)
    return {
      heading: c.def[locale],
      lines: c.targets.length
        ? [useTranslations(locale)('target.noResultYet'), ...c.targets, ...(c.targetSource ? [c.targetSource] : [])]
        : [],
    };
  const previous = c.previous ? [`${c.previous.lead} ${c.previous.rest}`] : [];
  return {
    heading: c.def[locale],
    value: formatValue(c.source.figure.value, locale) + (c.history?.revised ? ` ${useTranslations(locale)('prov.revised')}` : ''),
    lines: [c.computed, ...c.targets, c.targetSource, ...previous, c.historyText, ...c.warnings, c.sourceText].filter(
      (l): l is string => l !== undefined,
    ),
  };
}

/** A target and its status in words; the gap in percentage points for rates, in units for counts. */
export function targetText(c: TargetCheck, def: IndicatorDefinition, locale: Locale): string {
  const t = useTranslations(locale);
  const params = { year: c.year, target: formatValue(c.target.figure.value, locale) };
  switch (c.status) {
    case 'met':
      return t(c.estimated ? 'target.metEstimated' : 'target.met', params);
    case 'not_met': {
      if (c.gap === undefined) return t('target.notMetBound', params);
      const gap = formatDecimal(c.gap, c.gap.split('.')[1]?.length ?? 0, locale);
      const rate = def.unitKind === 'percent';
      const key = rate
        ? c.estimated
          ? 'target.gapRateEstimated'
          : 'target.gapRate'
        : c.estimated
          ? 'target.gapCountEstimated'
          : 'target.gapCount';
      return t(key, { ...params, gap });
    }
    case 'undetermined':
      return t('target.undetermined', params);
    case 'no_figure':
      return t('target.noFigure', params);
  }
}

/**
 * What a one-page summary (print sheet, share image) shows: the headline indicators, or, when the commune
 * stated none of them, the results it did state (catalogue order), so a commune that reported is never
 * summarised as not having reported. `headline` says which of the two it is.
 */
export function summaryFigures(data: CommuneData | undefined): {
  headline: boolean;
  figures: Array<{ def: IndicatorDefinition; source?: SourcedFigure }>;
} {
  const headline = headlineIndicators.map((def) => ({ def, source: latestResult(data, def.code) }));
  if (headline.some((f) => f.source)) return { headline: true, figures: headline };
  const others = indicators.flatMap((def) => {
    const source = latestResult(data, def.code);
    return source ? [{ def, source }] : [];
  });
  return others.length > 0 ? { headline: false, figures: others } : { headline: true, figures: headline };
}
