/**
 * Provenance of a published figure: its history across a commune's
 * documents, whether it revises an earlier figure, its qualifier in words and
 * its data-quality warnings in full text. Pure: the pages and the embeds show
 * what these return.
 */
import { historyOf, sameValue, type CommuneData, type SourcedFigure } from '../domain/commune-data.ts';
import { formatPartialDate } from '../domain/dates.ts';
import { formatValueNumber, qualifierLabels, qualifierText } from '../domain/display.ts';
import type { Figure, ParsedValue } from '../domain/schemas.ts';
import { problemCatalogue } from '../domain/problems/index.ts';
import { useTranslations, type Locale } from '../i18n/ui.ts';

export interface FigureHistory {
  /** One figure per document for the indicator, oldest first (historyOf). */
  history: readonly SourcedFigure[];
  /** Where this figure sits in the history; -1 when it is not tracked (a second row in one document, a target). */
  index: number;
  /** The figure states something other than the document before it did. */
  revised: boolean;
  previous?: SourcedFigure;
  /** The newest figure, when a later document states something else. */
  supersededBy?: SourcedFigure;
}

const same = (a: SourcedFigure, b: SourcedFigure) => a.report.id === b.report.id && a.figure.line === b.figure.line;

export function figureHistory(data: CommuneData | undefined, s: SourcedFigure): FigureHistory {
  if (s.figure.type !== 'kết quả') return { history: [], index: -1, revised: false };
  const history = historyOf(data, s.figure.indicator);
  const index = history.findIndex((h) => same(h, s));
  if (index < 0) return { history, index, revised: false };
  const previous = index > 0 ? history[index - 1] : undefined;
  const latest = history[history.length - 1]!;
  return {
    history,
    index,
    revised: previous !== undefined && !sameValue(previous.figure, s.figure),
    ...(previous ? { previous } : {}),
    ...(index < history.length - 1 && !sameValue(latest.figure, s.figure) ? { supersededBy: latest } : {}),
  };
}

/** "80% (ước tính, 5/2026)", "85% (15/12/2026)"; English: "80% (estimate, May 2026)". */
export function historyEntry(s: SourcedFigure, locale: Locale): string {
  const v = s.figure.value;
  const words =
    locale === 'vi' ? v.qualifierWords.join(' ').toLocaleLowerCase('vi') : v.qualifiers.map((q) => qualifierLabels[q].en).join(', ');
  const date = formatPartialDate(s.report.meta.date, locale);
  return `${formatValueNumber(v, locale)} (${words ? `${words}, ` : ''}${date})`;
}

/** The history on one line, oldest first: "80% (ước tính, 5/2026) → 85% (15/12/2026)". */
export function historyLine(history: readonly SourcedFigure[], locale: Locale): string {
  return history.map((s) => historyEntry(s, locale)).join(' → ');
}

/** The qualifier in words with what it means: "Ước tính — Số ước tính, chưa phải số đo đếm"; undefined for exact figures. */
export function qualifierMeaning(v: ParsedValue, locale: Locale): string | undefined {
  if (v.qualifiers.length === 0) return undefined;
  const meaning = v.qualifiers.map((q) => qualifierLabels[q].explain[locale]).join('; ');
  return `${qualifierText(v, locale)} — ${meaning}`;
}

/** A published warning in full text, from the problem catalogue (the code itself if the catalogue has no such code). */
export function warningText(w: { code: string; detail: string }, locale: Locale): string {
  const catalogue: Record<string, { vi: (d: string) => string; en: (d: string) => string } | undefined> = problemCatalogue;
  const m = catalogue[w.code];
  return m ? m[locale](w.detail) : w.code;
}

/** A warning as a page shows it: in full, or, when the same long warning was written out on an earlier row, a reference to that row. */
export interface PageWarning {
  text: string;
  /** Index (in the list given to pageWarnings) of the figure whose row carries the full text. */
  sameAs?: number;
}

/** Warnings longer than this are written out once per page when several rows share them. */
export const longWarning = 160;

/**
 * The warnings of a page's figures, in order. A warning several rows share (a conflict between duplicate rows
 * lists every row) is written out in full on the first row only when it is long; later rows point to that row. So
 * a page grows linearly with its rows: 2,000 conflicting rows used to repeat a 2,000-item detail on every row.
 */
export function pageWarnings(figures: readonly Figure[], locale: Locale): PageWarning[][] {
  const t = useTranslations(locale);
  const firstIndex = new Map<string, number>();
  return figures.map((f, i) =>
    f.warnings.map((w) => {
      const text = warningText(w, locale);
      if (text.length <= longWarning) return { text };
      const key = `${w.code}\u0000${w.detail}`;
      const first = firstIndex.get(key);
      if (first === undefined) {
        firstIndex.set(key, i);
        return { text };
      }
      return { text: t('report.sameWarning', { n: figures[first]!.line }), sameAs: first };
    }),
  );
}
