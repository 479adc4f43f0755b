/**
 * Before anything is built, every figure goes through the functions its pages use to show it (formatting,
 * rates, qualifiers, warnings, history, comparisons) in both languages. A figure that cannot be shown stops the
 * build with a located message, as validation errors do (file, line, column), instead of a stack trace from the
 * middle of the page renderer. Ingestion should never let such a figure through: this is a second gate.
 */
import { comparableValue, sameValue, statedRate, type SiteData } from '../domain/commune-data.ts';
import { computedRate, formatValue } from '../domain/display.ts';
import { formatPartialDate } from '../domain/dates.ts';
import { reportColumns } from '../domain/schemas.ts';
import type { Figure } from '../domain/schemas.ts';
import type { Report } from '../domain/dataset.ts';
import { documentName } from './labels.ts';
import { figureHistory, historyLine, qualifierMeaning, warningText } from './provenance.ts';

export interface BuildFailure {
  file: string;
  line: number;
  /** The column as its header reads in the appendix table. */
  field: string;
  found: string;
  cause: string;
}

function showFigure(site: SiteData, report: Report, figure: Figure): void {
  const data = site.communes.get(report.meta.commune);
  const s = { figure, report };
  for (const locale of ['vi', 'en'] as const) {
    formatValue(figure.value, locale);
    computedRate(figure.value, locale);
    qualifierMeaning(figure.value, locale);
    for (const w of figure.warnings) warningText(w, locale);
    const h = figureHistory(data, s);
    historyLine(h.history, locale);
    if (h.previous) sameValue(h.previous.figure, figure);
    documentName(report.meta, locale, true);
    formatPartialDate(report.meta.date, locale);
  }
  comparableValue(figure);
  statedRate(figure);
}

/** Every figure that cannot be shown, with where it is. Empty when the site can be built. */
export function preflight(site: SiteData): BuildFailure[] {
  const out: BuildFailure[] = [];
  for (const report of site.reports) {
    for (const figure of report.figures) {
      try {
        showFigure(site, report, figure);
      } catch (e) {
        out.push({
          file: report.tableFile ?? report.file,
          line: figure.line,
          field: reportColumns.result.vi,
          found: figure.value.raw,
          cause: e instanceof Error ? e.message : String(e),
        });
      }
    }
  }
  return out;
}

/** The failures as the validator prints problems: Vietnamese first, English gloss, what was found; then a count. */
export function formatFailures(failures: readonly BuildFailure[]): string {
  const lines = failures.map(
    (f) =>
      `LỖI / ERROR ${f.file}, dòng ${f.line} [${f.field}]: Không dựng được trang cho số liệu này (${f.cause}). Hãy kiểm tra lại giá trị.\n` +
      `    (This figure could not be shown on the site (${f.cause}). Check the value.)\n    Tìm thấy / found: ${JSON.stringify(f.found)}`,
  );
  lines.push(`${failures.length} số liệu không dựng được trang / ${failures.length} figure(s) could not be built.`);
  return lines.join('\n');
}
