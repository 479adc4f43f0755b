/**
 * The check page's logic, without the DOM: the files an officer picked (or the
 * metadata form) → the build's own `checkSubmissions` → the text `npm run
 * validate` prints, a preview of the figures, and the files under the names the
 * contract expects. Runs in the browser; tested in Node.
 *
 * What only some checks need is loaded when they need it, so that checking a CSV table loads the least code:
 * the MDX reader for an .mdx file (lazy-mdx.ts), read-excel-file for an .xlsx file (ingestion/xlsx.ts), the
 * registry for a narrative (fetched as data by the page), yaml for the form, fflate for the zip.
 */
import { indicatorOf } from '../domain/indicators.ts';
import { registry } from '../domain/registry.ts';
import { capitalize, computedRate, formatValue, qualifierLabels } from '../domain/display.ts';
import type { Locale } from '../domain/format.ts';
import { reportKinds, type Figure, type ReportKind } from '../domain/schemas.ts';
import { checkSubmissions, type CheckResult, type SubmittedFile } from '../ingestion/submissions.ts';
import type { Report } from '../domain/dataset.ts';
import { slugify } from '../domain/text.ts';
import { validateText } from '../ingestion/validate-report.ts';
import { readWorkbook } from '../ingestion/xlsx.ts';
import { hasErrors, problemCatalogue } from '../domain/problems/index.ts';
import { loadMdxReader } from './lazy-mdx.ts';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** The metadata form, for an officer without an .mdx file. */
export interface MetaForm {
  commune: string;
  kind: ReportKind;
  title: string;
  number?: string;
  date: string;
  issuer: string;
  /** The narrative (Markdown), optional. */
  body?: string;
}

const tableExt = /\.(csv|xlsx)$/i;
const mdxExt = /\.mdx$/i;
const baseName = (name: string) => name.replace(/\.[^.]+$/, '');
const extOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1] ?? '';

/** The frontmatter and body of an .mdx file made from the form (then checked like any other). */
export async function mdxFromForm(form: MetaForm): Promise<string> {
  const { stringify } = await import('yaml');
  const data: Record<string, string> = { commune: form.commune.trim(), kind: form.kind, title: form.title.trim() };
  if (form.number?.trim()) data.number = form.number.trim();
  data.date = form.date.trim();
  data.issuer = form.issuer.trim();
  const body = (form.body ?? '').trim();
  return `---\n${stringify(data)}---\n${body ? `\n${body}\n` : ''}`;
}

export interface Prepared {
  files: SubmittedFile[];
  /** Files the check does not read (neither .mdx, .csv nor .xlsx), named for the officer. */
  ignored: string[];
  /** A table checked under another name so that it pairs with the narrative: [given, checked as]. */
  renamed?: [string, string];
}

/**
 * The files to check, named as the officer named them (so problems read as `npm run validate` prints them for
 * those files). One narrative and one table with different names are paired by giving the table the narrative's
 * name; a narrative made from the form takes the table's name.
 */
export async function prepareFiles(dropped: readonly DroppedFile[], form?: MetaForm): Promise<Prepared> {
  const ignored = dropped.filter((f) => !tableExt.test(f.name) && !mdxExt.test(f.name)).map((f) => f.name);
  const kept = dropped.filter((f) => tableExt.test(f.name) || mdxExt.test(f.name));
  const files: SubmittedFile[] = kept.map((f) => ({ path: f.name, bytes: f.bytes }));
  const mdx = files.filter((f) => mdxExt.test(f.path));
  const tables = files.filter((f) => tableExt.test(f.path));
  if (mdx.length === 0 && form) {
    const name = tables.length === 1 ? `${baseName(tables[0]!.path)}.mdx` : `${form.date.trim() || 'van-ban'}-${slugify(form.kind)}.mdx`;
    files.push({ path: name, bytes: new TextEncoder().encode(await mdxFromForm(form)) });
    return { files, ignored };
  }
  if (mdx.length === 1 && tables.length === 1 && baseName(mdx[0]!.path) !== baseName(tables[0]!.path)) {
    const table = tables[0]!;
    const given = table.path;
    table.path = `${baseName(mdx[0]!.path)}.${extOf(given)}`;
    return { files, ignored, renamed: [given, table.path] };
  }
  return { files, ignored };
}

export interface RunOptions {
  /**
   * Install the registry before a narrative is checked (the page fetches it: registry-data.ts). Without it, the
   * registry of the package bundled for Node is used.
   */
  loadRegistry?: () => Promise<unknown>;
}

/** Load what these files need and read the workbooks (asynchronous), then check exactly as `npm run validate <files>` does. */
export async function runCheck(prepared: Prepared, options: RunOptions = {}): Promise<{ result: CheckResult; text: string }> {
  if (prepared.files.some((f) => mdxExt.test(f.path))) await Promise.all([loadMdxReader(), options.loadRegistry?.()]);
  for (const f of prepared.files) if (/\.xlsx$/i.test(f.path)) f.workbook = await readWorkbook(f.bytes);
  const result = checkSubmissions(prepared.files, { requirePairs: false });
  return { result, text: validateText(prepared.files.length, result) };
}

/** The contract's names for a report: folder `<code>-<slug>/`, file `<date>-<kind>`. */
export function contractNames(report: Pick<Report, 'meta'>): { folder: string; base: string } {
  const c = registry().commune(report.meta.commune);
  const folder = `${report.meta.commune}-${slugify(c?.shortName ?? '')}`.replace(/-$/, '');
  return { folder, base: `${report.meta.date}-${slugify(report.meta.kind)}` };
}

export interface Download {
  /** Path inside the folder the contract expects: "24682-thuan-an/2026-05-bao-cao.xlsx". */
  path: string;
  bytes: Uint8Array;
}

/** The checked files under the contract's names (only when there is no error), and a zip of the folder. */
export async function checkedDownloads(prepared: Prepared, result: CheckResult): Promise<{ files: Download[]; zip: Download } | undefined> {
  if (hasErrors(result.problems) || result.dataset.reports.length !== 1) return undefined;
  const report = result.dataset.reports[0]!;
  const { folder, base } = contractNames(report);
  const byPath = new Map(prepared.files.map((f) => [f.path, f]));
  const files: Download[] = [{ path: `${folder}/${base}.mdx`, bytes: byPath.get(report.file)!.bytes }];
  if (report.tableFile)
    files.push({ path: `${folder}/${base}.${extOf(report.tableFile).toLowerCase()}`, bytes: byPath.get(report.tableFile)!.bytes });
  const { zipSync } = await import('fflate');
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.path, f.bytes])), { mtime: new Date(Date.UTC(2026, 0, 1)) });
  return { files, zip: { path: `${folder}.zip`, bytes: zip } };
}

export interface PreviewRow {
  line: number;
  code: string;
  name: string;
  /** "Kết quả" or "Chỉ tiêu 2026". */
  type: string;
  value: string;
  raw: string;
  unit: string;
  /** Qualifiers in words: "Ước tính — Số ước tính, chưa phải số đo đếm". */
  qualifiers: string[];
  rate?: string;
  warnings: string[];
}

/** The figures as the report page shows them: catalogue name, value with its qualifier in words, warnings. */
export function previewRows(figures: readonly Figure[], locale: Locale): PreviewRow[] {
  return figures.map((f) => {
    const def = indicatorOf(f);
    const rate = computedRate(f.value, locale);
    return {
      line: f.line,
      code: f.indicator,
      name: def.local ? f.label : locale === 'vi' ? def.vi : def.en,
      type:
        f.type === 'mục tiêu'
          ? (locale === 'vi' ? `Chỉ tiêu ${f.year ?? ''}` : `Target ${f.year ?? ''}`).trim()
          : locale === 'vi'
            ? 'Kết quả'
            : 'Result',
      value: formatValue(f.value, locale),
      raw: f.value.raw,
      unit: f.unit,
      qualifiers: f.value.qualifiers.map((q) => {
        const l = qualifierLabels[q];
        return `${capitalize(l[locale])} — ${l.explain[locale]}`;
      }),
      ...(rate ? { rate } : {}),
      warnings: f.warnings.map((w) => {
        const m = problemCatalogue[w.code as keyof typeof problemCatalogue] as
          { vi: (d: string) => string; en: (d: string) => string } | undefined;
        return m ? (locale === 'vi' ? m.vi(w.detail) : `${m.en(w.detail)}`) : w.code;
      }),
    };
  });
}

export { reportKinds };
