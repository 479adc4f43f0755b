/**
 * A located problem. Every problem says where (file, line, column), what was expected and what was found, in
 * Vietnamese first with an English gloss.
 */
import { problemCatalogue, type ProblemCode } from './catalogue.ts';
import type { Message, Severity } from './message.ts';

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Path as the submitter knows it (relative to the project root). */
  file: string;
  /** 1-based physical line in the file. */
  line?: number;
  /** In a CSV: the row as a spreadsheet shows it, when it differs from the physical line. */
  row?: number;
  /** 1-based column: in a CSV the spreadsheet column number (1 = A), in MDX the character. */
  column?: number;
  /** In a workbook (.xlsx): the sheet the table was read from; line is then its row number. */
  sheet?: string;
  /** The field: a CSV header as written in the file, or a frontmatter key. */
  field?: string;
  /** What was found, quoted from the file. */
  found?: string;
  /** Extra detail for the message (e.g. the expected value, a suggestion). */
  detail?: string;
  vi: string;
  en: string;
}

/**
 * A located problem. `detail` fills the message; when the detail itself is Vietnamese prose, `enDetail` is its
 * English gloss (otherwise both languages get `detail`).
 */
export function problem(
  code: ProblemCode,
  where: { file: string; line?: number; row?: number; column?: number; field?: string; found?: string },
  detail = '',
  enDetail?: string,
): Problem {
  const m: Message = problemCatalogue[code];
  const { row, ...place } = where;
  return {
    severity: m.severity,
    code,
    ...place,
    ...(row !== undefined && row !== where.line ? { row } : {}),
    ...(detail ? { detail } : {}),
    vi: m.vi(detail),
    en: m.en(enDetail ?? detail),
  };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
