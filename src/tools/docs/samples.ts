/**
 * Sample files: the clean template pair (checked, shown in both documents), the broken pair whose validator output
 * both documents print, and common frontmatter mistakes, each run through the real reader.
 */
import { ReportFrontmatter } from '../../domain/schemas.ts';
import { readMdxSource } from '../../ingestion/mdx-source.ts';
import { formatReport, formatValidation, type Problem, type ProblemCode } from '../../domain/problems/index.ts';
import { checkSubmissions, MODELS_DIR, REPORTS_DIR, type SubmittedFile } from '../../ingestion/submissions.ts';
import { canonicalHeader, csvLine } from './probes.ts';
import { columnProse } from './prose.ts';
import { modelTemplate, reportField, reportTemplate } from './schema-fields.ts';

/** The target row of both sample tables (the broken one leaves out its year). */
const householdTarget = {
  stt: '4',
  code: 'ty_le.ho_gia_dinh',
  label: 'Hộ gia đình có ít nhất 1 thành viên có kỹ năng số cơ bản',
  unit: '%',
  result: 'trên 90%',
  source: 'Mục VII',
  type: 'mục tiêu',
};

export const exampleCsv = [
  canonicalHeader,
  csvLine({
    stt: '1',
    code: 'to_cns.so_to',
    label: 'Số Tổ công nghệ số cộng đồng',
    unit: 'Tổ',
    result: '14',
    note: 'Toàn xã có 14 Tổ công nghệ số cộng đồng.',
    source: 'Mục I.2',
  }),
  csvLine({
    stt: '2',
    code: 'dinh_danh.muc_2',
    label: 'Công dân được cấp định danh mức độ 2',
    unit: 'Công dân',
    result: '12.564/16.900',
    note: 'Có 12.564/16.900 công dân đã được cấp định danh mức độ 2.',
    source: 'Mục I.2',
  }),
  csvLine({
    stt: '3',
    code: columnProse.code.example,
    label: columnProse.label.example,
    unit: columnProse.unit.example,
    result: `Ước tính ${columnProse.result.example}`,
    note: columnProse.note.example,
    source: columnProse.source.example,
  }),
  csvLine({
    ...householdTarget,
    note: 'Phấn đấu năm 2026 trên 90% hộ gia đình có ít nhất 1 thành viên có kỹ năng số cơ bản.',
    year: '2026',
  }),
].join('\n');

export const exampleBody =
  '## Kết quả nổi bật\n\n- Toàn xã có 14 Tổ công nghệ số cộng đồng.\n\n<Callout title="Lưu ý">Tỷ lệ người dân có kỹ năng số là số ước tính.</Callout>\n';

/** The broken submission whose validator output the guide shows. */
export const brokenExample: readonly { path: string; text: string }[] = [
  {
    path: `${REPORTS_DIR}24682-thuan-an/vi-du-co-loi.mdx`,
    text: [
      '---',
      'commune: "24682"',
      'kind: báo cáo',
      'title: Kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025',
      'date: 02/6/2026',
      'issuer: UBND xã Thuận An',
      '---',
      '',
      '## Kết quả nổi bật',
      '',
      'Tổng cộng {12 + 13} lớp học.',
      '',
    ].join('\n'),
  },
  {
    path: `${REPORTS_DIR}24682-thuan-an/vi-du-co-loi.csv`,
    text: [
      canonicalHeader,
      csvLine({
        stt: '1',
        code: 'ty_le.nguoi_truong_thah',
        label: 'Người dân trưởng thành có kỹ năng số cơ bản',
        unit: '%',
        result: '80,5%',
        source: 'Mục II.2',
      }),
      csvLine({
        stt: '2',
        code: 'hoat_dong.lop_nguoi_dan',
        label: 'Số lớp “Bình dân học vụ số” cho người dân',
        unit: 'Lớp',
        result: 'bốn lớp',
        source: 'Phụ lục, dòng 10',
      }),
      csvLine({
        stt: '3',
        code: 'hoat_dong.luot_huong_dan',
        label: 'Số lượt người dân được hướng dẫn kỹ năng số',
        unit: 'Lượt người',
        result: '1,500',
        source: 'Phụ lục, dòng 11',
      }),
      // The same target row, without its year.
      csvLine(householdTarget),
      '',
    ].join('\n'),
  },
];

export const toFiles = (files: readonly { path: string; text: string }[]): SubmittedFile[] =>
  files.map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.text) }));

/** What `npm run validate` prints for a set of files (a folder: pairs required). */
function validatorOutput(files: readonly { path: string; text: string }[]): { text: string; problems: Problem[] } {
  const { dataset, problems } = checkSubmissions(toFiles(files), { requirePairs: true });
  const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0);
  const text = formatValidation(problems, { files: files.length, reports: dataset.reports.length, figures, models: dataset.models.length });
  return { text, problems };
}

/** The validator's output for the broken example, exactly as `npm run validate` prints it. */
export function brokenExampleReport(): { text: string; problems: Problem[] } {
  return validatorOutput(brokenExample);
}

/** The template pair, checked as a folder: the clean run the guide shows. */
export function cleanExampleReport(): { text: string; problems: Problem[]; files: { path: string; text: string }[] } {
  const dir = `${REPORTS_DIR}24682-thuan-an/2026-06-02-bao-cao-tong-ket`;
  const files = [
    { path: `${dir}.csv`, text: `${exampleCsv}\n` },
    { path: `${dir}.mdx`, text: `${reportTemplate}\n\n${exampleBody}` },
  ];
  const out = validatorOutput(files);
  if (out.problems.length > 0 || !out.text.endsWith(formatReport([]).split('\n').pop()!)) {
    throw new Error(`docs: the clean example does not pass the validator:\n${out.text}`);
  }
  return { ...out, files };
}

export function checkTemplates(): void {
  const files = toFiles([
    { path: `${REPORTS_DIR}24682-thuan-an/mau.mdx`, text: `${reportTemplate}\n\n${exampleBody}` },
    { path: `${REPORTS_DIR}24682-thuan-an/mau.csv`, text: `${exampleCsv}\n` },
    { path: `${MODELS_DIR}24682-thuan-an/mau-mo-hinh.mdx`, text: `${modelTemplate}\n\nMô tả mô hình.\n` },
  ]);
  const { dataset, problems } = checkSubmissions(files, { requirePairs: true });
  // The template's model points at a real report; alone it would be ref.unknown-report.
  const relevant = problems.filter((p) => p.code !== 'ref.unknown-report');
  if (relevant.length > 0 || dataset.reports[0]?.figures.length !== exampleCsv.split('\n').length - 1) {
    throw new Error(`docs: the templates in the docs do not pass the checks:\n${formatReport(relevant)}`);
  }
  const template = readMdxSource('mau.mdx', `${reportTemplate}\n`, ReportFrontmatter);
  if (!template.data) throw new Error('docs: the report template does not parse.');
}

/** The report template with one field's line(s) replaced, and the example body. */
export function templateWith(key: string, lines: readonly string[]): string {
  const t = reportTemplate.split('\n');
  const i = t.findIndex((l) => l.startsWith(`${key}:`));
  if (i < 0) throw new Error(`docs: the report template has no "${key}" line.`);
  let j = i + 1;
  while (j < t.length && /^\s+\S/.test(t[j]!)) j++;
  return `${[...t.slice(0, i), ...lines, ...t.slice(j)].join('\n')}\n\n${exampleBody}`;
}

export const readReport = (text: string) => readMdxSource('vi-du.mdx', text, ReportFrontmatter);

/** Common frontmatter mistakes, each run through the reader: the messages it gives, and the fix accepted. */
export function frontmatterMistakes(): Array<{ bad: string[]; good: string[]; problems: Problem[] }> {
  const title = reportField('title').example!;
  const cases: Array<{ key: string; bad: string[]; good: string[]; expect: ProblemCode }> = [
    {
      key: 'title',
      bad: ['title: Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số'],
      good: ['title: "Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số"'],
      expect: 'mdx.yaml-colon',
    },
    { key: 'title', bad: ['title:'], good: [`title: ${title}`], expect: 'mdx.field-empty' },
    { key: 'title', bad: [`tittle: ${title}`], good: [`title: ${title}`], expect: 'mdx.field-unknown' },
    { key: 'kind', bad: ['kind: tờ trình'], good: ['kind: báo cáo'], expect: 'mdx.field-value' },
    { key: 'date', bad: ['date: 02/6/2026'], good: ['date: 2026-06-02'], expect: 'mdx.frontmatter-field' },
    { key: 'number', bad: ['number: /BC-UBND'], good: [], expect: 'mdx.number-no-digits' },
    {
      key: 'note',
      bad: ['note: Số liệu lấy từ Phụ lục.', 'note: Số liệu ước tính.'],
      good: ['note: Số liệu lấy từ Phụ lục; số liệu ước tính.'],
      expect: 'mdx.yaml-duplicate',
    },
    {
      key: 'signatory',
      bad: ['signatory:', '\ttitle: KT. Chủ tịch, Phó Chủ tịch'],
      good: ['signatory:', '  title: KT. Chủ tịch, Phó Chủ tịch'],
      expect: 'mdx.yaml-tab',
    },
    {
      key: 'note',
      bad: ['note: - Số liệu theo phụ lục'],
      good: ['note: "- Số liệu theo phụ lục"'],
      expect: 'mdx.yaml-special',
    },
    {
      key: 'signatory',
      bad: ['signatory:', '  name: Nguyễn Văn A', ' title: KT. Chủ tịch, Phó Chủ tịch'],
      good: ['signatory:', '  name: Nguyễn Văn A', '  title: KT. Chủ tịch, Phó Chủ tịch'],
      expect: 'mdx.yaml-indent',
    },
  ];
  return cases.map((c) => {
    const problems = readReport(templateWith(c.key, c.bad)).problems;
    if (problems.length !== 1 || problems[0]!.code !== c.expect) {
      throw new Error(`docs: ${JSON.stringify(c.bad)} should give ${c.expect}, the reader says ${problems.map((p) => p.code).join(', ')}.`);
    }
    const fixed = readReport(templateWith(c.key, c.good));
    if (fixed.problems.length > 0 || !fixed.data) throw new Error(`docs: the fix ${JSON.stringify(c.good)} is not accepted.`);
    return { bad: c.bad, good: c.good, problems };
  });
}
