/**
 * All submissions together: reports (MDX + paired CSV) and models (MDX).
 * `checkSubmissions` is pure (files in, dataset and problems out); the build,
 * the `validate` CLI and the tests all call it, so they report the same thing.
 */
import {
  ModelFrontmatter,
  ReportFrontmatter,
  type Figure,
  type ModelFrontmatter as ModelMeta,
  type ReportFrontmatter as ReportMeta,
} from '../domain/schemas.ts';
import { registry } from '../domain/registry.ts';
import { decodeBytes } from './decode.ts';
import { readMdxSource } from './mdx-source.ts';
import { problem, type Problem } from './problems.ts';
import { parseReportTable } from './report-table.ts';
import { comparePartialDates } from '../domain/dates.ts';
import { parseWorkbookTable, type RawWorkbook } from './xlsx.ts';

export interface SubmittedFile {
  /** Path relative to the project root, with forward slashes: "content/reports/24682/2026-05-bao-cao.mdx". */
  path: string;
  bytes: Uint8Array;
  /** An .xlsx file as read by xlsx.ts (reading is asynchronous, so it is done before checking). */
  workbook?: RawWorkbook;
}

export interface Report {
  /** Path below content/reports without extension: "24682-thuan-an/2026-05-bao-cao". */
  id: string;
  file: string;
  tableFile?: string;
  meta: ReportMeta;
  figures: Figure[];
  /** The MDX narrative (frontmatter removed). */
  body: string;
}

export interface Model {
  id: string;
  file: string;
  meta: ModelMeta;
  body: string;
}

export interface Dataset {
  reports: Report[];
  models: Model[];
}

export interface CheckResult {
  dataset: Dataset;
  problems: Problem[];
}

export const REPORTS_DIR = 'content/reports/';
export const MODELS_DIR = 'content/models/';

function stripExt(path: string): string {
  return path.replace(/\.[^./]+$/, '');
}

/** The id a page is built under: the path below its folder, without extension (the whole path elsewhere). */
function submissionId(path: string, dir: string): string {
  return stripExt(path.startsWith(dir) ? path.slice(dir.length) : path);
}

/**
 * Report or model? By folder inside content/; elsewhere (a commune officer checking their own
 * files with `npm run validate`) by the frontmatter: models have a status and a category.
 */
function submissionKind(path: string, text: string): 'report' | 'model' {
  if (path.startsWith(REPORTS_DIR)) return 'report';
  if (path.startsWith(MODELS_DIR)) return 'model';
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return /^(status|category)\s*:/m.test(fm) && !/^kind\s*:/m.test(fm) ? 'model' : 'report';
}

function decodeText(file: string, bytes: Uint8Array, problems: Problem[]): string | undefined {
  const d = decodeBytes(bytes);
  if (!d.ok) {
    problems.push(problem(d.code, { file }));
    return undefined;
  }
  if (d.notice) problems.push(problem(d.notice, { file }));
  return d.text;
}

export interface CheckOptions {
  /** Report a CSV without its MDX (on when checking a whole content tree). */
  requirePairs?: boolean;
}

export function checkSubmissions(files: readonly SubmittedFile[], options: CheckOptions = { requirePairs: true }): CheckResult {
  const problems: Problem[] = [];
  const reg = registry();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byPath = new Map(sorted.map((f) => [f.path, f]));
  const reports: Report[] = [];
  const models: Model[] = [];
  const checkCommune = (file: string, code: string) => {
    if (!reg.commune(code)) problems.push(problem('ref.unknown-commune', { file, field: 'commune', found: code }, code));
  };

  for (const f of sorted) {
    const ext = /\.([^./]+)$/.exec(f.path)?.[1] ?? '';
    if (/^(csv|mdx|xlsx)$/i.test(ext) && ext !== ext.toLowerCase()) {
      problems.push(problem('file.extension-case', { file: f.path, found: ext }));
      continue;
    }
    if (ext === 'xlsx') {
      if (!byPath.has(`${stripExt(f.path)}.mdx`) || f.path.startsWith(MODELS_DIR)) {
        if (options.requirePairs || f.path.startsWith(MODELS_DIR)) problems.push(problem('file.orphan-csv', { file: f.path }));
        problems.push(...parseWorkbookTable(f.path, f.workbook).problems);
      }
      continue;
    }
    if (ext === 'csv') {
      const mdx = `${stripExt(f.path)}.mdx`;
      if (!byPath.has(mdx) || f.path.startsWith(MODELS_DIR)) {
        if (options.requirePairs || f.path.startsWith(MODELS_DIR)) problems.push(problem('file.orphan-csv', { file: f.path }));
        // Still check the table itself so a commune officer sees every problem at once.
        const text = decodeText(f.path, f.bytes, problems);
        if (text !== undefined) problems.push(...parseReportTable(f.path, text).problems);
      }
      continue;
    }
    if (ext !== 'mdx') continue;
    const text = decodeText(f.path, f.bytes, problems);
    if (text === undefined) continue;
    if (submissionKind(f.path, text) === 'report') {
      const src = readMdxSource(f.path, text, ReportFrontmatter);
      problems.push(...src.problems);
      const xlsx = byPath.get(`${stripExt(f.path)}.xlsx`);
      const csv = byPath.get(`${stripExt(f.path)}.csv`) ?? xlsx;
      let figures: Figure[] = [];
      if (xlsx && csv !== xlsx) problems.push(problem('file.table-twice', { file: xlsx.path }));
      if (csv === xlsx && xlsx) {
        const table = parseWorkbookTable(xlsx.path, xlsx.workbook);
        problems.push(...table.problems);
        figures = table.figures;
      } else if (csv) {
        const csvText = decodeText(csv.path, csv.bytes, problems);
        if (csvText !== undefined) {
          const table = parseReportTable(csv.path, csvText);
          problems.push(...table.problems);
          figures = table.figures;
        }
      }
      if (!src.data) continue;
      checkCommune(f.path, src.data.commune);
      problems.push(...checkReportDates(f.path, src.data));
      reports.push({
        id: submissionId(f.path, REPORTS_DIR),
        file: f.path,
        ...(csv ? { tableFile: csv.path } : {}),
        meta: src.data,
        figures,
        body: src.body,
      });
    } else {
      const src = readMdxSource(f.path, text, ModelFrontmatter);
      problems.push(...src.problems);
      if (!src.data) continue;
      checkCommune(f.path, src.data.commune);
      models.push({ id: submissionId(f.path, MODELS_DIR), file: f.path, meta: src.data, body: src.body });
    }
  }

  // Models refer to the report that describes them.
  const reportById = new Map(reports.map((r) => [r.id, r]));
  for (const m of models) {
    const r = reportById.get(m.meta.report);
    if (!r) {
      if (files.some((f) => f.path === `${REPORTS_DIR}${m.meta.report}.mdx`)) continue; // the report has its own errors
      problems.push(problem('ref.unknown-report', { file: m.file, field: 'report', found: m.meta.report }, m.meta.report));
    } else if (r.meta.commune !== m.meta.commune) {
      problems.push(
        problem(
          'ref.report-commune-mismatch',
          { file: m.file, field: 'commune', found: m.meta.commune },
          `${m.meta.commune} ≠ ${r.meta.commune}`,
        ),
      );
    }
  }
  return { dataset: { reports, models }, problems };
}

/** A report dated before its period starts, or a results report dated before its period ends. */
function checkReportDates(file: string, meta: ReportMeta): Problem[] {
  const { period } = meta;
  if (!period) return [];
  const out: Problem[] = [];
  if (period.from && comparePartialDates(meta.date, period.from) < 0) {
    out.push(problem('quality.date-outside-period', { file, field: 'date', found: meta.date }, `${meta.date} < ${period.from}`));
  } else if (meta.kind === 'báo cáo' && period.to && comparePartialDates(meta.date, period.to) < 0) {
    out.push(problem('quality.date-outside-period', { file, field: 'date', found: meta.date }, `${meta.date} < ${period.to}`));
  }
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
