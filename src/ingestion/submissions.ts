/**
 * All submissions together: reports (MDX + paired CSV) and models (MDX).
 * `checkSubmissions` is pure (files in, dataset and problems out); the build,
 * the `validate` CLI and the tests all call it, so they report the same thing.
 */
import { limits, ModelFrontmatter, ReportFrontmatter, type Figure, type ReportFrontmatter as ReportMeta } from '../domain/schemas.ts';
import { registry } from '../domain/registry.ts';
import type { Dataset, Model, Report } from '../domain/dataset.ts';
import { decodeBytes } from './decode.ts';
import { readMdxSource } from './mdx-source.ts';
import { problem, type Problem } from '../domain/problems/index.ts';
import { parseReportTable } from './report-table.ts';
import { comparePartialDates } from '../domain/dates.ts';
import { findIllegalCharacters } from '../domain/text.ts';
import { parseWorkbookTable, type RawWorkbook } from './xlsx.ts';

export interface SubmittedFile {
  /** Path relative to the project root, with forward slashes: "content/reports/24682/2026-05-bao-cao.mdx". */
  path: string;
  bytes: Uint8Array;
  /** Set by the file reader for what it would not read (a link, a device, a file above the size limit). */
  refused?: 'file.symlink' | 'file.not-regular' | 'file.too-large';
  /** Size in bytes, for a file refused as too large. */
  size?: number;
  /** An .xlsx file as read by xlsx.ts (reading is asynchronous, so it is done before checking). */
  workbook?: RawWorkbook;
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
  // NUL, ESC, bidi overrides …: refused wherever they are (they would reach the SVG share images, the terminal, …).
  const illegal = findIllegalCharacters(d.text);
  for (const c of illegal) problems.push(problem('encoding.illegal-character', { file, line: c.line, column: c.column }, c.codePoint));
  return illegal.length > 0 ? undefined : d.text;
}

const safeSegment = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * File and folder names become URLs and download names: only ASCII letters, digits, "-", "_" and "." (no "..", no
 * percent signs, spaces, diacritics or control characters). Below content/ every segment is checked; elsewhere
 * (a commune officer validating their own folder) the file name only.
 */
function unsafeNameSegment(path: string): string | undefined {
  const segments = path.startsWith('content/') ? path.slice('content/'.length).split('/') : [path.split('/').pop()!];
  return segments.find((seg) => !safeSegment.test(seg) || seg.includes('..') || seg.length > limits.fileNameChars);
}

/** Today in Vietnam (UTC+7), as YYYY-MM-DD: the default "now" for refusing future dates. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Line of a top-level frontmatter key in an MDX text (1-based), to locate a problem found after parsing. */
function frontmatterLine(text: string, key: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/, 200);
  for (let i = 1; i < lines.length && !/^---\s*$/.test(lines[i]!); i++) {
    if (new RegExp(`^${key}\\s*:`).test(lines[i]!)) return i + 1;
  }
  return undefined;
}

export interface CheckOptions {
  /** Report a CSV without its MDX (on when checking a whole content tree). */
  requirePairs?: boolean;
  /**
   * Today as YYYY-MM-DD (default: today in Vietnam): documents dated after it are refused. `false` for synthetic
   * content (a SYNTHETIC marker), whose simulated periods may lie ahead of the calendar.
   */
  today?: string | false;
}

export function checkSubmissions(files: readonly SubmittedFile[], options: CheckOptions = { requirePairs: true }): CheckResult {
  const problems: Problem[] = [];
  const reg = registry();
  const today = options.today ?? todayInVietnam();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byPath = new Map(sorted.map((f) => [f.path, f]));
  // Two files that would be built as the same page (content/x.mdx and content/reports/content/x.mdx; names that
  // differ only in Unicode normalisation or case): both are refused, so neither silently replaces the other.
  const pageKey = (path: string) =>
    `${path.startsWith(MODELS_DIR) ? 'model' : 'report'}|${submissionId(path, path.startsWith(MODELS_DIR) ? MODELS_DIR : REPORTS_DIR)}`
      .normalize('NFC')
      .toLowerCase();
  const byPage = new Map<string, string[]>();
  for (const f of sorted) {
    if (f.refused || !/\.mdx$/i.test(f.path)) continue;
    const key = pageKey(f.path);
    const list = byPage.get(key);
    if (list) list.push(f.path);
    else byPage.set(key, [f.path]);
  }
  const collided = new Set<string>();
  for (const list of byPage.values()) {
    if (list.length < 2) continue;
    for (const path of list) {
      collided.add(path);
      problems.push(problem('file.duplicate-id', { file: path }, list.filter((x) => x !== path).join('", "')));
    }
  }
  const checkDate = (file: string, text: string, key: string, date: string | undefined) => {
    if (today !== false && date !== undefined && comparePartialDates(date, today) > 0) {
      const line = frontmatterLine(text, key);
      problems.push(problem('mdx.future-date', { file, ...(line ? { line } : {}), field: key, found: date }, `${date} > ${today}`));
    }
  };
  const reports: Report[] = [];
  const models: Model[] = [];
  const checkCommune = (file: string, code: string) => {
    if (!reg.commune(code)) problems.push(problem('ref.unknown-commune', { file, field: 'commune', found: code }, code));
  };

  for (const f of sorted) {
    if (f.refused) {
      const detail = f.refused === 'file.too-large' ? `${f.size ?? 0} byte > ${limits.fileBytes} byte` : '';
      problems.push(problem(f.refused, { file: f.path }, detail));
      continue;
    }
    const unsafe = unsafeNameSegment(f.path);
    if (unsafe !== undefined) {
      problems.push(problem('file.unsafe-name', { file: f.path, found: unsafe }, `"${unsafe}"`));
      continue;
    }
    if (collided.has(f.path)) continue;
    const ext = /\.([^./]+)$/.exec(f.path)?.[1] ?? '';
    if (/^(csv|mdx|txt|xlsx)$/i.test(ext) && ext !== ext.toLowerCase()) {
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
    if (ext === 'txt') {
      // Excel's "Unicode Text" is a UTF-16, tab-separated table: read it as the report's table when it
      // stands where the .csv would; otherwise say why it is not used.
      const base = stripExt(f.path);
      const pairedMdx = byPath.has(`${base}.mdx`) && !f.path.startsWith(MODELS_DIR);
      if (pairedMdx && !byPath.has(`${base}.csv`)) continue; // read with its .mdx below
      if (!pairedMdx && !options.requirePairs && !/\.(mdx|csv)\.txt$/i.test(f.path) && !f.path.startsWith(MODELS_DIR)) {
        problems.push(problem('file.txt-table', { file: f.path }));
        const text = decodeText(f.path, f.bytes, problems);
        if (text !== undefined) problems.push(...parseReportTable(f.path, text).problems);
        continue;
      }
      problems.push(unusedFile(f.path, byPath));
      continue;
    }
    if (ext !== 'mdx') {
      // The marker the synthetic-data generator writes; load.ts reads it.
      if (!/(^|\/)SYNTHETIC$/.test(f.path)) problems.push(unusedFile(f.path, byPath));
      continue;
    }
    const text = decodeText(f.path, f.bytes, problems);
    if (text === undefined) continue;
    if (submissionKind(f.path, text) === 'report') {
      const src = readMdxSource(f.path, text, ReportFrontmatter);
      problems.push(...src.problems, ...checkNarrativeLength(f.path, src.body));
      const txt = byPath.get(`${stripExt(f.path)}.txt`);
      const xlsx = byPath.get(`${stripExt(f.path)}.xlsx`);
      const csv = byPath.get(`${stripExt(f.path)}.csv`) ?? xlsx ?? txt;
      let figures: Figure[] = [];
      if (xlsx && csv !== xlsx) problems.push(problem('file.table-twice', { file: xlsx.path }));
      if (csv === txt && txt && !txt.refused) problems.push(problem('file.txt-table', { file: txt.path }));
      // A table refused by the file reader (link, too large) is already reported; there is nothing to parse.
      if (csv === xlsx && xlsx && !xlsx.refused) {
        const table = parseWorkbookTable(xlsx.path, xlsx.workbook);
        problems.push(...table.problems);
        figures = table.figures;
      } else if (csv && !csv.refused) {
        const csvText = decodeText(csv.path, csv.bytes, problems);
        if (csvText !== undefined) {
          const table = parseReportTable(csv.path, csvText);
          problems.push(...table.problems);
          figures = table.figures;
        }
      }
      if (!src.data) continue;
      checkCommune(f.path, src.data.commune);
      checkDate(f.path, text, 'date', src.data.date);
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
      problems.push(...src.problems, ...checkNarrativeLength(f.path, src.body));
      if (!src.data) continue;
      checkCommune(f.path, src.data.commune);
      checkDate(f.path, text, 'start', src.data.start);
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

/** A file the build does not read: say so, and what to do with it (by its name). */
function unusedFile(path: string, byPath: ReadonlyMap<string, SubmittedFile>): Problem {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const advice = (vi: string, en: string) => problem('file.unused', { file: path }, vi, en);
  const doubled = /^(.*\.(mdx|csv))\.txt$/i.exec(name);
  if (doubled) {
    return advice(
      `Notepad đã thêm đuôi .txt vào tên tệp: hãy đổi tên thành "${doubled[1]}" (khi lưu trong Notepad, chọn Save as type: All Files).`,
      `Notepad added .txt to the name: rename it to "${doubled[1]}".`,
    );
  }
  if (ext === 'txt') {
    const base = stripExt(path);
    if (byPath.has(`${base}.csv`)) {
      return advice(
        `Đã có bảng "${name.replace(/\.txt$/, '.csv')}" cùng tên; tệp .txt này không được đọc. Hãy xóa một trong hai tệp.`,
        'A .csv of the same name is the table; this .txt is not read. Remove one of them.',
      );
    }
    return advice(
      'Nếu đây là bảng số liệu (Excel "Unicode Text"), hãy đặt tên trùng với tệp .mdx của văn bản, hoặc lưu lại dạng "CSV UTF-8 (Comma delimited)" với đuôi .csv. Nếu không phải, hãy chuyển tệp ra khỏi thư mục content.',
      'If it is a table (Excel "Unicode Text"), give it the name of its .mdx, or save it as "CSV UTF-8"; otherwise move it out of content/.',
    );
  }
  if (ext === 'md' || ext === 'markdown') {
    return advice(`Tệp văn bản phải có đuôi .mdx: hãy đổi tên thành "${stripExt(name)}.mdx".`, `Rename it to "${stripExt(name)}.mdx".`);
  }
  if (/^(xlsm|xls|ods)$/.test(ext)) {
    return advice(
      'Chỉ đọc được bảng Excel dạng .xlsx: hãy lưu lại (File › Save As) dạng "Excel Workbook (.xlsx)" hoặc "CSV UTF-8 (Comma delimited)", cùng tên với tệp .mdx của văn bản; sau đó xóa tệp cũ khỏi thư mục này.',
      'Only .xlsx workbooks are read: save it as "Excel Workbook (.xlsx)" or "CSV UTF-8" with the name of its .mdx, then remove this file.',
    );
  }
  if (/^(docx|doc|odt|pdf|rtf)$/.test(ext)) {
    return advice(
      'Nội dung văn bản cần chép vào tệp .mdx (phần thông tin và bài viết) và số liệu vào bảng .csv; không đặt tệp gốc trong thư mục content.',
      'Copy the document into an .mdx file and its figures into a .csv table; keep the original out of content/.',
    );
  }
  if (/^(png|jpe?g|gif|webp|svg|bmp|tiff?|heic)$/.test(ext)) {
    return advice(
      'Trang web không đăng ảnh. Hãy chuyển tệp ra khỏi thư mục content.',
      'The site publishes no images: move the file out of content/.',
    );
  }
  return advice(
    'Nếu đây là bài viết hoặc bảng số liệu, hãy lưu lại dạng .mdx hoặc .csv (xem hướng dẫn); nếu không, hãy chuyển tệp ra khỏi thư mục content.',
    'If it is a narrative or a table, save it as .mdx or .csv; otherwise move it out of content/.',
  );
}

function checkNarrativeLength(file: string, body: string): Problem[] {
  return body.length > limits.narrativeChars ? [problem('mdx.too-long', { file }, String(limits.narrativeChars))] : [];
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
